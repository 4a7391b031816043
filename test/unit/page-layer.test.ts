import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { ENTRY_ATTR, OWN_ATTR, PageLayer, ROOT_ATTR } from '../../utils/page/layer';

const HTML = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<article id="a" data-liveline-entry="page-own-value">A</article><article id="b">B</article><div id="c">C</div></body></html>`;

describe('PageLayer', () => {
  it('removeAll() gives back the page exactly (serialised DOM equal), page values of our attributes included', () => {
    const doc = parseHtml(HTML);
    const before = doc.documentElement.outerHTML;
    const layer = new PageLayer(doc);
    layer.setAttr('liveline', doc.documentElement, ROOT_ATTR, 'on');
    layer.setAttr('entry-marks', doc.getElementById('a')!, ENTRY_ATTR, 'a');
    layer.setAttr('entry-marks', doc.getElementById('b')!, ENTRY_ATTR, 'b');
    layer.setCss('hide', 'html[data-liveline] #c { display: none }');
    layer.setCss('panel', 'html[data-liveline] .x { color: red }');
    layer.insert('panel', doc.createElement('div'), doc.body);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.getElementById('a')!.getAttribute(ENTRY_ATTR)).toBe('a');
    layer.removeAll();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementById('a')!.getAttribute(ENTRY_ATTR)).toBe('page-own-value');
  });

  it('removeOwner() undoes one owner only; the stylesheet goes when it is empty', () => {
    const doc = parseHtml(HTML);
    const layer = new PageLayer(doc);
    layer.setAttr('one', doc.getElementById('b')!, 'data-liveline-x', '1');
    layer.setAttr('two', doc.getElementById('c')!, 'data-liveline-y', '2');
    layer.setCss('one', 'a{}');
    layer.removeOwner('one');
    expect(doc.getElementById('b')!.hasAttribute('data-liveline-x')).toBe(false);
    expect(doc.getElementById('c')!.getAttribute('data-liveline-y')).toBe('2');
    expect(doc.querySelector(`style[${OWN_ATTR}]`)).toBeNull();
  });

  it('refuses to write attributes that are not Liveline markers', () => {
    const doc = parseHtml(HTML);
    expect(() => new PageLayer(doc).setAttr('x', doc.body, 'class', 'y')).toThrow(/not a Liveline attribute/);
  });

  it('tells its own mutations from the page’s', async () => {
    const doc = parseHtml(HTML);
    const layer = new PageLayer(doc);
    const Observer = (doc.defaultView as unknown as typeof globalThis).MutationObserver;
    const records: MutationRecord[] = [];
    const mo = new Observer((r) => records.push(...r));
    mo.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    layer.setCss('a', 'b{}');
    layer.setAttr('a', doc.body, 'data-liveline-q', '1');
    layer.insert('panel', doc.createElement('section'), doc.body);
    await new Promise((r) => setTimeout(r, 0));
    records.push(...mo.takeRecords());
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => !layer.isOwnMutation(r))).toEqual([]);
    records.length = 0;
    doc.body.appendChild(doc.createElement('article'));
    doc.getElementById('c')!.setAttribute('title', 'page');
    await new Promise((r) => setTimeout(r, 0));
    records.push(...mo.takeRecords());
    expect(records.map((r) => layer.isOwnMutation(r))).toEqual([false, false]);
    mo.disconnect();
  });
});

import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { golds, loadPage, pageUrl } from '../corpus';
import { runPipeline } from '../../utils/pipeline/run';
import { findClaims } from '../../utils/pipeline/claims';
import { mapVisibleText, slicesOf } from '../../utils/pipeline/text-map';
import { visibleText } from '../../utils/pipeline/text';
import type { Entry } from '../../utils/pipeline/types';
import { CLAIM_ATTR, CLAIM_TAG, claimKey, CUE_CLASS_ATTR, Highlighter, LABEL_ATTR } from '../../utils/page/highlight';

function page(html: string) {
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const entries: Entry[] = Array.from(doc.querySelectorAll('article')).map((el, i) => ({
    id: `e${i}`, time: null, title: null, text: visibleText(el), author: null, keyEvent: false, element: el,
  }));
  const css = new Map<string, string>();
  const layer = { setCss: (owner: string, text: string) => void (text ? css.set(owner, text) : css.delete(owner)) };
  return { doc, entries, css, highlighter: new Highlighter(doc, layer), before: doc.documentElement.outerHTML };
}

describe('mapVisibleText', () => {
  test.each([
    '<p>a  b</p><p>c</p>',
    '<p>One <a href="#">two</a>\n three</p><script>x</script><div hidden>no</div><p> four </p>',
    '<p>\u00a0lead &amp; <b>bold</b><br>next</p>',
  ])('gives exactly visibleText: %s', (html) => {
    const { doc } = page(html);
    const map = mapVisibleText(doc.body);
    expect(map.text).toBe(visibleText(doc.body));
    expect(map.nodes).toHaveLength(map.text.length);
    // every mapped character is that character of its node (spaces may stand for any white space)
    map.text.split('').forEach((ch, i) => {
      const node = map.nodes[i];
      if (node && ch !== ' ') expect(node.data[map.offsets[i]]).toBe(ch);
    });
  });

  test('slicesOf spans elements', () => {
    const { doc } = page('<p>One <a href="#">two</a> three</p>');
    const map = mapVisibleText(doc.body);
    const at = map.text.indexOf('ne two th');
    expect(slicesOf(map, at, at + 9).map((s) => s.node.data.slice(s.start, s.end))).toEqual(['ne ', 'two', ' th']);
  });
});

describe('Highlighter', () => {
  const HTML = '<article><p>“We will rebuild the bridge by May,” the <a href="/m">mayor</a> said.</p>' +
    '<p>The army <b>claimed</b> it had retaken the village overnight.</p>' +
    '<p>The ministry denied that troops had crossed the border near the river.</p></article>' +
    '<article><p>Nothing attributed here at all.</p></article>';

  test('wraps each claim, carries speaker and cue, and is removed exactly', () => {
    const { doc, entries, css, highlighter, before } = page(HTML);
    const claims = findClaims(entries);
    expect(claims.map((c) => c.cueClass)).toEqual(['neutral', 'hedged', 'denial']);
    highlighter.show(entries, claims);
    expect(css.size).toBe(1);
    const first = doc.querySelectorAll(`${CLAIM_TAG}[${LABEL_ATTR}]`);
    expect(first).toHaveLength(3);
    expect(first[0].getAttribute(LABEL_ATTR)).toBe('the mayor · said');
    expect(first[0].getAttribute('tabindex')).toBe('0');
    expect(first[1].getAttribute(CUE_CLASS_ATTR)).toBe('hedged');
    expect(first[2].getAttribute(CUE_CLASS_ATTR)).toBe('denial');
    const wrapped = (key: string) => Array.from(doc.querySelectorAll(CLAIM_TAG)).filter((w) => w.getAttribute(CLAIM_ATTR) === key).map((w) => w.textContent).join('');
    claims.forEach((c) => expect(wrapped(claimKey(c))).toBe(c.text));
    expect(highlighter.elementFor(claims[1])?.textContent).toBe('it had retaken the village overnight');
    expect(visibleText(entries[0].element)).toBe(entries[0].text); // the text a reader sees is unchanged
    highlighter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(css.size).toBe(0);
    // text nodes are joined back, not left split
    expect(doc.querySelector('p')!.childNodes).toHaveLength(3);
  });

  test('update re-highlights changed entries only and drops removed ones', () => {
    const { doc, entries, highlighter, before } = page(HTML);
    highlighter.show(entries, findClaims(entries));
    const n = highlighter.count;
    highlighter.update(entries, findClaims(entries), new Set(['e0']));
    expect(highlighter.count).toBe(n);
    highlighter.update([entries[1]], findClaims([entries[1]]), new Set());
    expect(highlighter.count).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('text that looks like markup stays text; nothing is parsed as HTML', () => {
    const { doc, entries, highlighter, before } = page('<article><p>“&lt;img src=x onerror=alert(1)&gt; is the plan,” said &lt;b&gt;Mr Bold&lt;/b&gt; Smith.</p></article>');
    const claims = findClaims(entries);
    highlighter.show(entries, claims);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    highlighter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('an entry of emoji only and unbalanced marks: no highlight, no error', () => {
    const { entries, highlighter, doc, before } = page('<article><p>😀🎉🔥 “ ” « „ ‘ "</p></article>');
    highlighter.show(entries, findClaims(entries));
    expect(highlighter.count).toBe(0);
    highlighter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('Highlighter on the labelled corpus pages', () => {
  test('two claims in one text node are both wrapped and the node comes back whole', () => {
    const { doc, entries, highlighter, before } = page('<article><p>“We will rebuild the bridge by May,” the mayor said. “The roads will reopen on Monday,” she added.</p></article>');
    const claims = findClaims(entries);
    expect(claims).toHaveLength(2);
    highlighter.show(entries, claims);
    expect(doc.querySelectorAll(`${CLAIM_TAG}[${LABEL_ATTR}]`)).toHaveLength(2);
    highlighter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('p')!.childNodes).toHaveLength(1);
  });

  test.each(golds().filter((g) => g.live && g.claims?.length).map((g) => g.page))('%s: every located claim wrapped, page restored exactly', (id) => {
    const doc = loadPage(id);
    const before = doc.documentElement.outerHTML;
    const analysis = runPipeline(doc, { url: pageUrl(id), force: true });
    const highlighter = new Highlighter(doc, { setCss() {} });
    highlighter.show(analysis.entries, analysis.claims);
    const labelled = doc.querySelectorAll(`${CLAIM_TAG}[${LABEL_ATTR}]`).length;
    expect(labelled, `${id}: highlighted ${labelled} of ${analysis.claims.length}`).toBeGreaterThanOrEqual(Math.floor(analysis.claims.length * 0.8));
    for (const c of analysis.claims) {
      const el = highlighter.elementFor(c);
      if (el) expect(c.text.startsWith(visibleText(el)), `${id}: ${c.text} / ${visibleText(el)}`).toBe(true);
    }
    highlighter.clear();
    expect(doc.documentElement.outerHTML === before, `${id}: page not restored exactly`).toBe(true);
  });
});

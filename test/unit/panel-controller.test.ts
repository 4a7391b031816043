// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Entry, PageAnalysis } from '../../utils/pipeline/types';
import { NEW_ATTR, PanelController } from '../../utils/page/panel';
import type { LayerLike } from '../../utils/page/panel-host';
import { HOST_TAG } from '../../utils/page/panel-host';
import { publishAnnotations } from '../../utils/page/panel-bus';
import { ORDER_ATTR } from '../../utils/page/panel-order';
import { example } from './annotations-fixtures';
import type { AreaLike } from '../../utils/page/panel-visits';
import { pageKey, visitStore } from '../../utils/page/panel-visits';
import { defaultSiteSettings } from '../../utils/settings';
import type { SiteSettings } from '../../utils/settings';
import { tEn } from '../render';

/** A minimal page layer that records and undoes its writes (the shell's PageLayer does the same). */
function testLayer(): LayerLike & { removeAll(): void } {
  const attrs: Array<[Element, string, string | null]> = [];
  const own: Element[] = [];
  return {
    setAttr(_o, el, name, value) {
      if (!attrs.some(([e, n]) => e === el && n === name)) attrs.push([el, name, el.getAttribute(name)]);
      el.setAttribute(name, value);
    },
    clearAttr(el, name) {
      const i = attrs.findIndex(([e, n]) => e === el && n === name);
      if (i < 0) return;
      const [, , prev] = attrs[i];
      if (prev === null) el.removeAttribute(name);
      else el.setAttribute(name, prev);
      attrs.splice(i, 1);
    },
    setCss() {},
    insert(_o, el, parent, before = null) {
      own.push(el);
      return parent.insertBefore(el, before);
    },
    removeAll() {
      for (const [el, name] of [...attrs]) this.clearAttr(el, name);
      for (const el of own) el.remove();
    },
  };
}

function memory(): AreaLike {
  const data: Record<string, unknown> = {};
  return {
    get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => void [keys].flat().forEach((k) => delete data[k]),
  };
}

function page(ids: string[]): PageAnalysis {
  document.body.innerHTML = `<main><div id="feed">${ids.map((id) => `<article id="${id}"><p>Entry ${id}</p></article>`).join('')}</div></main>`;
  const entries: Entry[] = ids.map((id, i) => ({
    id, time: new Date(Date.UTC(2024, 0, 1, 12 - i)).toISOString(), title: null, text: `Entry ${id}`, author: null, keyEvent: i === 0,
    element: document.getElementById(id)!,
  }));
  return {
    url: document.URL, title: 'Live', detection: { isLiveBlog: true, signals: [], confidence: 1 }, entries, clutter: [],
    topics: [{ id: 't1', label: '<i>Topic</i> & co', entryIds: ids }], claims: [], timings: {},
  };
}

const flush = () => new Promise((r) => setTimeout(r, 10));
const site = (over: Partial<SiteSettings> = {}) => ({ ...defaultSiteSettings(), ...over });

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll(HOST_TAG)) el.remove();
});

describe('PanelController', () => {
  test('mounts a closed shadow root that shows the topics, as text', async () => {
    const layer = testLayer();
    const c = new PanelController(document, layer, page(['a', 'b', 'c']), site(), { t: tEn, visits: null, now: () => 0 });
    c.start();
    const host = document.querySelector(HOST_TAG)!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toContain('z-index: 2147483647 !important');
    const html = c.snapshot()!;
    expect(html).toContain('&lt;i&gt;Topic&lt;/i&gt; &amp; co');
    expect(html).toContain('aria-label="Liveline panel"');
    c.command('toggle-panel');
    expect(c.snapshot()).toContain('ll-launcher');
    c.stop();
    layer.removeAll();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  test('oldest-first on a newest-first page reverses the container by marker, and back', () => {
    const layer = testLayer();
    const c = new PanelController(document, layer, page(['a', 'b', 'c']), site({ order: 'oldest' }), { t: tEn, visits: null, now: () => 0 });
    const snapshot = document.body.innerHTML;
    c.start();
    expect(document.getElementById('feed')?.getAttribute(ORDER_ATTR)).toBe('reverse');
    c.setSite(site({ order: 'newest' }));
    expect(document.getElementById('feed')?.hasAttribute(ORDER_ATTR)).toBe(false);
    c.setSite(site({ order: 'oldest' }));
    c.stop();
    layer.removeAll();
    expect(document.body.innerHTML).toBe(snapshot);
  });

  test('marks entries that arrived since the last visit, remembered per page', async () => {
    const area = memory();
    const visits = visitStore(area);
    const env = { t: tEn, visits, now: () => 1000 };
    let layer = testLayer();
    let c = new PanelController(document, layer, page(['b', 'c']), site(), env);
    c.start();
    await flush();
    expect(document.querySelectorAll(`[${NEW_ATTR}]`)).toHaveLength(0);
    c.stop();
    layer.removeAll();
    expect((await visits.get(pageKey(document.URL)))?.seen).toEqual(['b', 'c']);

    layer = testLayer();
    c = new PanelController(document, layer, page(['a', 'b', 'c']), site(), env);
    c.start();
    await flush();
    expect([...document.querySelectorAll(`[${NEW_ATTR}]`)].map((e) => e.id)).toEqual(['a']);
    expect(c.snapshot()).toContain('1 new since your last visit');
    expect(c.newSinceVisit(), 'the popup’s figure').toBe(1);
    c.setSite(site({ markNew: false }));
    expect(document.querySelectorAll(`[${NEW_ATTR}]`)).toHaveLength(0);
    expect(c.newSinceVisit()).toBe(0);
    c.stop();
    layer.removeAll();
  });

  test('entries that arrive off screen raise the toast; the page is not scrolled', () => {
    const layer = testLayer();
    const first = page(['b', 'c']);
    const c = new PanelController(document, layer, first, site(), { t: tEn, visits: null, now: () => 0 });
    c.start();
    const feed = document.getElementById('feed')!;
    const added = document.createElement('article');
    added.id = 'a';
    feed.prepend(added);
    const entry: Entry = { id: 'a', time: '2024-01-01T13:00:00Z', title: null, text: '', author: null, keyEvent: false, element: added };
    const scrolled = window.scrollY;
    // happy-dom lays nothing out: every rect is empty, so the new entry counts as off screen.
    c.update({ ...first, entries: [entry, ...first.entries] }, [entry]);
    expect(c.snapshot()).toContain('1 new entry');
    expect(window.scrollY).toBe(scrolled);
    c.stop();
    layer.removeAll();
  });

  test('lists this page’s annotations while the annotations feature publishes them, notes as text', () => {
    const layer = testLayer();
    publishAnnotations([{ annotation: example(1, { note: '<b>bold?</b>' }), placed: true }]);
    const c = new PanelController(document, layer, page(['a']), site(), { t: tEn, visits: null, now: () => 0 });
    c.start();
    expect(c.snapshot()).toContain('winds of 91mph');
    expect(c.snapshot()).toContain('&lt;b&gt;bold?&lt;/b&gt;');
    publishAnnotations([{ annotation: example(1), placed: true }, { annotation: example(3), placed: false }]);
    expect(c.snapshot()).toContain('winds of 93mph');
    expect(c.snapshot()).toContain('Not found on the page now');
    publishAnnotations(null);
    expect(c.snapshot()).not.toContain('ll-ann-panel-h');
    c.stop();
    layer.removeAll();
  });
});

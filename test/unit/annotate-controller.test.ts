// @vitest-environment happy-dom
// The in-page controller over happy-dom, with the real background handler over an in-memory store.
import { expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { describe as describeRange } from '../../utils/annotations/describe';
import { handleAnnotationMessage, type AnnotationMessage } from '../../utils/annotations/messages';
import type { Annotation } from '../../utils/annotations/model';
import { createStore, memoryArea, type KeyValueArea } from '../../utils/annotations/store';
import { buildTextIndex, offsetsRange } from '../../utils/annotations/text-index';
import { AnnotationController, type AnnotateLayer } from '../../utils/page/annotate';
import { MARK_TAG } from '../../utils/page/annotate-marks';
import type { Entry, PageAnalysis } from '../../utils/pipeline/types';

const PAGE = `<html><head><title>Storm live</title><link rel="canonical" href="https://news.example/storm"></head><body><main id="feed">
<article id="p2"><p>The Met Office issued a red warning for the north.</p></article>
<article id="p1"><p>Forecasters expect winds of <b>90mph</b> by noon.</p></article></main></body></html>`;

function analysisOf(doc: Document): PageAnalysis {
  const entries: Entry[] = Array.from(doc.querySelectorAll('article')).map((el) => ({ id: el.id, time: null, title: null, text: el.textContent ?? '', author: null, keyEvent: false, element: el }));
  return { url: doc.URL, title: doc.title, detection: { isLiveBlog: true, signals: [], confidence: 1 }, entries, clutter: [], topics: [], claims: [], timings: {} };
}

const layer = (): AnnotateLayer => ({
  insert: (_o, el, parent, before = null) => parent.insertBefore(el, before),
  setCss: () => {},
  isOwn: (n) => !!(n as Element | null)?.closest?.('[data-liveline-own]'),
});

function setup(area: KeyValueArea = memoryArea(), url = 'https://news.example/storm?utm_source=x') {
  const doc = parseHtml(PAGE, url);
  const store = createStore(area);
  const sent: string[] = [];
  const env = {
    send: (m: AnnotationMessage | { type: 'liveline:ann-open-list' }) => (sent.push(m.type), m.type === 'liveline:ann-open-list' ? Promise.resolve(undefined) : handleAnnotationMessage(store, area, m)),
    now: () => new Date('2025-02-02T10:00:00Z'),
    uuid: () => 'id-1',
    t: (k: string) => k,
    timers: { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id) },
  };
  return { doc, store, sent, ctrl: new AnnotationController(doc, layer(), analysisOf(doc), env) };
}

function annotationFor(doc: Document, entryId: string, quote: string, note = 'n'): Annotation {
  const el = doc.getElementById(entryId)!;
  const idx = buildTextIndex(el);
  const at = idx.text.indexOf(quote);
  const selectors = describeRange(doc.body, offsetsRange(idx, at, at + quote.length), analysisOf(doc).entries)!;
  return { id: `a-${entryId}`, pageUrl: 'https://news.example/storm', pageTitle: 'Storm live', selectors, entry: { id: entryId, time: null, permalink: null }, color: 'green', note, tags: ['t'], created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z' };
}

test('loads this page’s annotations (canonical URL), places them, re-places after the page re-renders an entry, and stops exactly', async () => {
  const { doc, store, ctrl } = setup();
  const before = doc.body.innerHTML;
  await store.put(annotationFor(doc, 'p1', 'winds of 90mph'));
  await store.put({ ...annotationFor(doc, 'p2', 'red warning'), pageUrl: 'https://elsewhere.example/' });
  ctrl.start();
  await ctrl.load();
  expect(ctrl.pageUrl).toBe('https://news.example/storm');
  expect(ctrl.probe().annotations).toEqual([{ id: 'a-p1', note: 'n', tags: ['t'], color: 'green', placed: true, text: 'winds of 90mph' }]);
  expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent).join('')).toBe('winds of 90mph');

  // The page re-renders the entry (a new element with the same text) and inserts a new entry above.
  const fresh = doc.createElement('article');
  fresh.id = 'p1';
  fresh.innerHTML = '<p>Forecasters expect winds of <b>90mph</b> by noon.</p>';
  doc.getElementById('p1')!.replaceWith(fresh);
  const added = doc.createElement('article');
  added.id = 'p3';
  added.innerHTML = '<p>Winds of 90mph were also forecast yesterday.</p>';
  doc.getElementById('feed')!.prepend(added);
  ctrl.update(analysisOf(doc));
  expect(fresh.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
  expect(ctrl.probe().annotations[0].placed).toBe(true);

  ctrl.stop();
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  expect(doc.querySelector('liveline-annotator')).not.toBeNull(); // the layer removes its own host
  doc.querySelector('liveline-annotator')!.remove();
  added.remove();
  expect(doc.body.innerHTML.replace(/\s+/g, ' ')).toBe(before.replace(/\s+/g, ' '));
});

test('an annotation whose text is gone is listed as an orphan, not placed', async () => {
  const { doc, store, ctrl } = setup();
  await store.put(annotationFor(doc, 'p2', 'issued a red warning for the north'));
  doc.getElementById('p2')!.querySelector('p')!.textContent = 'Warnings have been lifted.';
  ctrl.start();
  await ctrl.load();
  expect(ctrl.probe().annotations[0]).toMatchObject({ placed: false, note: 'n' });
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  ctrl.stop();
});

test('storage that cannot be read: nothing placed, nothing thrown', async () => {
  const broken: KeyValueArea = { get: async () => { throw new Error('IO'); }, set: async () => {}, remove: async () => {} };
  const { ctrl, doc } = setup(broken);
  ctrl.start();
  await ctrl.load();
  expect(ctrl.probe().annotations).toEqual([]);
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  ctrl.stop();
});

/** A selection as the watcher reports it (happy-dom's Range loses its start offset, so a plain one). */
function selectionOf(doc: Document, entryId: string, quote: string) {
  const idx = buildTextIndex(doc.getElementById(entryId)!);
  const at = idx.text.indexOf(quote);
  return { ...offsetsRange(idx, at, at + quote.length), getBoundingClientRect: () => ({ top: 10, bottom: 30, left: 40 }) as DOMRect };
}

test('select → colour → note and tags → saved; delete and undo; the same selection is offered once', async () => {
  const area = memoryArea();
  const { doc, ctrl, store } = setup(area);
  ctrl.start();
  await ctrl.load();
  ctrl.offerSelection(selectionOf(doc, 'p2', 'red warning'));
  expect(doc.querySelector('liveline-annotator')!.getAttribute('data-liveline-toolbar')).toBe('open');
  await ctrl.chooseColor('pink');
  expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.getAttribute('data-liveline-color'))).toEqual(['pink']);
  await ctrl.saveNote('A note', ['weather']);
  expect(doc.querySelector('liveline-annotator')!.getAttribute('data-liveline-toolbar')).toBe('closed');
  const [saved] = (await store.load()).annotations;
  expect(saved).toMatchObject({ id: 'id-1', pageUrl: 'https://news.example/storm', pageTitle: 'Storm live', color: 'pink', note: 'A note', tags: ['weather'],
    entry: { id: 'p2', time: null, permalink: 'https://news.example/storm#p2' }, created: '2025-02-02T10:00:00.000Z' });
  expect(saved.selectors.entry?.quote.exact).toBe('red warning');
  expect(area.data['ann-analysis:https://news.example/storm']).toMatchObject({ entries: [{ id: 'p2' }, { id: 'p1' }] });

  ctrl.offerSelection(selectionOf(doc, 'p1', 'winds'));
  ctrl.offerSelection(null);
  ctrl.offerSelection(selectionOf(doc, 'p1', 'winds'));
  expect(doc.querySelector('liveline-annotator')!.getAttribute('data-liveline-toolbar')).toBe('open');

  await ctrl.deleteAnnotation('id-1');
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  expect((await store.load()).annotations).toEqual([]);
  await ctrl.undoDelete();
  expect((await store.load()).annotations).toEqual([saved]);
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(1);
  ctrl.stop();
});

test('storage full: the reader is told, the new highlight is not shown, an edit falls back to what is saved', async () => {
  const inner = memoryArea();
  let full = false;
  const area: KeyValueArea = { get: (k) => inner.get(k), remove: (k) => inner.remove(k), set: async (items) => { if (full) throw new Error('QUOTA_BYTES quota exceeded'); await inner.set(items); } };
  const { doc, ctrl, store } = setup(area);
  await store.put(annotationFor(doc, 'p1', 'winds of 90mph', 'saved note'));
  ctrl.start();
  await ctrl.load();
  full = true;
  ctrl.offerSelection(selectionOf(doc, 'p2', 'red warning'));
  await ctrl.chooseColor('blue');
  expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent).join('')).toBe('winds of 90mph');
  expect(doc.querySelector('liveline-annotator')!.getAttribute('data-liveline-toolbar')).toBe('open'); // still offered, to retry
  ctrl.choose('a-p1');
  await ctrl.saveNote('edited', []);
  expect(ctrl.probe().annotations).toEqual([expect.objectContaining({ id: 'a-p1', note: 'saved note', placed: true })]);
  expect((await store.load()).annotations.map((a) => a.note)).toEqual(['saved note']);
  ctrl.stop();
});

test('topic filter and clean view on and off: the highlight stays, or comes back when the view is applied again', async () => {
  const { doc, store, ctrl } = setup();
  await store.put(annotationFor(doc, 'p1', 'winds of 90mph'));
  ctrl.start();
  await ctrl.load();
  doc.getElementById('p1')!.setAttribute('data-liveline-topic-out', '');
  ctrl.update(analysisOf(doc));
  expect(ctrl.probe().annotations[0].placed).toBe(true);
  doc.getElementById('p1')!.removeAttribute('data-liveline-topic-out');
  ctrl.stop(); // clean view off: the feature is removed
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  const again = new AnnotationController(doc, layer(), analysisOf(doc), (ctrl as unknown as { env: ConstructorParameters<typeof AnnotationController>[3] }).env);
  again.start();
  await again.load();
  expect(again.probe().annotations[0]).toMatchObject({ placed: true, text: 'winds of 90mph' });
  again.stop();
});

test('the popup’s figure: annotationCount counts this page’s annotations, orphans included', async () => {
  const { annotationCount } = await import('../../utils/page/annotate-host');
  const { doc, store, ctrl } = setup();
  expect(annotationCount(doc)).toBe(0);
  await store.put(annotationFor(doc, 'p1', 'winds of 90mph'));
  await store.put({ ...annotationFor(doc, 'p2', 'red warning'), selectors: { ...annotationFor(doc, 'p2', 'red warning').selectors, entry: null, page: { quote: { type: 'TextQuoteSelector', exact: 'not on this page at all', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 5 } } } });
  ctrl.start();
  await ctrl.load();
  expect(annotationCount(doc)).toBe(2);
  expect(ctrl.probe().annotations.map((a) => a.placed)).toEqual([true, false]);
  ctrl.stop();
});

test('opened from the all-annotations page (#liveline-annotation=<id>): the annotation is scrolled to and open', async () => {
  const { doc, store, ctrl } = setup(memoryArea(), 'https://news.example/storm#liveline-annotation=a-p1');
  await store.put(annotationFor(doc, 'p1', 'winds of 90mph'));
  ctrl.start();
  await ctrl.load();
  expect(ctrl.pageUrl).toBe('https://news.example/storm');
  expect(doc.querySelector('liveline-annotator')!.getAttribute('data-liveline-toolbar')).toBe('editing');
  ctrl.stop();
});

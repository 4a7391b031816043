// @vitest-environment happy-dom
// This page's annotations in the in-page panel: the annotations feature's own list (quote, note as text, tags,
// orphans said so); choosing one asks the annotations feature, over the panel bus, to go to its highlight.
import { afterEach, expect, test } from 'vitest';
import { PanelAnnotations } from '../../components/PanelAnnotations';
import { parseHtml } from '../../scripts/dom';
import { describe as describeRange } from '../../utils/annotations/describe';
import { handleAnnotationMessage, type AnnotationMessage } from '../../utils/annotations/messages';
import { buildTextIndex, offsetsRange } from '../../utils/annotations/text-index';
import { createStore, memoryArea } from '../../utils/annotations/store';
import { AnnotationController } from '../../utils/page/annotate';
import { ANN_HOST_TAG, TOOLBAR_STATE_ATTR } from '../../utils/page/annotate-host';
import { emitPanel, watchAnnotations } from '../../utils/page/panel-bus';
import type { PageAnalysis } from '../../utils/pipeline/types';
import { example } from './annotations-fixtures';
import { click, mount } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const placed = example(1, { note: '<img src=x onerror="alert(1)"> check the <b>gauge</b>', tags: ['flood', 'gauges'] });
const orphan = example(3, { note: '' });

test('quote, note as text, tags and the orphan marked; choosing reports the id; search by tag', async () => {
  const chosen: string[] = [];
  let query = '';
  const ui = () => <PanelAnnotations items={[{ annotation: placed, placed: true }, { annotation: orphan, placed: false }]} query={query} onQuery={(q) => (query = q)} onChoose={(id) => chosen.push(id)} />;
  let root = await mount(ui());
  expect(root.querySelector('h3')?.textContent).toBe('Annotations 2');
  const items = [...root.querySelectorAll('.ll-ann-item')];
  expect(items.map((i) => i.querySelector('.ll-ann-quote')?.textContent)).toEqual(['winds of 91mph', 'winds of 93mph']);
  expect(items[0].querySelector('.ll-ann-note')?.textContent).toBe('<img src=x onerror="alert(1)"> check the <b>gauge</b>');
  expect(root.querySelector('img, b')).toBeNull();
  expect(items[0].querySelector('.ll-ann-tags')?.textContent).toBe('#flood#gauges');
  expect(items[0].querySelector('.ll-ann-orphan')).toBeNull();
  expect(items[1].querySelector('.ll-ann-orphan')?.textContent).toMatch(/^Not found on the page now/);
  expect(root.querySelector('button.ll-link'), 'no delete in the panel').toBeNull();
  await click(items[0].querySelector<HTMLButtonElement>('.ll-ann-quote')!);
  expect(items[1].querySelector<HTMLButtonElement>('.ll-ann-quote')!.disabled, 'an orphan has nothing to go to').toBe(true);
  await click(items[1].querySelector<HTMLButtonElement>('.ll-ann-quote')!);
  expect(chosen).toEqual([placed.id]);

  const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
  expect(search.getAttribute('aria-label')).toBe('Search annotations (text or #tag)');
  search.value = '#flood';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  expect(query).toBe('#flood');
  document.body.innerHTML = '';
  root = await mount(ui());
  expect([...root.querySelectorAll('.ll-ann-quote')].map((b) => b.textContent)).toEqual(['winds of 91mph']);
});

test('none yet: the section says so', async () => {
  const root = await mount(<PanelAnnotations items={[]} query="" onQuery={() => {}} onChoose={() => {}} />);
  expect(root.querySelector('.ll-empty')?.textContent).toBe('No annotations yet. Select text to highlight it.');
});

test('the annotations feature publishes its list for the panel and goes to the one the panel chose', async () => {
  const url = 'https://news.example/live/storm';
  const doc = parseHtml(`<html><head><title>Storm</title></head><body><article id="post-1"><p>Forecasters expect winds of 91mph by noon.</p></article></body></html>`, url);
  const area = memoryArea();
  const store = createStore(area);
  const entry = doc.getElementById('post-1')!;
  const analysis: PageAnalysis = {
    url, title: 'Storm', detection: { isLiveBlog: true, signals: [], confidence: 1 }, clutter: [], topics: [], claims: [], timings: {},
    entries: [{ id: 'post-1', time: null, title: null, text: entry.textContent ?? '', author: null, keyEvent: false, element: entry }],
  };
  const idx = buildTextIndex(entry);
  const at = idx.text.indexOf('winds of 91mph');
  await store.put({ ...placed, selectors: describeRange(doc.body, offsetsRange(idx, at, at + 14), analysis.entries)! });
  await store.put(orphan);
  const ctrl = new AnnotationController(doc, { insert: (_o, el, parent, before = null) => parent.insertBefore(el, before), setCss: () => {}, isOwn: () => false }, analysis, {
    send: (m) => handleAnnotationMessage(store, area, m as AnnotationMessage),
    now: () => new Date('2025-02-02T10:00:00Z'),
    uuid: () => 'id-1',
    t: (k) => k,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
  });
  const seen: Array<Array<[string, boolean | null]> | null> = [];
  const stop = watchAnnotations((items) => seen.push(items ? items.map((i) => [i.annotation.selectors.page.quote.exact, i.placed]) : null));
  ctrl.start();
  await ctrl.load();
  expect(seen.at(-1)).toEqual([['winds of 91mph', true], ['winds of 93mph', false]]);

  const scrolled: string[] = [];
  for (const m of doc.querySelectorAll('liveline-mark')) (m as HTMLElement).scrollIntoView = () => void scrolled.push(m.textContent ?? '');
  emitPanel('annotation', placed.id);
  expect(scrolled).toEqual(['winds of 91mph']);
  expect(doc.querySelector(ANN_HOST_TAG)?.getAttribute(TOOLBAR_STATE_ATTR)).toBe('editing');
  ctrl.stop();
  expect(seen.at(-1), 'stopped: the panel leaves the section out').toBeNull();
  emitPanel('annotation', placed.id); // no longer listening
  expect(scrolled).toHaveLength(1);
  stop();
});

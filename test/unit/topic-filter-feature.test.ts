// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { diffEntries } from '../../utils/page/diff';
import { FEATURES, type FeatureContext } from '../../utils/page/features';
import { PageLayer, ROOT_ATTR } from '../../utils/page/layer';
import { emitPanel } from '../../utils/page/panel-bus';
import { TOPIC_OUT_ATTR } from '../../utils/page/topic-filter';
import { topicFilter } from '../../utils/page/topic-filter-feature';
import type { Entry, PageAnalysis, Topic } from '../../utils/pipeline/types';
import { defaultSettings, siteSettings } from '../../utils/settings';

function page(ids: string[]): Entry[] {
  document.body.innerHTML = ids.map((id) => `<article id="${id}"><p>Entry ${id}</p></article>`).join('');
  return ids.map((id) => ({ id, time: null, title: null, text: `Entry ${id}`, author: null, keyEvent: false, element: document.getElementById(id)! }));
}

function context(entries: Entry[], topics: Topic[], layer: PageLayer): FeatureContext {
  const analysis = { entries, topics } as unknown as PageAnalysis;
  return { doc: document, layer, analysis, site: siteSettings(defaultSettings(), 'example.org') };
}

const hidden = () => Array.from(document.querySelectorAll(`[${TOPIC_OUT_ATTR}]`)).map((e) => e.id).sort();
const TOPICS: Topic[] = [
  { id: 't1', label: 'Oryol', entryIds: ['a', 'c'] },
  { id: 't2', label: 'Pokrovsk', entryIds: ['b'] },
];

afterEach(() => {
  document.documentElement.removeAttribute(ROOT_ATTR);
});

test('is registered', () => expect(FEATURES).toContain(topicFilter));

test('panel choice hides the other topics; a new entry of another topic is hidden too; removal restores the page', () => {
  const entries = page(['a', 'b', 'c']);
  const before = document.documentElement.outerHTML;
  const layer = new PageLayer(document);
  layer.setAttr('liveline', document.documentElement, ROOT_ATTR, 'on');
  const ctx = context(entries, TOPICS, layer);
  topicFilter.apply(ctx);
  expect(hidden()).toEqual([]);
  emitPanel('topics', ['t1']);
  expect(hidden()).toEqual(['b']);
  expect(document.head.querySelector('style')?.textContent).toContain(TOPIC_OUT_ATTR);

  const grown = [...page(['a', 'b', 'c', 'd'])];
  const next = context(grown, [TOPICS[0], { ...TOPICS[1], entryIds: ['b', 'd'] }], layer);
  topicFilter.update(next, diffEntries(entries, grown));
  expect(hidden()).toEqual(['b', 'd']);
  emitPanel('topics', ['t2']);
  expect(hidden()).toEqual(['a', 'c']);

  topicFilter.remove(next);
  layer.removeAll();
  emitPanel('topics', ['t1']); // no longer listening
  expect(hidden()).toEqual([]);
  page(['a', 'b', 'c']);
  expect(document.documentElement.outerHTML).toBe(before);
});

test('clearing the choice gives back the page exactly, markers and stylesheet gone', () => {
  const entries = page(['a', 'b', 'c']);
  const layer = new PageLayer(document);
  const ctx = context(entries, TOPICS, layer);
  topicFilter.apply(ctx);
  const before = document.documentElement.outerHTML;
  emitPanel('topics', ['t2']);
  expect(hidden()).toEqual(['a', 'c']);
  emitPanel('topics', []);
  expect(document.documentElement.outerHTML).toBe(before);
  topicFilter.remove(ctx);
});

// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { groupTopics } from '../../utils/pipeline/topics';
import {
  applyTopicFilter,
  clearTopicFilter,
  entriesOutside,
  type MarkerLayer,
  TOPIC_OUT_ATTR,
} from '../../utils/page/topic-filter';
import type { Topic } from '../../utils/pipeline/types';
import { goldEntries, topicGolds } from '../topics/gold-entries';

/** A stand-in for the page layer: markers with their previous values, one style element. */
function testLayer(doc: Document): MarkerLayer & { style: () => HTMLStyleElement | null } {
  const previous = new Map<Element, string | null>();
  let style: HTMLStyleElement | null = null;
  return {
    setAttr(_owner, el, name, value) {
      if (!previous.has(el)) previous.set(el, el.getAttribute(name));
      el.setAttribute(name, value);
    },
    clearAttr(el, name) {
      if (!previous.has(el)) return;
      const old = previous.get(el);
      if (old == null) el.removeAttribute(name);
      else el.setAttribute(name, old);
      previous.delete(el);
    },
    setCss(_owner, css) {
      if (!css) {
        style?.remove();
        style = null;
        return;
      }
      style ??= doc.head.appendChild(doc.createElement('style'));
      style.textContent = css;
    },
    style: () => style,
  };
}

const topics: Topic[] = [
  { id: 't1', label: 'Oryol', entryIds: ['a', 'c'] },
  { id: 't2', label: 'Pokrovsk', entryIds: ['b'] },
  { id: 'other', label: 'Other', entryIds: ['d'] },
];

test.each([
  [[], []],
  [['t1'], ['b', 'd']],
  [['t1', 't2'], ['d']],
  [['other'], ['a', 'b', 'c']],
])('entriesOutside(selected %j) = %j', (selected, out) => {
  expect([...entriesOutside(['a', 'b', 'c', 'd'].map((id) => ({ id })), topics, selected)].sort()).toEqual(out);
});

describe('on a corpus page', () => {
  const gold = topicGolds().find((g) => g.page === 'ndtv-sports-live-cricket-ind-sl-2023-11-02') ?? topicGolds()[0];
  test(`${gold.page}: choosing a topic marks exactly the other entries; clearing restores the page exactly`, () => {
    const entries = goldEntries(gold);
    const doc = entries[0].element.ownerDocument;
    const before = doc.documentElement.outerHTML;
    const grouped = groupTopics(entries);
    const chosen = [...grouped].sort((a, b) => b.entryIds.length - a.entryIds.length)[0];
    const layer = testLayer(doc);
    applyTopicFilter(layer, entries, grouped, [chosen.id]);
    const shown = entries.filter((e) => !e.element.hasAttribute(TOPIC_OUT_ATTR)).map((e) => e.id);
    expect(shown.sort()).toEqual([...chosen.entryIds].sort());
    expect(layer.style()?.textContent).toContain(TOPIC_OUT_ATTR);
    clearTopicFilter(layer, entries);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

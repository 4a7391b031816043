// Page feature: show only the entries of the topics the reader chose. Entries of other topics get a marker
// attribute and one stylesheet rule hides them; clearing the choice removes the markers, and the page is exactly
// as it was (nothing removed, nothing moved). Writes only through the page layer it is given.
import type { Entry, Topic } from '../pipeline/types';

/** On each entry element the filter hides. */
export const TOPIC_OUT_ATTR = 'data-liveline-topic-out';
/** Owner name of everything the filter writes. */
export const TOPIC_FILTER_ID = 'topic-filter';
/** The one rule; it hangs off the root marker like every rule of the clean view. */
export const TOPIC_FILTER_CSS = `html[data-liveline] [${TOPIC_OUT_ATTR}] { display: none !important; }`;

/** The part of the page layer (utils/page/layer.ts) the filter needs. */
export interface MarkerLayer {
  setAttr(owner: string, el: Element, name: string, value: string): void;
  clearAttr(el: Element, name: string): void;
  setCss(owner: string, css: string): void;
}

type FilterEntry = Pick<Entry, 'id' | 'element'>;

/** entriesOutside(entries, topics, selected): ids of entries in none of the selected topics; none when nothing is selected. Pure. */
export function entriesOutside(entries: readonly Pick<Entry, 'id'>[], topics: readonly Topic[], selected: readonly string[]): Set<string> {
  if (selected.length === 0) return new Set();
  const keep = new Set(topics.filter((t) => selected.includes(t.id)).flatMap((t) => t.entryIds));
  return new Set(entries.filter((e) => !keep.has(e.id)).map((e) => e.id));
}

/**
 * applyTopicFilter(layer, entries, topics, selected): marks the entries outside the selected topics, unmarks the
 * others. Run it again whenever entries or topics change; with no topic selected it clears everything it wrote.
 */
export function applyTopicFilter(layer: MarkerLayer, entries: readonly FilterEntry[], topics: readonly Topic[], selected: readonly string[]): void {
  const out = entriesOutside(entries, topics, selected);
  for (const e of entries) {
    if (out.has(e.id)) layer.setAttr(TOPIC_FILTER_ID, e.element, TOPIC_OUT_ATTR, '');
    else layer.clearAttr(e.element, TOPIC_OUT_ATTR);
  }
  layer.setCss(TOPIC_FILTER_ID, out.size > 0 ? TOPIC_FILTER_CSS : '');
}

/** clearTopicFilter(layer, entries): shows every entry again. */
export function clearTopicFilter(layer: MarkerLayer, entries: readonly FilterEntry[]): void {
  applyTopicFilter(layer, entries, [], []);
}

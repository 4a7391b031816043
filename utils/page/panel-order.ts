import type { Entry } from '../pipeline/types';
import type { ReadingOrder } from '../settings';

// Reading order: newest-first or oldest-first, whatever the page does. Nothing moves in the DOM: the entries'
// container gets a marker attribute, and the stylesheet lays it out as a reversed flex column; removing the
// marker restores the page exactly.

export const ORDER_ATTR = 'data-liveline-order';

/** nativeOrder(entries): the page's own order, from the times of its first and last entries. Pure. */
export function nativeOrder(entries: readonly Pick<Entry, 'time'>[]): 'newest' | 'oldest' | null {
  const times = entries.map((e) => (e.time ? Date.parse(e.time) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length < 2 || times[0] === times[times.length - 1]) return null;
  return times[0] > times[times.length - 1] ? 'newest' : 'oldest';
}

/** needsReverse(entries, order): true when the reader's order differs from the page's. Pure. */
export function needsReverse(entries: readonly Pick<Entry, 'time'>[], order: ReadingOrder): boolean {
  if (order === 'page') return false;
  const native = nativeOrder(entries);
  return native !== null && native !== order;
}

/**
 * orderContainer(elements): the element whose children hold the entries, one entry per child, or null when
 * the entries do not sit that way (then nothing is reordered). Reads the DOM only.
 */
export function orderContainer(elements: readonly Element[]): Element | null {
  if (elements.length < 2) return null;
  let lca: Element | null = elements[0].parentElement;
  while (lca && !elements.every((el) => lca!.contains(el))) lca = lca.parentElement;
  if (!lca || lca === lca.ownerDocument.documentElement || lca === lca.ownerDocument.body) return null;
  const blocks = new Set<Element>();
  for (const el of elements) {
    let block: Element = el;
    while (block.parentElement !== lca) block = block.parentElement!;
    if (blocks.has(block)) return null;
    blocks.add(block);
  }
  return lca;
}

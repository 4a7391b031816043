// Where a page keeps its entries: a run of marked-up sibling blocks, or a run of clock-line paragraphs.
// findEntryLayout does the expensive search once; entryUnits re-reads only the container it found, so a live
// page's new or edited entries can be picked up without searching the whole document again. Pure.
import { findBlockRuns, signatureOf } from './extract-blocks';
import { findFlatRun, type FlatGroup } from './extract-flat';

/** How a page lays out its entries. Keep it between runs to read updates incrementally. */
export type EntryLayout =
  | { kind: 'blocks'; container: Element; signature: string }
  | { kind: 'flat'; container: Element }
  | { kind: 'none' };

/** One entry's elements before its fields are read. */
export interface EntryUnit {
  element: Element;
  /** Set for flat entries: the clock line and the blocks up to the next one. */
  group?: FlatGroup;
}

/** findEntryLayout(root): the page's entry layout, or kind 'none'. Pure; O(elements). */
export function findEntryLayout(root: Element): EntryLayout {
  const best = findBlockRuns(root)[0];
  const flat = findFlatRun(root);
  const blockScore = best ? best.score : 0;
  const flatScore = flat ? flat.groups.length * Math.log10(10 + avgChars(flat.groups.map((g) => g.elements))) : 0;
  if (flat && flatScore > blockScore) return { kind: 'flat', container: flat.container };
  if (best) return { kind: 'blocks', container: best.container, signature: best.signature };
  return { kind: 'none' };
}

function avgChars(groups: Element[][]): number {
  let n = 0;
  for (const g of groups) for (const e of g) n += (e.textContent ?? '').length;
  return groups.length ? n / groups.length : 0;
}

/**
 * entryUnits(layout): the entry elements of a known layout, in page order, read from its container alone
 * (cheap enough to call on every batch of DOM mutations). Returns [] once the container has left the page.
 */
export function entryUnits(layout: EntryLayout): EntryUnit[] {
  if (layout.kind === 'none' || !layout.container.isConnected) return [];
  if (layout.kind === 'blocks') {
    const out: EntryUnit[] = [];
    for (let c = layout.container.firstElementChild; c; c = c.nextElementSibling) {
      if (signatureOf(c) === layout.signature) out.push({ element: c });
    }
    return out;
  }
  const run = findFlatRun(layout.container);
  return run ? run.groups.map((g) => ({ element: g.start, group: g })) : [];
}

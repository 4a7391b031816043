// Where a page keeps its entries: a run of marked-up sibling blocks, or a run of clock-line paragraphs.
// findEntryLayout does the expensive search once; entryUnits re-reads only the container it found, so a live
// page's new or edited entries can be picked up without searching the whole document again. Pure.
import { leadText } from './entry-text';
import { findBlockRuns, followers, signatureOf, type BlockRun } from './extract-blocks';
import { findFlatRun, type FlatGroup, type FlatRun } from './extract-flat';
import type { PageLd } from './json-ld';
import { indexStamps } from './stamps';
import { leadingClock } from './times';

/** How a page lays out its entries. Keep it between runs to read updates incrementally. */
export type EntryLayout =
  | { kind: 'blocks'; container: Element; tag: string; signatures: Set<string>; run: BlockRun }
  | { kind: 'flat'; container: Element; run: FlatRun }
  | { kind: 'none' };

/** One entry's elements before its fields are read. */
export interface EntryUnit {
  element: Element;
  /** Set for paired entries: the stamp and the siblings after it up to the next stamp. */
  elements?: Element[];
  /** Set for flat entries: the clock line and the blocks up to the next one. */
  group?: FlatGroup;
}

/**
 * findEntryLayout(root, probes): the page's entry layout, or kind 'none'. `probes` are folded JSON-LD update
 * texts (ldProbes) that count as timestamps for blocks that show none. Pure; about O(elements).
 */
export function findEntryLayout(root: Element, probes: ReadonlySet<string> = new Set()): EntryLayout {
  const best = findBlockRuns(root, indexStamps(root, probes))[0];
  const flat = findFlatRun(root);
  const blockScore = best ? best.score : 0;
  const flatScore = flat ? flat.groups.length * Math.log10(10 + avgChars(flat.groups.map((g) => g.elements))) : 0;
  if (flat && flatScore > blockScore) return { kind: 'flat', container: flat.container, run: flat };
  if (best) return { kind: 'blocks', container: best.container, tag: best.tag, signatures: best.signatures, run: best };
  return { kind: 'none' };
}

function avgChars(groups: Element[][]): number {
  let n = 0;
  for (const g of groups) for (const e of g) n += (e.textContent ?? '').length;
  return groups.length ? n / groups.length : 0;
}

function looksTimed(el: Element): boolean {
  return !!el.querySelector('time,[datetime],[data-post-time],[data-timestamp]') || !!leadingClock(leadText(el, 40));
}

/**
 * entryUnits(layout): the entry elements of a known layout, in page order, read from its container alone
 * (cheap enough to call on every batch of DOM mutations). Returns [] once the container has left the page.
 */
export function entryUnits(layout: EntryLayout): EntryUnit[] {
  if (layout.kind === 'none' || !layout.container.isConnected) return [];
  if (layout.kind === 'blocks') {
    const out: EntryUnit[] = [];
    const known = new Set(layout.run.members);
    const isMember = (c: Element) => c.tagName === layout.tag && (known.has(c) || layout.signatures.has(signatureOf(c)) || looksTimed(c));
    for (let c = layout.container.firstElementChild; c; c = c.nextElementSibling) {
      if (!isMember(c)) continue;
      out.push(layout.run.paired ? { element: c, elements: [c, ...followers(c, isMember)] } : { element: c });
    }
    return out;
  }
  const run = findFlatRun(layout.container);
  return run ? run.groups.map((g) => ({ element: g.start, group: g })) : [];
}

const remembered = new WeakMap<object, { layout: EntryLayout; ld: PageLd }>();

/** rememberLayout(detection, layout, ld): lets extractEntries reuse what detect() found in the same run. */
export function rememberLayout(detection: object, layout: EntryLayout, ld: PageLd): void {
  remembered.set(detection, { layout, ld });
}

/** The layout and JSON-LD detect() found for this detection, if its container is still on the page. */
export function recalledLayout(detection: object | undefined): { layout: EntryLayout; ld: PageLd } | null {
  const r = detection ? remembered.get(detection) : undefined;
  return r && (r.layout.kind === 'none' || r.layout.container.isConnected) ? r : null;
}

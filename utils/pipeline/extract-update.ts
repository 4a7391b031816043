// A live update of the entries: the layout found before is kept, only units that are new or that the changed
// nodes touch are read again, the rest keep their drafts (and, where nothing differs, their Entry objects). Ids,
// times and JSON-LD matches are settled over the whole list as a full extraction does, so the result is the
// same. When the layout may no longer hold, it returns null and the caller extracts from scratch. Pure.
import { draftOf, spanOf, type Draft } from './entry-draft';
import { entryUnits, type EntryUnit } from './entry-layout';
import { ldTexts, markLinkedKeyEvents, readPageFacts, settleEntries, type EntryState, type Extraction } from './extract';
import type { Entry, ExtractContext } from './types';

/** What changed since the state was made, as the page observer reports it. */
export interface PageChanges {
  /** Nodes added, text nodes edited, elements whose watched attributes changed. */
  changed: readonly Node[];
  /** Elements that lost children (a paragraph taken out of an entry). */
  removedFrom?: readonly Node[];
}

/** Units read again beyond this share of the page (and MIN_REREAD) mean a new page, not an update. */
const MAX_REREAD_SHARE = 0.5;
const MIN_REREAD = 8;
/**
 * The layout is searched again (a full extraction) after this many updates, or once the page holds this many
 * times more or fewer units than at the last search: the page may have grown a better candidate.
 */
export const MAX_UPDATES = 50;
const MAX_GROWTH = 2;
/** An added block outside the entries holding this many stamps may be entries somewhere else. */
const FOREIGN_STAMPS = 2;
const STAMPS = 'time,[datetime],[data-timestamp],[data-post-time]';

const sameList = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * updateEntries(document, state, changes, context, previous): the entries after a live update and the state for
 * the next, or null when the layout no longer holds (container gone, blocks that look like entries but do not
 * match it, too many changes). `previous`: the entries of the last run; those unchanged are returned as they were.
 */
export function updateEntries(doc: Document, state: EntryState, changes: PageChanges, context: ExtractContext, previous: readonly Entry[] = []): Extraction | null {
  try {
    const { layout } = state;
    if (layout.kind === 'none' || !layout.container.isConnected || state.updates >= MAX_UPDATES) return null;
    const units = entryUnits(layout);
    if (units.length === 0 || !fitsLayout(state, units, changes.changed)) return null;
    if (units.length > state.fullUnits * MAX_GROWTH || units.length * MAX_GROWTH < state.fullUnits) return null;
    const touched = touchedUnits(units, layout.container, changes);
    const reads: EntryState['reads'] = new Map();
    let read = 0;
    const drafts = units.map((unit) => {
      const span = spanOf(unit);
      const before = state.reads.get(unit.element);
      let draft: Draft;
      if (before && !touched.has(unit.element) && sameList(before.span, span)) {
        // flat groups take the day heading of this run: times compare day headings by identity
        draft = { ...before.draft, unit, day: unit.group?.day ?? before.draft.day };
      } else {
        draft = draftOf(unit);
        read++;
      }
      reads.set(unit.element, { span, draft });
      return draft;
    });
    if (read > Math.max(MIN_REREAD, units.length * MAX_REREAD_SHARE)) return null;
    const texts = ldTexts(doc);
    const sameLd = sameStrings(texts, state.ldTexts);
    const facts = readPageFacts(doc, context.url, sameLd ? state.facts.ld : undefined);
    const entries = keepUnchanged(markLinkedKeyEvents(doc, settleEntries(drafts, facts, context), context.url), previous);
    return { entries, state: { layout, facts, ldTexts: texts, reads, mode: 'incremental', read, fullUnits: state.fullUnits, updates: state.updates + 1 } };
  } catch {
    return null;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * False when an added element may change where the entries are: a block of the entries' tag added to their
 * container that is not an entry, or a block elsewhere carrying timestamps of its own.
 */
function fitsLayout(state: EntryState, units: readonly EntryUnit[], changed: readonly Node[]): boolean {
  const { layout } = state;
  if (layout.kind === 'none') return false;
  const container = layout.container;
  const starts = new Set(units.map((u) => u.element));
  for (const node of changed) {
    if (node.nodeType !== 1 || !node.isConnected) continue;
    const el = node as Element;
    if (!container.contains(el)) {
      if (!el.contains(container) && el.querySelectorAll(STAMPS).length >= FOREIGN_STAMPS) return false;
    } else if (layout.kind === 'blocks' && !layout.run.paired && el.parentElement === container && el.tagName === layout.tag) {
      if (!starts.has(el)) return false;
    }
  }
  return true;
}

/** The first elements of the units that a changed node lies in (or is). */
function touchedUnits(units: readonly EntryUnit[], container: Element, changes: PageChanges): Set<Element> {
  const owner = new Map<Element, Element>();
  for (const u of units) for (const el of spanOf(u)) owner.set(el, u.element);
  const touched = new Set<Element>();
  const added = new Set(changes.changed);
  for (const node of [...changes.changed, ...(changes.removedFrom ?? [])]) {
    let unit: Element | undefined;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== container && !unit; el = el.parentElement) {
      unit = owner.get(el);
    }
    if (unit) {
      touched.add(unit);
    } else if (added.has(node) && node.nodeType === 1 && node !== container && container.contains(node)) {
      // a block wrapped around entries (moved in, perhaps edited on the way): every entry inside it
      for (const u of units) if (node.contains(u.element)) touched.add(u.element);
    }
  }
  return touched;
}

/** The previous Entry object wherever the new one says the same, so unchanged entries keep their identity. */
function keepUnchanged(next: Entry[], previous: readonly Entry[]): Entry[] {
  const before = new Map(previous.map((e) => [e.id, e]));
  return next.map((e) => {
    const old = before.get(e.id);
    return old && same(old, e) ? old : e;
  });
}

function same(a: Entry, b: Entry): boolean {
  return (
    a.element === b.element && a.text === b.text && a.time === b.time && a.title === b.title && a.author === b.author &&
    a.keyEvent === b.keyEvent && sameList(a.elements ?? [], b.elements ?? [])
  );
}

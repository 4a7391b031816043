// extractEntries: layout → units → drafts (fields) → times (JSON-LD first, then the page's own stamps) → stable
// ids → key events the page's key-events box links to. extractWithState also returns what a live update needs
// to re-read only new or changed units (extract-update.ts).
import { draftOf, isEmptyDraft, spanOf, type Draft } from './entry-draft';
import { findEntryLayout, recalledLayout, entryUnits, type EntryLayout, type EntryUnit } from './entry-layout';
import { hashText } from './entry-text';
import { resolveTimes } from './entry-times';
import { ldProbes } from './extract-blocks';
import { readPageLd, type PageLd } from './json-ld';
import { linkedKeyEvents } from './key-events';
import { fold, matchUpdates } from './ld-match';
import { pageClock, type PageClock } from './page-time';
import { parseMachineTime } from './times';
import type { Entry, ExtractContext } from './types';

/** What a re-read needs besides the layout: the page's structured data and clock. Keep it with the layout. */
export interface PageFacts {
  ld: PageLd;
  clock: PageClock;
}

/** What an extraction keeps for the next live update: the layout, the facts and every unit's draft. */
export interface EntryState {
  layout: EntryLayout;
  facts: PageFacts;
  /** Texts of the JSON-LD scripts the facts were read from (they are parsed again only when these change). */
  ldTexts: string[];
  /** Each unit's draft by its first element, with the elements it spanned when read. */
  reads: Map<Element, { span: readonly Element[]; draft: Draft }>;
  /** 'full' for a whole extraction, 'incremental' for an update; `read`: how many units were read this time. */
  mode: 'full' | 'incremental';
  read: number;
  /** Units at the last full extraction, and incremental updates since: the layout is searched again in time. */
  fullUnits: number;
  updates: number;
}

export interface Extraction {
  entries: Entry[];
  state: EntryState;
}

/** readPageFacts(document, url, ld?): structured data (parsed here unless given) and clock of the page. Pure. */
export function readPageFacts(doc: Document, url: string, known?: PageLd): PageFacts {
  const ld = known ?? readPageLd(doc);
  return { ld, clock: pageClock(doc, url, ld) };
}

/** ldTexts(document): the text of each JSON-LD script, to tell cheaply whether the structured data changed. */
export function ldTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
}

const foldedOf = (d: Draft): string => (d.folded ??= fold(`${d.title ?? ''} ${d.text}`));

/**
 * settleEntries(drafts, facts, context): Entry objects for the drafts of all units in page order: ids (a repeat
 * gets its occurrence number), JSON-LD matches and times need the whole list. Pure.
 */
export function settleEntries(all: readonly Draft[], facts: PageFacts, context: ExtractContext): Entry[] {
  const drafts = all.filter((d) => !isEmptyDraft(d));
  const ids = new Set<string>();
  const repeats = new Map<string, number>();
  const withIds = drafts.map((d) => {
    const base = d.pageId ?? `e-${hashText(`${d.title ?? ''}|${d.text.slice(0, 300)}`)}`;
    let id = base;
    // A repeated id (identical posts, a page reusing one id) gets its occurrence number: stable while the
    // page only adds entries above or below.
    for (let n = repeats.get(base) ?? 1; ids.has(id); n++) {
      id = `${base}-${n + 1}`;
      repeats.set(base, n + 1);
    }
    ids.add(id);
    return { d, id };
  });
  const ldHits = facts.ld.updates.length
    ? matchUpdates(withIds.map(({ d, id }) => ({ id, folded: foldedOf(d) })), facts.ld.updates)
    : withIds.map(() => null);
  const resolved = resolveTimes(withIds.map(({ d }) => ({ evidence: d.evidence, day: d.day })), facts.clock, context.now);
  return withIds.map(({ d, id }, i) => {
    const ldTime = parseMachineTime(ldHits[i]?.published ?? null);
    const own = d.evidence.machine != null && !(d.evidence.suspect && ldTime != null) ? d.evidence.machine : null;
    const t = own ?? ldTime ?? resolved[i];
    const entry: Entry = {
      id,
      time: t != null && Number.isFinite(t) ? new Date(t).toISOString() : null,
      title: d.title,
      text: d.text,
      author: d.author,
      keyEvent: d.keyEvent,
      element: d.unit.element,
    };
    const span = d.unit.elements ?? d.unit.group?.elements;
    if (span && span.length > 1) entry.elements = span;
    return entry;
  });
}

/** The entries with those the page's own key-events box links to marked as key events (in place: new objects). */
export function markLinkedKeyEvents(doc: Document, entries: Entry[], url: string): Entry[] {
  const listed = linkedKeyEvents(doc, entries, url);
  for (const e of entries) if (listed.has(e.id)) e.keyEvent = true;
  return entries;
}

/**
 * readEntries(units, facts, context): Entry objects for entry units (from entryUnits(layout)). Pure; ids are the
 * same on every run over the same units.
 */
export function readEntries(units: readonly EntryUnit[], facts: PageFacts, context: ExtractContext): Entry[] {
  return settleEntries(units.map(draftOf), facts, context);
}

/** extractWithState(document, context): the entries and what a later update needs, or null. Pure; never throws. */
export function extractWithState(doc: Document, context: ExtractContext): Extraction | null {
  try {
    const body = doc.body;
    if (!body) return null;
    const recalled = recalledLayout(context.detection);
    const facts = readPageFacts(doc, context.url, recalled?.ld);
    const layout: EntryLayout = recalled?.layout ?? findEntryLayout(body, ldProbes(facts.ld.updates));
    const units = entryUnits(layout);
    const drafts = units.map(draftOf);
    const reads = new Map(drafts.map((draft) => [draft.unit.element, { span: spanOf(draft.unit), draft }] as const));
    const entries = markLinkedKeyEvents(doc, settleEntries(drafts, facts, context), context.url);
    return { entries, state: { layout, facts, ldTexts: ldTexts(doc), reads, mode: 'full', read: units.length, fullUnits: units.length, updates: 0 } };
  } catch {
    return null;
  }
}

/** extractEntries(document, context): the page's live entries in page order. Pure; never throws. */
export function extractEntries(doc: Document, context: ExtractContext): Entry[] {
  return extractWithState(doc, context)?.entries ?? [];
}

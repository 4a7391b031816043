import { findClaims, findClaimsCached, type ClaimsCache } from './claims';
import { findClutter, updateClutter } from './clutter';
import { detect } from './detect';
import { extractWithState, type Extraction } from './extract';
import { updateEntries } from './extract-update';
import { findSummary, summaryEntry } from './summary';
import { groupTopicsWithDuplicates } from './topics';
import type { Entry, PageAnalysis, StageName, Topic } from './types';

export interface RunOptions {
  url: string;
  /** Run the later stages even when the detector says no (the reader turned the clean view on for this site). */
  force?: boolean;
  now?: Date;
  /** Clock for timings; performance.now where available. */
  clock?: () => number;
  /** The topics of the previous run on this page: entries keep their topic, ids stay, only new entries are placed. */
  previousTopics?: readonly Topic[];
  /** Kept across runs on a live page, so the claims stage re-reads only new or changed entries. */
  claimsCache?: ClaimsCache;
  /**
   * The previous analysis of this page and the nodes added or changed since: the entries stage re-reads only the
   * entries they touch (keeping the layout and detection of a live blog), the clutter stage judges only those.
   */
  previous?: PageAnalysis;
  changed?: readonly Node[];
  /** Elements that lost children since the previous analysis (a paragraph taken out of an entry). */
  removedFrom?: readonly Node[];
}

/**
 * runPipeline(document, options): detect → entries → clutter → topics → claims. Pure: reads the document,
 * returns a PageAnalysis (elements included) for the page layer or the analyze command to use.
 */
export function runPipeline(doc: Document, options: RunOptions): PageAnalysis {
  const clock = options.clock ?? (() => globalThis.performance?.now() ?? Date.now());
  const timings: Partial<Record<StageName, number>> = {};
  const timed = <T>(stage: StageName, fn: () => T): T => {
    const t0 = clock();
    const result = fn();
    timings[stage] = Math.round(((timings[stage] ?? 0) + clock() - t0) * 100) / 100;
    return result;
  };
  const { previous, changed } = options;
  // A live update of a page already read as a live blog: the layout found before is kept (null: read it anew).
  const state = previous?.extraction;
  const update = previous && state && changed && (previous.detection.isLiveBlog || options.force)
    ? timed('entries', () => updateEntries(doc, state, { changed, removedFrom: options.removedFrom }, { url: options.url, detection: previous.detection, now: options.now }, previous.entries))
    : null;
  const detection = update && previous ? previous.detection : timed('detect', () => detect(doc, options.url));
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const analysis: PageAnalysis = { url: options.url, title, detection, entries: [], clutter: [], topics: [], claims: [], timings };
  if (!detection.isLiveBlog && !options.force) return analysis;
  const shared = new Set(previous?.entries);
  analysis.entries = timed('entries', () => {
    const extraction: Extraction | null = update ?? extractWithState(doc, { url: options.url, detection, now: options.now });
    if (extraction) analysis.extraction = extraction.state;
    return extraction?.entries ?? [];
  });
  analysis.clutter = timed('clutter', () =>
    previous && changed && previous.timings.clutter !== undefined
      ? updateClutter(previous.clutter, changed, analysis.entries)
      : findClutter(doc, analysis.entries));
  const grouped = timed('topics', () => groupTopicsWithDuplicates(analysis.entries, options.previousTopics));
  analysis.topics = grouped.topics;
  const topicOf = new Map(analysis.topics.flatMap((t) => t.entryIds.map((id) => [id, t.id] as const)));
  analysis.entries = analysis.entries.map((e) =>
    settle(e, { topic: topicOf.get(e.id) ?? null, duplicateOf: grouped.duplicateOf.get(e.id) ?? null }, shared));
  analysis.claims = timed('claims', () => {
    // the page's own summary above the entries is read too, as one pseudo-entry (summary.ts)
    const summary = summaryEntry(findSummary(doc, analysis.entries, analysis.clutter.map((c) => c.element)));
    if (summary) analysis.summary = summary;
    return options.claimsCache ? findClaimsCached(analysis.entries, options.claimsCache, summary) : findClaims(analysis.entries, summary);
  });
  return analysis;
}

/** The entry with these fields: set in place on a new entry, copied where the previous analysis holds the object. */
function settle(e: Entry, fields: Partial<Entry>, shared: ReadonlySet<Entry>): Entry {
  const keys = Object.keys(fields) as Array<keyof Entry>;
  if (keys.every((k) => e[k] === fields[k])) return e;
  return shared.has(e) ? { ...e, ...fields } : Object.assign(e, fields);
}

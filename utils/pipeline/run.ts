import { findClaims, findClaimsCached, type ClaimsCache } from './claims';
import { findClutter, updateClutter } from './clutter';
import { detect } from './detect';
import { extractEntries } from './extract';
import { linkedKeyEvents } from './key-events';
import { groupTopicsWithDuplicates } from './topics';
import type { PageAnalysis, StageName, Topic } from './types';

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
  /** The previous analysis of this page and the nodes added or changed since: the clutter stage judges only those. */
  previous?: PageAnalysis;
  changed?: readonly Node[];
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
    timings[stage] = Math.round((clock() - t0) * 100) / 100;
    return result;
  };
  const detection = timed('detect', () => detect(doc, options.url));
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const analysis: PageAnalysis = { url: options.url, title, detection, entries: [], clutter: [], topics: [], claims: [], timings };
  if (!detection.isLiveBlog && !options.force) return analysis;
  analysis.entries = timed('entries', () => {
    const entries = extractEntries(doc, { url: options.url, detection, now: options.now });
    const listed = linkedKeyEvents(doc, entries, options.url);
    for (const e of entries) if (listed.has(e.id)) e.keyEvent = true;
    return entries;
  });
  const { previous, changed } = options;
  analysis.clutter = timed('clutter', () =>
    previous && changed && previous.timings.clutter !== undefined
      ? updateClutter(previous.clutter, changed, analysis.entries)
      : findClutter(doc, analysis.entries));
  const grouped = timed('topics', () => groupTopicsWithDuplicates(analysis.entries, options.previousTopics));
  analysis.topics = grouped.topics;
  const topicOf = new Map(analysis.topics.flatMap((t) => t.entryIds.map((id) => [id, t.id] as const)));
  for (const e of analysis.entries) {
    e.topic = topicOf.get(e.id) ?? null;
    e.duplicateOf = grouped.duplicateOf.get(e.id) ?? null;
  }
  analysis.claims = timed('claims', () =>
    options.claimsCache ? findClaimsCached(analysis.entries, options.claimsCache) : findClaims(analysis.entries));
  return analysis;
}

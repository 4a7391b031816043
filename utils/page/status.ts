import type { PageStatus } from '../messaging';
import type { ClutterKind, PageAnalysis } from '../pipeline/types';

/** notLiveStatus(host): what a page without the full pipeline answers (the every-page detector's reply). */
export function notLiveStatus(host: string, signals: string[] = []): PageStatus {
  return {
    isLiveBlog: false,
    signals,
    entryCount: 0,
    newest: null,
    host,
    cleanView: false,
    hiddenByKind: {},
    foundByKind: {},
    topicCount: 0,
    claimCount: 0,
    annotationCount: 0,
    error: null,
  };
}

/**
 * pageStatus(analysis, host, applied, error): the popup's figures for this page that the analysis knows. Pure.
 * What is hidden (hiddenByKind), shown hidden, or new since the last visit only the features know: they add
 * it (Feature.status), so hiddenByKind is {} here.
 */
export function pageStatus(analysis: PageAnalysis | null, host: string, applied: boolean, error: string | null): PageStatus {
  if (!analysis) return { ...notLiveStatus(host), error };
  const foundByKind: Partial<Record<ClutterKind, number>> = {};
  for (const b of analysis.clutter) foundByKind[b.kind] = (foundByKind[b.kind] ?? 0) + 1;
  return {
    isLiveBlog: analysis.detection.isLiveBlog,
    signals: analysis.detection.signals,
    entryCount: analysis.entries.length,
    newest: newestTime(analysis.entries.map((e) => e.time)),
    host,
    cleanView: applied,
    hiddenByKind: {},
    foundByKind,
    topicCount: analysis.topics.length,
    claimCount: analysis.claims.length,
    annotationCount: 0,
    error,
    timings: analysis.timings,
  };
}

/** newestTime(times): the latest ISO time, or null. Pure. */
export function newestTime(times: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  let bestMs = -Infinity;
  for (const t of times) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms) && ms > bestMs) [best, bestMs] = [t, ms];
  }
  return best;
}

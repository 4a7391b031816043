import type { AnalysisJson } from '../pipeline/analysis-json';
import type { Annotation } from './model';

/** Optional research context: each page's analysis (entries, topics, claims), keyed by canonical page URL. */
export type Analyses = Record<string, AnalysisJson>;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** sortForExport(list): page by page (URL order), then by creation time and id, so exports are deterministic. */
export function sortForExport(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => cmp(a.pageUrl, b.pageUrl) || cmp(a.created, b.created) || cmp(a.id, b.id));
}

/** The topic label and the claims of an annotation's entry, from the page's analysis (when given). */
export function entryContext(a: Annotation, analyses?: Analyses): { topic: string; claims: string[] } {
  const analysis = analyses?.[a.pageUrl];
  const entryId = a.entry?.id;
  if (!analysis || !entryId) return { topic: '', claims: [] };
  const topicId = analysis.entries.find((e) => e.id === entryId)?.topic ?? null;
  const topic = analysis.topics.find((t) => t.id === topicId)?.label ?? '';
  const claims = analysis.claims.filter((c) => c.entryId === entryId).map((c) => `${c.speaker}: ${c.text}`);
  return { topic, claims };
}

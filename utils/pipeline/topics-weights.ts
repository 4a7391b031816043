// Page-level document frequency and feature weights. A word found in most entries of the page ("Ukraine" on a
// Ukraine live blog) weighs next to nothing; names and key phrases weigh more than plain words. Pure.
import type { EntryFeatures, FeatureKind } from './topics-tokens';

/** Weight of each kind of feature before document frequency. */
export const KIND_WEIGHT: Record<FeatureKind, number> = { word: 1, phrase: 1.3, name: 1.8, 'name-phrase': 2.2 };
/** A word in more than this share of the page's entries (and in at least COMMON_MIN of them) does not decide. */
export const COMMON_SHARE = 0.5;
export const COMMON_MIN = 4;
/** What is left of such a word's weight. */
export const COMMON_DAMPING = 0.3;
/** A plain word that the page writes capitalised mid-sentence at least this share of the time is a name. */
export const NAME_SHARE = 0.6;

export interface PageStats {
  /** Entries counted. */
  n: number;
  df: Map<string, number>;
  /** Mid-sentence mentions capitalised / in lower case, per stem, over the page. */
  capitalised: Map<string, number>;
  lower: Map<string, number>;
  /** Memo of idf() per feature. */
  idf: Map<string, number>;
}

/** pageStats(list): document frequencies over the entries' features. Pure. */
export function pageStats(list: readonly EntryFeatures[]): PageStats {
  const stats: PageStats = { n: list.length, df: new Map(), capitalised: new Map(), lower: new Map(), idf: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const ef of list) {
    for (const k of ef.features.keys()) bump(stats.df, k);
    for (const s of ef.capitalised) bump(stats.capitalised, s);
    for (const s of ef.lower) bump(stats.lower, s);
  }
  return stats;
}

/** True when the page writes this stem as a name (capitalised mid-sentence most of the time). */
export function isName(stats: PageStats, stem: string): boolean {
  const cap = stats.capitalised.get(stem) ?? 0;
  const low = stats.lower.get(stem) ?? 0;
  return cap > 0 && cap >= NAME_SHARE * (cap + low);
}

/** Inverse document frequency of a feature on this page; near zero for words in most entries. */
export function idf(stats: PageStats, key: string): number {
  const known = stats.idf.get(key);
  if (known !== undefined) return known;
  const df = Math.max(1, stats.df.get(key) ?? 1);
  const n = Math.max(stats.n, df);
  const base = Math.log((n + 1) / df);
  const value = df >= COMMON_MIN && df > COMMON_SHARE * n ? base * COMMON_DAMPING : base;
  stats.idf.set(key, value);
  return value;
}

/** The weight of one feature of one entry on this page. */
export function featureWeight(stats: PageStats, key: string, kind: FeatureKind, count: number): number {
  const k = kind === 'word' && isName(stats, key) ? 'name' : kind;
  return (1 + Math.log(count)) * KIND_WEIGHT[k] * idf(stats, key);
}

/** vectorOf(ef, stats): the entry's weighted features, unit length (empty when nothing weighs). */
export function vectorOf(ef: EntryFeatures, stats: PageStats): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [key, f] of ef.features) {
    const w = featureWeight(stats, key, f.kind, f.count);
    if (w <= 0) continue;
    v.set(key, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

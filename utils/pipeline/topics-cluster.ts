// Single-pass clustering, oldest entry first: each entry joins the topic it resembles most (its closest member
// or the topic's centroid) or starts a new one. Earlier assignments are never revisited, so a new entry never
// reshuffles the others. Candidates come from an inverted index, so the cost grows with the entries that
// share rare words, not with all pairs. Pure.
import type { EntryFeatures } from './topics-tokens';

/** An entry as the clusterer sees it. */
export interface ClusterInput {
  id: string;
  features: EntryFeatures;
  /** Unit-length weighted features (topics-weights.ts). */
  vector: Map<string, number>;
}

export interface ClusterResult {
  /** Entry id → topic id ('other' for entries too short to judge). */
  topicOf: Map<string, string>;
  /** Entry id → id of the earlier entry it nearly repeats. */
  duplicateOf: Map<string, string>;
  /** Topic id → member entry ids, oldest first; in order of creation. */
  members: Map<string, string[]>;
}

export const OTHER = 'other';
/** An entry with fewer distinct content words than this is too short to judge. */
export const MIN_STEMS = 4;
/** Similarity an entry needs to join a topic (cosine, 0..1). */
export const JOIN_SIMILARITY = 0.05;
/** Similarity a too-short entry needs to join a topic rather than go to Other. */
export const SHORT_JOIN_SIMILARITY = 0.2;
/** How much a topic's closest member counts against its centroid when scoring a topic for an entry. */
export const LINK_SHARE = 0;
/** Share of the shorter entry's words found in the other for a near-duplicate, and the fewest words it needs. */
export const DUPLICATE_SHARE = 0.8;
export const DUPLICATE_MIN_STEMS = 6;
/** Of a long index list only the newest this many entries are walked (such words weigh next to nothing anyway). */
export const MAX_POSTINGS = 400;

/**
 * clusterEntries(ordered, preset, firstId): ordered is oldest first; preset holds the topic of entries grouped
 * before (kept as they are); new topics are numbered from firstId ("t<firstId>", …).
 */
export function clusterEntries(ordered: readonly ClusterInput[], preset: ReadonlyMap<string, string>, firstId: number): ClusterResult {
  const result: ClusterResult = { topicOf: new Map(), duplicateOf: new Map(), members: new Map() };
  const index = new Index(ordered.length);
  const centroids = new Map<string, Centroid>();
  const topicAt: string[] = [];
  let nextId = firstId;
  const place = (i: number, topic: string) => {
    const e = ordered[i];
    topicAt[i] = topic;
    result.topicOf.set(e.id, topic);
    const list = result.members.get(topic) ?? [];
    list.push(e.id);
    result.members.set(topic, list);
    if (topic === OTHER) return;
    const c = centroids.get(topic) ?? { sum: new Map<string, number>(), norm2: 0 };
    for (const [k, w] of e.vector) {
      const old = c.sum.get(k) ?? 0;
      c.sum.set(k, old + w);
      c.norm2 += (old + w) ** 2 - old ** 2;
    }
    centroids.set(topic, c);
    index.add(i, e.vector);
  };
  ordered.forEach((e, i) => {
    const touched = index.similarities(e.vector);
    placeEntry(e, i, touched);
    index.reset(touched);
  });
  return result;

  function placeEntry(e: ClusterInput, i: number, touched: number[]): void {
    const dup = findDuplicate(e, ordered, touched, index.sims);
    if (dup) result.duplicateOf.set(e.id, result.duplicateOf.get(dup.id) ?? dup.id);
    const known = preset.get(e.id);
    if (known !== undefined) return place(i, known);
    if (e.vector.size === 0) return place(i, OTHER);
    if (dup && result.topicOf.get(dup.id) !== OTHER) return place(i, result.topicOf.get(dup.id)!);
    // a short entry ("Kopbal van Romero!") may still join a topic it clearly belongs to, but never starts one
    const short = e.features.stems.size < MIN_STEMS;
    const best = bestTopic(e, touched, index.sims, topicAt, centroids, short);
    if (best && best.score >= (short ? SHORT_JOIN_SIMILARITY : JOIN_SIMILARITY)) place(i, best.topic);
    else place(i, short ? OTHER : `t${nextId++}`);
  }
}

/** Inverted index: feature → the entries holding it, with their weights. */
class Index {
  private readonly postings = new Map<string, { ids: number[]; ws: number[] }>();
  /** Dot product of the last query with each entry (valid for the touched entries). */
  readonly sims: Float64Array;

  constructor(size: number) {
    this.sims = new Float64Array(size);
  }

  add(i: number, vector: Map<string, number>): void {
    for (const [k, w] of vector) {
      let p = this.postings.get(k);
      if (!p) this.postings.set(k, (p = { ids: [], ws: [] }));
      p.ids.push(i);
      p.ws.push(w);
    }
  }

  /** The entries sharing an indexed feature with `vector`, their dot products left in `sims`. */
  similarities(vector: Map<string, number>): number[] {
    const touched: number[] = [];
    const { sims } = this;
    for (const [k, w] of vector) {
      const p = this.postings.get(k);
      if (!p) continue;
      for (let x = Math.max(0, p.ids.length - MAX_POSTINGS); x < p.ids.length; x++) {
        const j = p.ids[x];
        if (sims[j] === 0) touched.push(j);
        sims[j] += w * p.ws[x] || Number.MIN_VALUE;
      }
    }
    return touched;
  }

  /** Clears the dot products left by the last query. */
  reset(touched: readonly number[]): void {
    for (const j of touched) this.sims[j] = 0;
  }
}

function findDuplicate(e: ClusterInput, ordered: readonly ClusterInput[], touched: readonly number[], sims: Float64Array): ClusterInput | null {
  const mine = e.features.stems;
  let best: ClusterInput | null = null;
  let bestShare = DUPLICATE_SHARE;
  for (const j of touched) {
    if (sims[j] < 0.3) continue;
    const other = ordered[j].features.stems;
    const small = Math.min(mine.size, other.size);
    if (small < 2) continue;
    let shared = 0;
    for (const w of mine) if (other.has(w)) shared++;
    // short entries count as duplicates only when they say exactly the same
    const same = shared === mine.size && shared === other.size;
    if (small < DUPLICATE_MIN_STEMS && !same) continue;
    const share = shared / small;
    if (share >= bestShare) [best, bestShare] = [ordered[j], share];
  }
  return best;
}

/**
 * The topic an entry resembles most. A topic's centroid is the sum of its members' unit vectors, so the entry's
 * dot product with it is the sum of its dot products with the members: no vector arithmetic per topic.
 */
function bestTopic(
  e: ClusterInput,
  touched: readonly number[],
  sims: Float64Array,
  topicAt: readonly string[],
  centroids: Map<string, Centroid>,
  short: boolean,
): { topic: string; score: number } | null {
  const link = new Map<string, number>();
  const sum = new Map<string, number>();
  for (const j of touched) {
    const t = topicAt[j];
    sums(sum, link, t, sims[j]);
  }
  let best: { topic: string; score: number } | null = null;
  for (const [t, l] of link) {
    const c = centroids.get(t)!;
    const centroid = c.norm2 > 0 ? sum.get(t)! / Math.sqrt(c.norm2) : 0;
    const score = short ? coverage(e.vector, c) : LINK_SHARE * l + (1 - LINK_SHARE) * centroid;
    if (!best || score > best.score || (score === best.score && t < best.topic)) best = { topic: t, score };
  }
  return best;
}

function sums(sum: Map<string, number>, link: Map<string, number>, t: string, s: number): void {
  sum.set(t, (sum.get(t) ?? 0) + s);
  if (s > (link.get(t) ?? 0)) link.set(t, s);
}

/** A topic's summed member vectors and their squared length, kept up to date as members join. */
interface Centroid { sum: Map<string, number>; norm2: number }

/** Share of a (short) entry's single-word weight that the topic's features cover. */
function coverage(unit: Map<string, number>, c: Centroid): number {
  let covered = 0;
  let total = 0;
  for (const [k, w] of unit) {
    if (k.includes(' ')) continue;
    total += w * w;
    if (c.sum.has(k)) covered += w * w;
  }
  return total > 0 ? covered / total : 0;
}

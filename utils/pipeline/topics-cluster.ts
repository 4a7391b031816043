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
  const postings = new Map<string, number[]>();
  const centroids = new Map<string, Centroid>();
  let nextId = firstId;
  const place = (i: number, topic: string) => {
    const e = ordered[i];
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
      const p = postings.get(k) ?? [];
      p.push(i);
      postings.set(k, p);
    }
    centroids.set(topic, c);
  };
  ordered.forEach((e, i) => {
    const sims = similarities(e, ordered, postings);
    const dup = findDuplicate(e, ordered, sims);
    if (dup) result.duplicateOf.set(e.id, result.duplicateOf.get(dup.id) ?? dup.id);
    const known = preset.get(e.id);
    if (known !== undefined) return place(i, known);
    if (e.vector.size === 0) return place(i, OTHER);
    if (dup && result.topicOf.get(dup.id) !== OTHER) return place(i, result.topicOf.get(dup.id)!);
    // a short entry ("Kopbal van Romero!") may still join a topic it clearly belongs to, but never starts one
    const short = e.features.stems.size < MIN_STEMS;
    const best = bestTopic(e, ordered, sims, result.topicOf, centroids, short);
    if (best && best.score >= (short ? SHORT_JOIN_SIMILARITY : JOIN_SIMILARITY)) place(i, best.topic);
    else place(i, short ? OTHER : `t${nextId++}`);
  });
  return result;
}

/** Cosine similarity of an entry with every earlier entry that shares an indexed feature. */
function similarities(e: ClusterInput, ordered: readonly ClusterInput[], postings: Map<string, number[]>): Map<number, number> {
  const sims = new Map<number, number>();
  for (const [k, w] of e.vector) {
    const p = postings.get(k);
    if (!p) continue;
    for (let x = Math.max(0, p.length - MAX_POSTINGS); x < p.length; x++) {
      const j = p[x];
      sims.set(j, (sims.get(j) ?? 0) + w * (ordered[j].vector.get(k) ?? 0));
    }
  }
  return sims;
}

function findDuplicate(e: ClusterInput, ordered: readonly ClusterInput[], sims: Map<number, number>): ClusterInput | null {
  const mine = e.features.stems;
  let best: ClusterInput | null = null;
  let bestShare = DUPLICATE_SHARE;
  for (const [j, s] of sims) {
    if (s < 0.3) continue;
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

function bestTopic(
  e: ClusterInput,
  ordered: readonly ClusterInput[],
  sims: Map<number, number>,
  topicOf: Map<string, string>,
  centroids: Map<string, Centroid>,
  short: boolean,
): { topic: string; score: number } | null {
  const link = new Map<string, number>();
  for (const [j, s] of sims) {
    const t = topicOf.get(ordered[j].id);
    if (!t || t === OTHER) continue;
    if (s > (link.get(t) ?? 0)) link.set(t, s);
  }
  let best: { topic: string; score: number } | null = null;
  for (const [t, l] of link) {
    const c = centroids.get(t)!;
    const score = short ? coverage(e.vector, c) : LINK_SHARE * l + (1 - LINK_SHARE) * cosine(e.vector, c);
    if (!best || score > best.score) best = { topic: t, score };
  }
  return best;
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

function cosine(unit: Map<string, number>, c: Centroid): number {
  let dot = 0;
  for (const [k, w] of unit) dot += w * (c.sum.get(k) ?? 0);
  return c.norm2 > 0 ? dot / Math.sqrt(c.norm2) : 0;
}

// groupTopics: which thread of the story each entry follows. Tokenise (topics-tokens), weigh by page-level
// document frequency (topics-weights), cluster oldest first (topics-cluster), label (topics-label). Pure and
// deterministic; on the device, no network.
import { bylinesIn } from './bylines';
import { clusterEntries, OTHER, type ClusterInput } from './topics-cluster';
import { chooseLabel } from './topics-label';
import { extractFeatures } from './topics-tokens';
import { pageStats, vectorOf } from './topics-weights';
import type { Entry, Topic } from './types';

export { OTHER } from './topics-cluster';
export const OTHER_LABEL = 'Other';
/** Bylines are looked for this many characters from either end of an entry's text. */
export const BYLINE_REACH = 60;

/** The stage's whole result: topics and the near-duplicates found on the way. */
export interface TopicGrouping {
  topics: Topic[];
  /** Entry id → the earlier entry it nearly repeats (a summary, a re-post). */
  duplicateOf: Map<string, string>;
}

type TopicEntry = Pick<Entry, 'id' | 'text' | 'title' | 'time'> & Partial<Pick<Entry, 'author'>>;

/**
 * groupTopics(entries, previous?): topics { id, label, entryIds } for entries in page order. With the topics
 * of an earlier run, entries grouped then keep their topic and ids stay; only new entries are placed. Pure.
 */
export function groupTopics(entries: readonly TopicEntry[], previous?: readonly Topic[]): Topic[] {
  return groupTopicsWithDuplicates(entries, previous).topics;
}

/** groupTopics, plus the near-duplicates (Entry.duplicateOf). Pure. */
export function groupTopicsWithDuplicates(entries: readonly TopicEntry[], previous: readonly Topic[] = []): TopicGrouping {
  // the author and bylines printed inside the text are who wrote it, not what it is about
  const bylines = [...pageBylines(entries)];
  const features = entries.map((e) => {
    const text = e.text ?? '';
    const edges = `${text.slice(0, BYLINE_REACH)} ${text.slice(-BYLINE_REACH)}`;
    const writers = [e.author, ...bylines.filter((b) => edges.includes(b)), ...bylinesIn(text, null)].filter(Boolean).join(' ');
    return extractFeatures(text, e.title, writers || null);
  });
  const stats = pageStats(features);
  const byId = new Map(entries.map((e, i) => [e.id, i]));
  const order = chronologicalOrder(entries);
  const inputs: ClusterInput[] = order.map((i) => ({ id: entries[i].id, features: features[i], vector: vectorOf(features[i], stats) }));
  const preset = new Map<string, string>();
  let maxId = 0;
  for (const t of previous) {
    for (const id of t.entryIds) if (byId.has(id)) preset.set(id, t.id);
    const n = /^t(\d+)$/.exec(t.id);
    if (n) maxId = Math.max(maxId, Number(n[1]));
  }
  const clustered = clusterEntries(inputs, preset, maxId + 1);
  const before = new Map(previous.map((t) => [t.id, t]));
  const topics: Topic[] = [];
  for (const [id, memberIds] of clustered.members) {
    if (id === OTHER) continue;
    const old = before.get(id);
    // a topic no entry joined or left keeps its label without a second look
    const same = old && old.entryIds.length === memberIds.length && memberIds.every((m) => old.entryIds.includes(m));
    const members = memberIds.map((m) => features[byId.get(m)!]);
    const label = (same ? old.label : chooseLabel(old?.label, members, stats)) || `Topic ${id.slice(1)}`;
    topics.push({ id, label, entryIds: inPageOrder(memberIds, byId) });
  }
  topics.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const other = clustered.members.get(OTHER);
  if (other) topics.push({ id: OTHER, label: OTHER_LABEL, entryIds: inPageOrder(other, byId) });
  return { topics, duplicateOf: clustered.duplicateOf };
}

function inPageOrder(ids: readonly string[], byId: Map<string, number>): string[] {
  return [...ids].sort((a, b) => byId.get(a)! - byId.get(b)!);
}

/**
 * Indices of entries oldest first. Pages show entries newest first or oldest first; the times say which
 * (newest first where they cannot tell, as most live blogs are).
 */
export function chronologicalOrder(entries: readonly Pick<Entry, 'time'>[]): number[] {
  const times = entries.map((e) => (e.time ? Date.parse(e.time) : NaN));
  let up = 0;
  let down = 0;
  let last = NaN;
  for (const t of times) {
    if (!Number.isFinite(t)) continue;
    if (Number.isFinite(last)) {
      if (t > last) up++;
      else if (t < last) down++;
    }
    last = t;
  }
  const idx = entries.map((_, i) => i);
  return up > down ? idx : idx.reverse();
}

/** A run of two or three capitalised words ("Antony Clements-Thrower") that opens or closes two or more entries is a byline. */
export function pageBylines(entries: readonly Pick<Entry, 'text'>[]): Set<string> {
  const NAME = "\\p{Lu}[\\p{L}'’-]+";
  // "Antony Clements-Thrower Local reporters say…" (a sentence starts after it), not "Mohammed Shami takes…"
  const lead = new RegExp(`^(${NAME} ${NAME})\\s+(?=[\\p{Lu}"“‘'])`, 'u');
  const tail = new RegExp(`(?:^|[.!?”"]\\s*|—\\s*)(${NAME} ${NAME})$`, 'u');
  const count = new Map<string, number>();
  for (const e of entries) {
    for (const re of [lead, tail]) {
      const m = re.exec(e.text ?? '');
      if (m) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
    }
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([name]) => name));
}

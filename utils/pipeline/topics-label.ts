// Topic labels: the one or two features that best mark a topic's entries ("Drone strikes · Oryol"), written as
// the page writes them. Never stop words or numbers (the tokeniser drops those). A label given before stays
// until a clearly better one appears. Pure.
import { extractFeatures, type EntryFeatures } from './topics-tokens';
import { isName, KIND_WEIGHT, idf, type PageStats } from './topics-weights';

/** A new label replaces the old one only when it scores this many times higher. */
export const LABEL_SWITCH = 1.5;
/** Label parts longer than this are left out when a shorter candidate exists. */
export const MAX_PART_LENGTH = 28;
export const PARTS = 2;
/** A second part is added only while the whole label stays this short. */
export const MAX_LABEL_LENGTH = 40;
/** Each further word of a name adds this share to its score. */
export const NAME_LENGTH_BONUS = 0.15;
export const SEPARATOR = ' · ';

interface Scored { key: string; score: number; name: boolean }

/** Score of every feature over a topic's members: in how many members it is, times its weight on the page. */
function scoreFeatures(members: readonly EntryFeatures[], stats: PageStats): Map<string, Scored> {
  const acc = new Map<string, { docs: number; kind: number }>();
  for (const ef of members) {
    for (const [key, f] of ef.features) {
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { docs: 0, kind: 0 }));
      a.docs += 1;
      const kind = f.kind === 'word' && isName(stats, key) ? 'name' : f.kind;
      if (KIND_WEIGHT[kind] > a.kind) a.kind = KIND_WEIGHT[kind];
    }
  }
  const out = new Map<string, Scored>();
  for (const [key, a] of acc) {
    const name = a.kind >= KIND_WEIGHT['name-phrase'];
    // a whole name ("Chennai Super Kings") beats its first words when it is found as often
    const length = name ? 1 + NAME_LENGTH_BONUS * (key.split(' ').length - 1) : 1;
    out.set(key, { key, score: a.docs * a.kind * idf(stats, key) * length, name });
  }
  return out;
}

/** The members' most frequent way of writing a feature. */
function surfaceOf(key: string, members: readonly EntryFeatures[]): string {
  const counts = new Map<string, number>();
  for (const ef of members) {
    const f = ef.features.get(key);
    if (f) counts.set(f.surface, (counts.get(f.surface) ?? 0) + f.count);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? key;
}

/** The page's own casing for names and acronyms, lower case for other words, first letter up. */
function display(surface: string, stats: PageStats, name = false): string {
  const words = surface.split(' ').map((w) => {
    if (name && /^\p{Lu}/u.test(w)) return w;
    const only = extractFeatures(w).stems;
    const s = [...only][0];
    if (!s || /^\p{Lu}{2,}$/u.test(w) || isName(stats, s)) return w;
    return w.toLowerCase();
  });
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The feature key a label part stands for (its stems, space-joined). */
function keyOf(part: string): string {
  return [...extractFeatures(part).stems].join(' ');
}

/** A label part may score this share of the first part, at least. */
export const SECOND_PART_SHARE = 0.4;

/** bestLabel(members, stats): the label and its score for a topic's members. */
export function bestLabel(members: readonly EntryFeatures[], stats: PageStats, scored = scoreFeatures(members, stats)): { label: string; score: number } {
  let top = 0;
  for (const s of scored.values()) if (s.score > top) top = s.score;
  const ranked = [...scored.values()]
    .filter((s) => s.score > 0 && s.score >= top * SECOND_PART_SHARE * 0.5)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const parts: Array<Scored & { surface: string }> = [];
  for (const s of ranked) {
    if (parts.length >= PARTS) break;
    const surface = surfaceOf(s.key, members);
    if (surface.length > MAX_PART_LENGTH) continue;
    const stems = s.key.split(' ');
    if (parts.some((p) => p.key.split(' ').some((x) => stems.includes(x)))) continue;
    if (parts.length > 0 && s.score < parts[0].score * SECOND_PART_SHARE) break;
    if (parts.length > 0 && parts[0].surface.length + SEPARATOR.length + surface.length > MAX_LABEL_LENGTH) continue;
    parts.push({ ...s, surface: display(surface, stats, s.name) });
  }
  if (parts.length === 0) return { label: '', score: 0 };
  return { label: parts.map((p) => p.surface).join(SEPARATOR), score: parts.reduce((t, p) => t + p.score, 0) };
}

/** labelScore(label, members, stats): how well an existing label still fits the topic (0 when it no longer does). */
export function labelScore(label: string, members: readonly EntryFeatures[], stats: PageStats, scored = scoreFeatures(members, stats)): number {
  return label.split(SEPARATOR).reduce((t, part) => t + (scored.get(keyOf(part))?.score ?? 0), 0);
}

/** chooseLabel: keep the previous label unless the best one now is clearly better. */
export function chooseLabel(previous: string | undefined, members: readonly EntryFeatures[], stats: PageStats): string {
  const scored = scoreFeatures(members, stats);
  const best = bestLabel(members, stats, scored);
  if (!previous || previous === best.label) return best.label || previous || '';
  const old = labelScore(previous, members, stats, scored);
  return best.score >= LABEL_SWITCH * old ? best.label : previous;
}

// Matching JSON-LD liveBlogUpdate items to the entries found in the DOM, by anchor or by text. Pure.
import type { LdUpdate } from './json-ld';

/** Lower-cased letters and digits only, for comparing text across markup and entity differences. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folded prefix length used to recognise an update's body inside an entry. */
const BODY_PROBE = 60;
/** Shortest folded headline trusted for a match. */
const MIN_HEADLINE = 12;

interface Probe {
  update: LdUpdate;
  hash: string;
  headline: string;
  body: string;
}

/** Folded probes per list of updates: a live page's unchanged JSON-LD is folded once, not on every update. */
const folded = new WeakMap<readonly LdUpdate[], Probe[]>();

function probesOf(updates: readonly LdUpdate[]): Probe[] {
  let probes = folded.get(updates);
  if (!probes) {
    probes = updates.map((u) => ({
      update: u,
      hash: u.url.includes('#') ? u.url.slice(u.url.indexOf('#') + 1) : '',
      headline: fold(u.headline),
      body: fold(u.body).slice(0, BODY_PROBE),
    }));
    folded.set(updates, probes);
  }
  return probes;
}

/**
 * matchUpdates(entries, updates): for each entry (its id and folded title/text), the update that describes it,
 * or null. An update's url anchor naming the entry's id wins; else its headline or the start of its body must
 * appear in the entry. Each update is used once.
 */
export function matchUpdates(entries: ReadonlyArray<{ id: string; folded: string }>, updates: readonly LdUpdate[]): Array<LdUpdate | null> {
  const probes = probesOf(updates);
  const used = new Set<Probe>();
  const byHash = new Map(probes.filter((p) => p.hash).map((p) => [p.hash, p]));
  return entries.map((e) => {
    let hit = byHash.get(e.id);
    if (!hit || used.has(hit)) {
      hit = probes.find((p) => !used.has(p) && p.body.length >= MIN_HEADLINE && e.folded.includes(p.body));
      hit ??= probes.find((p) => !used.has(p) && p.headline.length >= MIN_HEADLINE && e.folded.includes(p.headline));
    }
    if (!hit) return null;
    used.add(hit);
    return hit.update;
  });
}

// The scorer's claim matching (../shared/eval/score.mjs), for fixture tests: a claim is right when its speaker
// matches an alias and its text holds the labelled snippet (or ≥ 80% of its words).
import { norm, type Gold } from '../corpus';
import type { Claim, Entry } from '../../utils/pipeline/types';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their']);

export function speakerMatches(said: string, aliases: readonly string[]): boolean {
  const s = norm(said);
  if (!s || PRONOUNS.has(s)) return false;
  return aliases.some((al) => {
    const n = norm(al);
    return s.includes(n) || (s.length >= 4 && n.includes(s));
  });
}

export function overlaps(saidText: string, goldText: string): boolean {
  const s = norm(saidText);
  const g = norm(goldText);
  if (s.includes(g)) return true;
  const gw = g.split(/\W+/).filter(Boolean);
  const sw = new Set(s.split(/\W+/));
  return gw.length > 0 && gw.filter((w) => sw.has(w)).length / gw.length >= 0.8;
}

export interface ClaimScore { gold: number; found: number; said: number; right: number; bylines: number; misses: string[]; wrong: string[] }

/** scoreClaims(gold, entries, claims): the scorer's tallies for one page, with what was missed and what was wrong. */
export function scoreClaims(gold: Gold, entries: readonly Entry[], claims: readonly Claim[]): ClaimScore {
  const golds = gold.claims ?? [];
  const hit = (c: Claim, g: (typeof golds)[number]) => speakerMatches(c.speaker, g.speaker) && overlaps(c.text, g.text);
  const r: ClaimScore = { gold: 0, found: 0, said: 0, right: 0, bylines: 0, misses: [], wrong: [] };
  for (const g of golds.filter((x) => !x.optional)) {
    r.gold++;
    if (claims.some((c) => hit(c, g))) r.found++;
    else r.misses.push(`${gold.page}: missed ${g.speaker[0]}: ${g.text}`);
  }
  const scope = gold.claimsIn?.map(norm);
  const textOf = new Map(entries.map((e) => [e.id, norm(`${e.title ?? ''} ${e.text}`)]));
  for (const c of claims) {
    if (scope && !scope.some((k) => (textOf.get(c.entryId) ?? '').includes(k))) continue;
    r.said++;
    if (golds.some((g) => hit(c, g))) r.right++;
    else r.wrong.push(`${gold.page}: wrong ${c.speaker} (${c.cue}): ${c.text.slice(0, 100)}`);
    if ((gold.nonClaims ?? []).some((n) => speakerMatches(c.speaker, [n.speaker]))) {
      r.bylines++;
      r.wrong.push(`${gold.page}: byline taken as a speaker: ${c.speaker}`);
    }
  }
  return r;
}

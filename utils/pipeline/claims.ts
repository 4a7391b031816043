// The claims stage: who said what in every entry. findClaims(entries) reads each entry's text (never the page);
// findClaimsCached re-reads only entries whose id or text changed since the last call.
import { bylinesIn, normName } from './bylines';
import { claimsInText, type EntryClaim } from './claims-entry';
import type { Claim, Entry } from './types';

/** Per-entry memo for findClaimsCached: entry id → what was read (text, author, title) and the claims in it. */
export type ClaimsCache = Map<string, { key: string; claims: EntryClaim[]; bylines: string[] }>;

/** findClaims(entries): attributed claims, offsets into each entry's text. Pure. */
export function findClaims(entries: readonly Entry[]): Claim[] {
  return findClaimsCached(entries, new Map());
}

/**
 * findClaimsCached(entries, cache): as findClaims, reading only entries that are new or whose text changed;
 * updates `cache` in place and drops entries that are gone. Bylines are gathered page-wide (an author of one
 * entry is never a speaker in another).
 */
export function findClaimsCached(entries: readonly Entry[], cache: ClaimsCache): Claim[] {
  const seen = new Set<string>();
  const leads = repeatedLeads(entries);
  for (const e of entries) {
    seen.add(e.id);
    const text = e.text ?? '';
    const lead = leadingByline(text, e.author, leads);
    const key = `${text}\u0000${e.author ?? ''}\u0000${e.title ?? ''}\u0000${lead}`;
    const hit = cache.get(e.id);
    if (hit && hit.key === key) continue;
    let claims: EntryClaim[] = [];
    try {
      claims = claimsInText(text, { title: e.title, lead: lead.length });
    } catch {
      claims = []; // a stage never throws into the page
    }
    cache.set(e.id, { key, claims, bylines: [...bylinesIn(text, e.author), ...(lead ? [normName(lead)] : [])] });
  }
  for (const id of [...cache.keys()]) if (!seen.has(id)) cache.delete(id);
  const bylines = new Set<string>();
  for (const v of cache.values()) for (const b of v.bylines) bylines.add(b);
  const out: Claim[] = [];
  const verdicts = new Map<string, boolean>();
  const byline = (speaker: string): boolean => {
    let v = verdicts.get(speaker);
    if (v === undefined) verdicts.set(speaker, (v = isByline(speaker, bylines)));
    return v;
  };
  for (const e of entries) {
    for (const c of cache.get(e.id)?.claims ?? []) {
      if (byline(c.speaker)) continue;
      out.push({ entryId: e.id, speaker: c.speaker, cue: c.cue, cueClass: c.cueClass, text: e.text.slice(c.start, c.end),
        direct: c.direct, hedged: c.hedged, start: c.start, end: c.end });
    }
  }
  return out;
}

const LEAD = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+))(?=\s|$)/u;
/** Share of entries that must open with the same name for it to be taken as the entries' byline. */
const LEAD_SHARE = 0.2;

/** Two-word names that open several entries' text ("Gavin O'Callaghan Popular drinking hole …"): bylines. */
function repeatedLeads(entries: readonly Entry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const m = LEAD.exec(e.text ?? '');
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(entries.length * LEAD_SHARE));
  return new Set([...counts].filter(([, n]) => n >= min).map(([name]) => name));
}

/** The byline an entry's text opens with (its author, or a name that opens many entries), or ''. */
function leadingByline(text: string, author: string | null, leads: ReadonlySet<string>): string {
  if (author) {
    const spaced = author.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/\s+/g, ' ').trim();
    if (spaced && text.startsWith(spaced)) return spaced;
    const first = spaced.split(' ').slice(0, 2).join(' ');
    if (first.includes(' ') && text.startsWith(first)) return first;
  }
  const m = LEAD.exec(text);
  return m && leads.has(m[1]) ? m[1] : '';
}

function isByline(speaker: string, bylines: ReadonlySet<string>): boolean {
  const s = normName(speaker);
  for (const b of bylines) if (s.includes(b) || (s.length >= 4 && b.includes(s))) return true;
  return false;
}

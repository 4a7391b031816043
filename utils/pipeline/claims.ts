// The claims stage: who said what in every entry. findClaims(entries) reads each entry's text (never the page);
// findClaimsCached re-reads only entries whose id or text changed since the last call.
import { bylinesIn, normName } from './bylines';
import { claimsInText, type EntryClaim } from './claims-entry';
import { SUMMARY_ID } from './summary';
import type { Claim, Entry } from './types';

/** Per-entry memo for findClaimsCached: entry id → what was read (text, author, title) and the claims in it. */
export type ClaimsCache = Map<string, { key: string; claims: EntryClaim[]; bylines: string[] }>;

/** findClaims(entries, summary?): attributed claims, offsets into each entry's text (and the summary's). Pure. */
export function findClaims(entries: readonly Entry[], summary?: Entry | null): Claim[] {
  return findClaimsCached(entries, new Map(), summary);
}

/**
 * findClaimsCached(entries, cache): as findClaims, reading only entries that are new or whose text changed;
 * updates `cache` in place and drops entries that are gone. Bylines are gathered page-wide (an author of one
 * entry is never a speaker in another). `summary` (summaryEntry in summary.ts, id SUMMARY_ID) is read with the
 * same rules; its claims come last and keep only what the entries do not already say (summaryClaims).
 */
export function findClaimsCached(entries: readonly Entry[], cache: ClaimsCache, summary?: Entry | null): Claim[] {
  const seen = new Set<string>();
  const leads = repeatedLeads(entries);
  // an entry of the page's own that has the summary's id keeps it: the summary is then not read
  const clash = summary?.id;
  if (clash !== undefined && entries.some((e) => e.id === clash)) summary = null;
  const read = summary ? [...entries, summary] : entries;
  for (const e of read) {
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
  for (const e of read) {
    for (const c of cache.get(e.id)?.claims ?? []) {
      if (byline(c.speaker)) continue;
      out.push({ entryId: e.id, speaker: c.speaker, cue: c.cue, cueClass: c.cueClass, text: e.text.slice(c.start, c.end),
        direct: c.direct, hedged: c.hedged, start: c.start, end: c.end });
    }
  }
  return summary ? summaryClaims(out) : out;
}

/**
 * A summary restates the entries in brief: of its claims, keep those by a speaker no entry quotes (the entry's
 * own, fuller wording stands for the others), and of those one indirect and one direct claim per speaker, the
 * first, so the summary adds each source's gist and not a second account. Entries' claims pass unchanged.
 */
function summaryClaims(claims: Claim[]): Claim[] {
  const inEntries = claims.filter((c) => c.entryId !== SUMMARY_ID).map((c) => speakerKey(c.speaker));
  const kept = new Set<string>();
  return claims.filter((c) => {
    if (c.entryId !== SUMMARY_ID) return true;
    const key = speakerKey(c.speaker);
    if (inEntries.some((k) => k === key || (Math.min(k.length, key.length) >= 4 && (k.includes(key) || key.includes(k))))) return false;
    const slot = `${key}\u0000${c.direct}`;
    if (kept.has(slot)) return false;
    kept.add(slot);
    return true;
  });
}

/** A speaker as the summary rule compares them: normalised, without a leading article ("the defence ministry"). */
const speakerKey = (s: string): string => normName(s).replace(/^(?:the|a|an)\s+/, '');

// A byline name opening the text is followed by the entry's first sentence ("Gavin O'Callaghan Popular drinking
// hole …"), not by the rest of its own sentence ("Prince Harry and Meghan Markle will …").
const LEAD = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+))(?=\s+[\p{Lu}\p{N}"“‘'«]|$)/u;
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

// Sources: the claims of a page grouped by who made them, a role and a name for the same person counted once
// ("Mr Gladkov", "local governor Vyacheslav Gladkov" → one source). Pure.
import type { Claim } from './types';

export interface Source {
  /** The fullest way the page names the source. */
  speaker: string;
  key: string;
  /** Indexes into the claims list, in page order. */
  claims: number[];
}

const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|president|prime|minister|chancellor|mme|m|herr|frau|sr|sra)\.?$/i;
const ORG = /^(?:agency|ministry|council|police|service|services|committee|association|federation|network|university|hospital|institute|party|group|international|news|times|post|bank|airlines|court|office|department|government|commission|league|club|union|trust|foundation|weather|channel|radio|television)$/i;
const DETS = /^(?:the|a|an|its|his|her|their|our)$/i;

/** sourceKey(speaker): a person's surname when the phrase ends in a name, else the phrase without its article. */
export function sourceKey(speaker: string): string {
  const words = speaker.normalize('NFKC').replace(/[’]/g, "'").replace(/\(.*?\)/g, ' ').split(/\s+/).filter(Boolean);
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0 && /^\p{Lu}[\p{Ll}'.-]/u.test(words[k]) && !TITLES.test(words[k]); k--) tail.unshift(words[k]);
  const titled = words.length >= 2 && TITLES.test(words[words.length - 2]) && /^\p{Lu}/u.test(words[words.length - 1]);
  const before = words[words.length - tail.length - 1] ?? '';
  const named = tail.length >= 2 && !/^(?:the|of|at|for|from|in|on|by|and)$/i.test(before) && !tail.some((w) => ORG.test(w));
  if (named || titled) return words[words.length - 1].toLowerCase().replace(/'s$/, '');
  return words.filter((w, k) => !(k === 0 && DETS.test(w))).join(' ').toLowerCase();
}

/** groupSources(claims): one source per key, the most quoted first, then by first appearance. */
export function groupSources(claims: readonly Claim[]): Source[] {
  const byKey = new Map<string, Source>();
  claims.forEach((c, i) => {
    const key = sourceKey(c.speaker);
    const s = byKey.get(key);
    if (!s) byKey.set(key, { speaker: c.speaker, key, claims: [i] });
    else {
      s.claims.push(i);
      if (c.speaker.length > s.speaker.length) s.speaker = c.speaker;
    }
  });
  return [...byKey.values()].sort((a, b) => b.claims.length - a.claims.length || a.claims[0] - b.claims[0]);
}

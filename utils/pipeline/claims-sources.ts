// Sources: the claims of a page grouped by who made them, a role and a name for the same person counted once
// ("Mr Gladkov", "local governor Vyacheslav Gladkov" → one source). Pure.
import { PERSON_ROLES } from './claims-lexicon';
import type { Claim } from './types';

export interface Source {
  /** The fullest way the page names the source. */
  speaker: string;
  key: string;
  /** Indexes into the claims list, in page order. */
  claims: number[];
  /** True once the source is shown by a person's name. */
  named?: boolean;
}

const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|president|prime|minister|chancellor|mme|m|herr|frau|sr|sra)\.?$/i;
const ORG = /^(?:agency|ministry|council|police|service|services|committee|association|federation|network|university|hospital|institute|party|group|international|news|times|post|bank|airlines|court|office|department|government|commission|league|club|union|trust|foundation|weather|channel|radio|television)$/i;
const DETS = /^(?:the|a|an|its|his|her|their|our)$/i;

/** nameKey(speaker): the surname when the phrase ends in a person's name ("Mr Gladkov", "Oryol governor Andrey
 * Klychkov"), else null. */
export function nameKey(speaker: string): string | null {
  const words = speaker.normalize('NFKC').replace(/[’]/g, "'").replace(/\(.*?\)/g, ' ').split(/\s+/).filter(Boolean);
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0 && /^\p{Lu}[\p{Ll}'.-]/u.test(words[k]) && !TITLES.test(words[k]); k--) tail.unshift(words[k]);
  const titled = words.length >= 2 && TITLES.test(words[words.length - 2]) && /^\p{Lu}/u.test(words[words.length - 1]);
  const before = words[words.length - tail.length - 1] ?? '';
  const named = tail.length >= 2 && !/^(?:the|of|at|for|from|in|on|by|and)$/i.test(before) && !tail.some((w) => ORG.test(w));
  return named || titled ? words[words.length - 1].toLowerCase().replace(/'s$/, '') : null;
}

/** sourceKey(speaker): a person's surname when the phrase ends in a name, else the phrase without its article. */
export function sourceKey(speaker: string): string {
  const name = nameKey(speaker);
  if (name) return name;
  const words = speaker.normalize('NFKC').replace(/[’]/g, "'").replace(/\(.*?\)/g, ' ').split(/\s+/).filter(Boolean);
  return words.filter((w, k) => !(k === 0 && DETS.test(w))).join(' ').toLowerCase();
}

/** "the striker", "the Tennessee lawmaker", "The CMO": a definite role for a person that names nobody. */
function definitePersonRole(speaker: string): boolean {
  const words = speaker.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || !/^the$/i.test(words[0])) return false;
  const head = words[words.length - 1];
  return PERSON_ROLES.has(head.toLowerCase()) && (/^\p{Ll}/u.test(head) || /^\p{Lu}{2,5}$/u.test(head));
}

/** groupSources(claims): one source per key, the most quoted first, then by first appearance. A definite role
 * ("the striker") goes with the person last named as a speaker in the same entry ("Beth England"). */
export function groupSources(claims: readonly Claim[]): Source[] {
  const byKey = new Map<string, Source>();
  const lastNamed = new Map<string, string>();
  claims.forEach((c, i) => {
    let key = sourceKey(c.speaker);
    const named = nameKey(c.speaker) !== null;
    if (named) lastNamed.set(c.entryId, key);
    else if (definitePersonRole(c.speaker) && lastNamed.has(c.entryId)) key = lastNamed.get(c.entryId)!;
    const s = byKey.get(key);
    if (!s) byKey.set(key, { speaker: c.speaker, key, claims: [i], named });
    else {
      s.claims.push(i);
      if (named && (!s.named || c.speaker.length > s.speaker.length)) {
        s.speaker = c.speaker;
        s.named = true;
      }
    }
  });
  return [...byKey.values()].sort((a, b) => b.claims.length - a.claims.length || a.claims[0] - b.claims[0]);
}

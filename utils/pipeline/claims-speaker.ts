// Speaker phrases around a cue: names ("Oryol governor Andrey Klychkov"), roles ("a military official"),
// organisations ("Kyiv's military"), pronouns. Works on one sentence's items. Pure.
import type { Item, Sentence } from './claims-sentences';
import {
  BETWEEN, CAP_STOP, CLAUSE_WORDS, CONNECTORS, DETERMINERS, MODIFIERS, PRONOUNS, ROLES, TIME_WORDS,
} from './claims-lexicon';

/** A speaker phrase: items [from, to) of the sentence. */
export interface Phrase { from: number; to: number; pronoun: boolean }

const bare = (lo: string): string => lo.replace(/'s?$/, '');
const isWord = (it: Item | undefined): it is Item => it?.kind === 'w';
const TIME_ZONES = /^(?:bst|gmt|cet|cest|utc|est|edt|pst|pdt|et|aest|ist|jst|am|pm)$/;
export const isName = (it: Item | undefined): boolean =>
  isWord(it) && /^[\p{Lu}]/u.test(it.s) && !TIME_ZONES.test(it.lo) &&
  ((!CAP_STOP.has(it.lo) && !TIME_WORDS.has(it.lo.replace(/'s$/, '')) && !DETERMINERS.has(it.lo)) || (/^[\p{Lu}.&]{2,}$/u.test(it.s) && it.s !== 'I'));
export const isRole = (it: Item | undefined): boolean => isWord(it) && (ROLES.has(it.lo) || ROLES.has(bare(it.lo)));
const isPossessive = (it: Item | undefined): boolean => isWord(it) && /\p{L}(?:'s|s')$/u.test(it.lo);
const isModifier = (it: Item | undefined): boolean => isWord(it) && (MODIFIERS.has(it.lo) || isPossessive(it));
const isNpWord = (it: Item | undefined): boolean => isName(it) || isRole(it) || isModifier(it);
const isParen = (it: Item | undefined): boolean => it?.kind === 'p' && (it.s === '(' || it.s === ')');
const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '-', '(', '[', '|', '.', '!', '?']);
const CONJ = new Set(['and', 'but', 'while', 'as', 'so', 'then', 'meanwhile', 'yet', 'after', 'when', 'because',
  'although', 'though', 'since', 'whereas', 'or', 'also', 'now', 'separately', 'earlier', 'later', 'however']);

/** Index just left of the cue once auxiliaries and time phrases ("has also", "on Monday") are skipped. */
function skipBetweenLeft(s: Sentence, at: number): number {
  let i = at - 1;
  // "is expected to warn", "will say", "would tell"
  if (s[i]?.lo === 'to' && /^(?:expected|set|due|going|likely|poised|scheduled|about)$/.test(s[i - 1]?.lo ?? '') &&
    /^(?:is|are|was|were)$/.test(s[i - 2]?.lo ?? '')) i -= 3;
  else if (/^(?:will|would|could|may|might|must|shall|can)$/.test(s[i]?.lo ?? '')) i--;
  while (i >= 0 && isWord(s[i]) && (BETWEEN.has(s[i].lo) || TIME_WORDS.has(s[i].lo))) i--;
  return i;
}

/** The speaker phrase ending just before the cue at `cue`, or null. "Bounded" means it starts a clause. */
export function speakerBefore(s: Sentence, cue: number): Phrase | null {
  const end = skipBetweenLeft(s, cue);
  if (end < 0) return null;
  if (s[end].kind === 'p' && s[end].s === ',') {
    // "Dr Anthony Fauci, the director of …, says": the phrase before the appositive
    const inner = speakerBefore(s, end);
    if (inner && !inner.pronoun && inner.from > 0 && s[inner.from - 1].s === ',' && !hasName(s, inner)) {
      const head = speakerBefore(s, inner.from - 1); // "Kim Cook, executive director of …, said": the name
      if (head && !head.pronoun && hasName(s, head) && (head.from === 0 || boundedLeft(s, head.from - 1))) return head;
    }
    return inner && (inner.from === 0 || s[inner.from - 1].s === ',') ? inner : null;
  }
  const last = s[end];
  if (isWord(last) && PRONOUNS.has(last.lo)) {
    return boundedLeft(s, end - 1) ? { from: end, to: end + 1, pronoun: true } : null;
  }
  let i = end;
  if (!(isName(last) || isRole(last) || (last.kind === 'p' && last.s === ')'))) {
    // "our reporter at the 21km mark says": a role, then a place phrase of plain words
    const prep = tailPrep(s, end);
    if (prep < 0) return null;
    i = prep - 1;
  }
  let from = i;
  while (i >= 0) {
    const it = s[i];
    if (isNpWord(it) || isParen(it)) { from = i; i--; continue; }
    if (isWord(it) && DETERMINERS.has(it.lo)) {
      from = i;
      i--;
      if (isWord(s[i]) && CONNECTORS.has(s[i].lo) && isNpWord(s[i - 1])) continue;
      break;
    }
    if (isWord(it) && CONNECTORS.has(it.lo) && isNpWord(s[i - 1]) && i < end) { i--; continue; }
    // one unknown adjective between a determiner and the phrase: "A viral video", "the outgoing minister"
    if (isWord(it) && /^\p{Ll}+$/u.test(it.s) && !CLAUSE_WORDS.has(it.lo) && isWord(s[i - 1]) && DETERMINERS.has(s[i - 1].lo) && i < end) {
      from = i; i--; continue;
    }
    break;
  }
  const openingPrep = i === 0 && isWord(s[0]) && /^(?:in|at|on|for|from)$/.test(s[0].lo) && from < end; // "In Clon Casey's Bar have said"
  if (!boundedLeft(s, i) && !openingPrep && !(isName(s[from]) && s[i]?.kind === 'w' && /^[\p{Ll}\p{N}]/u.test(s[i].s) && !CONNECTORS.has(s[i].lo) && !DETERMINERS.has(s[i].lo) && from < end)) return null;
  while (from < end && isWord(s[from]) && CONNECTORS.has(s[from].lo)) from++;
  return validPhrase(s, from, end + 1) || validPhrase(s, from, i + 1) ? { from, to: end + 1, pronoun: false } : null;
}

/** For "<role> at the 21km mark" ending at `end`: the index of the preposition, or -1. */
function tailPrep(s: Sentence, end: number): number {
  for (let k = end; k > end - 5 && k > 0; k--) {
    const it = s[k];
    if (!isWord(it) || CLAUSE_WORDS.has(it.lo) || /^\p{Lu}/u.test(it.s) && k === end) return -1;
    if (/^(?:at|from|in|with|on)$/.test(it.lo) && k < end) return isRole(s[k - 1]) ? k : -1;
  }
  return -1;
}

/** True when the item at i (just left of a phrase) ends the previous clause. */
function boundedLeft(s: Sentence, i: number): boolean {
  if (i < 0) return true;
  const it = s[i];
  if (it.kind === 'q') return true;
  if (it.kind === 'p') return BOUNDARY_PUNCT.has(it.s) || it.s === '"';
  return CONJ.has(it.lo) || TIME_WORDS.has(it.lo);
}

/** Longest source after "according to", "laut", "selon" (its words need not be known nouns). */
const LOOSE_MAX = 8;

/** The speaker phrase starting at `at` (after "said", "according to"): names, roles, "the X of Y". */
export function speakerAfter(s: Sentence, at: number, loose = false): Phrase | null {
  let i = at;
  if (isWord(s[i]) && PRONOUNS.has(s[i].lo)) return { from: i, to: i + 1, pronoun: true };
  if (isWord(s[i]) && DETERMINERS.has(s[i].lo)) i++;
  let to = -1;
  for (let n = 0; i < s.length && n < (loose ? LOOSE_MAX : 14); i++, n++) {
    const it = s[i];
    const plain = loose && isWord(it) && !CLAUSE_WORDS.has(it.lo) && !TIME_WORDS.has(it.lo) && !CAP_STOP.has(it.lo) && !DETERMINERS.has(it.lo);
    if (isNpWord(it) || isParen(it) || plain) { to = i + 1; continue; }
    if (isWord(it) && CONNECTORS.has(it.lo) && (isNpWord(s[i + 1]) || isWord(s[i + 1]) && DETERMINERS.has(s[i + 1].lo))) continue;
    if (isWord(it) && DETERMINERS.has(it.lo) && s[i - 1] && isWord(s[i - 1]) && CONNECTORS.has(s[i - 1].lo)) continue;
    break;
  }
  if (to < 0) return null;
  while (to > at && !(isName(s[to - 1]) || isRole(s[to - 1]) || s[to - 1].s === ')' || loose && isWord(s[to - 1]))) to--;
  return validPhrase(s, at, to) ? { from: at, to, pronoun: false } : null;
}

function validPhrase(s: Sentence, from: number, to: number): boolean {
  if (to <= from || to - from > 16) return false;
  const words = s.slice(from, to).filter(isWord);
  if (!words.some((w) => isName(w) || isRole(w))) return false;
  if (words.every((w) => TIME_WORDS.has(w.lo) || DETERMINERS.has(w.lo))) return false;
  return !words.some((w) => CLAUSE_WORDS.has(w.lo) && w.s === w.lo);
}

/** True when the phrase holds a proper name, not only a role ("executive director of the network"). */
function hasName(s: Sentence, p: Phrase): boolean {
  for (let k = p.from; k < p.to; k++) {
    if (isWord(s[k]) && CONNECTORS.has(s[k].lo)) return false;
    if (isName(s[k])) return true;
  }
  return false;
}

/** The sentence's grammatical subject, past an opening adverbial ("On Thursday, …"), or null. */
export function subjectOf(s: Sentence): Phrase | null {
  let at = 0;
  for (let guard = 0; guard < 2; guard++) {
    const first = s[at];
    const comma = s.findIndex((it, k) => k > at && it.kind === 'p' && it.s === ',');
    const opener = isWord(first) && (CAP_STOP.has(first.lo) || TIME_WORDS.has(first.lo) || /^(?:in|on|at|by|for|with|after|before|during|last|asked)$/.test(first.lo));
    if (opener && comma > at && comma - at <= 10) at = comma + 1;
    else break;
  }
  if (isWord(s[at]) && PRONOUNS.has(s[at].lo)) return { from: at, to: at + 1, pronoun: true };
  return speakerAfter(s, at) ?? looseSubject(s, at);
}

/** "Distraught pub and hotel groups have …": a subject with plain nouns, up to its verb. */
function looseSubject(s: Sentence, at: number): Phrase | null {
  let k = at;
  while (k < s.length && k < at + 8 && isWord(s[k]) && !CLAUSE_WORDS.has(s[k].lo) && !BETWEEN.has(s[k].lo) &&
    !/(?:ed|ly)$/.test(s[k].lo) && !(/^\p{Ll}/u.test(s[k].s) && /^(?:says|said|tells|told)$/.test(s[k].lo))) k++;
  const head = s[k - 1];
  const verbNext = isWord(s[k]) && (BETWEEN.has(s[k].lo) || CLAUSE_WORDS.has(s[k].lo) || /ed$/.test(s[k].lo));
  const opener = s[at];
  if (!isWord(opener) || !(isName(opener) || DETERMINERS.has(opener.lo) || isModifier(opener) || isRole(opener))) return null;
  if (k - at < 2 || !verbNext || !isWord(head) || !(isRole(head) || isName(head) || /[^s]s$/.test(head.lo))) return null;
  return { from: at, to: k, pronoun: false };
}

/** The words of a phrase as written in the text. */
export function phraseText(text: string, s: Sentence, p: Phrase): string {
  return text.slice(s[p.from].start, s[p.to - 1].end).replace(/\s+/g, ' ').trim();
}

/** "Brett Giroir, an assistant secretary …, who is in charge …, clarified": the subject before the appositives. */
export function appositiveSubject(s: Sentence, at: number): Phrase | null {
  const cue = skipBetweenLeft(s, at) + 1;
  if (s[cue - 1]?.s !== ',') return null;
  const subj = subjectOf(s);
  if (!subj || subj.pronoun || s[subj.to]?.s !== ',' || subj.to >= cue - 1) return null;
  // every chunk between the subject and the cue must be an appositive or a relative clause, not a verb phrase
  const chunks: Item[][] = [];
  let cur: Item[] = [];
  for (let k = subj.to + 1; k < cue - 1; k++) {
    if (s[k].s === ',') { chunks.push(cur); cur = []; } else cur.push(s[k]);
  }
  chunks.push(cur);
  const ok = chunks.every((c) => c.length > 0 && c[0].kind === 'w' &&
    (DETERMINERS.has(c[0].lo) || /^(?:who|which|whose|himself|herself|itself|themselves|also|now|then|once|formerly|speaking|aged?|\d+)$/.test(c[0].lo) || isNpWord(c[0])));
  return ok ? subj : null;
}

// Where a claimed clause starts and ends around a cue, and the sentence helpers the claim finder shares:
// noun cues ("made a claim that"), named actors, clause openers. Pure.
import type { CueDef } from './claims-cues';
import type { Item, Sentence } from './claims-sentences';
import { isName, speakerBefore, subjectOf, type Phrase } from './claims-speaker';

/** How far past a cue "that" may come ("said on Telegram on Sunday that …"). */
const THAT_WINDOW = 10;

const NOUN_CUES = new Map<string, CueDef['cls']>(Object.entries({
  claim: 'hedged', allegation: 'hedged', allegations: 'hedged', warning: 'assertive', assertion: 'assertive',
  statement: 'neutral', announcement: 'assertive', promise: 'assertive', pledge: 'assertive', admission: 'assertive',
  denial: 'denial', insistence: 'assertive', prediction: 'neutral', suggestion: 'neutral',
}));

/** "X made a strong claim on RTE that …", "issued a warning that …": the noun and where its clause starts. */
export function nounCue(s: Sentence, lows: string[]): { at: number; cue: CueDef; clause: number } | null {
  for (let i = 1; i < s.length; i++) {
    const cls = NOUN_CUES.get(lows[i]);
    if (!cls) continue;
    const verb = lows.slice(Math.max(0, i - 4), i).findIndex((w) => /^(?:made|makes|issued|issues|repeated|gave|voiced|delivered)$/.test(w));
    if (verb < 0) continue;
    for (let k = i + 1; k < s.length && k <= i + 5; k++) {
      if (lows[k] === 'that' && k + 1 < s.length) return { at: i, cue: { words: lows[i], cls, kind: 'verb' }, clause: k + 1 };
      if (s[k].kind !== 'w') break;
    }
  }
  return null;
}

/** "…, Health Minister Stephen Donnelly came in for criticism after saying …": the last named actor before i. */
export function actorBefore(s: Sentence, i: number): Phrase | null {
  for (let k = i - 1; k > 0; k--) {
    if (!isName(s[k - 1]) || isName(s[k]) || s[k].kind !== 'w' || !/^\p{Ll}/u.test(s[k].s)) continue;
    const p = speakerBefore(s, k);
    if (p && !p.pronoun) return p;
  }
  return null;
}

/** Proper names of people or bodies in the sentence (runs of capitalised words), for pronouns to point to. */
export function namesIn(text: string, s: Sentence): string[] {
  const names: string[] = [];
  for (let k = 1; k < s.length; k++) {
    if (!isName(s[k]) || isName(s[k - 1])) continue;
    let j = k;
    while (j < s.length && isName(s[j])) j++;
    if (j - k >= 2) names.push(text.slice(s[k].start, s[j - 1].end));
    k = j;
  }
  return names;
}

export const opensClause = (it: Item | undefined): boolean =>
  !!it && (it.kind === 'q' || /^(?:that|it|he|she|they|we|the|a|an|there|this|its|his|her|their|more|less|some|all|no)$/.test(it.lo) || /^[\p{Lu}\p{N}$£€]/u.test(it.s));

const PREPS = new Set(['in', 'on', 'via', 'during', 'through', 'to', 'at', 'from', 'with', 'for', 'over', 'after']);
const TIME_NOUNS = new Set(['however', 'too', 'now', 'today', 'yesterday', 'tonight', 'tomorrow', 'later', 'earlier', 'also', 'again', 'further',
  'previously', 'recently', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);
/** Nouns that end an adverbial after a cue: "said in a statement", "wrote on Telegram", "told a news conference". */
const ADVERBIAL_END = new Set(['statement', 'statements', 'interview', 'post', 'posts', 'telegram', 'x', 'twitter', 'facebook',
  'instagram', 'briefing', 'conference', 'radio', 'television', 'tv', 'letter', 'filing', 'report', 'channel', 'app',
  'media', 'website', 'broadcast', 'podcast', 'call', 'hearing', 'parliament', 'programme', 'program', 'show', 'speech',
  'address', 'update', 'message', 'video', 'tweet', 'release', 'court', 'testimony', 'session', 'meeting']);
const OBJECT_WORDS = /^(?:the|a|an|reporters|journalists|lawmakers|parliament|mps|media|press|senators|interviewer|broadcaster|us|him|her|them|me|audience|crowd|supporters)$/;

/**
 * "X told Fox Business that …", "said on Telegram on Sunday that …": the index of the item where the claimed
 * clause starts after the cue's words (which end at `at`).
 */
export function clauseStart(s: Sentence, lows: string[], at: number, cue: CueDef): number {
  let k = at;
  const word = (j: number) => s[j]?.kind === 'w';
  if (/^(?:told|tells|tell|telling|informed|reminded|reminds|assured|warned|warn|warns|warning|briefed|urged)$/.test(cue.words)) {
    while (word(k) && (/^\p{Lu}/u.test(s[k].s) || OBJECT_WORDS.test(lows[k]))) k++;
    for (let j = k; j < k + 6 && word(j); j++) if (lows[j] === 'that') { k = j; break; } // "reminded countries that
  }
  for (let guard = 0; guard < 8; guard++) {
    if (word(k) && TIME_NOUNS.has(lows[k])) { k++; continue; }
    if (word(k) && /^(?:last|this|next|on|at)$/.test(lows[k]) && TIME_NOUNS.has(lows[k + 1] ?? '')) { k += 2; continue; }
    if (word(k) && PREPS.has(lows[k]) && word(k + 1) && !/^(?:least|most|first|last|once|all)$/.test(lows[k + 1])) {
      let end = -1;
      for (let j = k + 1; j < s.length && j < k + 9 && word(j) && lows[j] !== 'that'; j++) {
        if (ADVERBIAL_END.has(lows[j]) || TIME_NOUNS.has(lows[j]) || (/^\p{Lu}/u.test(s[j].s) && !word(j + 1))) end = j + 1;
        else if (!(/^(?:the|a|an|its|his|her|their|our|news|messaging|social|official|local|state|national|radio|television|press|\d.*)$/.test(lows[j]) || /^\p{Lu}/u.test(s[j].s))) break;
      }
      if (end > 0) { k = end; continue; }
    }
    break;
  }
  if (s[k]?.s === ':' && k + 1 < s.length) return k + 1;
  if (s[k]?.s === ',' && /^(?:that|dass|que|che)$/.test(lows[k + 1] ?? '')) k++;
  if (s[k]?.s === ',') {
    // "said, without providing evidence, that …"
    const close = s.findIndex((it, j) => j > k && j <= k + 8 && it.s === ',');
    if (close > 0 && /^(?:that)$/.test(lows[close + 1] ?? '')) k = close + 1;
  }
  if (/^(?:that|que|dass|che|qu'il|qu'elle)$/.test(lows[k] ?? '')) k++;
  return k;
}

const NOT_A_CLAUSE = new Set(['in', 'on', 'at', 'via', 'during', 'through', 'to', 'from', 'with', 'for', 'after',
  'before', 'when', 'while', 'as', 'amid', 'following', 'ahead', 'despite', 'and', 'but', 'adding', 'citing']);

/** True when nothing that can be a claim follows the cue: "…, the ministry said today, with 49 lost." */
export function trailingOnly(s: Sentence, lows: string[], k: number): boolean {
  const rest = s.slice(k).filter((it) => it.kind !== 'p' || it.s === ',');
  if (rest.length === 0) return true;
  if (rest[0].lo === 'at' && /^(?:least|most)$/.test(rest[1]?.lo ?? '')) return false;
  return rest[0].s === ',' || (rest[0].kind === 'w' && NOT_A_CLAUSE.has(rest[0].lo));
}

export const startOf = (s: Sentence, k: number, text: string): number => s[k]?.start ?? text.length;

export function isOneQuote(s: Sentence, from: number): boolean {
  const rest = s.filter((it) => it.start >= from && it.kind !== 'p');
  return rest.length === 1 && rest[0].kind === 'q';
}

/** Who a participle cue belongs to: "X starts by saying", "X came … after saying", "A viral video claiming",
 * "…, saying": a by-verb's subject, a named actor before, the phrase just before, or the sentence subject. */
export function participleSpeaker(s: Sentence, lows: string[], i: number): Phrase | null {
  const subject = subjectOf(s);
  if (lows[i - 1] === 'by' && i >= 2) return speakerBefore(s, i - 2) ?? subject;
  if (/^(?:after|while|when|before)$/.test(lows[i - 1] ?? '')) return actorBefore(s, i) ?? subject;
  if (s[i - 1]?.s === ',') return subject;
  const direct = speakerBefore(s, i);
  if (direct && (direct.from === 0 || direct.from === subject?.from)) return direct;
  const bare = !direct && s[i - 1]?.kind === 'w' && !!subject && !subject.pronoun &&
    s[subject.to]?.kind === 'w' && /^\p{Ll}/u.test(s[subject.to].s) && opensClause(s[i + 1]);
  return bare ? subject : null;
}

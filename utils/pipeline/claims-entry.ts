// Claims in one entry's text: direct quotations with their attribution, indirect speech ("X said that …",
// "…, X said", "according to X"), participles ("…, saying …"), pronouns resolved within the entry. Pure.
import { BYLINE_CUES, cueAt, HEDGE_MARKERS, NEEDS_THAT, type CueDef } from './claims-cues';
import { wordCount } from './claims-quotes';
import { sentences, type Item, type Sentence } from './claims-sentences';
import {
  appositiveSubject, phraseText, speakerAfter, speakerBefore, speakerKind, subjectOf, type Phrase, type SpeakerKind,
} from './claims-speaker';
import { TIME_WORDS } from './claims-lexicon';
import type { CueClass } from './types';

/** A claim before its entry id is attached. */
export interface EntryClaim {
  speaker: string;
  cue: string;
  cueClass: CueClass;
  start: number;
  end: number;
  direct: boolean;
  hedged: boolean;
}

/** A quotation shorter than this many words is a scare quote or a title, never a claim of its own. */
export const MIN_QUOTE_WORDS = 4;
/** An indirect claim needs at least this many words. */
export const MIN_CLAIM_WORDS = 3;
/** How far past a cue "that" may come ("said on Telegram on Sunday that …"). */
const THAT_WINDOW = 10;

interface Mention { name: string; kind: SpeakerKind }

/** claimsInText(text): the attributed claims in one entry's text, offsets into text. */
export function claimsInText(text: string): EntryClaim[] {
  const out: EntryClaim[] = [];
  const mentions: Mention[] = [];
  for (const s of sentences(text)) readSentence(text, s, out, mentions);
  return out;
}

function readSentence(text: string, s: Sentence, out: EntryClaim[], mentions: Mention[]): void {
  const lows = s.map((it) => (it.kind === 'w' ? it.lo : it.kind === 'q' ? '\u0000' : it.s));
  const used = new Set<number>();
  let sentenceSpeaker: string | null = null;
  const sentHedged = HEDGE_MARKERS.test(text.slice(s[0].start, s[s.length - 1].end));
  const resolve = (p: Phrase): string | null => {
    const said = phraseText(text, s, p);
    if (!p.pronoun) return said;
    const want: SpeakerKind = /^(?:he|she)$/i.test(said) ? 'person' : /^they$/i.test(said) ? 'group' : 'org';
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.kind === want || (want === 'group' && m.kind === 'org')) return m.name;
    }
    return null;
  };
  const emit = (speaker: string, cue: CueDef | null, start: number, end: number, direct: boolean) => {
    [start, end] = trim(text, start, end);
    if (end <= start || wordCount(text.slice(start, end)) < MIN_CLAIM_WORDS) return;
    const cls = cue?.cls ?? 'neutral';
    out.push({ speaker, cue: cue?.words ?? '', cueClass: cls, start, end, direct, hedged: cls === 'hedged' || sentHedged });
    sentenceSpeaker = speaker;
    mentions.push({ name: speaker, kind: speakerKind(speaker) });
  };

  // 1. quotations: attributed after ("…,” the striker said), before (X told Fox Business: “…”), or continuing
  for (let qi = 0; qi < s.length; qi++) {
    const q = s[qi].quote;
    if (!q) continue;
    const inner = text.slice(q.start, q.end);
    if (wordCount(inner) < MIN_QUOTE_WORDS || isTitle(inner)) continue;
    const found = attributionAfter(s, lows, qi) ?? attributionBefore(s, lows, qi);
    if (found) {
      const speaker = resolve(found.phrase);
      for (let k = found.cueAt; k < found.cueAt + found.cue.words.split(' ').length; k++) used.add(k);
      if (speaker) emit(speaker, found.cue, q.start, q.end, true);
      continue;
    }
    const alone = s.every((it, k) => k === qi || it.kind === 'q' || it.kind === 'p');
    const last = out[out.length - 1];
    if (alone && last) emit(last.speaker, { words: last.cue, cls: last.cueClass, kind: 'verb' }, q.start, q.end, true);
  }

  // 2. indirect speech
  for (let i = 0; i < s.length; i++) {
    if (s[i].kind !== 'w' || used.has(i)) continue;
    const cue = cueAt(lows, i);
    if (!cue) continue;
    const len = cue.words.split(' ').length;
    const after = i + len;
    if (cue.kind === 'source') {
      const loose = speakerAfter(s, after, true);
      if (!loose) continue;
      const speaker = resolve(loose);
      if (!speaker) continue;
      const startsClause = i === 0 || s[i - 1].kind === 'p';
      let comma = s.findIndex((it, k) => k >= loose.to && it.kind === 'p' && it.s === ',');
      // "According to Jonathan Oh, from Western Pacific Weather, the typhoon …": skip the appositive
      while (comma >= 0 && /^(?:from|of|at|with|for|in|a|an|the|who|which|whose)$/.test(lows[comma + 1] ?? '')) {
        const next = s.findIndex((it, k) => k > comma + 1 && it.kind === 'p' && it.s === ',');
        if (next < 0 || next - comma > 10) break;
        comma = next;
      }
      if (startsClause && i <= 2 && comma >= 0) emit(speaker, cue, s[comma + 1]?.start ?? text.length, s[s.length - 1].end, false);
      else if (i > 0) emit(speaker, cue, s[0].start, s[i - 1].end, false);
      break;
    }
    if (cue.kind === 'participle') {
      // "X starts by saying that …"
      const byVerb = lows[i - 1] === 'by' && i >= 2 ? speakerBefore(s, i - 2) : null;
      const direct = s[i - 1]?.s !== ',' && !byVerb ? speakerBefore(s, i) : null; // "A viral video claiming …"
      if (s[i - 1]?.s !== ',' && !byVerb && !(direct && direct.from === subjectOf(s)?.from)) continue;
      const subj = byVerb ?? direct ?? subjectOf(s);
      const speaker = sentenceSpeaker ?? (subj && subj.to <= i ? resolve(subj) : null);
      if (!speaker) continue;
      emit(speaker, cue, startOf(s, clauseStart(s, lows, after, cue), text), s[s.length - 1].end, false);
      break;
    }
    // verbs: "X said (that) …" / "…, X said" / "…, said X" / "… and said …"
    const before = speakerBefore(s, i) ?? appositiveSubject(s, i);
    if (before) {
      const speaker = resolve(before);
      if (!speaker) continue;
      const k = clauseStart(s, lows, after, cue);
      const introduced = k > after && /^(?:that|que|dass)$/.test(lows[k - 1]) || s[k]?.kind === 'q' || s[k - 1]?.s === ':';
      if (!trailingOnly(s, lows, k) && k < s.length && (introduced || !NEEDS_THAT.has(cue.words))) {
        emit(speaker, cue, s[k].start, s[s.length - 1].end, isOneQuote(s, s[k].start));
        break;
      }
      if (before.from > 1 && s[before.from - 1].s === ',' && s[i - 1]?.s !== ',' && !BYLINE_CUES.has(cue.words)) {
        emit(speaker, cue, s[0].start, s[before.from - 2].end, false);
        break;
      }
      continue;
    }
    if (i > 0 && (s[i - 1].s === ',' || s[i - 1].kind === 'q') && !BYLINE_CUES.has(cue.words)) {
      const inv = speakerAfter(s, after);
      const speaker = inv ? resolve(inv) : null;
      if (speaker && i > 1) { emit(speaker, cue, s[0].start, s[i - 2].end, false); break; }
      continue;
    }
    if (i > 0 && lows[i - 1] === 'and') {
      const subj = subjectOf(s);
      const speaker = subj && subj.to < i ? resolve(subj) : null;
      if (speaker) { emit(speaker, cue, startOf(s, clauseStart(s, lows, after, cue), text), s[s.length - 1].end, false); break; }
    }
  }
  const subj = subjectOf(s);
  if (subj && !subj.pronoun) {
    const name = phraseText(text, s, subj);
    if (mentions[mentions.length - 1]?.name !== name) mentions.push({ name, kind: speakerKind(name) });
  }
}

const PREPS = new Set(['in', 'on', 'via', 'during', 'through', 'to', 'at', 'from', 'with', 'for', 'over', 'after']);
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'later', 'earlier', 'also', 'again', 'further',
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
function clauseStart(s: Sentence, lows: string[], at: number, cue: CueDef): number {
  let k = at;
  const word = (j: number) => s[j]?.kind === 'w';
  if (/^(?:told|tells|telling|informed|reminded|reminds|assured|warned|briefed|urged)$/.test(cue.words)) {
    while (word(k) && (/^\p{Lu}/u.test(s[k].s) || OBJECT_WORDS.test(lows[k]))) k++;
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
  if (s[k]?.s === ',' && /^(?:that)$/.test(lows[k + 1] ?? '')) k++;
  if (s[k]?.s === ',') {
    // "said, without providing evidence, that …"
    const close = s.findIndex((it, j) => j > k && j <= k + 8 && it.s === ',');
    if (close > 0 && /^(?:that)$/.test(lows[close + 1] ?? '')) k = close + 1;
  }
  if (/^(?:that|que|dass|qu'il|qu'elle)$/.test(lows[k] ?? '')) k++;
  return k;
}

const NOT_A_CLAUSE = new Set(['in', 'on', 'at', 'via', 'during', 'through', 'to', 'from', 'with', 'for', 'after',
  'before', 'when', 'while', 'as', 'amid', 'following', 'ahead', 'despite', 'and', 'but', 'adding', 'citing']);

/** True when nothing that can be a claim follows the cue: "…, the ministry said today, with 49 lost." */
function trailingOnly(s: Sentence, lows: string[], k: number): boolean {
  const rest = s.slice(k).filter((it) => it.kind !== 'p' || it.s === ',');
  if (rest.length === 0) return true;
  return rest[0].s === ',' || (rest[0].kind === 'w' && NOT_A_CLAUSE.has(rest[0].lo));
}

const startOf = (s: Sentence, k: number, text: string): number => s[k]?.start ?? text.length;

function isOneQuote(s: Sentence, from: number): boolean {
  const rest = s.filter((it) => it.start >= from && it.kind !== 'p');
  return rest.length === 1 && rest[0].kind === 'q';
}

interface Attribution { phrase: Phrase; cue: CueDef; cueAt: number }

/** "“…,” the striker said" / "“…,” said Anthony Gentile". */
function attributionAfter(s: Sentence, lows: string[], qi: number): Attribution | null {
  let j = qi + 1;
  if (s[j]?.s === ',') j++;
  for (let k = j; k < s.length && k < j + 14; k++) {
    if (s[k].kind !== 'w') { if (s[k].s === '(' || s[k].s === ')') continue; break; }
    const cue = cueAt(lows, k);
    if (!cue || cue.kind === 'source') continue;
    if (k === j) {
      const p = speakerAfter(s, k + cue.words.split(' ').length);
      return p ? { phrase: p, cue, cueAt: k } : null;
    }
    const p = speakerBefore(s, k);
    return p && p.from === j ? { phrase: p, cue, cueAt: k } : null;
  }
  return null;
}

/** "Keith Kellog told Fox Business: “…”" / "He said: “…”" / "It further stated: “…”". */
function attributionBefore(s: Sentence, lows: string[], qi: number): Attribution | null {
  for (let k = qi - 1; k >= 0 && k >= qi - 8; k--) {
    if (s[k].kind === 'q') return null;
    const cue = s[k].kind === 'w' ? cueAt(lows, k) : null;
    if (!cue || cue.kind === 'source') continue;
    const between = s.slice(k + cue.words.split(' ').length, qi);
    const lastBetween = between[between.length - 1];
    const ok = (!lastBetween || lastBetween.s === ':' || lastBetween.s === ',' || /^(?:that|saying)$/.test(lastBetween.lo)) &&
      between.every((it) => it.kind === 'w' && /^(?:\p{Lu}|that$|the$|reporters$|journalists$|on$|in$|a$|an$|interview$|statement$|saying$)/u.test(it.s) || it.s === ':' || it.s === ',');
    if (!ok) return null;
    const p = cue.kind === 'participle' ? subjectOf(s) : speakerBefore(s, k);
    return p ? { phrase: p, cue, cueAt: k } : null;
  }
  return null;
}

/** Title-case and short: a title ("Black Widow", "West Side Story"), not speech. */
function isTitle(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length <= 6 && words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= words.length - 1 && !/[.!?]$/.test(inner.trim());
}

/** Trims spaces, a leading "that", and trailing commas and stops (keeps ? and !). */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1])) end--;
  return [start, end];
}

export type { Item };

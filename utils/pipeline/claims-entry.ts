// Claims in one entry's text: direct quotations with their attribution, indirect speech ("X said that …",
// "…, X said", "according to X"), participles ("…, saying …"), pronouns resolved within the entry. Pure.
import { attributionAfter, attributionBefore, isTitle } from './claims-attribution';
import { actorBefore, clauseStart, isOneQuote, namesIn, nounCue, participleSpeaker, startOf, trailingOnly } from './claims-clause';
import { BASE_FORMS, BYLINE_CUES, cueAt, futureCue, HEDGE_MARKERS, NEEDS_THAT, type CueDef } from './claims-cues';
import { wordCount } from './claims-quotes';
import { PRONOUNS } from './claims-lexicon';
import { addMention, resolvePronoun, type Mention } from './claims-mentions';
import { framing, sentences, type Sentence } from './claims-sentences';
import { appositiveSubject, phraseText, speakerAfter, speakerBefore, subjectOf, type Phrase } from './claims-speaker';
import type { CueClass } from './types';

const REJECT_VERBS = /^(?:dismiss(?:ed|es)?|reject(?:ed|s)?|refute[ds]?|dispute[ds]?)$/;
const REJECTED = /^(?:claims?|allegations?|reports?|suggestions?|accusations?|criticism|idea|notion|speculation|rumou?rs?|as|that|assertions?|charges?|findings?|figures?|account|version|story|stories)$/;

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

/** claimsInText(text, {title, lead}): the attributed claims in one entry's text, offsets into text. A title the
 * text opens with, and a leading byline of `lead` characters, are read apart and give no claims. */
export function claimsInText(text: string, opts: { title?: string | null; lead?: number } = {}): EntryClaim[] {
  const out: EntryClaim[] = [];
  const mentions: Mention[] = [];
  const { breaks, headEnd } = framing(text, opts.title, opts.lead ?? 0);
  for (const s of sentences(text, breaks)) {
    const before = out.length;
    readSentence(text, s, out, mentions);
    // a headline restates the body in the writer's words: its names help pronouns, its "claims" are not kept
    if (s[s.length - 1].end <= headEnd) {
      // a headline's "…, says meteorologist" stays; "Naryshkin denies contact with CIA" restates the body
      const kept = out.slice(before).filter((c) => text.slice(c.end, s[s.length - 1].end).includes(c.speaker));
      out.length = before;
      out.push(...kept);
    }
  }
  return out;
}

function readSentence(text: string, s: Sentence, out: EntryClaim[], mentions: Mention[]): void {
  const lows = s.map((it) => (it.kind === 'w' ? it.lo : it.kind === 'q' ? '\u0000' : it.s));
  const used = new Set<number>();
  let sentenceSpeaker: string | null = null;
  const spoke: string[] = [];
  const sentHedged = HEDGE_MARKERS.test(text.slice(s[0].start, s[s.length - 1].end));
  const resolve = (p: Phrase): string | null => {
    const said = phraseText(text, s, p);
    return p.pronoun ? resolvePronoun(mentions, said) : said;
  };
  const emit = (speaker: string, cue: CueDef | null, start: number, end: number, direct: boolean) => {
    [start, end] = trim(text, start, end);
    if (end <= start || wordCount(text.slice(start, end)) < MIN_CLAIM_WORDS) return;
    const cls = cue?.cls ?? 'neutral';
    out.push({ speaker, cue: cue?.words ?? '', cueClass: cls, start, end, direct, hedged: cls === 'hedged' || sentHedged });
    sentenceSpeaker = speaker;
    spoke.push(speaker);
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
    const dash = s.findIndex((it, k) => k > qi && (it.s === '—' || it.s === '–'));
    const alone = s.every((it, k) => k === qi || it.kind === 'q' || it.kind === 'p' || (dash > 0 && k > dash));
    const last = out[out.length - 1];
    if (alone && last) emit(last.speaker, { words: last.cue, cls: last.cueClass, kind: 'verb' }, q.start, q.end, true);
  }

  // 2. indirect speech
  const noun = nounCue(s, lows);
  if (noun) {
    const subject = subjectOf(s);
    const subj = subject && subject.to >= noun.at - 4 ? subject : actorBefore(s, noun.at) ?? subject;
    const speaker = subj && subj.to <= noun.at ? resolve(subj) : null;
    if (speaker) emit(speaker, noun.cue, s[noun.clause].start, s[s.length - 1].end, false);
  }
  for (let i = 0; i < s.length; i++) {
    if (s[i].kind !== 'w' || used.has(i)) continue;
    const cue = cueAt(lows, i);
    if (!cue || (sentenceSpeaker && cue.kind !== 'participle')) continue;
    if (BASE_FORMS.has(cue.words) && lows[i - 1] === 'to' && !futureCue(lows, i)) continue; // "to tell the people"
    // "dismissed Samarawickrama for a duck" is cricket, "dismissed the claims as …" is a denial
    if (REJECT_VERBS.test(cue.words) && !lows.slice(i + 1, i + 7).some((w) => REJECTED.test(w))) continue;
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
      const atEnd = loose.to >= s.length - 1 || s[loose.to]?.s === ',' || s[loose.to]?.kind === 'p';
      if (startsClause && i <= 2 && comma >= 0) emit(speaker, cue, s[comma + 1]?.start ?? text.length, s[s.length - 1].end, false);
      else if (i > 0 && (s[i - 1].s === ',' || atEnd)) emit(speaker, cue, s[0].start, s[i - 1].end, false);
      else if (i > 0) emit(speaker, cue, s[0].start, s[s.length - 1].end, false); // "… ist laut X ein Mitglied getötet worden"
      else continue;
      break;
    }
    if (cue.kind === 'participle') {
      const subj = participleSpeaker(s, lows, i);
      const speaker = sentenceSpeaker ?? (subj && subj.to <= i ? resolve(subj) : null);
      if (!speaker) continue;
      emit(speaker, cue, startOf(s, clauseStart(s, lows, after, cue), text), s[s.length - 1].end, false);
      break;
    }
    // verbs: "X said (that) …" / "…, X said" / "…, said X" / "… and said …"; "Zudem warnte er …" (verb second)
    const v2 = i === 1 && s[after]?.kind === 'w' && PRONOUNS.has(s[after].lo) ? { from: after, to: after + 1, pronoun: true } : null;
    const before = v2 ?? speakerBefore(s, i) ?? appositiveSubject(s, i);
    if (before) {
      const speaker = resolve(before);
      if (!speaker) continue;
      const k = clauseStart(s, lows, v2 ? after + 1 : after, cue);
      const introduced = k > after && /^(?:that|que|dass|che|qu'il|qu'elle)$/.test(lows[k - 1]) || s[k]?.kind === 'q' || s[k - 1]?.s === ':' ||
        (/^(?:described|describes|called|branded)$/.test(cue.words) && lows.slice(after, after + 8).includes('as'));
      // other languages: only "X a déclaré que …", "X sagte, dass …", "X ha detto che …" (word order varies too much)
      if (cue.foreign && !v2 && !(introduced && before.from <= 1)) continue;
      if (k < s.length && (introduced || (!trailingOnly(s, lows, k) && !NEEDS_THAT.has(cue.words)))) {
        emit(speaker, cue, s[k].start, s[s.length - 1].end, isOneQuote(s, s[k].start));
        break;
      }
      if (s[k]?.s === ',' && before.from > 0 && s[before.from - 1].s === ',' && k + 1 < s.length && !trailingOnly(s, lows, k + 1)) {
        // parenthetical: "Throughout February, it says, it called on governments …"
        emit(speaker, cue, s[k + 1].start, s[s.length - 1].end, false);
        break;
      }
      if (before.from > 1 && s[before.from - 1].s === ',' && s[i - 1]?.s !== ',' && !BYLINE_CUES.has(cue.words)) {
        emit(speaker, cue, s[0].start, s[before.from - 2].end, false);
        break;
      }
      // "… is a manager’s “zone of duty,” Mr. Gentile said.": the comma inside the closing quote
      const q = s[before.from - 1]?.quote;
      if (q && /,\s*$/.test(text.slice(q.start, q.end)) && before.from > 1 && !BYLINE_CUES.has(cue.words)) {
        emit(speaker, cue, s[0].start, q.close, false);
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
    let back = i - 1;
    while (back > 0 && /^(?:has|have|had|also|later|then)$/.test(lows[back])) back--;
    if (back > 0 && lows[back] === 'and') {
      const subj = subjectOf(s);
      const speaker = subj && subj.to < i ? resolve(subj) : null;
      if (speaker) { emit(speaker, cue, startOf(s, clauseStart(s, lows, after, cue), text), s[s.length - 1].end, false); break; }
    }
  }
  // what later pronouns may point to, most salient last: other names, the subject, who spoke
  const add = (name: string) => addMention(mentions, name);
  const subj = subjectOf(s);
  for (const name of namesIn(text, s)) add(name);
  if (subj && !subj.pronoun) add(phraseText(text, s, subj));
  for (const name of spoke) add(name);
}

/** Trims spaces, a leading "that", and trailing commas and stops (keeps ? and !). */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1])) end--;
  return [start, end];
}


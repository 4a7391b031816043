// Who a quotation belongs to: the attribution after it ("…,” the striker said), before it ("X told Fox Business:
// “…”"), and what is a title rather than speech. Pure.
import { participleSpeaker } from './claims-clause';
import { cueAt, type CueDef } from './claims-cues';
import type { Sentence } from './claims-sentences';
import { speakerAfter, speakerBefore, subjectOf, type Phrase } from './claims-speaker';

export interface Attribution { phrase: Phrase; cue: CueDef; cueAt: number }

/** "“…,” the striker said" / "“…,” said Anthony Gentile". */
export function attributionAfter(s: Sentence, lows: string[], qi: number): Attribution | null {
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
export function attributionBefore(s: Sentence, lows: string[], qi: number): Attribution | null {
  // "… has issued the following statement: “…”"
  if (s[qi - 1]?.s === ':' && /^(?:statement|message|post|tweet|comments|remarks|update)$/.test(lows[qi - 2] ?? '') &&
    lows.slice(Math.max(0, qi - 7), qi - 2).some((w) => /^(?:issued|released|shared|posted|published|gave|made|put)$/.test(w))) {
    const subj = subjectOf(s);
    if (subj && subj.to < qi - 2) return { phrase: subj, cue: { words: 'statement', cls: 'neutral', kind: 'verb' }, cueAt: qi - 2 };
  }
  for (let k = qi - 1; k >= 0 && k >= qi - 8; k--) {
    if (s[k].kind === 'q') return null;
    const cue = s[k].kind === 'w' ? cueAt(lows, k) : null;
    if (!cue || cue.kind === 'source') continue;
    const between = s.slice(k + cue.words.split(' ').length, qi);
    const lastBetween = between[between.length - 1];
    const ok = (!lastBetween || lastBetween.s === ':' || lastBetween.s === ',' || /^(?:that|saying)$/.test(lastBetween.lo)) &&
      between.every((it) => it.kind === 'w' && /^(?:\p{Lu}|that$|the$|reporters$|journalists$|on$|in$|a$|an$|interview$|statement$|saying$)/u.test(it.s) || it.s === ':' || it.s === ',');
    if (!ok) return null;
    const p = cue.kind === 'participle' ? participleSpeaker(s, lows, k) : speakerBefore(s, k);
    return p ? { phrase: p, cue, cueAt: k } : null;
  }
  return null;
}

/** Title-case and short: a title ("Black Widow", "West Side Story"), not speech. */
export function isTitle(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length <= 6 && words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= words.length - 1 && !/[.!?]$/.test(inner.trim());
}


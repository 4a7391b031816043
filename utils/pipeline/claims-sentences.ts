// Splits an entry's text into sentences of items: words, punctuation and whole quotations (a quotation is one
// item, so its inner full stops never end the narrative sentence around it). Pure.
import { findQuotes, type QuoteSpan } from './claims-quotes';

export interface Item {
  kind: 'w' | 'p' | 'q';
  /** The text as written (for 'q': the whole quotation with marks). */
  s: string;
  /** Lower case, curly apostrophes folded to ' (for 'q': ''). */
  lo: string;
  start: number;
  end: number;
  quote?: QuoteSpan;
}

export type Sentence = Item[];

/** Abbreviations whose full stop does not end a sentence. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'sen', 'rep', 'gov', 'prof', 'jr',
  'sr', 'no', 'vs', 'rev', 'hon', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'mt', 'ft', 'pres', 'adm', 'cmdr', 'supt', 'insp', 'det',
  'mme', 'mlle', 'm', 'hr', 'fr', 'sra', 'sr', 'dra', 'bzw', 'nr', 'u', 'z', 'e', 'i',
]);

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-&]|\.(?=[\p{L}\p{N}]))*\.?/uy;

/** Tokens of text[from, to): words (with abbreviation stops kept) and single punctuation marks. */
function tokenize(text: string, from: number, to: number, out: Item[]): void {
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (/\s/.test(ch)) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let w = m[0];
      if (i + w.length > to) w = w.slice(0, to - i);
      // keep a final full stop only on abbreviations and initials ("Mr.", "U.S.", "H.")
      while (w.endsWith('.')) {
        const bare = w.slice(0, -1);
        const keep = ABBREV.has(bare.toLowerCase()) || /^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare);
        if (keep) break;
        w = bare;
      }
      w = w.replace(/[’'\-&]+$/u, (tail) => (/^[’']$/.test(tail) && /s$/i.test(w.slice(0, -1)) ? tail : ''));
      if (!w) { i++; continue; }
      out.push({ kind: 'w', s: w, lo: w.toLowerCase().replace(/’/g, "'"), start: i, end: i + w.length });
      i += w.length;
    } else {
      out.push({ kind: 'p', s: ch, lo: ch, start: i, end: i + 1 });
      i++;
    }
  }
}

/** Items of the whole text: quotations as single items, everything else tokenized. */
export function itemize(text: string): Item[] {
  const items: Item[] = [];
  let at = 0;
  for (const q of findQuotes(text)) {
    tokenize(text, at, q.open, items);
    items.push({ kind: 'q', s: text.slice(q.open, q.close), lo: '', start: q.open, end: q.close, quote: q });
    at = q.close;
  }
  tokenize(text, at, text.length, items);
  return items;
}

const opensSentence = (it: Item | undefined): boolean =>
  !!it && (it.kind === 'q' || /^[\p{Lu}\p{N}]/u.test(it.s) || /^[([“"‘«„¿¡]$/.test(it.s));

const endsWithStop = (s: string): boolean => /[.!?…]\s*$/.test(s);

/** sentences(text, breaks): the text's items grouped into sentences; `breaks` are offsets that always end one
 * (the end of an entry's title that runs into its body without a full stop). */
export function sentences(text: string, breaks: readonly number[] = []): Sentence[] {
  const items = itemize(text);
  const out: Sentence[] = [];
  let cur: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    cur.push(it);
    const next = items[k + 1];
    const stop =
      (it.kind === 'p' && /[.!?…]/.test(it.s) && opensSentence(next)) ||
      (it.kind === 'q' && !!it.quote && endsWithStop(text.slice(it.quote.start, it.quote.end)) && opensSentence(next) && next?.s !== ',');
    // “… keep you safe” He warned …: a closing mark then a capitalised pronoun starts a sentence
    const pronounAfterQuote = it.kind === 'q' && !!it.quote?.closed && next?.kind === 'w' && /^(?:He|She|They|It|We)$/.test(next.s) &&
      !/[,;:]\s*$/.test(text.slice(it.quote.start, it.quote.end));
    const forced = !!next && breaks.some((b) => it.end <= b && next.start >= b);
    if (stop || pronounAfterQuote || forced) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}

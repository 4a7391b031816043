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

const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-&]|\.(?=[\p{L}\p{N}]))*\.?)|(\S)/gu;

/** Tokens of text[from, to): words (with abbreviation stops kept) and single punctuation marks. */
function tokenize(text: string, from: number, to: number, out: Item[]): void {
  const part = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
    const at = from + m.index;
    if (m[2] !== undefined) {
      out.push({ kind: 'p', s: m[2], lo: m[2], start: at, end: at + m[2].length });
      continue;
    }
    let w = m[1];
    // keep a final full stop only on abbreviations and initials ("Mr.", "U.S.", "H.")
    if (w.endsWith('.')) {
      const bare = w.slice(0, -1);
      const keep = ABBREV.has(bare.toLowerCase()) || /^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare);
      if (!keep) {
        w = bare;
        TOKEN.lastIndex = m.index + w.length; // the stop is read again as punctuation
      }
    }
    const trail = /[’'\-&]+$/u.exec(w);
    if (trail && !(/^[’']$/.test(trail[0]) && /s$/i.test(w.slice(0, -1)))) {
      w = w.slice(0, -trail[0].length);
      TOKEN.lastIndex = m.index + w.length;
    }
    if (!w) continue;
    out.push({ kind: 'w', s: w, lo: w.toLowerCase().replace(/’/g, "'"), start: at, end: at + w.length });
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

/** How far into the text an entry's title may start ("9am BST: Typhoon Lan kills four people …"). */
const TITLE_SLACK = 40;

/** Photo credits that run into the text ("Credit...Lindsey Wasson/Reuters Impresa …", "Copyright: Reuters"):
 * offsets just after them, where a sentence must start. */
export function creditBreaks(text: string): number[] {
  const out: number[] = [];
  const re = /(?:Credit|Copyright|Photograph|Photo|Picture)\s*(?:…|\.{2,}|:)\s*(?:[^.\n]{0,80}?(?:\/\s*|\bvia\s+)[\p{Lu}][\p{L}&.-]*(?:\s+Images)?|[\p{Lu}][\p{L}&-]*(?:\s+Images)?)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** framing(text, title, lead): offsets where sentences must break (a title run into the body, the time before
 * it, a leading byline, photo credits), and where the entry's head (title, byline) ends. */
export function framing(text: string, title: string | null | undefined, lead: number): { breaks: number[]; headEnd: number } {
  const t = title?.trim();
  const titleAt = t ? text.indexOf(t) : -1;
  const titleEnd = t && titleAt >= 0 && titleAt <= TITLE_SLACK ? titleAt + t.length : 0;
  const breaks = [titleEnd, lead].filter((b) => b > 0);
  if (titleEnd && titleAt > 0) breaks.push(titleAt); // "10.45am BST: <title>": the time apart
  breaks.push(...creditBreaks(text));
  return { breaks, headEnd: Math.max(titleEnd, lead) };
}

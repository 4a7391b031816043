// Tokenising an entry for topic grouping: content words (stop words and numbers dropped, light stemming),
// names (capitalised mid-sentence, acronyms, runs of capitalised words) and two-word key phrases. Pure.
import { ACRONYM_NAMES, NAME_LINKS, STOPWORDS } from './topics-stopwords';

/** How a feature was found: a plain word, a capitalised word, two adjacent words, or a run of capitalised words. */
export type FeatureKind = 'word' | 'name' | 'phrase' | 'name-phrase';

export interface Feature {
  kind: FeatureKind;
  /** Occurrences in the entry (title occurrences count double). */
  count: number;
  /** The form the entry writes it in, for labels ("Anthony Fauci", "drone strikes"). */
  surface: string;
}

export interface EntryFeatures {
  /** Feature key → feature. Word keys are stems ("drone"); phrase keys join stems with a space. */
  features: Map<string, Feature>;
  /** Distinct content stems, for near-duplicate and too-short checks. */
  stems: Set<string>;
  /** Stems written capitalised mid-sentence (or as acronyms), and stems written in lower case mid-sentence. */
  capitalised: Set<string>;
  lower: Set<string>;
}

/** Stems are cut to this many letters: crude, but it works alike in every language the stop lists cover. */
export const STEM_LENGTH = 6;
/** A title's words count this many times over the body's. */
export const TITLE_WEIGHT = 2;

interface Token {
  raw: string;
  lower: string;
  stem: string | null;
  start: boolean;
  cap: boolean;
  acronym: boolean;
  /** Only spaces or a hyphen between this token and the one before (no comma, no line break). */
  tight: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const DIGIT = /\p{N}/u;
const TIME = /^\d{1,2}(?:[.:h]\d{2})?(?:am|pm|h|uhr|hrs)?$/;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|dell|all|nell|dall|sull|un)['’](.+)$/i;

/** The stem of a lower-case word: accents folded, a plural "s" dropped, cut to STEM_LENGTH letters. */
export function stem(lower: string): string {
  let w = stems.get(lower);
  if (w !== undefined) return w;
  w = /^[a-z]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  w = w.slice(0, STEM_LENGTH);
  if (stems.size > CACHE_LIMIT) stems.clear();
  stems.set(lower, w);
  return w;
}

/** Memo of stems and of whole entries' features (pure functions of their text; a live page re-runs often). */
const CACHE_LIMIT = 20_000;
const NONE: ReadonlySet<string> = new Set();

/** Forgets the memo (benchmarks measure cold runs with it). */
export function clearTokenCaches(): void {
  stems.clear();
  entryCache.clear();
}
const stems = new Map<string, string>();
const entryCache = new Map<string, EntryFeatures>();

/** Splits text into tokens, each knowing whether it opens a sentence and whether it is capitalised; words in
 *  `skip` (lower case: the entry's author, say) are not content. */
export function tokenize(text: string, skip: ReadonlySet<string> = NONE): Token[] {
  const t = text.normalize('NFKC');
  const out: Token[] = [];
  let last = 0;
  for (const m of t.matchAll(WORD)) {
    const at = m.index ?? 0;
    // the text between two words is nearly always one space: skip the regular expressions then
    const gap = at - last === 1 && t.charCodeAt(last) === 32 ? ' ' : t.slice(last, at);
    last = at + m[0].length;
    let raw = m[0];
    if (raw.includes("'") || raw.includes('’')) {
      raw = raw.replace(/’/g, "'");
      const elided = ELISION.exec(raw);
      if (elided) raw = elided[1];
      raw = raw.replace(/'s$/i, '').replace(/'.*$/, '');
    }
    const lower = raw.toLowerCase();
    const cap = raw !== lower && raw[0] !== lower[0];
    // "US", "UK", "EU" are names even though "us" is a stop word (but not the words of an all-caps headline)
    const acronym =
      cap && raw.length <= 4 && raw.length >= 2 && /^\p{Lu}+$/u.test(raw) &&
      !/\p{Lu}{2}\P{L}*$/u.test(t.slice(Math.max(0, at - 8), at)) && !/^\P{L}*\p{Lu}{2}/u.test(t.slice(last, last + 8));
    const stop = !(acronym && ACRONYM_NAMES.has(lower)) && (STOPWORDS.has(lower) || STOPWORDS.has(m[0].toLowerCase()));
    // numbers, times ("11am", "14h30") and scores say nothing about the thread
    const numeric = DIGIT.test(lower) && (lower.replace(/\P{L}/gu, '').length < 2 || TIME.test(lower));
    const content = lower.length > 1 && !numeric && !stop && !skip.has(lower);
    const start = out.length === 0 || (gap !== ' ' && /[.!?…:;"«»“”\n]|\s[-–—•]\s/.test(gap));
    const tight = gap === ' ' || /^[ \t\u00a0\-]*$/.test(gap);
    out.push({ raw, lower, stem: content ? stem(lower) : null, start, cap, acronym, tight });
  }
  return out;
}

/**
 * extractFeatures(text, title?, author?): the words, names and phrases of one entry; the author's name (a byline
 * inside the text) is left out. Pure; the result is shared, never change it.
 */
export function extractFeatures(text: string, title?: string | null, author?: string | null): EntryFeatures {
  const key = `${title ?? ''}\u0000${author ?? ''}\u0000${text}`;
  const known = entryCache.get(key);
  if (known) return known;
  const skip = author ? new Set(author.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1)) : NONE;
  const ef: EntryFeatures = { features: new Map(), stems: new Set(), capitalised: new Set(), lower: new Set() };
  if (title) addTokens(ef, tokenize(title, skip), TITLE_WEIGHT);
  addTokens(ef, tokenize(text, skip), 1);
  if (entryCache.size > CACHE_LIMIT) entryCache.clear();
  entryCache.set(key, ef);
  return ef;
}

const RANK: Record<FeatureKind, number> = { word: 0, phrase: 1, name: 2, 'name-phrase': 3 };

function add(ef: EntryFeatures, key: string, kind: FeatureKind, surface: string, n: number): void {
  const f = ef.features.get(key);
  if (f) {
    f.count += n;
    if (RANK[kind] > RANK[f.kind]) f.kind = kind;
  } else ef.features.set(key, { kind, count: n, surface });
}

function addTokens(ef: EntryFeatures, tokens: Token[], n: number): void {
  let name: Token[] = [];
  const endName = () => {
    while (name.length && !name[name.length - 1].stem) name.pop();
    const words = name.filter((t) => t.stem);
    // two-word names are already bigrams; longer runs ("Cork University Hospital") add the whole name
    if (words.length >= 3 || name.length > words.length) add(ef, words.map((t) => t.stem).join(' '), 'name-phrase', name.map((t) => t.raw).join(' '), n);
    name = [];
  };
  tokens.forEach((tok, i) => {
    const acronym = tok.acronym;
    if (tok.stem) {
      ef.stems.add(tok.stem);
      if (!tok.start && tok.cap) ef.capitalised.add(tok.stem);
      if (acronym) ef.capitalised.add(tok.stem);
      if (!tok.start && !tok.cap) ef.lower.add(tok.stem);
      add(ef, tok.stem, (!tok.start && tok.cap) || acronym ? 'name' : 'word', tok.raw, n);
      const next = tokens[i + 1];
      if (next?.stem && next.tight && !next.start && next.stem !== tok.stem) {
        const both = tok.cap && next.cap;
        add(ef, `${tok.stem} ${next.stem}`, both ? 'name-phrase' : 'phrase', `${tok.raw} ${next.raw}`, n);
      }
    }
    // runs of capitalised words, allowing "of", "de", "von" inside, make a name ("Bank of England")
    if (!tok.tight) endName();
    const linker = name.length > 0 && NAME_LINKS.has(tok.lower) && !tok.start;
    if (tok.cap && tok.stem && (!tok.start || name.length === 0)) {
      if (tok.start) endName();
      name.push(tok);
    } else if (linker) name.push(tok);
    else endName();
  });
  endName();
}

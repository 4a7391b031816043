import { ATTR_TOKENS, OVERLAY_TOKENS } from './clutter-lexicon';
import type { ClutterKind } from './types';

// Class names, ids and component names against the attribute tokens of clutter-lexicon.ts. A token "matches" a
// name when it occurs in it between hyphens ("-paywall-" in "-article-paywall-"), so instead of testing every
// token against every name (a few hundred substring searches per distinct class string), each name's
// hyphen-delimited pieces are looked up in one table. Pure string functions; no DOM.

/** One normalised class name or id: lower case, camelCase and underscores to hyphens, hyphens around. */
export function tokenString(name: string): string {
  const s = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `-${s}-`;
}

const isLowerOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The names split at white space and each run through tokenString, in one pass over the characters (class
 * strings are read by the thousand: three regular expressions per name cost more than the rest of the walk).
 * Names with a character beyond ASCII take the regular expressions (lower-casing them is Unicode's business).
 */
function splitTokens(names: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let pending = false; // a run of other characters (or a camelCase boundary) not yet written as one hyphen
  let prev = 0;
  for (let i = 0; i < names.length; i++) {
    const c = names.charCodeAt(i);
    if (c > 127) return names.split(/\s+/).filter(Boolean).map(tokenString);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (inWord) out.push(pending ? `${cur}--` : `${cur}-`);
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      cur = '-';
      pending = false;
      prev = 0;
    }
    const upper = c >= 65 && c <= 90;
    if (upper || isLowerOrDigit(c)) {
      if (pending || (upper && isLowerOrDigit(prev))) cur += '-';
      cur += upper ? String.fromCharCode(c + 32) : names[i];
      pending = false;
    } else pending = true;
    prev = c;
  }
  if (inWord) out.push(pending ? `${cur}--` : `${cur}-`);
  return out;
}

/** A token list per kind, normalised (`-share-bar-`), in the lexicon's order (the first hit names the evidence). */
export type TokenLists = ReadonlyArray<readonly [ClutterKind, readonly string[]]>;

const lists = (byKind: Partial<Record<ClutterKind, string[]>>): TokenLists =>
  Object.entries(byKind).map(([k, ts]) => [k as ClutterKind, (ts ?? []).map(tokenString)] as const);
export const STRONG_TOKENS: TokenLists = lists(ATTR_TOKENS.strong);
export const WEAK_TOKENS: TokenLists = lists(ATTR_TOKENS.weak);
export const OVERLAY_NAME_TOKENS: readonly string[] = OVERLAY_TOKENS.map(tokenString);

const ALL = [...STRONG_TOKENS.flatMap(([, ts]) => ts), ...WEAK_TOKENS.flatMap(([, ts]) => ts), ...OVERLAY_NAME_TOKENS];
const KNOWN = new Set(ALL);
/** The first piece of every token (`-share-` of `-share-bar-`). */
const FIRST = new Set(ALL.map((t) => t.slice(0, t.indexOf('-', 1) + 1)));
/** The most hyphens in one token: a piece of a name never needs to span more. */
const MAX_HYPHENS = Math.max(...ALL.map((t) => t.split('-').length - 1));

/** The names, split and normalised as the judges read them (long hostile values cut at 2000 characters). */
export function nameParts(names: string): string[] {
  return splitTokens(names.slice(0, 2000));
}

/**
 * tokensIn(parts): every token of the lexicon that occurs in one of the parts (as `part.includes(token)` would
 * say: a token begins and ends with a hyphen, so it can only occur from one hyphen of a part to another).
 */
export function tokensIn(parts: readonly string[]): Set<string> {
  const found = new Set<string>();
  const at: number[] = [];
  for (const p of parts) {
    at.length = 0;
    for (let i = p.indexOf('-'); i >= 0; i = p.indexOf('-', i + 1)) at.push(i);
    for (let a = 0; a + 1 < at.length; a++) {
      // Every token begins with a known first piece: most pieces of a name are none, and end the search there.
      const first = p.slice(at[a], at[a + 1] + 1);
      if (!FIRST.has(first)) continue;
      if (KNOWN.has(first)) found.add(first);
      for (let b = a + 2; b < at.length && b - a <= MAX_HYPHENS - 1; b++) {
        const piece = p.slice(at[a], at[b] + 1);
        if (KNOWN.has(piece)) found.add(piece);
      }
    }
  }
  return found;
}

/**
 * foundTokens(names, cache): tokensIn(nameParts(names)), each distinct class or id normalised and searched once
 * per cache (a page's class strings share their pieces: "card card--wide", "card card--tall").
 */
export function foundTokens(names: string, cache: Map<string, readonly string[]>): Set<string> {
  const found = new Set<string>();
  for (const raw of names.slice(0, 2000).split(/\s+/)) {
    if (!raw) continue;
    let hits = cache.get(raw);
    if (!hits) cache.set(raw, (hits = [...tokensIn(splitTokens(raw))]));
    for (const t of hits) found.add(t);
  }
  return found;
}

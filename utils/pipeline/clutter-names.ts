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

/** A token list per kind, normalised (`-share-bar-`), in the lexicon's order (the first hit names the evidence). */
export type TokenLists = ReadonlyArray<readonly [ClutterKind, readonly string[]]>;

const lists = (byKind: Partial<Record<ClutterKind, string[]>>): TokenLists =>
  Object.entries(byKind).map(([k, ts]) => [k as ClutterKind, (ts ?? []).map(tokenString)] as const);
export const STRONG_TOKENS: TokenLists = lists(ATTR_TOKENS.strong);
export const WEAK_TOKENS: TokenLists = lists(ATTR_TOKENS.weak);
export const OVERLAY_NAME_TOKENS: readonly string[] = OVERLAY_TOKENS.map(tokenString);

const ALL = [...STRONG_TOKENS.flatMap(([, ts]) => ts), ...WEAK_TOKENS.flatMap(([, ts]) => ts), ...OVERLAY_NAME_TOKENS];
const KNOWN = new Set(ALL);
/** The most hyphens in one token: a piece of a name never needs to span more. */
const MAX_HYPHENS = Math.max(...ALL.map((t) => t.split('-').length - 1));

/** The names, split and normalised as the judges read them (long hostile values cut at 2000 characters). */
export function nameParts(names: string): string[] {
  return names.slice(0, 2000).split(/\s+/).filter(Boolean).map(tokenString);
}

/**
 * tokensIn(parts): every token of the lexicon that occurs in one of the parts (as `part.includes(token)` would
 * say: a token begins and ends with a hyphen, so it can only occur from one hyphen of a part to another).
 */
export function tokensIn(parts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const p of parts) {
    const at: number[] = [];
    for (let i = p.indexOf('-'); i >= 0; i = p.indexOf('-', i + 1)) at.push(i);
    for (let a = 0; a < at.length; a++) {
      for (let b = a + 1; b < at.length && b - a <= MAX_HYPHENS - 1; b++) {
        const piece = p.slice(at[a], at[b] + 1);
        if (KNOWN.has(piece)) found.add(piece);
      }
    }
  }
  return found;
}

import { ENTRY_HEAD_CHARS } from './describe';
import { approxSearch, exactSearch, similarity, type Match } from './fuzzy';
import type { AnchorResult, EntryRef, EntryScope, Selectors, TextPositionSelector, TextQuoteSelector } from './model';
import { buildTextIndex, offsetsRange, type TextIndex } from './text-index';

// Thresholds: an annotation is placed only when the evidence is clear; otherwise it is an orphan.
/** Quotes shorter than this are matched exactly, never fuzzily. */
export const MIN_FUZZY_LENGTH = 12;
/** Fuzzy matching allows this share of the quote's characters to differ. */
export const MAX_ERROR_RATE = 0.2;
/** A fuzzy match must be at least this similar to the stored quote. */
export const MIN_QUOTE_SIMILARITY = 0.8;
/** Entry opening similarity above which the entry with the stored id is taken to be the same entry. */
export const SAME_ENTRY_HEAD = 0.75;
/** Context (prefix/suffix) similarity a match needs when nothing else vouches for it. */
export const MIN_CONTEXT = 0.5;
/** The best candidate must beat the runner-up by this much, or the place is ambiguous. */
export const MIN_MARGIN = 0.1;

interface Candidate extends Match {
  quoteSim: number;
  contextSim: number;
  score: number;
}

function contextSimilarity(text: string, m: Match, quote: TextQuoteSelector): number {
  const side = (stored: string, found: string): number => {
    if (!stored) return found ? 0.5 : 1; // the quote opened or closed its scope: still true?
    return similarity(stored, found);
  };
  const before = text.slice(Math.max(0, m.start - quote.prefix.length), m.start);
  const after = text.slice(m.end, m.end + quote.suffix.length);
  return (side(quote.prefix, before) + side(quote.suffix, after)) / 2;
}

/**
 * Every place the quote may be, scored by quote similarity, context and nearness to the stored position.
 * `nearDuplicates`: look for approximate matches even when exact ones exist, so that an exact copy elsewhere
 * and the edited original compete (and tie) instead of the copy winning alone.
 */
function candidates(idx: TextIndex, quote: TextQuoteSelector, position: TextPositionSelector, nearDuplicates: boolean): Candidate[] {
  const exact = exactSearch(idx.text, quote.exact);
  const fuzzyOk = quote.exact.length >= MIN_FUZZY_LENGTH && (nearDuplicates || exact.length === 0);
  const found = fuzzyOk ? approxSearch(idx.text, quote.exact, Math.floor(quote.exact.length * MAX_ERROR_RATE)) : exact;
  const span = Math.max(idx.text.length, 1);
  return found.map((m) => {
    const quoteSim = m.errors === 0 ? 1 : similarity(quote.exact, idx.text.slice(m.start, m.end));
    const contextSim = contextSimilarity(idx.text, m, quote);
    const near = 1 - Math.min(1, Math.abs(m.start - position.start) / span);
    return { ...m, quoteSim, contextSim, score: quoteSim * 0.5 + contextSim * 0.4 + near * 0.1 };
  }).filter((c) => c.quoteSim >= MIN_QUOTE_SIMILARITY);
}

/**
 * The one clearly best candidate that passes `accept`, or null (none, or two too close to tell apart). The only
 * candidate with the quote and all its context intact is the place itself (so a repeated short word is still
 * told apart by its context). `position` is given only where offsets are stable (inside the entry).
 */
function choose(cands: Candidate[], accept: (c: Candidate) => boolean, position?: TextPositionSelector): Candidate | null {
  const perfect = cands.filter((c) => c.errors === 0 && c.contextSim === 1);
  if (perfect.length === 1) return perfect[0];
  // The same sentence twice in one entry: offsets inside that entry still tell them apart.
  const here = position && perfect.find((c) => c.start === position.start);
  if (here) return here;
  const sorted = [...cands].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (!best || !accept(best)) return null;
  const second = sorted[1];
  if (second && best.score - second.score < MIN_MARGIN) return null;
  return best;
}

function trimmed(idx: TextIndex, m: Match): [number, number] | null {
  let { start, end } = m;
  while (start < end && idx.text[start] === ' ') start++;
  while (end > start && idx.text[end - 1] === ' ') end--;
  return start < end ? [start, end] : null;
}

/** Is this element the entry the annotation was made in? Its opening must still read the same. */
function sameEntry(scope: EntryScope, element: Element): boolean {
  return !scope.entryHead || similarity(scope.entryHead, buildTextIndex(element).text.slice(0, ENTRY_HEAD_CHARS)) >= SAME_ENTRY_HEAD;
}

/**
 * anchor(root, selectors, entries): where the annotation is now, or an orphan. First inside its own entry
 * (found by id and recognised by its opening), else page-wide, where a match counts only inside an entry that
 * is recognisably the annotated one; a place is taken only when quote, context and uniqueness all agree, so an
 * annotation is never put in the wrong spot. Pure: reads the DOM, never writes; `document` is not used.
 */
export function anchor(root: Element, selectors: Selectors, entries: readonly EntryRef[]): AnchorResult {
  const scope = selectors.entry;
  const own = scope ? entries.find((e) => e.id === scope.entryId) : undefined;
  if (scope && own && sameEntry(scope, own.element)) {
    const idx = buildTextIndex(own.element);
    const best = choose(candidates(idx, scope.quote, scope.position, false), (c) => c.errors === 0 || c.contextSim >= MIN_CONTEXT * 0.6 || c.quoteSim >= 0.9, scope.position);
    const span = best && trimmed(idx, best);
    if (!best || !span) return { status: 'orphan', reason: 'the quoted text is no longer in its entry' };
    // Still the same entry, and the quote is gone from it: looking elsewhere could only find a copy (a summary,
    // a re-post), which is not where the reader put it.
    return { status: 'placed', range: offsetsRange(idx, span[0], span[1]), entryId: own.id, method: best.errors ? 'entry-fuzzy' : 'entry-exact', text: idx.text.slice(span[0], span[1]) };
  }
  const idx = buildTextIndex(root);
  const contexts = [selectors.page.quote, ...(scope ? [scope.quote] : [])];
  const holderOf = (c: Candidate): EntryRef | undefined => entries.find((e) => e.element.contains(idx.nodeAt[c.start]));
  const cands = candidates(idx, selectors.page.quote, selectors.page.position, true).map((c) => {
    const contextSim = Math.max(...contexts.map((q) => contextSimilarity(idx.text, c, q)));
    return { ...c, contextSim, score: c.quoteSim * 0.5 + contextSim * 0.5 };
  }).filter((c) => {
    // Made in an entry: only a place inside that same entry (recognised by its opening) will do.
    if (!scope) return true;
    const holder = holderOf(c);
    return !!holder && sameEntry(scope, holder.element);
  });
  const best = choose(cands, (c) => c.contextSim >= MIN_CONTEXT && (c.errors === 0 || c.contextSim >= 0.7));
  const span = best && trimmed(idx, best);
  if (!best || !span) return { status: 'orphan', reason: cands.length ? 'the quote is on the page more than once or its context changed' : 'the quoted text is no longer on the page' };
  return { status: 'placed', range: offsetsRange(idx, span[0], span[1]), entryId: holderOf(best)?.id ?? null, method: best.errors ? 'page-fuzzy' : 'page-exact', text: idx.text.slice(span[0], span[1]) };
}

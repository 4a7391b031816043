import { ENTRY_HEAD_CHARS } from './describe';
import { approxSearch, exactSearch, similarity, type Match } from './fuzzy';
import type { AnchorResult, EntryRef, Selectors, TextPositionSelector, TextQuoteSelector } from './model';
import { buildTextIndex, offsetsRange, type TextIndex } from './text-index';

// Thresholds: an annotation is placed only when the evidence is clear; otherwise it is an orphan.
/** Quotes shorter than this are matched exactly, never fuzzily. */
export const MIN_FUZZY_LENGTH = 12;
/** Fuzzy matching allows this share of the quote's characters to differ. */
export const MAX_ERROR_RATE = 0.2;
/** A fuzzy match must be at least this similar to the stored quote. */
export const MIN_QUOTE_SIMILARITY = 0.8;
/** Entry opening similarity above which the entry with the stored id is taken to be the same entry. */
export const SAME_ENTRY_HEAD = 0.6;
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

/** Every place the quote may be, scored by quote similarity, context and distance from the stored position. */
function candidates(idx: TextIndex, quote: TextQuoteSelector, position: TextPositionSelector): Candidate[] {
  const exact = exactSearch(idx.text, quote.exact);
  const fuzzyOk = quote.exact.length >= MIN_FUZZY_LENGTH;
  const found = exact.length || !fuzzyOk ? exact : approxSearch(idx.text, quote.exact, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  const span = Math.max(idx.text.length, 1);
  return found.map((m) => {
    const quoteSim = m.errors === 0 ? 1 : similarity(quote.exact, idx.text.slice(m.start, m.end));
    const contextSim = contextSimilarity(idx.text, m, quote);
    const near = 1 - Math.min(1, Math.abs(m.start - position.start) / span);
    return { ...m, quoteSim, contextSim, score: quoteSim * 0.5 + contextSim * 0.4 + near * 0.1 };
  }).filter((c) => c.quoteSim >= MIN_QUOTE_SIMILARITY);
}

/** The one clearly best candidate that passes `accept`, or null (none, or two too close to tell apart). */
function choose(cands: Candidate[], accept: (c: Candidate) => boolean): Candidate | null {
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

/**
 * anchor(root, selectors, entries): where the annotation is now, or an orphan. First inside its own entry
 * (found by id), then page-wide; a place is taken only when quote, context and uniqueness all agree, so an
 * annotation is never put in the wrong spot. Pure: reads the DOM, never writes; `document` is not used.
 */
export function anchor(root: Element, selectors: Selectors, entries: readonly EntryRef[]): AnchorResult {
  const scope = selectors.entry;
  const own = scope ? entries.find((e) => e.id === scope.entryId) : undefined;
  let sameEntry = false;
  if (scope && own) {
    const idx = buildTextIndex(own.element);
    sameEntry = !scope.entryHead || similarity(scope.entryHead, idx.text.slice(0, ENTRY_HEAD_CHARS)) >= SAME_ENTRY_HEAD;
    const best = choose(candidates(idx, scope.quote, scope.position), (c) =>
      sameEntry ? c.errors === 0 || c.contextSim >= MIN_CONTEXT * 0.6 || c.quoteSim >= 0.9 : c.contextSim >= MIN_CONTEXT,
    );
    const span = best && trimmed(idx, best);
    if (best && span) {
      return { status: 'placed', range: offsetsRange(idx, span[0], span[1]), entryId: own.id, method: best.errors ? 'entry-fuzzy' : 'entry-exact', text: idx.text.slice(span[0], span[1]) };
    }
    // The entry is still here and still the same entry: its quote was edited away. Looking elsewhere could
    // only find a copy (a summary, a re-post), which is not where the reader put it.
    if (sameEntry) return { status: 'orphan', reason: 'the quoted text is no longer in its entry' };
  }
  const idx = buildTextIndex(root);
  const contexts = [selectors.page.quote, ...(scope ? [scope.quote] : [])];
  const cands = candidates(idx, selectors.page.quote, selectors.page.position).map((c) => {
    const contextSim = Math.max(...contexts.map((q) => contextSimilarity(idx.text, c, q)));
    return { ...c, contextSim, score: c.quoteSim * 0.5 + contextSim * 0.5 };
  });
  const best = choose(cands, (c) => c.contextSim >= MIN_CONTEXT && (c.errors === 0 || c.contextSim >= 0.7));
  const span = best && trimmed(idx, best);
  if (!best || !span) return { status: 'orphan', reason: cands.length ? 'the quote is on the page more than once or its context changed' : 'the quoted text is no longer on the page' };
  const range = offsetsRange(idx, span[0], span[1]);
  const holder = entries.find((e) => e.element.contains(range.startContainer));
  // Landing in another entry while the annotated entry still exists would be a guess, not a place.
  if (scope && own && holder && holder.id !== own.id && sameEntry) return { status: 'orphan', reason: 'the quote now appears only in another entry' };
  return { status: 'placed', range, entryId: holder?.id ?? null, method: best.errors ? 'page-fuzzy' : 'page-exact', text: idx.text.slice(span[0], span[1]) };
}

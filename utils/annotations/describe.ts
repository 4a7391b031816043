import type { EntryRef, Selectors, TextPositionSelector, TextQuoteSelector } from './model';
import { buildTextIndex, rangeOffsets, type TextIndex, type TextRange } from './text-index';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** Characters of the entry's opening kept to recognise the entry later. */
export const ENTRY_HEAD_CHARS = 64;

function quoteAt(idx: TextIndex, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: idx.text.slice(start, end),
      prefix: idx.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: idx.text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * describe(root, range, entries): the selectors of a selection, or null when it holds no text or lies outside
 * root. Scoped to the entry that holds the whole range (if any); the page-wide quote is always given too.
 * Pure: reads the DOM, never writes; `document` is not used.
 */
export function describe(root: Element, range: TextRange, entries: readonly EntryRef[]): Selectors | null {
  const pageIdx = buildTextIndex(root);
  const offsets = rangeOffsets(pageIdx, range);
  if (!offsets) return null;
  const page = quoteAt(pageIdx, offsets[0], offsets[1]);
  const entry = entries.find((e) => e.element.contains(range.startContainer) && e.element.contains(range.endContainer));
  if (!entry) return { entry: null, page };
  const entryIdx = buildTextIndex(entry.element);
  const inEntry = rangeOffsets(entryIdx, range);
  if (!inEntry) return { entry: null, page };
  return {
    entry: { entryId: entry.id, entryHead: entryIdx.text.slice(0, ENTRY_HEAD_CHARS), ...quoteAt(entryIdx, inEntry[0], inEntry[1]) },
    page,
  };
}

// The annotation model: W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector), scoped to a
// live entry with a page-wide fallback, plus what the reader adds (colour, note, tags). Plain data only.

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Color = (typeof COLORS)[number];

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector (offsets into whitespace-collapsed text) */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The quote inside one entry: context and offsets are the entry's own, so entries above can change freely. */
export interface EntryScope {
  entryId: string;
  /** The entry's first characters when annotated: tells "same entry, edited" from "an id now reused". */
  entryHead: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What describe() returns and anchor() takes. */
export interface Selectors {
  entry: EntryScope | null;
  page: { quote: TextQuoteSelector; position: TextPositionSelector };
}

/** The entry an annotation was made in, for exports (time and permalink as the page gave them). */
export interface EntryInfo {
  id: string;
  time: string | null;
  permalink: string | null;
}

export interface Annotation {
  /** A UUID. */
  id: string;
  /** The page's canonical URL (see canonical-url.ts): the key annotations are grouped by. */
  pageUrl: string;
  pageTitle: string;
  selectors: Selectors;
  entry: EntryInfo | null;
  color: Color;
  /** Plain text; shown with textContent only. */
  note: string;
  tags: string[];
  /** ISO 8601 */
  created: string;
  updated: string;
}

/** A minimal view of a pipeline Entry: anchoring needs only the id and the element. */
export interface EntryRef {
  id: string;
  element: Element;
}

/** How an annotation was placed, from the most to the least certain. */
export type AnchorMethod = 'entry-exact' | 'entry-fuzzy' | 'page-exact' | 'page-fuzzy';

export type AnchorResult =
  | {
      status: 'placed';
      range: import('./text-index').TextRange;
      /** The entry it now sits in (null when outside every entry). */
      entryId: string | null;
      method: AnchorMethod;
      /** The text that was found (differs from the quote after a fuzzy match). */
      text: string;
    }
  | { status: 'orphan'; reason: string };

/** normalizeTags(input): tags from a comma/space separated string or a list, trimmed, unique, '#' dropped. */
export function normalizeTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,\n]/) : input;
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export function isColor(value: unknown): value is Color {
  return typeof value === 'string' && (COLORS as readonly string[]).includes(value);
}

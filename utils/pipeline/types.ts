import type { EntryState } from './extract';

// What each pipeline stage takes and returns. Stages are pure: they read a Document or elements and never write
// to the page. The analysis JSON (../shared/eval/ANALYSIS.md) is `toAnalysisJson(PageAnalysis)`.

/** detect(document, url): is this page a live blog, and why. */
export interface Detection {
  isLiveBlog: boolean;
  /** Human-readable evidence, e.g. "json-ld:LiveBlogPosting", "url:live", "repeated-timestamped-blocks". */
  signals: string[];
  /** 0..1 */
  confidence: number;
}

/** What extractEntries is given besides the document. */
export interface ExtractContext {
  /** The page's URL (may be empty for a saved page with no known URL). */
  url: string;
  detection?: Detection;
  /** "Now", for relative times ("2h ago") where the page gives no date of its own. Passed in, never read. */
  now?: Date;
}

/** One live entry, as the page holds it in its DOM. */
export interface Entry {
  /** Stable across re-runs and live updates: the page's own post id or anchor where it has one. */
  id: string;
  /** ISO 8601 (UTC, "Z"), or null where the page gives no time. */
  time: string | null;
  title: string | null;
  /** The entry's visible text, whitespace collapsed (title included only if it is part of the body). */
  text: string;
  author: string | null;
  /** Pinned / key event / summary, where the page marks it. */
  keyEvent: boolean;
  /** The entry's root element in the page (for an entry without a wrapper of its own: its first block). */
  element: Element;
  /**
   * Every element the entry spans, in page order, when it has no single wrapper (a clock-line heading and the
   * paragraphs up to the next one); absent when `element` holds the whole entry.
   */
  elements?: Element[];
  /** Id of its topic, once groupTopics has run. */
  topic?: string | null;
  /** Id of the entry this one nearly duplicates (a summary repeating it, a re-post), if any. */
  duplicateOf?: string | null;
}

export type ClutterKind =
  | 'subscription'
  | 'donation'
  | 'newsletter'
  | 'login'
  | 'notifications'
  | 'comments-promo'
  | 'social'
  | 'ad'
  | 'cookie'
  | 'other';

export const CLUTTER_KINDS: readonly ClutterKind[] = [
  'subscription',
  'donation',
  'newsletter',
  'login',
  'notifications',
  'comments-promo',
  'social',
  'ad',
  'cookie',
  'other',
];

/** findClutter(document, entries): a block the clean view may hide. Never is, holds or sits inside an entry. */
export interface ClutterBlock {
  element: Element;
  kind: ClutterKind;
  /** Why, in words for the reader. */
  reason: string;
  /** Laid over the page (fixed or sticky style, dialog, modal class): hiding it may need the scroll lock released. */
  overlay?: boolean;
}

/** groupTopics(entries, previous?) */
export interface Topic {
  /** Stable across updates ("t1", "t2", …; "other" for entries too short to judge). */
  id: string;
  label: string;
  entryIds: string[];
}

export type CueClass = 'neutral' | 'assertive' | 'hedged' | 'denial';

/** findClaims(entries, summary?): who said what. start/end are offsets into the entry's `text`. */
export interface Claim {
  /** The entry's id; "summary" (SUMMARY_ID) for a claim in the page's own summary above the entries. */
  entryId: string;
  speaker: string;
  cue: string;
  cueClass: CueClass;
  text: string;
  direct: boolean;
  hedged: boolean;
  start: number;
  end: number;
}

export type StageName = 'detect' | 'entries' | 'clutter' | 'topics' | 'claims';

/** Everything the pipeline found on one page, elements included (for the page layer). */
export interface PageAnalysis {
  url: string;
  title: string;
  detection: Detection;
  entries: Entry[];
  clutter: ClutterBlock[];
  topics: Topic[];
  claims: Claim[];
  /** The page's summary above the entries as a pseudo-entry (id "summary"), where claims were read in it. */
  summary?: Entry;
  /** ms per stage, where measured */
  timings: Partial<Record<StageName, number>>;
  /** What the entries stage keeps for the next live update (layout, each entry's reading); not in the JSON. */
  extraction?: EntryState;
}

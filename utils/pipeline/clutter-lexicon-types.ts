import type { ClutterKind } from './types';

/**
 * One language's clutter vocabulary. `prompts` are phrases that, in a short block of text, say on their own what
 * the block is for ("Start your digital subscription today"); `words` are weaker single words that only count
 * together with other evidence; `buttons` match the whole label of a short link or button ("Sign me up").
 * Patterns are source strings, compiled once (case-insensitive, Unicode) in clutter-lexicon.ts.
 */
export interface Lexicon {
  lang: string;
  prompts: Partial<Record<ClutterKind, string[]>>;
  words: Partial<Record<ClutterKind, string[]>>;
  buttons: Partial<Record<ClutterKind, string[]>>;
}

/** An apostrophe, straight or curly. */
export const AP = "['’]";

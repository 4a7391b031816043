import type { Entry, ExtractContext } from './types';

/** extractEntries(document, context): the page's live entries in page order. Pure. (Placeholder.) */
export function extractEntries(doc: Document, context: ExtractContext): Entry[] {
  void doc;
  void context;
  return [];
}

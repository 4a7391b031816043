import type { ClutterBlock, Entry } from './types';

/** findClutter(document, entries): blocks the clean view may hide; never an entry or inside one. Pure. (Placeholder.) */
export function findClutter(doc: Document, entries: readonly Entry[]): ClutterBlock[] {
  void doc;
  void entries;
  return [];
}

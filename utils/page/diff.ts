import type { Entry } from '../pipeline/types';

/** What changed between two extractions of the same page. */
export interface EntryChanges {
  added: Entry[];
  /** Same id, different text, time, title, author, key-event flag or element. */
  updated: Entry[];
  /** The previous version of each updated entry, by id (its element may differ). */
  before: Map<string, Entry>;
  /** Entries that are gone (with the element they had). */
  removed: Entry[];
}

/** diffEntries(previous, next): entries matched by id. Pure. */
export function diffEntries(previous: readonly Entry[], next: readonly Entry[]): EntryChanges {
  const before = new Map(previous.map((e) => [e.id, e]));
  const after = new Set(next.map((e) => e.id));
  const added: Entry[] = [];
  const updated: Entry[] = [];
  const replaced = new Map<string, Entry>();
  for (const e of next) {
    const old = before.get(e.id);
    if (!old) added.push(e);
    else if (changed(old, e)) {
      updated.push(e);
      replaced.set(e.id, old);
    }
  }
  const removed = previous.filter((e) => !after.has(e.id));
  return { added, updated, before: replaced, removed };
}

/** isEmpty(changes): nothing was added, edited or removed. */
export function isEmpty(c: EntryChanges): boolean {
  return c.added.length === 0 && c.updated.length === 0 && c.removed.length === 0;
}

function changed(a: Entry, b: Entry): boolean {
  return (
    a.text !== b.text ||
    a.time !== b.time ||
    a.title !== b.title ||
    a.author !== b.author ||
    a.keyEvent !== b.keyEvent ||
    a.element !== b.element
  );
}

// "New since your last visit": which entries the reader had seen when they last had this page open, kept in
// the extension's local storage (never in the page), per page.

/** Most entry ids remembered per page (the newest are kept). */
export const MAX_SEEN_PER_PAGE = 1500;
/** Most pages remembered (the least recently visited are forgotten). */
export const MAX_PAGES = 150;
const KEY_PREFIX = 'visit:';
const INDEX_KEY = 'visit-index';

export interface VisitRecord {
  /** Entry ids present when the reader last had the page open. */
  seen: string[];
  /** ms since epoch */
  at: number;
}

export interface AreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

/** pageKey(url): the page without query and fragment ("" for unusable URLs). Pure. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol.startsWith('http') ? `${u.origin}${u.pathname}` : '';
  } catch {
    return '';
  }
}

/** newSince(record, ids): ids the reader had not seen; none on a first visit. Pure. */
export function newSince(record: VisitRecord | null, ids: readonly string[]): string[] {
  if (!record) return [];
  const seen = new Set(record.seen);
  return ids.filter((id) => !seen.has(id));
}

/** remember(record, ids, now): the record after this visit (earlier ids kept, newest last, capped). Pure. */
export function remember(record: VisitRecord | null, ids: readonly string[], now: number): VisitRecord {
  const set = new Set(record?.seen ?? []);
  for (const id of ids) set.delete(id);
  const seen = [...set, ...ids];
  return { seen: seen.slice(Math.max(0, seen.length - MAX_SEEN_PER_PAGE)), at: now };
}

/** visitStore(area): reads and writes visit records; a failing storage reads as "no record". */
export function visitStore(area: AreaLike) {
  return {
    async get(page: string): Promise<VisitRecord | null> {
      try {
        const raw = (await area.get(KEY_PREFIX + page))[KEY_PREFIX + page] as VisitRecord | undefined;
        return raw && Array.isArray(raw.seen) && typeof raw.at === 'number' ? { seen: raw.seen.filter((s) => typeof s === 'string'), at: raw.at } : null;
      } catch {
        return null;
      }
    },
    async set(page: string, record: VisitRecord): Promise<void> {
      try {
        const index = ((await area.get(INDEX_KEY))[INDEX_KEY] ?? {}) as Record<string, number>;
        index[page] = record.at;
        const pages = Object.keys(index).sort((a, b) => index[b] - index[a]);
        const dropped = pages.slice(MAX_PAGES);
        for (const p of dropped) delete index[p];
        await area.set({ [KEY_PREFIX + page]: record, [INDEX_KEY]: index });
        if (dropped.length) await area.remove(dropped.map((p) => KEY_PREFIX + p));
      } catch {
        // Storage full or gone: the marks are a convenience; reading goes on.
      }
    },
  };
}

export type VisitStore = ReturnType<typeof visitStore>;

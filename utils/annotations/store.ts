// Annotation storage in the extension's own key-value area (browser.storage.local in the background; a map in
// tests). One key per annotation so one bad record spoils nothing else; a write is one `set` call, so a failed
// write leaves the old record as it was; unreadable records are moved aside (quarantined), never deleted.
import type { Annotation } from './model';
import { CorruptRecord, SCHEMA_VERSION, fromStored, toStored, upgrade } from './schema';

/** The subset of browser.storage.local the store uses. */
export interface KeyValueArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const RECORD_PREFIX = 'ann:';
export const QUARANTINE_PREFIX = 'ann-quarantine:';
export const META_KEY = 'ann-meta';

/** A storage failure, with a sentence for the reader. Whatever was saved before is unchanged. */
export class StorageFailure extends Error {
  constructor(readonly readerMessage: string, readonly detail: string) {
    super(`${readerMessage} (${detail})`);
  }
}

export interface QuarantinedRecord {
  key: string;
  reason: string;
  at: string;
  value: unknown;
}

export interface LoadResult {
  annotations: Annotation[];
  /** Records moved aside by this load (and any from before). */
  quarantined: number;
  /** Sentences for the reader: what went wrong, and that nothing was lost. */
  problems: string[];
}

function failure(action: string, e: unknown): StorageFailure {
  const detail = e instanceof Error ? e.message : String(e);
  const full = /quota|QUOTA_BYTES|exceeded|disk|space/i.test(detail);
  const why = full ? "the browser's storage for Liveline is full" : 'the browser refused to store it';
  return new StorageFailure(`Liveline could not ${action}: ${why}. Nothing already saved was changed.`, detail);
}

/** createStore(area, now): the annotation store. `now` is passed in for quarantine times. */
export function createStore(area: KeyValueArea, now: () => Date = () => new Date()) {
  async function readAll(): Promise<Record<string, unknown>> {
    try {
      return await area.get(null);
    } catch (e) {
      throw failure('read your annotations', e);
    }
  }

  /** load(): every annotation (migrated), moving unreadable records aside and writing migrated ones back. */
  async function load(): Promise<LoadResult> {
    const all = await readAll();
    const annotations: Annotation[] = [];
    const problems: string[] = [];
    const migrated: Record<string, unknown> = {};
    const bad: Record<string, QuarantinedRecord> = {};
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(RECORD_PREFIX)) continue;
      try {
        const record = upgrade(value);
        annotations.push(fromStored(record));
        if ((value as { v?: unknown }).v !== SCHEMA_VERSION) migrated[key] = record;
      } catch (e) {
        if (!(e instanceof CorruptRecord)) throw e;
        bad[QUARANTINE_PREFIX + key] = { key, reason: e.message, at: now().toISOString(), value };
      }
    }
    const badKeys = Object.values(bad).map((q) => q.key);
    let quarantined = Object.keys(all).filter((k) => k.startsWith(QUARANTINE_PREFIX)).length;
    if (badKeys.length) {
      try {
        await area.set(bad); // the copy first: the original goes only once the copy is safe
        await area.remove(badKeys);
        quarantined += badKeys.length;
        problems.push(`${badKeys.length} saved annotation${badKeys.length > 1 ? 's' : ''} could not be read and ${badKeys.length > 1 ? 'were' : 'was'} set aside (kept, not deleted).`);
      } catch (e) {
        problems.push(`${badKeys.length} saved annotation record(s) could not be read; they are left where they are (${String(e)}).`);
      }
    }
    if (Object.keys(migrated).length) {
      try {
        await area.set({ ...migrated, [META_KEY]: { schema: SCHEMA_VERSION } });
      } catch {
        // The old records stay as they were and are migrated again on the next read: nothing to tell.
      }
    }
    annotations.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1));
    return { annotations, quarantined, problems };
  }

  /** put(a): creates or replaces one annotation. Throws StorageFailure; the old version stays on failure. */
  async function put(a: Annotation): Promise<void> {
    try {
      await area.set({ [RECORD_PREFIX + a.id]: toStored(a) });
    } catch (e) {
      throw failure('save this annotation', e);
    }
  }

  /** putMany(list): one atomic write for an import or an undo of several. */
  async function putMany(list: readonly Annotation[]): Promise<void> {
    if (!list.length) return;
    try {
      await area.set(Object.fromEntries(list.map((a) => [RECORD_PREFIX + a.id, toStored(a)])));
    } catch (e) {
      throw failure(`save ${list.length} annotations`, e);
    }
  }

  /** remove(id): deletes one annotation (the caller keeps it for undo). */
  async function remove(id: string): Promise<void> {
    try {
      await area.remove(RECORD_PREFIX + id);
    } catch (e) {
      throw failure('delete this annotation', e);
    }
  }

  /** quarantine(): the records set aside, for the reader to see or export. */
  async function quarantine(): Promise<QuarantinedRecord[]> {
    const all = await readAll();
    return Object.entries(all).filter(([k]) => k.startsWith(QUARANTINE_PREFIX)).map(([, v]) => v as QuarantinedRecord);
  }

  return { load, put, putMany, remove, quarantine };
}

export type AnnotationStore = ReturnType<typeof createStore>;

/** memoryArea(): an in-memory KeyValueArea (tests, and a fallback when storage is unavailable). */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const pick = keys ?? Object.keys(data);
      return structuredClone(Object.fromEntries(pick.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

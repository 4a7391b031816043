import type { Settings } from './settings';
import type { SitePatch } from './settings';
import { defaultSettings, withSite } from './settings';
import type { LoadProblem } from './settings-migrations';
import { loadSettings } from './settings-migrations';

// Where settings live: browser.storage.sync where the browser offers it, else (or when sync refuses, e.g. over
// quota) browser.storage.local. The store is given its storage areas, so tests pass in-memory ones.

/** The part of a browser.storage area the store uses. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEY = 'settings';
/** In local storage: a copy of stored data that could not be used as it was. */
export const BACKUP_KEY = 'liveline:settings-backup';
/** In local storage: "local" once sync refused our data; settings then live in local storage. */
export const AREA_KEY = 'liveline:settings-area';

export interface SettingsBackup {
  savedAt: string;
  problem: LoadProblem;
  data: unknown;
}

export interface SettingsStore {
  /** The current settings; never throws, never returns damaged data. */
  load(): Promise<Settings>;
  /** Applies fn to the current settings and saves the result (updates run one at a time). */
  update(fn: (s: Settings) => Settings): Promise<Settings>;
  /** The last copy kept of unusable stored data, if any. */
  backup(): Promise<SettingsBackup | null>;
  /** Same as load() (the shell's name for it). */
  get(): Promise<Settings>;
  /** update() with withSite(host, patch). */
  setSite(host: string, patch: SitePatch): Promise<Settings>;
  /** Where settings are written now. */
  areaName(): Promise<'sync' | 'local'>;
}

/** createSettingsStore(areas, now): a store over the given areas. Touches only those areas. */
export function createSettingsStore(
  areas: { sync?: StorageAreaLike; local: StorageAreaLike },
  now: () => Date = () => new Date(),
): SettingsStore {
  const { local } = areas;
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (area: StorageAreaLike, key: string): Promise<unknown> => (await area.get(key))[key];
  const primary = async (): Promise<StorageAreaLike> => {
    if (!areas.sync) return local;
    try {
      return (await read(local, AREA_KEY)) === 'local' ? local : areas.sync;
    } catch {
      return areas.sync;
    }
  };

  const keepCopy = async (problem: LoadProblem, data: unknown) => {
    const old = (await read(local, BACKUP_KEY).catch(() => undefined)) as SettingsBackup | undefined;
    if (old && JSON.stringify(old.data) === JSON.stringify(data)) return;
    await local.set({ [BACKUP_KEY]: { savedAt: now().toISOString(), problem, data } }).catch(() => undefined);
  };

  const save = async (settings: Settings) => {
    const area = await primary();
    try {
      await area.set({ [SETTINGS_KEY]: settings });
    } catch (err) {
      if (area === local) throw err;
      await local.set({ [SETTINGS_KEY]: settings, [AREA_KEY]: 'local' });
    }
  };

  const load = async (): Promise<Settings> => {
    let raw: unknown;
    try {
      raw = await read(await primary(), SETTINGS_KEY);
    } catch {
      try {
        raw = await read(local, SETTINGS_KEY);
      } catch {
        return defaultSettings();
      }
    }
    const loaded = loadSettings(raw);
    if (loaded.problem) await keepCopy(loaded.problem, raw);
    if (loaded.migratedFrom !== null || loaded.problem === 'repaired') await save(loaded.settings).catch(() => undefined);
    return loaded.settings;
  };

  const update = (fn: (s: Settings) => Settings): Promise<Settings> => {
    const next = queue.then(async () => {
      const settings = fn(await load());
      await save(settings);
      return settings;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const backup = async () => ((await read(local, BACKUP_KEY).catch(() => undefined)) as SettingsBackup | undefined) ?? null;

  const areaName = async () => ((await primary()) === local ? 'local' : 'sync') as 'sync' | 'local';
  const setSite = (host: string, patch: SitePatch) => update((s) => withSite(s, host, patch));
  return { load, update, backup, get: load, setSite, areaName };
}

/** memoryArea(): an in-memory StorageAreaLike (tests, and a last resort where no storage exists). */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

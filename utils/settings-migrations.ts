import { CLUTTER_KINDS } from './pipeline/types';
import type { FeatureId, ReadingOrder, Settings, SiteSettings } from './settings';
import { FEATURE_IDS, READING_ORDERS, SETTINGS_VERSION, defaultSettings } from './settings';

// Stored settings → current Settings. Pure. Every earlier schema version has a migration to the next one; data
// that is damaged or from a future version is never trusted: the caller gets defaults and keeps a copy.

/** Why stored data was not used as it was: damaged (unreadable), future (newer schema), repaired (parts dropped). */
export type LoadProblem = 'damaged' | 'future' | 'repaired';

export interface LoadedSettings {
  settings: Settings;
  problem: LoadProblem | null;
  /** The version the stored data had, when it was migrated. */
  migratedFrom: number | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** MIGRATIONS[n] turns a version n-1 object into a version n object. */
const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  // v2 adds reading order, the in-page panel and "new since your last visit" to the defaults; sites inherit them.
  2: (v1) => ({
    ...v1,
    version: 2,
    defaults: { ...(isObj(v1.defaults) ? v1.defaults : {}), order: 'page', panel: true, markNew: true },
  }),
};

/** loadSettings(raw): whatever storage held (undefined when nothing) → settings to use, and what was wrong. */
export function loadSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problem: null, migratedFrom: null };
  if (!isObj(raw) || !Number.isInteger(raw.version) || (raw.version as number) < 1) {
    return { settings: defaultSettings(), problem: 'damaged', migratedFrom: null };
  }
  const version = raw.version as number;
  if (version > SETTINGS_VERSION) return { settings: defaultSettings(), problem: 'future', migratedFrom: null };
  let data: Obj = raw;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) data = MIGRATIONS[v](data);
  const { settings, repaired } = sanitize(data);
  return { settings, problem: repaired ? 'repaired' : null, migratedFrom: version < SETTINGS_VERSION ? version : null };
}

/** sanitize(current-version object): keeps every valid choice, replaces or drops what is not valid. */
function sanitize(data: Obj): { settings: Settings; repaired: boolean } {
  const fallback = defaultSettings();
  let repaired = !isObj(data.defaults) || !isObj(data.sites);
  const d = readSite(isObj(data.defaults) ? data.defaults : {}, fallback.defaults, true);
  repaired ||= d.repaired;
  const defaults = { ...fallback.defaults, ...d.site } as SiteSettings;
  const sites: Record<string, Partial<SiteSettings>> = {};
  for (const [host, value] of Object.entries(isObj(data.sites) ? data.sites : {})) {
    if (!isHost(host) || !isObj(value)) {
      repaired = true;
      continue;
    }
    const s = readSite(value, defaults, false);
    repaired ||= s.repaired;
    sites[host] = s.site;
  }
  return { settings: { version: SETTINGS_VERSION, defaults, sites }, repaired };
}

/** readSite: the valid fields of one stored site object (all fields required when `complete`). */
function readSite(o: Obj, base: SiteSettings, complete: boolean): { site: Partial<SiteSettings>; repaired: boolean } {
  const site: Partial<SiteSettings> = {};
  let repaired = false;
  const check = <K extends keyof SiteSettings>(key: K, ok: (v: unknown) => boolean) => {
    if (!(key in o)) {
      repaired ||= complete;
      return;
    }
    if (ok(o[key])) site[key] = o[key] as SiteSettings[K];
    else repaired = true;
  };
  check('cleanView', (v) => v === null || typeof v === 'boolean');
  check('order', (v) => READING_ORDERS.includes(v as ReadingOrder));
  check('panel', (v) => typeof v === 'boolean');
  check('markNew', (v) => typeof v === 'boolean');
  for (const [key, ids] of [['clutter', CLUTTER_KINDS], ['features', FEATURE_IDS]] as const) {
    if (!(key in o)) {
      repaired ||= complete;
      continue;
    }
    const rec = o[key];
    if (!isObj(rec)) {
      repaired = true;
      continue;
    }
    const out: Record<string, boolean> = { ...base[key] };
    for (const [k, v] of Object.entries(rec)) {
      if ((ids as readonly string[]).includes(k) && typeof v === 'boolean') out[k] = v;
      else repaired = true;
    }
    (site as Obj)[key] = out as Record<FeatureId, boolean>;
  }
  return { site, repaired };
}

/** isHost(s): a host name as URL.hostname gives it (lower case, no port, no path). */
export function isHost(s: string): boolean {
  if (!s || s.length > 253) return false;
  try {
    return new URL(`http://${s}/`).hostname === s;
  } catch {
    return false;
  }
}

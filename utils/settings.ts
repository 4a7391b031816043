import type { ClutterKind } from './pipeline/types';
import { CLUTTER_KINDS } from './pipeline/types';

// Reader settings, stored in browser storage by the background (utils/settings-store.ts).
// "Per site" means per host name. Schema version 1 was the first release; utils/settings-migrations.ts brings any
// earlier version up to SETTINGS_VERSION and never drops a reader's choices.

export const SETTINGS_VERSION = 2;

export type FeatureId = 'clutter' | 'topics' | 'claims' | 'annotations';
export const FEATURE_IDS: readonly FeatureId[] = ['clutter', 'topics', 'claims', 'annotations'];

/** Reading order of the entries: as the page has them, newest first, or oldest first (v2). */
export type ReadingOrder = 'page' | 'newest' | 'oldest';
export const READING_ORDERS: readonly ReadingOrder[] = ['page', 'newest', 'oldest'];

export interface SiteSettings {
  /** Clean view for this site: true/false by the reader's choice; null = automatic (on for live blogs). */
  cleanView: boolean | null;
  /** Which clutter categories the clean view hides. */
  clutter: Record<ClutterKind, boolean>;
  features: Record<FeatureId, boolean>;
  /** v2: reading order of the entries. */
  order: ReadingOrder;
  /** v2: show the in-page panel (topics, key events, sources) on live blogs. */
  panel: boolean;
  /** v2: mark entries that arrived since the reader last had the page open. */
  markNew: boolean;
}

export interface Settings {
  version: number;
  /** Defaults for sites the reader has not configured. */
  defaults: SiteSettings;
  /** host name → the reader's choices for that site (only what differs from the defaults). */
  sites: Record<string, Partial<SiteSettings>>;
}

const CLUTTER_DEFAULTS: Record<ClutterKind, boolean> = Object.fromEntries(
  CLUTTER_KINDS.map((k) => [k, k !== 'social' && k !== 'ad']),
) as Record<ClutterKind, boolean>;

/** defaultSiteSettings(): what a site gets before the reader chooses anything. */
export function defaultSiteSettings(): SiteSettings {
  return {
    cleanView: null,
    clutter: { ...CLUTTER_DEFAULTS },
    features: { clutter: true, topics: true, claims: true, annotations: true },
    order: 'page',
    panel: true,
    markNew: true,
  };
}

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, defaults: defaultSiteSettings(), sites: {} };
}

/** siteSettings(settings, host): the effective settings for one host. Pure. */
export function siteSettings(settings: Settings, host: string): SiteSettings {
  const site = settings.sites[host] ?? {};
  const d = settings.defaults;
  return {
    cleanView: site.cleanView !== undefined ? site.cleanView : d.cleanView,
    clutter: { ...d.clutter, ...site.clutter },
    features: { ...d.features, ...site.features },
    order: site.order ?? d.order,
    panel: site.panel ?? d.panel,
    markNew: site.markNew ?? d.markNew,
  };
}

/** A patch to one site's settings: nested records may be given in part. */
export type SitePatch = Partial<Omit<SiteSettings, 'clutter' | 'features'>> & {
  clutter?: Partial<Record<ClutterKind, boolean>>;
  features?: Partial<Record<FeatureId, boolean>>;
};

/** withSite(settings, host, patch): a copy with the host's choices changed. Pure. */
export function withSite(settings: Settings, host: string, patch: SitePatch): Settings {
  const site = settings.sites[host] ?? {};
  const { clutter, features, ...flat } = patch;
  const merged: Partial<SiteSettings> = { ...site, ...flat };
  if (clutter) merged.clutter = { ...settings.defaults.clutter, ...site.clutter, ...clutter };
  if (features) merged.features = { ...settings.defaults.features, ...site.features, ...features };
  return { ...settings, sites: { ...settings.sites, [host]: merged } };
}

/** withoutSite(settings, host): a copy that forgets the host (it follows the defaults again). Pure. */
export function withoutSite(settings: Settings, host: string): Settings {
  const sites = { ...settings.sites };
  delete sites[host];
  return { ...settings, sites };
}

/** withDefaults(settings, patch): a copy with the defaults for new sites changed. Pure. */
export function withDefaults(settings: Settings, patch: SitePatch): Settings {
  const d = settings.defaults;
  const { clutter, features, ...flat } = patch;
  return {
    ...settings,
    defaults: { ...d, ...flat, clutter: { ...d.clutter, ...clutter }, features: { ...d.features, ...features } },
  };
}

/** hostOf(url): the host name settings are keyed by ("" for URLs without one). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

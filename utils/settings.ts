import type { ClutterKind } from './pipeline/types';
import { CLUTTER_KINDS } from './pipeline/types';

// Reader settings, stored in browser storage by the background (see entrypoints/background.ts).
// "Per site" means per host name. Schema version 1 is the first release; later versions add migrations
// (utils/settings-migrations.ts) and never drop a reader's choices.

export const SETTINGS_VERSION = 1;

export type FeatureId = 'clutter' | 'topics' | 'claims' | 'annotations';

export interface SiteSettings {
  /** Clean view for this site: true/false by the reader's choice; null = automatic (on for live blogs). */
  cleanView: boolean | null;
  /** Which clutter categories the clean view hides. */
  clutter: Record<ClutterKind, boolean>;
  features: Record<FeatureId, boolean>;
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

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    defaults: {
      cleanView: null,
      clutter: { ...CLUTTER_DEFAULTS },
      features: { clutter: true, topics: true, claims: true, annotations: true },
    },
    sites: {},
  };
}

/** siteSettings(settings, host): the effective settings for one host. Pure. */
export function siteSettings(settings: Settings, host: string): SiteSettings {
  const site = settings.sites[host] ?? {};
  return {
    cleanView: site.cleanView ?? settings.defaults.cleanView,
    clutter: { ...settings.defaults.clutter, ...site.clutter },
    features: { ...settings.defaults.features, ...site.features },
  };
}

/** withSite(settings, host, patch): a copy with the host's choices changed. Pure. */
export function withSite(settings: Settings, host: string, patch: Partial<SiteSettings>): Settings {
  const site = settings.sites[host] ?? {};
  const merged: Partial<SiteSettings> = {
    ...site,
    ...patch,
    ...(patch.clutter ? { clutter: { ...settings.defaults.clutter, ...site.clutter, ...patch.clutter } } : {}),
    ...(patch.features ? { features: { ...settings.defaults.features, ...site.features, ...patch.features } } : {}),
  };
  return { ...settings, sites: { ...settings.sites, [host]: merged } };
}

/** hostOf(url): the host name settings are keyed by ("" for URLs without one). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

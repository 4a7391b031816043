import type { ClutterKind } from './pipeline/types';
import type { Settings, SiteSettings } from './settings';

// The one typed message vocabulary between popup / options / panel, background and content scripts.
// Senders use `send*` helpers so both ends agree on shapes.

/** What the content script tells the popup about its page. */
export interface PageStatus {
  isLiveBlog: boolean;
  signals: string[];
  entryCount: number;
  /** ISO time of the newest entry, or null. */
  newest: string | null;
  host: string;
  cleanView: boolean;
  hiddenByKind: Partial<Record<ClutterKind, number>>;
  topicCount: number;
  claimCount: number;
  annotationCount: number;
}

export type Message =
  | { type: 'liveline:detected'; signals: string[] } // detector → background: inject the full pipeline
  | { type: 'liveline:status' } // popup → content: PageStatus
  | { type: 'liveline:settings-changed'; host: string; site: SiteSettings } // background → content
  | { type: 'liveline:get-settings' } // any → background: Settings
  | { type: 'liveline:set-site'; host: string; patch: Partial<SiteSettings> }; // popup → background: Settings

export type { Settings, SiteSettings };

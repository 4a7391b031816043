import type { ClutterKind, StageName } from './pipeline/types';
import type { Settings, SitePatch, SiteSettings } from './settings';

// The one typed message vocabulary between popup / options / panel, background and content scripts.
// Senders use the Connector (utils/connector.ts) or `Message` literals so both ends agree on shapes.

/** What the content script tells the popup about its page. */
export interface PageStatus {
  isLiveBlog: boolean;
  signals: string[];
  entryCount: number;
  /** ISO time of the newest entry, or null. */
  newest: string | null;
  host: string;
  cleanView: boolean;
  /** Clutter blocks hidden on the page now, by category (only what the clean view actually hides). */
  hiddenByKind: Partial<Record<ClutterKind, number>>;
  /** Clutter blocks found on the page, by category, hidden or not (a category switched off leaves them visible). */
  foundByKind?: Partial<Record<ClutterKind, number>>;
  /** True while "show what was hidden" reveals the hidden blocks in place. */
  showingHidden?: boolean;
  topicCount: number;
  claimCount: number;
  annotationCount: number;
  /** Entries that arrived since the reader last had this page open (optional until the panel reports it). */
  newSinceVisit?: number;
  keyEventCount?: number;
  /** What went wrong in Liveline on this page (never thrown into the page), or null. */
  error?: string | null;
  /** ms per pipeline stage in the last (re-)analysis of the page. */
  timings?: Partial<Record<StageName, number>>;
}

/** Keyboard commands (manifest "commands"); the background forwards them to the active tab. */
export type CommandName = 'toggle-clean-view' | 'next-entry' | 'previous-entry' | 'toggle-panel' | 'toggle-show-hidden';
export const COMMAND_NAMES: readonly CommandName[] = ['toggle-clean-view', 'next-entry', 'previous-entry', 'toggle-panel', 'toggle-show-hidden'];

/** Result of importing a settings file. */
export type ImportResult = { ok: true; settings: Settings; repaired: boolean } | { ok: false; error: 'damaged' | 'future' };

export type Message =
  | { type: 'liveline:detected'; signals: string[] } // detector → background: inject the full pipeline
  | { type: 'liveline:status' } // popup → content: PageStatus
  | { type: 'liveline:settings-changed'; host: string; site: SiteSettings } // background → content
  | { type: 'liveline:get-settings' } // any → background: Settings
  | { type: 'liveline:set-site'; host: string; patch: SitePatch } // popup/options → background: Settings
  | { type: 'liveline:forget-site'; host: string } // options → background: Settings
  | { type: 'liveline:set-defaults'; patch: SitePatch } // options → background: Settings
  | { type: 'liveline:import-settings'; data: unknown } // options → background: ImportResult
  | { type: 'liveline:settings-backup' } // options → background: SettingsBackup | null (stored data that could not be used)
  | { type: 'liveline:command'; command: CommandName } // background → content: a keyboard command
  | { type: 'liveline:panel-snapshot' }; // tests → content: the panel's markup and styles (string | null)

/** The settings export file (options page). */
export interface SettingsFile {
  format: 'liveline-settings';
  exportedAt: string;
  settings: Settings;
}

export type { Settings, SitePatch, SiteSettings };

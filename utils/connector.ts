import type { CommandName, ImportResult, PageStatus } from './messaging';
import type { Settings, SitePatch } from './settings';
import { defaultSettings } from './settings';
import { handleSettingsMessage } from './settings-messages';
import type { SettingsBackup } from './settings-store';
import { createSettingsStore, memoryArea } from './settings-store';

// The one interface through which the popup and the options page reach the extension. The browser
// implementation (utils/connector-browser.ts) sends messages; the mock keeps everything in memory so the UI
// renders and is tested without a browser.

/** The page in the active tab: its host, and its status when Liveline runs there (null when it does not). */
export interface ActivePage {
  host: string;
  status: PageStatus | null;
}

export interface Connector {
  getPage(): Promise<ActivePage>;
  getSettings(): Promise<Settings>;
  setSite(host: string, patch: SitePatch): Promise<Settings>;
  forgetSite(host: string): Promise<Settings>;
  setDefaults(patch: SitePatch): Promise<Settings>;
  importSettings(data: unknown): Promise<ImportResult>;
  /** Sends a keyboard command to the active tab (as the shortcut would). */
  command(name: CommandName): Promise<void>;
  openOptions(): void;
  /** The copy kept of stored settings that could not be used (damaged, from a newer version), if any. */
  getBackup?(): Promise<SettingsBackup | null>;
  /** Opens the all-annotations extension page. */
  openAnnotations?(): void;
}

/** A mock Connector: settings in memory (through the real settings handlers), a fixed page, calls recorded. */
export function mockConnector(page: ActivePage | null = null, initial: Settings = defaultSettings()): Connector & { calls: string[] } {
  const store = createSettingsStore({ local: memoryArea({ settings: initial }) });
  const calls: string[] = [];
  const settingsCall = (m: Parameters<typeof handleSettingsMessage>[1]) => {
    calls.push(m.type.replace('liveline:', ''));
    return handleSettingsMessage(store, m);
  };
  return {
    calls,
    getPage: async () => page ?? { host: '', status: null },
    getSettings: () => settingsCall({ type: 'liveline:get-settings' }) as Promise<Settings>,
    setSite: (host, patch) => settingsCall({ type: 'liveline:set-site', host, patch }) as Promise<Settings>,
    forgetSite: (host) => settingsCall({ type: 'liveline:forget-site', host }) as Promise<Settings>,
    setDefaults: (patch) => settingsCall({ type: 'liveline:set-defaults', patch }) as Promise<Settings>,
    importSettings: (data) => settingsCall({ type: 'liveline:import-settings', data }) as Promise<ImportResult>,
    getBackup: () => settingsCall({ type: 'liveline:settings-backup' }) as Promise<SettingsBackup | null>,
    async command(name) {
      calls.push(`command:${name}`);
      // As the page does: the reveal mode is the page's, and its status says so.
      if (name === 'toggle-show-hidden' && page?.status) page = { ...page, status: { ...page.status, showingHidden: !page.status.showingHidden } };
    },
    openOptions: () => void calls.push('open-options'),
    openAnnotations: () => void calls.push('open-annotations'),
  };
}

/** A PageStatus for examples and tests. */
export function sampleStatus(over: Partial<PageStatus> = {}): PageStatus {
  return {
    isLiveBlog: true,
    signals: ['json-ld:LiveBlogPosting'],
    entryCount: 42,
    newest: '2024-12-15T06:41:00Z',
    host: 'www.example.com',
    cleanView: true,
    hiddenByKind: { subscription: 1, donation: 3, login: 1 },
    foundByKind: { subscription: 1, donation: 3, login: 1, ad: 2 },
    showingHidden: false,
    topicCount: 6,
    claimCount: 17,
    annotationCount: 0,
    ...over,
  };
}

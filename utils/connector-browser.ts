import browser from 'webextension-polyfill';
import type { Connector } from './connector';
import type { ImportResult, Message, PageStatus } from './messaging';
import type { Settings } from './settings';
import type { SettingsBackup } from './settings-store';
import { hostOf } from './settings';

// The Connector for extension pages (popup, options): messages to the background and to the active tab.

const send = <T>(m: Message) => browser.runtime.sendMessage(m) as Promise<T>;

/** The active tab; or, where the popup was opened as a page with ?tabUrl=… (browser tests), that tab. */
async function activeTab() {
  const wanted = new URLSearchParams(globalThis.location?.search ?? '').get('tabUrl');
  if (wanted) return (await browser.tabs.query({})).find((t) => t.url === wanted);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** browserConnector(): the real Connector. */
export function browserConnector(): Connector {
  return {
    async getPage() {
      const tab = await activeTab().catch(() => undefined);
      const host = hostOf(tab?.url ?? '');
      if (tab?.id === undefined) return { host, status: null };
      const status = (await browser.tabs.sendMessage(tab.id, { type: 'liveline:status' } satisfies Message).catch(() => null)) as PageStatus | null;
      return { host: status?.host || host, status: status ?? null };
    },
    getSettings: () => send<Settings>({ type: 'liveline:get-settings' }),
    setSite: (host, patch) => send<Settings>({ type: 'liveline:set-site', host, patch }),
    forgetSite: (host) => send<Settings>({ type: 'liveline:forget-site', host }),
    setDefaults: (patch) => send<Settings>({ type: 'liveline:set-defaults', patch }),
    importSettings: (data) => send<ImportResult>({ type: 'liveline:import-settings', data }),
    getBackup: () => send<SettingsBackup | null>({ type: 'liveline:settings-backup' }),
    async command(name) {
      const tab = await activeTab();
      if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'liveline:command', command: name } satisfies Message).catch(() => undefined);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    openAnnotations: () => void browser.tabs.create({ url: browser.runtime.getURL('/annotations.html') }),
  };
}

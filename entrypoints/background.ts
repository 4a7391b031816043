// Settings, messages, commands and injection; nothing about pages' content.
import browser, { type Runtime } from 'webextension-polyfill';
import { annotationsBackground } from '@/utils/annotations/background';
import { handleCommand } from '@/utils/commands';
import type { Message, PageStatus, SitePatch } from '@/utils/messaging';
import { hostOf, siteSettings, type Settings } from '@/utils/settings';
import { changedSettings, handleSettingsMessage, isSettingsMessage } from '@/utils/settings-messages';
import { createSettingsStore } from '@/utils/settings-store';

const FULL_SCRIPT = '/content-scripts/liveline.js';

export default defineBackground(() => {
  const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local });

  /** Injects the full pipeline into one frame; a page that forbids it (store pages, PDFs) is left alone.
   *  Injecting twice is harmless: the script keeps one copy per frame (utils/page/presence.ts). */
  const inject = async (tabId: number, frameId = 0): Promise<void> => {
    try {
      if (import.meta.env.MANIFEST_VERSION === 3) {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FULL_SCRIPT] });
      } else {
        await browser.tabs.executeScript(tabId, { file: FULL_SCRIPT, frameId, runAt: 'document_idle' });
      }
    } catch (e) {
      console.debug('liveline: cannot inject', tabId, e);
    }
  };

  /** After a settings change: every tab hears its site's settings; sites forced on get the pipeline. */
  const tellTabs = async (settings: Settings): Promise<void> => {
    for (const tab of await browser.tabs.query({})) {
      const host = hostOf(tab.url ?? '');
      if (tab.id === undefined || !host) continue;
      const site = siteSettings(settings, host);
      if (site.cleanView === true) await inject(tab.id);
      const changed: Message = { type: 'liveline:settings-changed', host, site };
      browser.tabs.sendMessage(tab.id, changed).catch(() => {});
    }
  };

  const onSettingsMessage = async (msg: Parameters<typeof handleSettingsMessage>[1]) => {
    const reply = await handleSettingsMessage(store, msg);
    const settings = changedSettings(msg, reply);
    if (settings) void tellTabs(settings);
    return reply;
  };

  const onAnnotationMessage = annotationsBackground(browser);

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const msg = raw as Message;
    if (msg?.type === 'liveline:detected') {
      if (sender.tab?.id !== undefined) void inject(sender.tab.id, sender.frameId ?? 0);
      return undefined;
    }
    if (isSettingsMessage(msg)) return onSettingsMessage(msg);
    const annotationReply = onAnnotationMessage(msg);
    if (annotationReply) return annotationReply;
    return undefined;
  });

  // The reader forced the clean view on for a site: inject even where the detector did not fire.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    const host = info.status === 'complete' ? hostOf(tab.url ?? '') : '';
    if (!host) return;
    store
      .load()
      .then((s) => (siteSettings(s, host).cleanView === true ? inject(tabId) : undefined))
      .catch(() => {});
  });

  browser.commands?.onCommand.addListener((name: string) => {
    void handleCommand(name, {
      activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
      status: async (tabId) => ((await browser.tabs.sendMessage(tabId, { type: 'liveline:status' } satisfies Message)) as PageStatus) ?? null,
      settings: () => store.load(),
      setSite: (host: string, patch: SitePatch) => onSettingsMessage({ type: 'liveline:set-site', host, patch }),
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    });
  });
});

// The full pipeline, injected by the background only where the cheap detector fired (or the reader forced the
// clean view on). Wiring only: settings → LiveView (pipeline → features → observer) → answer messages.
import browser from 'webextension-polyfill';
import type { Message } from '@/utils/messaging';
import { LiveView } from '@/utils/page/live-view';
import { claimFullScript, releaseFullScript } from '@/utils/page/presence';
import { notLiveStatus } from '@/utils/page/status';
import { defaultSettings, hostOf, siteSettings, type Settings } from '@/utils/settings';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    if (!claimFullScript(ctx)) return;
    const host = hostOf(location.href);
    let view: LiveView | null = null;
    let failure: string | null = null;
    const attempt = <T>(fn: () => T): T | undefined => {
      try {
        return fn();
      } catch (e) {
        failure = `liveline: ${e instanceof Error ? e.message : String(e)}`;
        return undefined;
      }
    };

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const msg = raw as Message;
      if (msg?.type === 'liveline:status') {
        return Promise.resolve(attempt(() => view?.status()) ?? { ...notLiveStatus(host), error: failure });
      }
      if (msg?.type === 'liveline:settings-changed') {
        if (msg.host === host) attempt(() => view?.setSite(msg.site));
        return undefined;
      }
      const reply = attempt(() => view?.message(msg));
      return reply === undefined ? undefined : Promise.resolve(reply);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      attempt(() => view?.stop());
      releaseFullScript(ctx);
    });

    let settings: Settings = defaultSettings();
    try {
      settings = ((await browser.runtime.sendMessage({ type: 'liveline:get-settings' } satisfies Message)) as Settings) ?? settings;
    } catch {
      // Background unreachable: defaults.
    }
    if (ctx.isInvalid) return;
    attempt(() => {
      view = new LiveView({
        doc: document,
        url: location.href,
        site: siteSettings(settings, host),
        timers: {
          setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
          clearTimeout: (id) => clearTimeout(id),
          now: () => performance.now(),
        },
      });
      view.start();
    });
  },
});

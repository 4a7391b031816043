// Runs on every page, so it stays tiny: the cheap detector, one message when it fires, and the popup's
// "Not a live blog" answer where the full script is absent. It uses the browser's own `browser`/`chrome`
// (wxt/browser), not webextension-polyfill: the polyfill is ~10 KB minified, two thirds of the budget, and the
// two calls made here (sendMessage, which returns a promise natively in MV3 Chrome and in Firefox, and a
// synchronous sendResponse) work the same in both browsers without it.
import { browser } from 'wxt/browser';
import { quickDetect } from '@/utils/pipeline/detect-cheap';
import { fullScriptPresent } from '@/utils/page/presence';
import { notLiveStatus } from '@/utils/page/status';

/** A page that builds its live blog with scripts may only look like one a little after load. */
const SECOND_LOOK_MS = 2500;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let signals: string[] = [];
    let fired = false;
    const look = () => {
      if (fired || ctx.isInvalid) return;
      try {
        const q = quickDetect(document, location.href);
        signals = q.signals;
        if (!q.fire) return;
        fired = true;
        browser.runtime.sendMessage({ type: 'liveline:detected', signals }).catch(() => {});
      } catch {
        // Never throw into the page; the popup says "Not a live blog".
      }
    };
    look();
    ctx.setTimeout(look, SECOND_LOOK_MS);

    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void): false => {
      if ((msg as { type?: string } | null)?.type === 'liveline:status' && !fullScriptPresent()) {
        sendResponse(notLiveStatus(location.hostname, signals));
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

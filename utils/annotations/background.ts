// The background's side of annotations: the one store (browser.storage.local), answers to the page and the
// extension pages, and a nudge to open tabs when a page's annotations changed elsewhere. `browser` is passed in.
import type { Browser } from 'webextension-polyfill';
import { handleAnnotationMessage, isAnnotationRequest, type AnnotationMessage } from './messages';
import { createStore } from './store';

export const OPEN_LIST = 'liveline:ann-open-list';
export const LIST_PAGE = '/annotations.html';

/** annotationsBackground(browser): the onMessage part for annotations; returns undefined for other messages. */
export function annotationsBackground(browser: Pick<Browser, 'storage' | 'tabs' | 'runtime'>) {
  const area = browser.storage.local;
  const store = createStore(area);
  const tellTabs = async (pageUrl?: string): Promise<void> => {
    for (const tab of await browser.tabs.query({}).catch(() => [])) {
      if (tab.id === undefined) continue;
      const changed: AnnotationMessage = { type: 'liveline:ann-changed', pageUrl: pageUrl ?? '' };
      browser.tabs.sendMessage(tab.id, changed).catch(() => {});
    }
  };
  return (msg: unknown): Promise<unknown> | undefined => {
    if ((msg as { type?: string })?.type === OPEN_LIST) {
      void browser.tabs.create({ url: browser.runtime.getURL(LIST_PAGE as '/annotations.html') });
      return Promise.resolve(true);
    }
    if (!isAnnotationRequest(msg)) return undefined;
    return handleAnnotationMessage(store, area, msg).then((reply) => {
      const changes = msg.type === 'liveline:ann-put' || msg.type === 'liveline:ann-delete' || msg.type === 'liveline:ann-import';
      if (changes && (reply as { ok?: boolean }).ok) void tellTabs(msg.type === 'liveline:ann-put' ? msg.annotation.pageUrl : undefined);
      return reply;
    });
  };
}

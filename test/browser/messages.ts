// Messages from an extension page (the popup, the options or annotations page, opened as a tab): to the content
// script of a tab, or to the background, as the extension's own pages send them.
import type { TestPage } from './harness';

/** The part of the extension API these helpers use, in an extension page (browser in Firefox, chrome in Chromium). */
interface ExtApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

/** toTab(extPage, pageUrl, message): sends a message to the content script of the tab showing pageUrl; its reply. */
export function toTab<T>(extPage: TestPage, pageUrl: string, message: unknown): Promise<T> {
  return extPage.evaluate(
    async ({ url, message }: { url: string; message: unknown }) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
      const api = g.browser ?? g.chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return api.tabs.sendMessage(tab.id, message);
    },
    { url: pageUrl, message },
  ) as Promise<T>;
}

/** toBackground(extPage, message): sends a message to the background; its reply. */
export function toBackground<T>(extPage: TestPage, message: unknown): Promise<T> {
  return extPage.evaluate((message: unknown) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    return (g.browser ?? g.chrome).runtime.sendMessage(message);
  }, message) as Promise<T>;
}

/** setSite(extPage, host, patch): changes the host's settings, as the popup does. */
export async function setSite(extPage: TestPage, host: string, patch: Record<string, unknown>): Promise<void> {
  await toBackground(extPage, { type: 'liveline:set-site', host, patch });
}

/** forgetSite(extPage, host): the host follows the defaults again (tests share 127.0.0.1). */
export function forgetSite(extPage: TestPage, host: string): Promise<unknown> {
  return toBackground(extPage, { type: 'liveline:forget-site', host });
}

// Helpers for the UI browser tests: messages to a page's content script from an extension page, the panel's
// snapshot, axe-core runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Site, TestPage } from './harness';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The part of the extension API these helpers use, in an extension page (browser in Firefox, chrome in Chromium). */
interface ExtApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

/** toTab(extPage, pageUrl, message): sends a message to the content script of the tab showing pageUrl. */
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

/** forgetSite(extPage, host): the host follows the defaults again (tests share 127.0.0.1). */
export function forgetSite(extPage: TestPage, host: string): Promise<unknown> {
  return extPage.evaluate((host: string) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'liveline:forget-site', host });
  }, host);
}

/** panelSnapshot(extPage, pageUrl): the in-page panel's markup and styles (null while it is not there). */
export const panelSnapshot = (extPage: TestPage, pageUrl: string) => toTab<string | null>(extPage, pageUrl, { type: 'liveline:panel-snapshot' });

/** A plain page that shows a copy of the panel in an OPEN shadow root, for axe and for reading its text. */
export function servePanelHost(site: Site): string {
  return site.add('/panel-host.html', {
    html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panel copy</title></head><body><main><h1>Panel copy</h1></main></body></html>',
  });
}

/** showSnapshot(hostPage, html): puts the panel copy into the host page; returns its visible text. */
export function showSnapshot(hostPage: TestPage, html: string): Promise<string> {
  return hostPage.evaluate((html: string) => {
    document.getElementById('copy')?.remove();
    const host = document.createElement('div');
    host.id = 'copy';
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
    return host.shadowRoot!.textContent ?? '';
  }, html);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe(page): axe-core's violations in the page (shadow roots included). */
export async function axe(page: TestPage): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(async () => {
    const a = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await a.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

// The topic filter in the built extension, headless Chromium (MV3) and Firefox ESR (MV2), on a served corpus
// page: choosing a topic leaves exactly that topic's entries visible (the page's real CSS, not just markers);
// clearing the choice gives back the page exactly (serialised DOM equal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml } from '../corpus';
import { launch, poll, serve, type BrowserName, type BrowserSession, type Site, type TestPage } from './harness';
import { analyseInNode, serveCorpusPage } from './pages';

const PAGE = 'mirror-live-uk-riots-2024-08-05';

/** In an extension page: sends a message to the tab showing `url`; its reply. */
async function tellTab(arg: { url: string; msg: unknown }): Promise<unknown> {
  interface Tabs {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  }
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
  const ext = g.browser ?? g.chrome;
  const tab = (await ext.tabs.query({})).find((t) => t.url === arg.url);
  if (!tab?.id) return null;
  return ext.tabs.sendMessage(tab.id, arg.msg);
}

/** In the page: ids of the marked entries a reader can see. */
function visibleEntries(): string[] {
  return Array.from(document.querySelectorAll('[data-liveline-entry]'))
    .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
    .map((el) => el.getAttribute('data-liveline-entry')!);
}

const serialised = () => document.documentElement.outerHTML;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: BrowserSession;
  let site: Site;
  beforeAll(async () => {
    site = await serve();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it(`${PAGE}: a chosen topic shows exactly its entries; clearing restores the page`, async () => {
    const url = serveCorpusPage(site, PAGE);
    const expected = analyseInNode(pageHtml(PAGE), url);
    const topic = [...expected.topics].filter((t) => t.id !== 'other').sort((a, b) => b.entryIds.length - a.entryIds.length)[0];
    expect(topic.entryIds.length).toBeGreaterThan(1);
    const page = await browser.open(url);
    let ext: TestPage | null = null;
    try {
      await page.waitFor((n: number) => document.querySelectorAll('[data-liveline-entry]').length === n, expected.entries.length, 15_000, 'entries marked');
      const before = await page.evaluate(serialised);
      const visibleBefore = await page.evaluate(visibleEntries);
      expect(visibleBefore.length).toBe(expected.entries.length);

      ext = await browser.open(`${browser.extensionBase}popup.html`);
      const choose = (topics: string[]) => ext!.evaluate(tellTab, { url, msg: { type: 'liveline:topic-filter', topics } });
      const reply = (await poll(() => choose([topic.id]), (r) => !!r, 10_000, 'the page to answer')) as { shown: string[] };
      expect([...reply.shown].sort()).toEqual([...topic.entryIds].sort());
      const visible = await page.evaluate(visibleEntries);
      expect([...visible].sort(), `${PAGE} in ${name}: visible entries`).toEqual([...topic.entryIds].sort());

      await choose([]);
      expect(await page.evaluate(visibleEntries)).toEqual(visibleBefore);
      expect(await page.evaluate(serialised)).toBe(before);
    } catch (e) {
      await page.screenshot(`${name}-topics-failed`).catch(() => undefined);
      throw e;
    } finally {
      await ext?.close();
      await page.close();
    }
  });
});

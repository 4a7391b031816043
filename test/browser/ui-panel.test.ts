// This page's annotations in the in-page panel, in the built extension in headless Chromium (MV3) and Firefox
// ESR (MV2): a highlight made in the page and an orphan are listed with quote, note (as text) and tags; axe-core
// finds nothing in the panel with the list; reached by keyboard, choosing the highlight scrolls the page to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, serve, type BrowserName, type BrowserSession, type Site, type TestPage } from './harness';
import { SAMPLE_HTML } from './pages';
import { axe, panelSnapshot, servePanelHost, showSnapshot } from './ui-helpers';

const QUOTE = 'collection point for sandbags';
const NOTE = 'Ask the <b>council</b> & the volunteers';

/** Selects a quote in the page (main world) the way a reader's drag would leave it. */
function selectQuote(quote: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.nodeValue ?? '').indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + quote.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
    return true;
  }
  return false;
}

/** In an extension page: gives the page's one annotation a note and tags, and stores an orphan copy of it. */
async function annotate(arg: { note: string }): Promise<string> {
  type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; annotations: Array<Record<string, unknown> & { id: string; selectors: { page: { quote: { exact: string } } } }> }> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome).runtime;
  const [a] = (await runtime.sendMessage({ type: 'liveline:ann-list' })).annotations;
  await runtime.sendMessage({ type: 'liveline:ann-put', annotation: { ...a, note: arg.note, tags: ['sandbags', 'council'] } });
  const orphan = structuredClone(a);
  orphan.id = crypto.randomUUID();
  const gone = 'words this page never had';
  orphan.selectors.page.quote.exact = gone;
  const entry = (orphan.selectors as { entry?: { quote: { exact: string } } }).entry;
  if (entry) entry.quote.exact = gone;
  await runtime.sendMessage({ type: 'liveline:ann-put', annotation: { ...orphan, note: '', tags: [] } });
  return a.id;
}

const markOnScreen = () => {
  const r = document.querySelector('liveline-mark')?.getBoundingClientRect();
  return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
};

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: BrowserSession;
  let site: Site;
  let host: TestPage;

  beforeAll(async () => {
    site = await serve();
    browser = await launch(name);
    host = await browser.open(servePanelHost(site));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the panel lists this page’s annotations; choosing one by keyboard scrolls to its highlight', async () => {
    const url = site.add('/panel-annotations/live', { html: SAMPLE_HTML });
    const page = await browser.open(url);
    const popup = await browser.popup(url);
    try {
      await page.waitFor(() => !!document.querySelector('liveline-annotator'), undefined, 15_000, 'the annotations feature');
      expect(await page.evaluate(selectQuote, QUOTE)).toBe(true);
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar') === 'open', undefined, 5000, 'the toolbar');
      await page.press('Enter');
      await page.waitFor(() => document.querySelectorAll('liveline-mark').length > 0, undefined, 5000, 'the highlight');
      await page.press('Escape');
      const id = await popup.evaluate(annotate, { note: NOTE });

      const html = await poll(() => panelSnapshot(popup, url), (s) => !!s && s.includes('Not found on the page now') && s.includes('#council'), 10_000, 'both annotations in the panel');
      const text = await showSnapshot(host, html!);
      expect(text).toContain(QUOTE);
      expect(text).toContain(NOTE);
      expect(text).toContain('#sandbags');
      expect(html).not.toContain('<b>council');
      expect(await axe(host), 'axe, panel with annotations').toEqual([]);

      await page.evaluate(() => window.scrollTo(0, 0));
      // Firefox gives keys to the page again only once it is clicked, after the other tabs were used.
      await page.clickAt(4, 450);
      expect(await page.evaluate(markOnScreen), 'the highlight starts off screen').toBe(false);
      const focusedItem = () => host.evaluate(() => document.getElementById('copy')?.shadowRoot?.querySelector('[data-ll-focused]')?.closest('.ll-ann-item')?.getAttribute('data-annotation') ?? null);
      let on = false;
      for (let i = 0; i < 120 && !on; i++) {
        await page.press('Tab');
        if (!(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'liveline-ui'))) continue;
        await showSnapshot(host, (await panelSnapshot(popup, url)) ?? '');
        on = (await focusedItem()) === id;
      }
      expect(on, 'Tab reaches the annotation in the panel').toBe(true);
      await page.press('Enter');
      await page.waitFor(markOnScreen, undefined, 5000, 'the highlight on screen');
      expect(await page.evaluate(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar'))).toBe('editing');
      if (name === 'chromium') await page.screenshot('ui-chromium-panel-annotations');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

// The built extension in headless Chromium (MV3) and Firefox ESR (MV2): verdict and entry count equal the
// Node pipeline's on corpus pages, the popup shows them, and its figures follow a page that keeps appending.
import { expect, it } from 'vitest';
import { pageHtml } from '../corpus';
import { setSite, toTab } from './messages';
import { analyseInNode, expectedPopup, SAMPLE_HTML, serveCorpusPage, serveSample, STATUS_SELECTOR } from './pages';
import { inEachBrowser, openWithView, viewOn } from './suite';

/** Live and non-live pages of different makes; small enough to keep the run short. */
const PAGES = [
  'seed-independent-ukraine',
  'guardian-live-russia-ukraine-2023-05-15',
  'br24-nahost-ticker-2024-08-26',
  'guardian-article-uk-economy-2023-05-12',
  'forum-beersmith-thread',
  'blog-python-org',
];

const entryMarks = () => document.querySelectorAll('[data-liveline-entry]').length;

inEachBrowser((suite) => {
  const { name } = suite;
  it.each(PAGES)('%s: verdict and entry count equal the pipeline in Node; the popup shows them', async (id) => {
    const url = serveCorpusPage(suite.site, id);
    const expected = analyseInNode(pageHtml(id), url);
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    try {
      const want = await expectedPopup(expected, popup);
      const shown = await popup.waitForText(STATUS_SELECTOR, (t) => t === want, 15_000).catch(async (e) => {
        await page.screenshot(`${name}-${id}-failed`);
        throw e;
      });
      expect(shown, `${id} in ${name}`).toBe(want);
      if (expected.detection.isLiveBlog) {
        await page.waitFor(viewOn, undefined, 10_000, 'the view to be applied');
        expect(await page.evaluate(entryMarks), `${id}: marked entries`).toBe(expected.entries.length);
        await page.screenshot(`${name}-${id}`); // for people to look at: the page with Liveline's view on
      } else {
        await new Promise((r) => setTimeout(r, 600)); // a late injection would change the answer
        expect(await popup.text(STATUS_SELECTOR), `${id} stays not live`).toBe(want);
        expect(await page.evaluate(viewOn), `${id}: nothing applied`).toBe(false);
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('follows a page that appends an entry every 300 ms (popup within a second), then removes and edits one', async () => {
    const LIMIT = 15;
    const url = serveSample(suite.site, `?append=300&limit=${LIMIT}`);
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    try {
      const base = analyseInNode(SAMPLE_HTML, url).entries.length;
      expect(base, 'the sample page has entries in Node').toBeGreaterThanOrEqual(5);
      const lags: number[] = [];
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 650));
        const appended = Number(await page.evaluate(() => document.documentElement.getAttribute('data-sample-appended') ?? 0));
        const t0 = Date.now();
        await popup.waitForText(STATUS_SELECTOR, (t) => entryCount(t) >= base + appended, 1500);
        lags.push(Date.now() - t0);
      }
      const timings = (await toTab<{ timings?: unknown }>(popup, url, { type: 'liveline:status' })).timings;
      expect(Math.max(...lags), `popup lag in ms: ${lags.join(', ')}; last analysis ${JSON.stringify(timings)}`).toBeLessThan(1000);
      // The page stops after LIMIT entries: then every one of them is marked and counted.
      await page.waitFor((n) => document.documentElement.getAttribute('data-sample-appended') === String(n), LIMIT, 10_000, 'the page to finish');
      await popup.waitForText(STATUS_SELECTOR, (t) => entryCount(t) === base + LIMIT, 1500);
      await page.waitFor((n) => document.querySelectorAll('[data-liveline-entry]').length === n, base + LIMIT, 1500, 'every entry marked');
      // An entry removed and one edited by the page: followed too.
      await page.evaluate(() => {
        document.getElementById('post-105')!.remove();
        document.querySelector('#post-106 p:last-of-type')!.append(' Update: the gauge has been checked again.');
      });
      await popup.waitForText(STATUS_SELECTOR, (t) => entryCount(t) === base + LIMIT - 1, 1500);
      await page.waitFor((n) => document.querySelectorAll('[data-liveline-entry]').length === n, base + LIMIT - 1, 1500, 'the removed entry gone');
      expect(await page.evaluate(() => document.getElementById('post-106')!.getAttribute('data-liveline-entry'))).toBe('post-106');
      await page.screenshot(`${name}-appending-page`);
      await popup.screenshot(`${name}-appending-popup`);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('clean view off for the site: the page is exactly as loaded without Liveline; back on: applied again', async () => {
    const url = serveSample(suite.site);
    const page = await openWithView(suite.browser, url);
    const popup = await suite.browser.popup(url);
    try {
      const host = new URL(url).hostname;
      await setSite(popup, host, { cleanView: false });
      await page.waitFor(() => !document.documentElement.hasAttribute('data-liveline'), undefined, 5000, 'the view to be removed');
      const restored = await page.evaluate(() => document.documentElement.outerHTML);
      const fresh = await suite.browser.open(url); // site is off: Liveline writes nothing here
      await new Promise((r) => setTimeout(r, 500));
      const untouched = await fresh.evaluate(() => document.documentElement.outerHTML);
      await fresh.close();
      expect(restored).toBe(untouched);
      expect(restored).not.toContain('data-liveline');
      await setSite(popup, host, { cleanView: null });
      await page.waitFor(viewOn, undefined, 5000, 'the view to come back');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('clean view forced on for the site: the pipeline is injected where the detector did not fire; reload too', async () => {
    const id = 'blog-python-org';
    const url = serveCorpusPage(suite.site, id);
    expect(analyseInNode(pageHtml(id), url).detection.isLiveBlog, 'a page the detector passes over').toBe(false);
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    const host = new URL(url).hostname;
    try {
      expect(await page.evaluate(viewOn)).toBe(false);
      await setSite(popup, host, { cleanView: true });
      await page.waitFor(viewOn, undefined, 5000, 'the forced view (injected on the settings change)');
      await page.reload();
      await page.waitFor(viewOn, undefined, 8000, 'the forced view after a reload (injected on tabs.onUpdated)');
    } finally {
      await setSite(popup, host, { cleanView: null });
      await popup.close();
      await page.close();
    }
  });
});

function entryCount(line: string): number {
  return Number(/(\d+) entr/.exec(line)?.[1] ?? -1);
}

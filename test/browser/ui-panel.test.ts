// This page's annotations in the in-page panel, in the built extension in headless Chromium (MV3) and Firefox
// ESR (MV2): a highlight made in the page and an orphan are listed with quote, note (as text) and tags; axe-core
// finds nothing in the panel with the list; reached by keyboard, choosing the highlight scrolls the page to it.
import { expect, it } from 'vitest';
import { poll } from './harness';
import { toBackground } from './messages';
import { SAMPLE_HTML } from './pages';
import { openPanelByClick, tabTo } from './panel-keys';
import { highlightByKeyboard } from './selection';
import { inEachBrowser } from './suite';
import { axe, panelSnapshot, servePanelHost, showSnapshot } from './ui-helpers';

const QUOTE = 'collection point for sandbags';
const NOTE = 'Ask the <b>council</b> & the volunteers';
const GONE = 'words this page never had';

interface Stored {
  id: string;
  selectors: { page: { quote: { exact: string } }; entry?: { quote: { exact: string } } };
}

const markOnScreen = () => {
  const r = document.querySelector('liveline-mark')?.getBoundingClientRect();
  return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
};

inEachBrowser((suite) => {
  it('the panel lists this page’s annotations; choosing one by keyboard scrolls to its highlight', async () => {
    const url = suite.site.add('/panel-annotations/live', { html: SAMPLE_HTML });
    const host = await suite.browser.open(servePanelHost(suite.site));
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    try {
      await highlightByKeyboard(page, QUOTE);
      await page.press('Escape');

      // A note and tags on it, and an orphan: a copy whose text the page does not have.
      const [a] = (await toBackground<{ annotations: Stored[] }>(popup, { type: 'liveline:ann-list' })).annotations;
      await toBackground(popup, { type: 'liveline:ann-put', annotation: { ...a, note: NOTE, tags: ['sandbags', 'council'] } });
      const orphan: Stored = structuredClone(a);
      orphan.id = await popup.evaluate(() => crypto.randomUUID());
      orphan.selectors.page.quote.exact = GONE;
      if (orphan.selectors.entry) orphan.selectors.entry.quote.exact = GONE;
      await toBackground(popup, { type: 'liveline:ann-put', annotation: { ...orphan, note: '', tags: [] } });

      await openPanelByClick(page, popup);
      const html = await poll(() => panelSnapshot(popup, url), (s) => !!s && s.includes('Not found on the page now') && s.includes('#council'), 10_000, 'both annotations in the panel');
      const text = await showSnapshot(host, html!);
      for (const shown of [QUOTE, NOTE, GONE, '#sandbags']) expect(text).toContain(shown);
      expect(html).not.toContain('<b>council');
      expect(await axe(host), 'axe, panel with annotations').toEqual([]);

      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await page.evaluate(markOnScreen), 'the highlight starts off screen').toBe(false);
      // Firefox gives keys to the page again only once it is clicked, after the other tabs were used.
      await page.clickAt(4, 450);
      await tabTo(page, popup, (el) => el.matches('button.ll-ann-quote') && el.closest('[data-annotation]')?.getAttribute('data-annotation') === a.id, 'the highlight in the panel', 90);
      await page.press('Enter');
      await page.waitFor(markOnScreen, undefined, 5000, 'the highlight on screen');
      expect(await page.evaluate(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar'))).toBe('editing');
      if (suite.name === 'chromium') await page.screenshot('ui-chromium-panel-annotations');
    } finally {
      await popup.close();
      await page.close();
      await host.close();
    }
  });
});

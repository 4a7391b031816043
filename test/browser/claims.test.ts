// Claim highlights in the built extension, headless Chromium (MV3) and Firefox ESR (MV2), on a served corpus
// page: they appear, carry speaker and cue (on keyboard focus too), and vanish exactly when the reader turns the
// feature off (the serialised DOM equals the page's DOM with the feature off before it was turned on).
import { expect, it } from 'vitest';
import { pageHtml } from '../corpus';
import { setSite } from './messages';
import { analyseInNode, serveCorpusPage } from './pages';
import { inEachBrowser, openWithView } from './suite';

const PAGE = 'seed-independent-ukraine';
const SAYS = 'liveline-claim[data-liveline-says]';

const labels = (sel: string) => Array.from(document.querySelectorAll(sel)).map((el) => el.getAttribute('data-liveline-says') ?? '');

inEachBrowser((suite) => {
  const { name } = suite;
  it(`${PAGE}: highlights carry speaker and cue, and come off exactly`, async () => {
    const url = serveCorpusPage(suite.site, PAGE);
    const expected = analyseInNode(pageHtml(PAGE), url);
    expect(expected.claims.length, 'claims found in Node').toBeGreaterThan(10);
    const page = await openWithView(suite.browser, url);
    const popup = await suite.browser.popup(url);
    const host = new URL(url).hostname;
    try {
      await page.waitFor((sel: string) => document.querySelectorAll(sel).length > 0, SAYS, 10_000, 'claim highlights');
      await setSite(popup, host, { features: { claims: false } });
      await page.waitFor(() => document.querySelectorAll('liveline-claim').length === 0, undefined, 5000, 'highlights to go');
      const before = await page.evaluate(() => document.documentElement.outerHTML);

      await setSite(popup, host, { features: { claims: true } });
      await page.waitFor((sel: string) => document.querySelectorAll(sel).length > 0, SAYS, 5000, 'highlights to come back');
      const shown = await page.evaluate(labels, SAYS);
      // every claim the page's text holds is highlighted once, labelled "speaker · cue"
      expect(shown.length, `${name}: highlighted claims`).toBeGreaterThanOrEqual(Math.floor(expected.claims.length * 0.8));
      expect(shown.length).toBeLessThanOrEqual(expected.claims.length);
      const want = expected.claims.map((c) => `${c.speaker} · ${c.cue}`);
      for (const label of shown) expect(want.some((w) => label.startsWith(w)), `label ${label}`).toBe(true);
      expect(shown.some((l) => l.startsWith('Sergei Naryshkin · told')), shown.join('\n')).toBe(true);
      // the page's own summary above the entries is highlighted too (its claims have entryId "summary")
      expect(expected.claims.some((c) => c.entryId === 'summary')).toBe(true);
      expect(shown.some((l) => l.startsWith('President Volodymyr Zelensky · has said')), shown.join('\n')).toBe(true);
      // keyboard: the first highlight takes focus and shows its label
      const focus = await page.evaluate((sel: string) => {
        const el = document.querySelector<HTMLElement>(sel)!;
        el.focus();
        const css = Array.from(document.querySelectorAll('style[data-liveline-own]')).map((s) => s.textContent ?? '').join('\n');
        return {
          focused: document.activeElement === el,
          matches: el.matches(':focus'),
          tab: el.tabIndex,
          tip: getComputedStyle(el, '::before').content,
          rule: /:focus::before\s*\{\s*content: attr\(data-liveline-says\)/.test(css),
          says: el.getAttribute('data-liveline-says'),
        };
      }, SAYS);
      expect(focus.focused && focus.tab === 0, JSON.stringify(focus)).toBe(true);
      // headless Firefox without window focus does not match :focus; where it does, the label is shown
      if (focus.matches) expect(focus.tip, JSON.stringify(focus)).toContain(focus.says ?? '?');
      else expect(focus.rule, JSON.stringify(focus)).toBe(true);
      await page.screenshot(`${name}-claims-highlighted`);

      await setSite(popup, host, { features: { claims: false } });
      await page.waitFor(() => document.querySelectorAll('liveline-claim').length === 0, undefined, 5000, 'highlights to go again');
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      expect(after === before, `${name}: the DOM with highlights removed differs from before`).toBe(true);
    } finally {
      await setSite(popup, host, { features: { claims: true } }).catch(() => {});
      await popup.close();
      await page.close();
    }
  });
});

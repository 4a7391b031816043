// The popup tells the truth about the page, in the built extension in headless Chromium (MV3) and Firefox ESR
// (MV2): what the clean view hides and what it found but left visible (a category switched off), and "show
// what was hidden" as the page has it — still on when the popup is opened again, and the labels do not multiply
// while the live page changes.
import { expect, it } from 'vitest';
import { forgetSite } from './messages';
import { analyseInNode, SAMPLE_HTML, STATUS_SELECTOR } from './pages';
import { inEachBrowser, viewOn } from './suite';

const hint = (id: string) => document.getElementById(`${id}-hint`)?.textContent ?? '';
const switchOn = () => document.querySelector<HTMLInputElement>('#show-hidden')?.checked === true;

inEachBrowser((suite) => {
  it('"show what was hidden" is still on when the popup is opened again; the figures say what is hidden', async () => {
    const url = suite.site.add('/reveal/live', { html: SAMPLE_HTML });
    const kinds = [...new Set(analyseInNode(SAMPLE_HTML, url).clutter.map((b) => b.kind))];
    expect(kinds.length, 'clutter in the sample (Node)').toBeGreaterThan(0);
    const page = await suite.browser.open(url);
    let popup = await suite.browser.popup(url);
    try {
      await page.waitFor(viewOn, undefined, 15_000, 'the view to be applied');
      await popup.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 15_000);
      const hidden = await page.evaluate(() => document.querySelectorAll('[data-liveline-hidden]').length);
      expect(hidden).toBeGreaterThan(0);
      expect(await popup.waitForText('#show-hidden-hint', (t) => t.length > 0)).toBe(`${hidden} hidden on this page`);
      expect(await popup.evaluate(hint, 'popup-feature-clutter')).toBe(`${hidden} hidden`);

      await popup.evaluate(() => document.querySelector<HTMLInputElement>('#show-hidden')!.click());
      await page.waitFor(() => document.documentElement.hasAttribute('data-liveline-reveal'), undefined, 5000, 'the page to show what was hidden');
      await popup.close();
      popup = await suite.browser.popup(url);
      await popup.waitFor(switchOn, undefined, 10_000, 'the switch on in a new popup');

      // The live page changes: the labels are Liveline's own, never taken for more clutter.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Updated by the page.';
        document.body.append(p);
      });
      await new Promise((r) => setTimeout(r, 1500));
      expect(await page.evaluate(() => document.querySelectorAll('[data-liveline-label]').length)).toBe(hidden);

      // A category switched off: its blocks are found but left visible, and the popup says so.
      const kind = kinds[0];
      const ofKind = await page.evaluate((k: string) => document.querySelectorAll(`[data-liveline-hidden="${k}"]`).length, kind);
      await popup.evaluate((id: string) => document.getElementById(id)!.click(), `popup-kind-${kind}`);
      await popup.waitForText(`#popup-kind-${kind}-hint`, (t) => t === `${ofKind} found, left visible`, 5000);
      await page.waitFor((k: string) => !document.querySelector(`[data-liveline-hidden="${k}"]`), kind, 5000, `${kind} shown again`);
      const clutterHint = await popup.evaluate(hint, 'popup-feature-clutter');
      expect(clutterHint).toBe([hidden > ofKind ? `${hidden - ofKind} hidden` : '', `${ofKind} found, left visible`].filter(Boolean).join(' · '));

      await popup.evaluate(() => document.querySelector<HTMLInputElement>('#show-hidden')?.click());
      await page.waitFor(() => !document.documentElement.hasAttribute('data-liveline-reveal'), undefined, 5000, 'hidden again');
      await popup.close();
      popup = await suite.browser.popup(url);
      await popup.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 15_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(await popup.evaluate(switchOn), 'off in the next popup').toBe(false);
    } finally {
      await forgetSite(popup, new URL(url).hostname);
      await popup.close();
      await page.close();
    }
  });
});

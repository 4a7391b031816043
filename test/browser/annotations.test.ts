// Annotations in the built extension, headless Chromium (MV3) and Firefox ESR (MV2): select text in a served
// live blog, highlight it with a note and a tag (keyboard, through the closed shadow root), reload: the
// highlight is back and the page's controller holds the note; the all-annotations page lists it and its
// JSON-LD export is a file that parses.
import { expect, it } from 'vitest';
import { poll, type TestPage } from './harness';
import { setSite, toTab } from './messages';
import { serveSample } from './pages';
import { highlightByKeyboard, selectQuote, toolbarReady } from './selection';
import { inEachBrowser } from './suite';

const QUOTE = 'the highest since the new flood barrier was finished';
const NOTE = 'Check this against the <b>Environment Agency</b> figure';
const TAG = 'flood-gauges';

const toolbarState = () => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar') ?? null;
const markText = () => Array.from(document.querySelectorAll('liveline-mark')).map((m) => m.textContent).join('');

inEachBrowser((suite) => {
  const { name } = suite;

  // First in the session: in Firefox, keys sent after an extension tab was opened and closed (the other test)
  // were seen not to reach the page.
  it('new entries arriving above (the page appends every 300 ms) leave the highlight in its place', async () => {
    const url = serveSample(suite.site, '?append=300&limit=6');
    const page = await suite.browser.open(url);
    const quote = 'Pedestrians are asked to use';
    try {
      await highlightByKeyboard(page, quote);
      await page.press('Escape');
      await page.waitFor(() => Number(document.documentElement.getAttribute('data-sample-appended')) >= 6, undefined, 15_000, 'six new entries');
      await new Promise((r) => setTimeout(r, 800)); // the observer's debounce, then the features' update
      expect(await page.evaluate(markText)).toBe(quote);
      expect(await page.evaluate(() => document.querySelector('liveline-mark')?.getAttribute('data-liveline-color'))).toBe('yellow');
      await page.reload();
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-annotations') === '1', undefined, 15_000, 'the highlight after reload');
      expect(await page.evaluate(markText)).toBe(quote);
    } catch (e) {
      await page.screenshot(`${name}-annotations-append-failed`).catch(() => undefined);
      throw e;
    } finally {
      await page.close();
    }
  });

  it('select → highlight with a note and a tag → reload: highlight and note are back; export parses; clean view off and on', async () => {
    const url = serveSample(suite.site);
    const page = await suite.browser.open(url);
    let list: TestPage | null = null;
    try {
      await page.waitFor(() => !!document.querySelector('liveline-annotator'), undefined, 15_000, 'the annotations feature');
      expect(await page.evaluate(selectQuote, QUOTE)).toBe(true);
      await page.waitFor(toolbarReady, undefined, 5000, 'the toolbar, with the focus');
      await page.press('Enter'); // the first colour (yellow) has focus
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar') === 'editing', undefined, 5000, 'the note field');
      await page.type(NOTE);
      await page.press('Tab');
      await page.type(TAG);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-toolbar') === 'closed', undefined, 5000, 'the toolbar to close after saving');
      expect(await page.evaluate(markText)).toBe(QUOTE);
      expect(await page.evaluate(toolbarState)).toBe('closed');

      await page.reload();
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-annotations') === '1', undefined, 15_000, 'the highlight after reload');
      expect(await page.evaluate(markText)).toBe(QUOTE);
      expect(await page.evaluate(() => document.querySelector('liveline-mark')?.getAttribute('data-liveline-color'))).toBe('yellow');
      // The page itself sees no note: it lives in the extension and in a closed shadow root.
      expect(await page.evaluate((n: string) => document.documentElement.outerHTML.includes(n), 'Environment Agency')).toBe(false);

      list = await suite.browser.open(`${suite.browser.extensionBase}annotations.html`);
      const probe = await poll(() => toTab<{ annotations: Array<Record<string, unknown>> }>(list!, url, { type: 'liveline:ann-probe' }), (p) => !!p, 10_000, 'the page to answer');
      expect(probe.annotations).toEqual([expect.objectContaining({ note: NOTE, tags: [TAG], color: 'yellow', placed: true, text: QUOTE })]);

      await list.waitForText('.ll-ann-note', (t) => t === NOTE, 10_000);
      expect(await list.text('.ll-tag')).toBe(`#${TAG}`);
      await list.evaluate(() => (document.querySelector('[data-format=jsonld]') as HTMLButtonElement).click());
      await list.waitFor(() => !!document.querySelector('[data-testid=ann-download]'), undefined, 10_000, 'the export link');
      const file = await list.evaluate(async () => {
        const a = document.querySelector('[data-testid=ann-download]') as HTMLAnchorElement;
        return { name: a.download, text: await (await fetch(a.href)).text() };
      });
      expect(file.name).toMatch(/^liveline-annotations-\d{4}-\d{2}-\d{2}\.jsonld$/);
      const doc = JSON.parse(file.text);
      expect(doc.type).toBe('AnnotationCollection');
      expect(doc.first.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
      expect(doc.first.items[0].body).toEqual([
        { type: 'TextualBody', value: NOTE, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: TAG, purpose: 'tagging' },
      ]);

      // Clean view off for the site: the highlight comes off with the view, exactly; back on: it is back.
      const host = new URL(url).hostname;
      await setSite(list, host, { cleanView: false });
      await page.waitFor(() => !document.documentElement.hasAttribute('data-liveline'), undefined, 5000, 'the view to be removed');
      expect(await page.evaluate(() => document.documentElement.outerHTML.includes('liveline-mark'))).toBe(false);
      expect(await page.evaluate(() => document.body.textContent?.includes('the highest since the new flood barrier was finished'))).toBe(true);
      await setSite(list, host, { cleanView: null });
      await page.waitFor(() => document.querySelector('liveline-annotator')?.getAttribute('data-liveline-annotations') === '1', undefined, 10_000, 'the highlight with the view back');
      expect(await page.evaluate(markText)).toBe(QUOTE);
    } catch (e) {
      await page.screenshot(`${name}-annotations-failed`).catch(() => undefined);
      throw e;
    } finally {
      await list?.close();
      await page.close();
    }
  });
});

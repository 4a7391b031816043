// The topic filter in the built extension, headless Chromium (MV3) and Firefox ESR (MV2), on a served corpus
// page, used as a keyboard reader uses it: Tab through the page into the panel, then to a topic's chips. The
// jump to a topic's newest entry brings it on screen; choosing one topic, then a second, leaves exactly their
// entries visible (the page's real CSS, not just markers); "show all" gives back the page exactly (serialised
// DOM equal). A screenshot of the filtered page goes to artifacts/ (Chromium).
import { expect, it } from 'vitest';
import type { Entry, Topic } from '../../utils/pipeline/types';
import { pageHtml } from '../corpus';
import { poll, type TestPage } from './harness';
import { analyseInNode, serveCorpusPage } from './pages';
import { focusedControl, isChip, isClearTopics, isJump, openPanelByKeyboard, panelText, tabTo } from './panel-keys';
import { inEachBrowser } from './suite';

const PAGE = 'mirror-live-uk-riots-2024-08-05';

/** In the page: ids of the marked entries a reader can see. */
function visibleEntries(): string[] {
  return Array.from(document.querySelectorAll('[data-liveline-entry]'))
    .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
    .map((el) => el.getAttribute('data-liveline-entry')!);
}

/** In the page: is the entry the current one (keyboard navigation's mark), and is its top on screen? */
function entryState(id: string): { current: boolean; onScreen: boolean } {
  const el = Array.from(document.querySelectorAll('[data-liveline-entry]')).find((e) => e.getAttribute('data-liveline-entry') === id);
  const top = el?.getBoundingClientRect().top ?? -1;
  return { current: !!el?.hasAttribute('data-liveline-current'), onScreen: top >= 0 && top < window.innerHeight };
}

const serialised = () => document.documentElement.outerHTML;
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** The topic's entry with the latest time, worked out here from Node's analysis. */
function newestOf(topic: Topic, entries: readonly Entry[]): string {
  const times = entries.filter((e) => topic.entryIds.includes(e.id)).map((e) => ({ id: e.id, ms: Date.parse(e.time ?? '') }));
  times.sort((a, b) => b.ms - a.ms);
  expect(times[0].ms, `${topic.label}: a newest entry by time`).toBeGreaterThan(times[1]?.ms ?? -Infinity);
  return times[0].id;
}

/** Where two serialised pages first differ, with some context. */
function difference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: before …${a.slice(i - 80, i + 120)}… after …${b.slice(i - 80, i + 120)}…`;
}

inEachBrowser((suite) => {
  const { name } = suite;
  it(`${PAGE} by keyboard: jump to a topic's newest entry; one topic, then two, show exactly their entries; "show all" restores the page`, async () => {
    const url = serveCorpusPage(suite.site, PAGE);
    const expected = analyseInNode(pageHtml(PAGE), url);
    const [a, b, c] = [...expected.topics].filter((t) => t.id !== 'other').sort((x, y) => y.entryIds.length - x.entryIds.length);
    expect(b.entryIds.length, 'the single topic has several entries').toBeGreaterThan(1);
    const both = sorted([...b.entryIds, ...c.entryIds]);
    expect(both.length, 'two topics are more than one and fewer than all').toBeGreaterThan(b.entryIds.length);
    expect(both.length).toBeLessThan(expected.entries.length);
    const newest = newestOf(a, expected.entries);
    const page = await suite.browser.open(url);
    let ext: TestPage | null = null;
    const visible = (what: string, want: string[]) =>
      poll(() => page.evaluate(visibleEntries), (v) => sorted(v).join() === want.join(), 5000, `${PAGE} in ${name}: ${what}`).then(sorted);
    try {
      await page.waitFor((n: number) => document.querySelectorAll('[data-liveline-entry]').length === n, expected.entries.length, 15_000, 'entries marked');
      ext = await suite.browser.open(`${suite.browser.extensionBase}popup.html`); // reads the panel's focus (closed shadow root)
      await openPanelByKeyboard(page, ext, 400); // open already where it lies beside the entries (here)

      // The jump first: it marks the entry as the current one, which stays in the page.
      expect(await page.evaluate(entryState, newest), 'before the jump').toEqual({ current: false, onScreen: false });
      await tabTo(page, ext, isJump(a.id), `the jump to the newest of ${a.label}`);
      await page.press('Enter');
      await page.waitFor((id: string) => document.querySelector(`[data-liveline-entry="${id}"]`)?.hasAttribute('data-liveline-current'), newest, 5000, 'the jump');
      expect(await page.evaluate(entryState, newest), `the newest entry of ${a.label}`).toEqual({ current: true, onScreen: true });

      const total = `of ${expected.entries.length}`;
      expect(await panelText(ext, url, '.ll-position'), 'the position line after the jump').toContain(total);
      const before = await page.evaluate(serialised);
      const visibleBefore = await page.evaluate(visibleEntries);
      expect(visibleBefore.length).toBe(expected.entries.length);

      const chipB = () => tabTo(page, ext!, isChip(b.id), `the chip of ${b.label}`);
      expect((await chipB()).getAttribute('aria-pressed')).toBe('false');
      await page.press('Enter');
      expect(await visible(`the entries of ${b.label}`, sorted(b.entryIds))).toEqual(sorted(b.entryIds));
      expect((await focusedControl(ext, url))?.getAttribute('aria-pressed'), `the chip of ${b.label} pressed`).toBe('true');
      expect(await panelText(ext, url, '.ll-position'), 'the position line counts only the entries shown').not.toContain(total);

      const chipC = await tabTo(page, ext, isChip(c.id), `the chip of ${c.label}`);
      expect(chipC.getAttribute('aria-pressed')).toBe('false');
      await page.press(' ');
      expect(await visible(`the entries of ${b.label} and ${c.label}`, both)).toEqual(both);
      expect((await focusedControl(ext, url))?.getAttribute('aria-pressed'), `the chip of ${c.label} pressed`).toBe('true');
      if (name === 'chromium') {
        await page.evaluate(() => document.querySelector('[data-liveline-entry]:not([data-liveline-topic-out])')?.scrollIntoView());
        await page.screenshot('topics-chromium-two-topics');
      }

      await tabTo(page, ext, isClearTopics, '"show all"');
      await page.press('Enter');
      expect(await visible('every entry', sorted(visibleBefore))).toEqual(sorted(visibleBefore));
      expect(await page.evaluate(visibleEntries)).toEqual(visibleBefore);
      const after = await page.evaluate(serialised);
      expect(after === before, `${PAGE} in ${name}: the page differs after "show all": ${difference(before, after)}`).toBe(true);
    } catch (e) {
      await page.screenshot(`${name}-topics-failed`).catch(() => undefined);
      throw e;
    } finally {
      await ext?.close();
      await page.close();
    }
  });
});

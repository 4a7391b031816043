// The reading experience in the built extension, in headless Chromium (MV3) and Firefox ESR (MV2): the popup's
// toggles change the served page and survive a reload; the panel lists a corpus page's topics and sources; an
// entry appended while the reader is further down raises the toast and the page does not move; keyboard
// navigation moves between entries; axe-core finds nothing in the popup, the options page or the panel; a
// hostile page cannot hide or restyle the panel. Screenshots (light and dark) go to artifacts/.
import { beforeAll, expect, it } from 'vitest';
import { pageHtml } from '../corpus';
import type { TestPage } from './harness';
import { forgetSite, toTab } from './messages';
import { analyseInNode, SAMPLE_HTML, serveCorpusPage, serveSample, STATUS_SELECTOR } from './pages';
import { openPanelByClick, openPanelByKeyboard, panelOpen, tabTo } from './panel-keys';
import { inEachBrowser, viewOn } from './suite';
import { axe, panelSnapshot, servePanelHost, showSnapshot } from './ui-helpers';

const CORPUS_PAGE = 'guardian-live-russia-ukraine-2023-05-15';
const currentEntry = () => document.querySelector('[data-liveline-current]')?.id ?? null;

inEachBrowser((suite) => {
  const { name } = suite;
  let host: TestPage;
  const shot = (page: TestPage, what: string) => page.screenshot(`ui-${name}-${what}`);

  beforeAll(async () => {
    host = await suite.browser.open(servePanelHost(suite.site));
  });

  /** Opens the sample live blog (at its own path + query) with the view applied, and a popup aimed at it. */
  async function openSample(query: string) {
    const url = suite.site.add(`/sample${query}`, { html: SAMPLE_HTML });
    const page = await suite.browser.open(url);
    await page.waitFor(viewOn, undefined, 15_000, 'the view to be applied');
    const popup = await suite.browser.popup(url);
    await popup.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 15_000);
    return { url, page, popup };
  }

  it('popup toggles change the served page and survive a reload', async () => {
    const { url, page, popup } = await openSample('?toggles');
    try {
      await popup.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#popup-order')!;
        select.value = 'oldest';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitFor(() => document.getElementById('liveblog')?.getAttribute('data-liveline-order') === 'reverse', undefined, 5000, 'oldest first');
      const firstShown = () => [...document.querySelectorAll('#liveblog > article')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0].id;
      expect(await page.evaluate(firstShown)).toBe('post-102');

      await popup.evaluate(() => document.querySelector<HTMLInputElement>('#clean-view')!.click());
      await page.waitFor(() => !document.documentElement.hasAttribute('data-liveline'), undefined, 5000, 'the view to go');
      expect(await page.evaluate(() => document.getElementById('liveblog')!.hasAttribute('data-liveline-order'))).toBe(false);

      await page.reload();
      const again = await suite.browser.popup(url);
      await again.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 15_000);
      expect(await again.evaluate(() => document.querySelector<HTMLInputElement>('#clean-view')!.checked)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-liveline'))).toBe(false);

      await again.evaluate(() => document.querySelector<HTMLInputElement>('#clean-view')!.click());
      await page.waitFor(viewOn, undefined, 5000, 'the view back on');
      await page.reload();
      await page.waitFor(viewOn, undefined, 15_000, 'the view on after a reload');
      await page.waitFor(() => document.getElementById('liveblog')?.getAttribute('data-liveline-order') === 'reverse', undefined, 5000, 'the order kept');
      expect(await page.evaluate(firstShown)).toBe('post-102');
      await again.close();
    } finally {
      await forgetSite(popup, new URL(url).hostname);
      await popup.close();
      await page.close();
    }
  });

  it(`the panel lists the topics and sources of ${CORPUS_PAGE}; axe finds nothing in it`, async () => {
    const url = serveCorpusPage(suite.site, CORPUS_PAGE);
    const analysis = analyseInNode(pageHtml(CORPUS_PAGE), url);
    expect(analysis.topics.length, 'topics in Node').toBeGreaterThan(1);
    expect(analysis.claims.length, 'claims in Node').toBeGreaterThan(1);
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    try {
      await page.waitFor(viewOn, undefined, 15_000, 'the view to be applied');
      await openPanelByClick(page, popup);
      const html = await popup.waitForText('body', () => true).then(() => poll(() => panelSnapshot(popup, url)));
      const text = await showSnapshot(host, html);
      for (const t of analysis.topics) expect(text, `topic ${t.label}`).toContain(t.label);
      for (const speaker of new Set(analysis.claims.map((c) => c.speaker.toLowerCase()))) {
        expect(text.toLowerCase(), `speaker ${speaker}`).toContain(speaker);
      }
      for (const scheme of ['light', 'dark'] as const) {
        if (!(await host.colorScheme(scheme)) && scheme === 'dark') continue; // Firefox: the system's scheme only
        expect(await axe(host), `axe, panel, ${scheme}`).toEqual([]);
      }
      if (name === 'chromium') {
        for (const scheme of ['light', 'dark'] as const) {
          await page.colorScheme(scheme);
          await shot(page, `panel-corpus-${scheme}`);
        }
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('an entry appended while the reader is further down: the toast, and the page does not move', async () => {
    const { url, page, popup } = await openSample('?toast');
    try {
      await page.evaluate(() => window.scrollTo(0, 500));
      const anchor = () => {
        const el = [...document.querySelectorAll('#liveblog > article')].find((a) => a.getBoundingClientRect().top > 0)!;
        return { id: el.id, top: Math.round(el.getBoundingClientRect().top) };
      };
      const before = await page.evaluate(anchor);
      await page.evaluate(() => {
        const a = document.createElement('article');
        a.className = 'live-post';
        a.id = 'post-300';
        a.innerHTML = '<time datetime="2026-03-14T08:30:00Z">08:30</time><h2>Barrier holds at high tide</h2><p>The barrier held at the 8.15am high tide, the council said.</p>';
        const list = document.getElementById('liveblog')!;
        list.insertBefore(a, list.firstElementChild);
      });
      const html = await poll(async () => {
        const s = await panelSnapshot(popup, url);
        return s && s.includes('1 new entry') ? s : null;
      });
      expect(html).toContain('1 new entry');
      const after = await page.evaluate((id: string) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), before.id);
      expect(after, `entry ${before.id} stays where the reader had it`).toBe(before.top);
      if (name === 'chromium') await shot(page, 'toast');

      // The toast sits at the top centre; its first button brings the reader to the newest entry.
      const width = await page.evaluate(() => window.innerWidth);
      await page.clickAt(width / 2 - 30, 30);
      await page.waitFor(() => {
        const r = document.getElementById('post-300')!.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }, undefined, 5000, 'the newest entry on screen');
      await poll(async () => !(await panelSnapshot(popup, url))?.includes('new entr'));
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('keyboard navigation moves between entries (shortcut command and the panel by keyboard)', async () => {
    const { url, page, popup } = await openSample('?keys');
    try {
      // At 1200 px the sample's entries reach into the panel's band: it starts folded to its launcher, which
      // Tab reaches and Enter opens, the focus going into the panel.
      expect(await panelOpen(popup, url), 'folded where it would lie over the entries').toBe(false);
      await openPanelByKeyboard(page, popup, 60);
      await page.evaluate(() => window.scrollTo(0, 0)); // where Tab's walk through the page's links left it
      const next = { type: 'liveline:command', command: 'next-entry' };
      await toTab(popup, url, next);
      await page.waitFor(() => document.querySelector('[data-liveline-current]')?.id === 'post-108', undefined, 5000, 'post-108 current');
      const y1 = await page.evaluate(() => window.scrollY);
      await toTab(popup, url, next);
      await page.waitFor(() => document.querySelector('[data-liveline-current]')?.id === 'post-107', undefined, 5000, 'post-107 current');
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(y1);
      expect(await panelSnapshot(popup, url), 'announced for screen readers').toContain('Entry 2 of 7: Council says all 14 pumping stations are running');
      await toTab(popup, url, { type: 'liveline:command', command: 'previous-entry' });
      await page.waitFor(() => document.querySelector('[data-liveline-current]')?.id === 'post-108', undefined, 5000, 'back to post-108');

      // From the panel (close, previous, next): Enter on "next".
      await tabTo(page, popup, (el) => el.matches('button') && (el.textContent ?? '').includes('Next entry'), '"Next entry"', 3);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('[data-liveline-current]')?.id === 'post-107', undefined, 5000, 'Enter on "Next entry"');
      expect(await page.evaluate(currentEntry)).toBe('post-107');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('entries that arrived since the last visit are marked, remembered per page', async () => {
    const path = '/visits/live';
    const url = suite.site.add(path, { html: SAMPLE_HTML });
    const marked = () => [...document.querySelectorAll('[data-liveline-new]')].map((e) => e.id);
    let page = await suite.browser.open(url);
    await page.waitFor(viewOn, undefined, 15_000, 'the view to be applied');
    await new Promise((r) => setTimeout(r, 500)); // the first visit is written to storage
    expect(await page.evaluate(marked), 'first visit: nothing is new').toEqual([]);
    await page.close();

    const later = SAMPLE_HTML.replace(
      '<article class="live-post" id="post-108"',
      '<article class="live-post" id="post-109" data-post-id="109"><time datetime="2026-03-14T07:40:00Z">07:40</time><h2>Pumps at Wendside restarted</h2><p>Engineers restarted the two pumps that failed overnight.</p></article>\n    <article class="live-post" id="post-108"',
    );
    suite.site.add(path, { html: later });
    page = await suite.browser.open(url);
    try {
      await page.waitFor(() => document.querySelectorAll('[data-liveline-new]').length > 0, undefined, 10_000, 'new-since-visit marks');
      expect(await page.evaluate(marked)).toEqual(['post-109']);
      const popup = await suite.browser.popup(url);
      try {
        expect(await popup.waitForText('.ll-new-since', (t) => t.length > 0, 10_000), 'the popup says it too').toBe('1 new since your last visit');
      } finally {
        await popup.close();
      }
      if (name === 'chromium') await shot(page, 'new-since-visit');
      await page.reload();
      await page.waitFor(viewOn, undefined, 15_000, 'the view after a reload');
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(marked), 'seen now: not new any more').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('axe finds no violations in the popup and the options page, light and dark', async () => {
    const { page, popup } = await openSample('?axe');
    const options = await suite.browser.open(`${suite.browser.extensionBase}options.html`);
    try {
      await options.waitForText('h1', (t) => t.length > 0);
      for (const scheme of ['light', 'dark'] as const) {
        for (const [what, p] of [['popup', popup], ['options', options]] as const) {
          if (!(await p.colorScheme(scheme)) && scheme === 'dark') continue; // Firefox: the system's scheme only
          expect(await axe(p), `axe, ${what}, ${scheme}`).toEqual([]);
          if (name === 'chromium') await shot(p, `${what}-${scheme}`);
        }
        if (name === 'chromium') {
          await page.colorScheme(scheme);
          await shot(page, `cleaned-sample-${scheme}`);
        }
      }
    } finally {
      await options.close();
      await popup.close();
      await page.close();
    }
  });

  it('damaged stored settings: defaults, a kept copy the options page offers, the extension keeps working', async () => {
    const { url, page, popup } = await openSample('?damaged');
    try {
      await popup.evaluate(async () => {
        type Area = { set(items: object): Promise<void> };
        const g = globalThis as unknown as { browser?: { storage: { sync: Area; local: Area } }; chrome: { storage: { sync: Area; local: Area } } };
        const storage = (g.browser ?? g.chrome).storage;
        await storage.sync.set({ settings: '{{{ not settings' }).catch(() => undefined);
        await storage.local.set({ settings: '{{{ not settings' });
      });
      const options = await suite.browser.open(`${suite.browser.extensionBase}options.html`);
      try {
        const notice = await options.waitForText('.ll-backup', (t) => t.length > 0, 10_000);
        expect(notice).toContain('could not be read');
        expect(await axe(options), 'axe, options with the notice').toEqual([]);
        if (name === 'chromium') await shot(options, 'options-backup-notice');
      } finally {
        await options.close();
      }
      await page.reload();
      await page.waitFor(viewOn, undefined, 15_000, 'the view applied with default settings');
      const again = await suite.browser.popup(url);
      await again.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 15_000);
      await again.close();
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('a page whose CSS targets Liveline and whose text looks like markup: the panel stays intact', async () => {
    const hostile = SAMPLE_HTML.replace(
      '</style>',
      `liveline-ui, html > :last-child, [data-liveline-own] { display: none !important; visibility: hidden !important; opacity: 0 !important; }
       * { color: #f0f !important; font-size: 3px !important; font-family: monospace !important; }
       html > * { transform: scale(0) !important; position: static !important; }
       </style>`,
    )
      .replaceAll('Footbridge at Mill Lane closed until further notice', `&lt;img src=x onerror="document.title='pwned'"&gt; &lt;b&gt;bold&lt;/b&gt;`)
      .replace('class="live-post" id="post-108"', 'class="live-post key-event" id="post-108"');
    const url = suite.site.add('/hostile/live', { html: hostile });
    const page = await suite.browser.open(url);
    const popup = await suite.browser.popup(url);
    try {
      await page.waitFor(viewOn, undefined, 15_000, 'the view to be applied');
      await openPanelByClick(page, popup);
      const state = await page.evaluate(() => {
        const host = document.querySelector('liveline-ui')!;
        const cs = getComputedStyle(host);
        // The panel (320 px wide, 12 px from the right and bottom) is there at its full size, on top.
        const hit = (x: number, y: number) => document.elementFromPoint(window.innerWidth - x, window.innerHeight - y)?.tagName.toLowerCase();
        return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, transform: cs.transform, shadowReadable: host.shadowRoot !== null, hits: [hit(40, 40), hit(300, 60)] };
      });
      expect(state).toEqual({ display: 'block', visibility: 'visible', opacity: '1', transform: 'none', shadowReadable: false, hits: ['liveline-ui', 'liveline-ui'] });
      const html = await poll(() => panelSnapshot(popup, url));
      expect(html).toContain('&lt;img src=x');
      expect(html).not.toMatch(/<img|<b>/);
      expect(await page.evaluate(() => document.title)).not.toBe('pwned');
      if (name === 'chromium') await shot(page, 'hostile');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

/** poll(fn): fn's first truthy value within 10 s. */
async function poll<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

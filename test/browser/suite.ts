// Browser test suites: the same tests in Chromium and Firefox ESR, each with the built extension launched and a
// local site to serve pages from, started before the suite's tests and closed after them. (vitest hooks live
// here, not in harness.ts, which scripts/demo.ts and scripts/bench.ts use outside vitest.)
import { afterAll, beforeAll, describe } from 'vitest';
import { launch, serve, type BrowserName, type BrowserSession, type Site, type TestPage } from './harness';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** What a suite's tests use; browser and site are there once the tests run (not while they are declared). */
export interface Suite {
  readonly name: BrowserName;
  readonly browser: BrowserSession;
  readonly site: Site;
}

/** inEachBrowser(tests): a describe block per browser ('chromium', 'firefox'); tests(suite) declares its tests. */
export function inEachBrowser(tests: (suite: Suite) => void): void {
  describe.each(BROWSERS)('%s', (name) => {
    let browser: BrowserSession | undefined;
    let site: Site | undefined;
    beforeAll(async () => {
      site = await serve();
      browser = await launch(name);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });
    tests({
      name,
      get browser() {
        if (!browser) throw new Error(`${name} is not launched (outside a test?)`);
        return browser;
      },
      get site() {
        if (!site) throw new Error('the site is not served (outside a test?)');
        return site;
      },
    });
  });
}

/** In the page: Liveline's view is applied. */
export const viewOn = () => document.documentElement.getAttribute('data-liveline') === 'on';

/** openWithView(browser, url, timeoutMs): opens url and waits for Liveline's view (the page is closed if it never comes). */
export async function openWithView(browser: BrowserSession, url: string, timeoutMs = 10_000): Promise<TestPage> {
  const page = await browser.open(url);
  try {
    await page.waitFor(viewOn, undefined, timeoutMs, 'the view to be applied');
    return page;
  } catch (e) {
    await page.close();
    throw e;
  }
}

// Browser-test harness, shared by every feature's browser tests and by scripts/demo.ts and scripts/bench.ts.
//   const site = await serve(); const url = site.add('/live/x', { html });
//   const b = await launch('chromium');            // or 'firefox'; fails loudly if the browser is missing
//   const page = await b.open(url); await page.waitFor(() => document.documentElement.hasAttribute('data-liveline'));
//   const popup = await b.popup(url); await popup.waitForText('.ll-status', (t) => t.startsWith('Live'));
//   await page.screenshot('my-test'); await b.close(); await site.close();
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { GECKO_ID } from '../../wxt.config';

export { serve, servedPath, CORPUS_CSP, type Site, type ServedPage } from './server';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const CHROMIUM = process.env.LIVELINE_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.LIVELINE_FIREFOX ?? '/usr/bin/firefox-esr';
/** Pinned through the extensions.webextensions.uuids pref, so the popup URL is known. */
export const FIREFOX_UUID = '7d3a4c8e-5b1f-4e2a-9c6d-11e1f1e00001';
/** Browsers run in UTC so popup times can be compared with statusLine(…, 'UTC'). */
export const BROWSER_TZ = 'UTC';

export type Target = 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3';
export type BrowserName = 'chromium' | 'firefox';

const BUILD_ARGS: Record<Target, string[]> = {
  'chrome-mv3': ['build'],
  'firefox-mv2': ['build', '-b', 'firefox'],
  'firefox-mv3': ['build', '-b', 'firefox', '--mv3'],
};

/** ensureBuilt(target): the built extension's directory; builds it when missing or older than the sources. */
export function ensureBuilt(target: Target): string {
  const dir = join(ROOT, '.output', target);
  const manifest = join(dir, 'manifest.json');
  const stale = () => !existsSync(manifest) || newestSource() > statSync(manifest).mtimeMs;
  if (stale()) {
    withLock(join(ROOT, '.output', `.build-${target}.lock`), () => {
      if (stale()) execFileSync(join(ROOT, 'node_modules/.bin/wxt'), BUILD_ARGS[target], { cwd: ROOT, stdio: 'pipe' });
    });
  }
  if (!existsSync(manifest)) throw new Error(`build of ${target} produced no ${manifest}`);
  return dir;
}

/** withLock(path, fn): test files run in parallel workers; only one builds a target at a time. */
function withLock(path: string, fn: () => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const end = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch {
      if (Date.now() > end) rmSync(path, { recursive: true, force: true }); // a crashed holder
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

function newestSource(): number {
  let newest = statSync(join(ROOT, 'wxt.config.ts')).mtimeMs;
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['entrypoints', 'utils', 'components', 'public']) walk(join(ROOT, d));
  return newest;
}

/** requireBrowser(path, name): throws (the test FAILS) when the browser is not installed. */
export function requireBrowser(path: string, name: string): void {
  if (!existsSync(path)) {
    throw new Error(`${name} not found at ${path}: browser tests need it (apt-get install -y chromium firefox-esr, see .ci/run)`);
  }
}

/** artifact(name): a path in artifacts/ (git-ignored), created on demand. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** A page in either browser, behind one small interface. */
export interface TestPage {
  readonly url: string;
  /** Runs fn in the page's main world (sees marker attributes, not the content script's variables). */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  /** Polls fn in the page until it returns truthy; throws with `what` after timeoutMs. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number, what?: string): Promise<void>;
  /** textContent of the first element matching selector ('' if none). */
  text(selector: string): Promise<string>;
  /** Waits until text(selector) satisfies ok; returns it (throws, naming the last text seen, on timeout). */
  waitForText(selector: string, ok: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  reload(): Promise<void>;
  /** Real key presses and typing into whatever has focus (shadow roots included). */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** PNG into artifacts/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /** (ui) A mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** (ui) Evaluates a script source in the page (not subject to the page's CSP; used to load axe-core). */
  evaluateSource<T>(source: string): Promise<T>;
  /** (ui) prefers-color-scheme for this page; false where the driver cannot emulate it (Firefox over BiDi). */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** Opens url in a new tab and waits for its load event. */
  open(url: string): Promise<TestPage>;
  /** Opens the extension's popup page as a tab, aimed at the tab showing pageUrl. */
  popup(pageUrl: string): Promise<TestPage>;
  /** The extension's base URL (chrome-extension://id/ or moz-extension://uuid/). */
  readonly extensionBase: string;
  close(): Promise<void>;
}

/** launch(name): the built extension loaded in headless Chromium (MV3) or Firefox ESR (MV2). */
export async function launch(name: BrowserName): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/** poll(fn, ok, timeoutMs, what): repeats fn until ok(value); throws naming `what` and the last value. */
export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `; last error ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface RawPage {
  url(): string;
  mouse: { click(x: number, y: number): Promise<unknown> };
  evaluate(fn: never, arg?: never): Promise<unknown>;
  reload(): Promise<unknown>;
  keyboard: { press(key: string): Promise<unknown>; type(text: string): Promise<unknown> };
  bringToFront(): Promise<unknown>;
  screenshot(o: { path: string; caret?: 'initial' }): Promise<unknown>;
  close(): Promise<unknown>;
}

function wrap(raw: RawPage, url: string, colorScheme: (scheme: 'light' | 'dark') => Promise<boolean>): TestPage {
  const evaluate = <T, A>(fn: (arg: A) => T, arg?: A) => raw.evaluate(fn as never, arg as never) as Promise<T>;
  const text = (selector: string) => evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);
  return {
    url,
    evaluate,
    async waitFor(fn, arg, timeoutMs = 10_000, what = 'a condition in the page') {
      await poll(() => evaluate(fn, arg), (v) => !!v, timeoutMs, `${what} (${url})`);
    },
    text,
    waitForText: (selector, ok, timeoutMs = 10_000) => poll(() => text(selector), ok, timeoutMs, `text of ${selector} in ${url}`),
    reload: async () => void (await raw.reload()),
    // Keys go to the focused tab: bring this one to the front first (another test may have opened tabs).
    press: async (key) => void (await raw.bringToFront(), await raw.keyboard.press(key)),
    type: async (text) => void (await raw.bringToFront(), await raw.keyboard.type(text)),
    async screenshot(name) {
      const path = artifact(`${name}.png`);
      // caret 'initial': Playwright hides the caret by writing an inline style on every input and textarea,
      // which leaves style="" behind, and tests compare the serialised page. Puppeteer has no such option.
      await raw.screenshot({ path, caret: 'initial' });
      return path;
    },
    close: async () => void (await raw.close()),
    clickAt: async (x, y) => void (await raw.mouse.click(x, y)),
    evaluateSource: (source) => raw.evaluate(source as never) as Promise<never>,
    colorScheme,
  };
}

async function launchChromium(): Promise<BrowserSession> {
  requireBrowser(CHROMIUM, 'Chromium');
  const ext = ensureBuilt('chrome-mv3');
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'liveline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    env: { ...process.env, TZ: BROWSER_TZ },
    viewport: { width: 1200, height: 900 },
    // --disable-background-timer-throttling &c.: as for Firefox below, the page must not be slowed when the
    // popup opens as another tab.
    args: ['--headless=new', '--lang=en-US', '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const base = `chrome-extension://${new URL(sw.url()).host}/`;
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return wrap(page as unknown as RawPage, url, async (colorScheme) => (await page.emulateMedia({ colorScheme }), true));
  };
  return {
    name: 'chromium',
    extensionBase: base,
    open,
    popup: (pageUrl) => open(`${base}popup.html?tabUrl=${encodeURIComponent(pageUrl)}`),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(): Promise<BrowserSession> {
  requireBrowser(FIREFOX, 'Firefox ESR');
  const ext = ensureBuilt('firefox-mv2');
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, TZ: BROWSER_TZ },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The popup opens as a tab here, which sends the page to the background, where Firefox slows timers to
      // 1/s; a real popup leaves the page in front. These keep the page's (and Liveline's) timers as in front.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  });
  await browser.installExtension(ext);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const session: BrowserSession = {
    name: 'firefox',
    extensionBase: base,
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      if (url.startsWith('moz-extension:')) {
        // goto does not settle for moz-extension pages over BiDi: start it and wait for the document.
        // The document may be replaced while we look, so evaluation errors are retried, not fatal.
        page.goto(url).catch(() => {});
        await poll(
          () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' && !!document.body),
          Boolean,
          15_000,
          `${url} to load`,
        );
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
      return wrap(page as unknown as RawPage, url, async () => false);
    },
    popup: (pageUrl) => session.open(`${base}popup.html?tabUrl=${encodeURIComponent(pageUrl)}`),
    close: async () => void (await browser.close()),
  };
  return session;
}

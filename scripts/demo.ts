// npm run demo: builds the extension, serves the fictional sample live blog shipped in test/fixtures/, loads
// the extension into headless Chromium, and leaves in artifacts/: demo-page.png (entries Liveline marked,
// outlined by this script so they show; the panel opened from its launcher), demo-popup.png (the popup's status line), demo-analysis.json (the
// page's analysis, as `npm run analyze` prints it, plus what the extension reported in the browser).
import { writeFileSync } from 'node:fs';
import { toAnalysisJson } from '../utils/pipeline/analysis-json';
import { artifact, launch, serve } from '../test/browser/harness';
import { analyseInNode, serveSample, STATUS_SELECTOR } from '../test/browser/pages';
import { openPanelByClick } from '../test/browser/panel-keys';

async function main(): Promise<void> {
  const site = await serve();
  const url = serveSample(site, '?append=2000&limit=2');
  console.log(`sample live blog: ${url}`);
  const browser = await launch('chromium');
  try {
    const page = await browser.open(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-liveline') === 'on', undefined, 15_000, 'Liveline to apply its view');
    await new Promise((r) => setTimeout(r, 4500)); // let the page append two entries; Liveline follows
    const marked = await page.evaluate(() => {
      const style = document.createElement('style'); // the demo's own overlay, not Liveline's
      style.textContent = `[data-liveline-entry]{outline:3px dashed #2a9d8f;outline-offset:4px}
        [data-liveline-entry]::before{content:'entry ' attr(data-liveline-entry);font:12px monospace;color:#2a9d8f}`;
      document.head.append(style);
      return Array.from(document.querySelectorAll('[data-liveline-entry]')).map((e) => e.getAttribute('data-liveline-entry'));
    });
    const popup = await browser.popup(url);
    const status = await popup.waitForText(STATUS_SELECTOR, (t) => t.startsWith('Live blog'), 10_000);
    await openPanelByClick(page, popup); // folded where it would cover the entries: open it as a reader would
    const shots = [await page.screenshot('demo-page'), await popup.screenshot('demo-popup')];
    const html = await page.evaluate(() => document.documentElement.outerHTML); // the page as it is now
    const analysis = toAnalysisJson(analyseInNode(html, url));
    const out = artifact('demo-analysis.json');
    writeFileSync(out, `${JSON.stringify({ browser: { popup: status, markedEntries: marked }, analysis }, null, 2)}\n`);
    console.log(`popup: ${status}`);
    console.log(`entries marked in the page: ${marked.length}; analysis found ${analysis.entries.length}`);
    console.log(`wrote ${[...shots, out].join(', ')}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

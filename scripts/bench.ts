// npm run bench: a benchmark, not a test. In headless Chromium, on every corpus page (parsed by the browser):
// the every-page detector against Readability's isProbablyReaderable, entry extraction and later stages on the
// largest live blogs, and the size of the script every page loads. Prints a table; artifacts/bench.json.
// Add a stage by adding a case to scripts/bench/cases.ts. Options: --only case1,case2 (cases to run),
// --pages id1,id2 (corpus pages to run on).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { manifest, pageHtml, pageIds } from '../test/corpus';
import { artifact, CHROMIUM, ensureBuilt, requireBrowser, ROOT, serve } from '../test/browser/harness';
import type { CaseResult } from './bench/page';

/** How many of the largest live blogs the heavier cases run on. */
const LARGEST_LIVE = 5;
const DETECTOR_BUDGET = 15 * 1024;

type Bench = {
  bench(html: string, url: string, names: string[]): Record<string, CaseResult>;
  cases: Array<{ name: string; pages: 'all' | 'largest-live'; baseline: string | null }>;
  crossOriginIsolated: boolean;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const f = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));

async function main(): Promise<void> {
  requireBrowser(CHROMIUM, 'Chromium');
  const option = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1]?.split(',').filter(Boolean) : undefined;
  };
  const only = option('--only');
  const onlyPages = option('--pages');
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/page.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, minify: true });
  const site = await serve();
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  site.add('/bench.js', { html: bundle.outputFiles[0].text, headers: { 'content-type': 'text/javascript', ...isolated } });
  const benchUrl = site.add('/bench.html', { html: '<!doctype html><title>bench</title><script src="/bench.js"></script>', headers: isolated });

  const rows = manifest();
  const ids = pageIds().filter((id) => !onlyPages || onlyPages.includes(id));
  const size = new Map(ids.map((id) => [id, Buffer.byteLength(pageHtml(id))]));
  const live = new Set(rows.filter((r) => r.kind === 'live').map((r) => r.id));
  const largest = ids.filter((id) => live.has(id)).sort((a, b) => size.get(b)! - size.get(a)!).slice(0, LARGEST_LIVE);
  const urlOf = new Map(rows.map((r) => [r.id, r.url]));

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await browser.newPage();
  await page.goto(benchUrl);
  const info = (await page.evaluate(() => {
    const b = (globalThis as unknown as { __livelineBench: Bench }).__livelineBench;
    return { cases: b.cases, crossOriginIsolated: b.crossOriginIsolated };
  })) as Pick<Bench, 'cases' | 'crossOriginIsolated'>;
  const results: Record<string, Record<string, CaseResult>> = {};
  for (const id of ids) {
    const names = info.cases
      .filter((c) => (c.pages === 'all' || largest.includes(id)) && (!only || only.includes(c.name)))
      .map((c) => c.name);
    results[id] = (await page.evaluate(
      ([html, url, n]) => (globalThis as unknown as { __livelineBench: Bench }).__livelineBench.bench(html, url, n),
      [pageHtml(id), urlOf.get(id) ?? '', names] as [string, string, string[]],
    )) as Record<string, CaseResult>;
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const version = browser.version();
  await browser.close();
  await site.close();

  const summary: Record<string, unknown> = { chromium: version, crossOriginIsolated: info.crossOriginIsolated, pages: ids.length, largestLive: largest };
  console.log(`Chromium ${version}, ${ids.length} corpus pages (timer ${info.crossOriginIsolated ? '5 µs' : '100 µs'}); medians per page, then over pages`);
  for (const c of info.cases) {
    if (only && !only.includes(c.name)) continue;
    const on = Object.entries(results).filter(([, r]) => r[c.name]);
    const ok = on.filter(([, r]) => Number.isFinite(r[c.name].ms));
    const ms = ok.map(([, r]) => r[c.name].ms);
    const errors = on.filter(([, r]) => r[c.name].error).map(([id, r]) => `${id}: ${r[c.name].error}`);
    const line: Record<string, unknown> = { pages: on.length, medianMs: median(ms), p90Ms: pct(ms, 0.9), maxMs: Math.max(...ms), errors };
    let text = `${c.name.padEnd(16)} ${String(on.length).padStart(3)} pages  median ${f(median(ms))} ms  p90 ${f(pct(ms, 0.9))}  max ${f(Math.max(...ms))}`;
    if (c.baseline) {
      const base = ok.map(([, r]) => r[c.name].baselineMs!);
      const ratios = ok.map(([, r]) => r[c.name].ms / r[c.name].baselineMs!);
      const slower = ok.filter(([, r]) => r[c.name].ms > r[c.name].baselineMs!).map(([id]) => id);
      Object.assign(line, { baseline: c.baseline, baselineMedianMs: median(base), medianRatio: median(ratios), slowerOn: slower });
      text += `\n${''.padEnd(16)} vs ${c.baseline}: median ${f(median(base))} ms; ratio (ours/theirs) median ${median(ratios).toFixed(2)}, slower on ${slower.length}/${ok.length} pages`;
    }
    if (c.pages === 'largest-live') {
      line.perPage = Object.fromEntries(ok.map(([id, r]) => [id, r[c.name]]));
      text += `\n${ok.map(([id, r]) => `${''.padEnd(18)}${id} (${(size.get(id)! / 1024).toFixed(0)} KB): ${f(r[c.name].ms)} ms${r[c.name].baselineMs !== undefined ? ` vs ${f(r[c.name].baselineMs!)} ms` : ''}`).join('\n')}`;
    }
    if (errors.length) text += `\n  errors: ${errors.join('; ')}`;
    summary[c.name] = line;
    console.log(text);
  }
  const sizes: Record<string, { bytes: number; gzip: number }> = {};
  for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
    const file = join(ensureBuilt(target), 'content-scripts/detector.js');
    const buf = readFileSync(file);
    sizes[target] = { bytes: buf.length, gzip: gzipSync(buf).length };
  }
  summary.everyPageScript = { ...sizes, budgetBytes: DETECTOR_BUDGET };
  console.log(`every-page script (content-scripts/detector.js, minified): ${Object.entries(sizes).map(([t, s]) => `${t} ${(s.bytes / 1024).toFixed(2)} KB (gzip ${(s.gzip / 1024).toFixed(2)} KB)`).join(', ')}; budget 15 KB`);
  const out = artifact('bench.json');
  writeFileSync(out, `${JSON.stringify({ summary, results }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});

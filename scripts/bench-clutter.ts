// npm run bench:clutter [-- page-id …]
// The clutter stage against Readability.parse() on the same page in the same run (Node + happy-dom; the browser
// bench is `npm run bench`). Default pages: the largest live blogs of the corpus. Both are timed on fresh parses,
// best of several runs, so one busy moment on a shared machine does not decide. Prints one line per page and the
// ratio clutter / Readability (goal: under 0.2).
import { Readability } from '@mozilla/readability';
import { manifest, pageHtml } from '../test/corpus';
import { extractEntries } from '../utils/pipeline/extract';
import { findClutter } from '../utils/pipeline/clutter';
import { parseHtml } from './dom';

const RUNS = 5;

function best(runs: number, fn: () => number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, fn());
  return min;
}

function largestLiveBlogs(n: number): string[] {
  return manifest()
    .filter((r) => r.kind === 'live')
    .map((r) => ({ id: r.id, bytes: pageHtml(r.id).length }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n)
    .map((r) => r.id);
}

const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : largestLiveBlogs(6);
const rows: Array<{ id: string; clutter: number; first: number; readability: number }> = [];
for (const id of ids) {
  const html = pageHtml(id);
  const url = manifest().find((r) => r.id === id)?.url ?? '';
  const doc = parseHtml(html, url);
  const entries = extractEntries(doc, { url });
  let t = performance.now();
  findClutter(doc, entries);
  const first = performance.now() - t;
  const clutter = best(RUNS, () => {
    const t0 = performance.now();
    findClutter(doc, entries);
    return performance.now() - t0;
  });
  const readability = best(3, () => {
    const fresh = parseHtml(html, url);
    const t0 = performance.now();
    new Readability(fresh).parse();
    return performance.now() - t0;
  });
  rows.push({ id, clutter, first, readability });
  console.log(`${id.padEnd(48)} entries ${String(entries.length).padStart(3)}  clutter ${clutter.toFixed(1).padStart(7)} ms (first ${first.toFixed(0)})  readability ${readability.toFixed(1).padStart(7)} ms  ratio ${(clutter / readability).toFixed(3)}`);
}
const total = (k: 'clutter' | 'readability') => rows.reduce((a, r) => a + r[k], 0);
console.log(`total: clutter ${total('clutter').toFixed(1)} ms, readability ${total('readability').toFixed(1)} ms, ratio ${(total('clutter') / total('readability')).toFixed(3)} (goal < 0.2)`);

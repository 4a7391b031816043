// npm run bench:claims: the claims stage on a live blog of 300 entries (every entry read) and on one new entry
// (the other 300 already in the cache), against Readability.parse() on the same page in the same run. The
// entries are the real extractor's entries of the labelled corpus pages, recycled to 300 with fresh ids.
// A benchmark, not a test: it prints figures. Runs in Node (happy-dom), like the analyze command.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { findClaims, findClaimsCached, type ClaimsCache } from '../utils/pipeline/claims';
import { runPipeline } from '../utils/pipeline/run';
import type { Entry } from '../utils/pipeline/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from './dom';
import { findCorpusDir } from './synthetic-live';

const SIZE = 300;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void, runs = RUNS): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const corpus = findCorpusDir();
const labelled = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as { page: string; url: string; live: boolean; claims?: unknown[] })
  .filter((g) => g.live && g.claims?.length);
const source: Entry[] = labelled.flatMap((g) =>
  runPipeline(parseHtml(readFileSync(join(corpus, 'pages', `${g.page}.html`), 'utf8'), g.url), { url: g.url, force: true }).entries);
const entries: Entry[] = Array.from({ length: SIZE + 1 }, (_, i) => ({ ...source[i % source.length], id: `b${i}` }));
const [newest, ...page] = entries;
const html = `<!doctype html><html lang="en"><head><title>Live: benchmark</title></head><body><main><h1>Live</h1>${page
  .map((e) => `<article id="${e.id}">${e.title ? `<h2>${escapeHtml(e.title)}</h2>` : ''}<p>${escapeHtml(e.text)}</p></article>`)
  .join('\n')}</main></body></html>`;

const readability = time(() => new Readability(parseHtml(html, 'https://example.org/live')).parse(), 5);
let claims = findClaims(page);
const full = time(() => {
  claims = findClaims(page);
});
const cache: ClaimsCache = new Map();
findClaimsCached(page, cache);
const oneNew = time(() => {
  const warm: ClaimsCache = new Map(cache);
  findClaimsCached([newest, ...page], warm);
});
const cachedNoChange = time(() => findClaimsCached(page, cache));
const words = page.reduce((n, e) => n + e.text.split(/\s+/).length, 0);
console.table([{
  entries: SIZE,
  words,
  claims: claims.length,
  'claims, all entries ms': +full.toFixed(1),
  'one new entry ms': +oneNew.toFixed(2),
  'nothing changed ms': +cachedNoChange.toFixed(2),
  'Readability.parse ms': +readability.toFixed(1),
}]);

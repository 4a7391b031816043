// The browser side of `npm run bench`: parses a page's HTML with the browser's own parser (no scripts run,
// nothing loads) and times each case against its baseline, interleaved, in the same run.
import { CASES, type BenchCase, type Timed } from './cases';

export interface CaseResult {
  /** median ms per run */
  ms: number;
  baselineMs?: number;
  error?: string;
}

/** Samples per case; each sample repeats a fast function until MIN_SAMPLE_MS have passed (timer resolution). */
const SAMPLES = 15;
const MIN_SAMPLE_MS = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sample(fn: Timed, docs: () => Document, url: string, prepared: unknown, fresh: boolean): number {
  if (fresh) {
    const doc = docs();
    const t0 = performance.now();
    fn(doc, url, prepared);
    return performance.now() - t0;
  }
  const doc = docs();
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    fn(doc, url, prepared);
    n++;
    t = performance.now();
  } while (t - t0 < MIN_SAMPLE_MS && n < 10_000);
  return (t - t0) / n;
}

function runCase(c: BenchCase, html: string, url: string): CaseResult {
  const parse = () => new DOMParser().parseFromString(html, 'text/html');
  const base = parse();
  const docs = c.fresh ? parse : () => base;
  try {
    const prepared = c.prepare?.(base, url);
    const own: number[] = [];
    const other: number[] = [];
    const samples = c.fresh ? 5 : SAMPLES;
    for (let i = 0; i < samples; i++) {
      // Alternate who goes first so neither profits from a warm cache.
      const first = i % 2 === 0;
      if (first) own.push(sample(c.run, docs, url, prepared, !!c.fresh));
      if (c.baseline) other.push(sample(c.baseline.run, docs, url, prepared, !!c.fresh));
      if (!first) own.push(sample(c.run, docs, url, prepared, !!c.fresh));
    }
    return { ms: median(own), ...(c.baseline ? { baselineMs: median(other) } : {}) };
  } catch (e) {
    return { ms: NaN, error: e instanceof Error ? e.message : String(e) };
  }
}

/** bench(html, url, names): results for the named cases on one page. */
function bench(html: string, url: string, names: string[]): Record<string, CaseResult> {
  const out: Record<string, CaseResult> = {};
  for (const c of CASES) if (names.includes(c.name)) out[c.name] = runCase(c, html, url);
  return out;
}

const cases = CASES.map((c) => ({ name: c.name, pages: c.pages, baseline: c.baseline?.name ?? null }));
(globalThis as unknown as { __livelineBench: unknown }).__livelineBench = { bench, cases, crossOriginIsolated: globalThis.crossOriginIsolated };

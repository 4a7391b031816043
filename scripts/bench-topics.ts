// npm run bench:topics: the topic stage on synthetic live blogs of 300, 1,000 and 5,000 entries (full grouping
// from cold, a re-run with the text memo warm, and one new entry given the previous topics), against
// Readability.parse() on the same page in the same run (document parsed before the clock starts).
// A benchmark, not a test: it prints figures. Runs in Node (happy-dom), like the analyze command.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { groupTopics } from '../utils/pipeline/topics';
import { clearTokenCaches } from '../utils/pipeline/topics-tokens';
import { parseHtml } from './dom';
import { findCorpusDir, syntheticEntries, syntheticPage } from './synthetic-live';

const CORPUS_DIR = findCorpusDir();

const SIZES = [300, 1000, 5000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const rows: Array<Record<string, number | string>> = [];
for (const n of SIZES) {
  const all = syntheticEntries(n + 1, CORPUS_DIR);
  const [newest, ...entries] = all;
  const html = syntheticPage(entries);
  const runs = n >= 5000 ? 3 : 5;
  // Readability.parse() changes the document it reads: a fresh one per run, parsed before the clock starts
  const docs = Array.from({ length: runs }, () => parseHtml(html, 'https://example.org/live'));
  const readability = time(runs, () => new Readability(docs.pop()!).parse());
  let topics = groupTopics(entries);
  const cold = time(runs, () => {
    clearTokenCaches();
    topics = groupTopics(entries);
  });
  const warm = time(runs, () => groupTopics(entries));
  groupTopics(all, topics);
  const oneNew = time(runs, () => groupTopics(all, topics));
  const sizes = topics.map((t) => t.entryIds.length);
  rows.push({
    entries: n,
    'topics ms': +cold.toFixed(1),
    're-run ms': +warm.toFixed(1),
    'one new entry ms': +oneNew.toFixed(1),
    'Readability.parse ms': +readability.toFixed(1),
    'topics / Readability': +(cold / readability).toFixed(2),
    'µs per entry': Math.round((cold / n) * 1000),
    topics: topics.length,
    'in topics of 2+': sizes.filter((s) => s > 1).reduce((a, b) => a + b, 0),
  });
}
console.table(rows);

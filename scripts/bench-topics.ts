// npm run bench:topics: the topic stage on synthetic live blogs of 300, 1,000 and 5,000 entries (full grouping,
// and one new entry given the previous topics), against Readability.parse() on the same page in the same run.
// A benchmark, not a test: it prints figures. Runs in Node (happy-dom), like the analyze command.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { groupTopics } from '../utils/pipeline/topics';
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
  const readability = time(runs, () => new Readability(parseHtml(html, 'https://example.org/live')).parse());
  let topics = groupTopics(entries);
  const full = time(runs, () => {
    topics = groupTopics(entries);
  });
  const oneNew = time(runs, () => groupTopics(all, topics));
  const sizes = topics.map((t) => t.entryIds.length);
  rows.push({
    entries: n,
    'topics ms': +full.toFixed(1),
    'one new entry ms': +oneNew.toFixed(1),
    'Readability.parse ms': +readability.toFixed(1),
    'ms per entry': +(full / n).toFixed(3),
    topics: topics.length,
    'in topics of 2+': sizes.filter((s) => s > 1).reduce((a, b) => a + b, 0),
  });
}
console.table(rows);

// What `npm run bench` measures, as data: one case per line, each timed on the same documents in the same run
// as its baseline. A stage adds its case here (clutter, topics, claims against Readability.parse, …); the
// driver (scripts/bench.ts) and the page side (page.ts) need no change. Runs in the browser (bundled).
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { findClaims, findClaimsCached, type ClaimsCache } from '../../utils/pipeline/claims';
import { findClutter, updateClutter } from '../../utils/pipeline/clutter';
import { detect } from '../../utils/pipeline/detect';
import { quickDetect } from '../../utils/pipeline/detect-cheap';
import { extractEntries } from '../../utils/pipeline/extract';
import { runPipeline } from '../../utils/pipeline/run';
import { chronologicalOrder, groupTopics } from '../../utils/pipeline/topics';
import { clearTokenCaches } from '../../utils/pipeline/topics-tokens';
import type { ClutterBlock, Entry, Topic } from '../../utils/pipeline/types';
import { UPDATE_CASES } from './update-cases';

export type Timed = (doc: Document, url: string, prepared: unknown) => unknown;

export interface BenchCase {
  name: string;
  /** Which corpus pages: all of them, or only the largest live blogs (the driver picks them). */
  pages: 'all' | 'largest-live';
  /** Untimed set-up on the page (what the stage is given, e.g. entries). */
  prepare?(doc: Document, url: string): unknown;
  run: Timed;
  /** What it is compared with, on the same page in the same run. */
  baseline?: { name: string; run: Timed };
  /** Each run needs its own copy of the document (something mutates it, as Readability.parse does). */
  fresh?: boolean;
}

const entriesOf = (doc: Document, url: string): Entry[] => extractEntries(doc, { url, detection: detect(doc, url) });

/** Child-index path of an element, to find the same element in another parse of the same page. */
const pathOf = (el: Element): number[] => {
  const path: number[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) path.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  return path;
};
const atPath = (doc: Document, path: readonly number[]): Element => path.reduce<Element>((e, i) => e.children[i], doc.documentElement);
/** The prepared entries moved onto this run's own copy of the page (a few dozen lookups, timed with the stage). */
const entriesIn = (doc: Document, prepared: unknown): Entry[] =>
  (prepared as Array<{ entry: Entry; path: number[] }>).map(({ entry, path }) => ({ ...entry, element: atPath(doc, path) }));
const entryPaths = (doc: Document, url: string) => entriesOf(doc, url).map((entry) => ({ entry, path: pathOf(entry.element) }));

export const CASES: readonly BenchCase[] = [
  {
    name: 'quickDetect',
    pages: 'all',
    run: (doc, url) => quickDetect(doc, url),
    baseline: { name: 'isProbablyReaderable', run: (doc) => isProbablyReaderable(doc) },
  },
  { name: 'detect', pages: 'all', run: (doc, url) => detect(doc, url) },
  { name: 'extractEntries', pages: 'largest-live', run: (doc, url) => entriesOf(doc, url) },
  {
    // the clutter stage on the whole page, against Readability.parse on the same page (goal: under a fifth)
    name: 'findClutter',
    pages: 'largest-live',
    fresh: true,
    prepare: entryPaths,
    run: (doc, _url, prepared) => findClutter(doc, entriesIn(doc, prepared)),
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    // a live update: the page adds a prompt; only the added node is judged (the rest kept from before)
    name: 'clutter+added',
    pages: 'largest-live',
    fresh: true,
    prepare: (doc, url) => {
      const entries = entriesOf(doc, url);
      const before = findClutter(doc, entries);
      const box = doc.createElement('div');
      box.innerHTML = '<p>You have reached your limit of free articles.</p><a href="/subscribe">Subscribe now</a>';
      doc.body.appendChild(box);
      return { entries, before, box };
    },
    run: (_doc, _url, p) => {
      const { entries, before, box } = p as { entries: Entry[]; before: ClutterBlock[]; box: Element };
      return updateClutter(before, [box], entries);
    },
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    // the topic stage from cold (no memo), on the page's entries, against Readability.parse on the same page
    name: 'groupTopics',
    pages: 'largest-live',
    fresh: true,
    prepare: (doc, url) => entriesOf(doc, url),
    run: (_doc, _url, entries) => {
      clearTokenCaches();
      return groupTopics(entries as Entry[]);
    },
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    // a live update: the newest entry arrives, the others were grouped before (their text memo warm)
    name: 'topics+1entry',
    pages: 'largest-live',
    fresh: true,
    prepare: (doc, url) => {
      const entries = entriesOf(doc, url);
      const order = chronologicalOrder(entries);
      const newest = entries[order[order.length - 1]];
      return { entries, before: groupTopics(entries.filter((e) => e !== newest)) };
    },
    run: (_doc, _url, p) => groupTopics((p as { entries: Entry[] }).entries, (p as { before: Topic[] }).before),
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    // the claims stage reading every entry, against Readability.parse on the same page
    name: 'findClaims',
    pages: 'largest-live',
    fresh: true,
    prepare: (doc, url) => entriesOf(doc, url),
    run: (_doc, _url, entries) => findClaims(entries as Entry[]),
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    // a live update: one new entry, the others read before (in the cache)
    name: 'claims+1entry',
    pages: 'largest-live',
    fresh: true,
    prepare: (doc, url) => {
      const entries = entriesOf(doc, url);
      const cache: ClaimsCache = new Map();
      findClaimsCached(entries.slice(1), cache);
      return { entries, cache };
    },
    run: (_doc, _url, p) => {
      const { entries, cache } = p as { entries: Entry[]; cache: ClaimsCache };
      return findClaimsCached(entries, new Map(cache));
    },
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  {
    name: 'runPipeline',
    pages: 'largest-live',
    fresh: true,
    run: (doc, url) => runPipeline(doc, { url }),
    baseline: { name: 'Readability.parse', run: (doc) => new Readability(doc).parse() },
  },
  ...UPDATE_CASES,
];

// Re-anchoring over every labelled live blog in the corpus (see annotations-reanchor.ts for the experiment).
import { afterAll, describe as group, expect, test } from 'vitest';
import { extractEntries } from '../../utils/pipeline/extract';
import { golds, pageHtml, pageUrl } from '../corpus';
import { runExperiment, testEntries, type EntrySource, type Outcome } from './annotations-reanchor';

const LIVE = golds().filter((g) => g.live && (g.entries ?? []).length > 0);

const MODES: Array<[string, EntrySource, number]> = [
  // name, where entries come from, the share of surviving annotations that must be placed
  ['stable entry ids', (doc) => testEntries(doc, true), 0.85],
  ['entry ids by position (shift when entries are inserted)', (doc) => testEntries(doc, false), 0.3],
  // Ids as the real extractor gives them; a page where it finds no entries yet is skipped.
  ['the pipeline’s extractEntries', (doc) => extractEntries(doc, { url: doc.URL }), 0.5],
];

const totals = new Map<string, Outcome[]>();

for (const [mode, source, minPlaced] of MODES) {
  group(`re-anchoring, ${mode}`, () => {
    test.each(LIVE.map((g) => [g.page, g] as const))('%s', (page, gold) => {
      const html = pageHtml(page);
      const out = runExperiment(html, pageUrl(page) || gold.url, gold, source);
      if (!totals.has(mode)) totals.set(mode, []);
      totals.get(mode)!.push(out);
      if (out.annotated === 0) return; // no entries from this source on this page (e.g. no extractor yet)
      expect(out.misplaced, `${page}: annotations placed in the wrong spot`).toEqual([]);
      expect(out.placed + out.orphaned).toBe(out.annotated);
      expect(out.placed, `${page}: too few placed`).toBeGreaterThanOrEqual(Math.floor((out.annotated - out.removed) * minPlaced));
    });
  });
}

afterAll(() => {
  for (const [mode, outs] of totals) {
    const sum = (f: (o: Outcome) => number) => outs.reduce((n, o) => n + f(o), 0);
    console.log(`[re-anchoring] ${mode}: pages ${outs.filter((o) => o.annotated).length}, annotated ${sum((o) => o.annotated)}, placed ${sum((o) => o.placed)}, orphaned ${sum((o) => o.orphaned)} (quote removed: ${sum((o) => o.removed)}), misplaced ${sum((o) => o.misplaced.length)}`);
  }
});

// The claims stage over every labelled corpus page, on the entries the real extractor finds: recall and
// precision per page and in total, scored as ../shared/eval/score.mjs scores them. A failure names the page and
// the claim.
import { describe, expect, test } from 'vitest';
import { findClaims } from '../../utils/pipeline/claims';
import { runPipeline } from '../../utils/pipeline/run';
import { golds, loadPage, pageUrl } from '../corpus';
import { scoreClaims } from '../claims/score';

/** The bars, over the pages where entries were found. */
const RECALL_BAR = 0.85;
const PRECISION_BAR = 0.9;
/** Per page, lower: a page's misses may come from entries the extractor merged or missed. */
const PAGE_RECALL_BAR = 0.5;
const PAGE_PRECISION_BAR = 0.85;

const labelled = golds().filter((g) => g.live && g.claims?.length);

describe('claims on labelled pages', () => {
  const totals = { gold: 0, found: 0, said: 0, right: 0 };
  test.each(labelled.map((g) => [g.page, g] as const))('%s', (_page, gold) => {
    const analysis = runPipeline(loadPage(gold.page), { url: pageUrl(gold.page) || gold.url, force: true });
    if (analysis.entries.length === 0) {
      console.warn(`${gold.page}: the extractor found no entries; claims not judged on this page`);
      return;
    }
    const claims = findClaims(analysis.entries, analysis.summary); // the page's summary too, as the analysis has it
    const r = scoreClaims(gold, analysis.entries, claims);
    totals.gold += r.gold;
    totals.found += r.found;
    totals.said += r.said;
    totals.right += r.right;
    const detail = [...r.misses, ...r.wrong].join('\n');
    expect(r.bylines, detail).toBe(0);
    expect(r.found / Math.max(1, r.gold), `${gold.page} recall ${r.found}/${r.gold}\n${detail}`).toBeGreaterThanOrEqual(PAGE_RECALL_BAR);
    expect(r.right / Math.max(1, r.said), `${gold.page} precision ${r.right}/${r.said}\n${detail}`).toBeGreaterThanOrEqual(PAGE_PRECISION_BAR);
  });

  test('in total', () => {
    const recall = totals.found / totals.gold;
    const precision = totals.right / totals.said;
    console.log(`claims: recall ${totals.found}/${totals.gold} = ${recall.toFixed(3)}, precision ${totals.right}/${totals.said} = ${precision.toFixed(3)}`);
    expect(totals.gold).toBeGreaterThan(100);
    expect(recall).toBeGreaterThanOrEqual(RECALL_BAR);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_BAR);
  });
});

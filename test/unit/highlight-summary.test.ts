// Claims in the page's own summary, in the page: highlighted inside the summary's paragraphs only, taken back
// exactly, listed in the panel's sources, and choosing one there brings its highlight into view.
import { describe, expect, test, vi } from 'vitest';
import { claimHighlights } from '../../utils/page/highlight-feature';
import { CLAIM_TAG, LABEL_ATTR } from '../../utils/page/highlight';
import { emitPanel } from '../../utils/page/panel-bus';
import { panelData } from '../../utils/page/panel-model';
import type { FeatureContext } from '../../utils/page/features';
import { runPipeline } from '../../utils/pipeline/run';
import { SUMMARY_ID } from '../../utils/pipeline/summary';
import { loadPage, pageUrl } from '../corpus';

const PAGE = 'seed-independent-ukraine';

function seed() {
  const doc = loadPage(PAGE);
  const analysis = runPipeline(doc, { url: pageUrl(PAGE) });
  const css = new Map<string, string>();
  const layer = { setCss: (owner: string, text: string) => void (text ? css.set(owner, text) : css.delete(owner)) };
  const ctx = { doc, layer, analysis, site: {} } as unknown as FeatureContext;
  return { doc, analysis, ctx, before: doc.documentElement.outerHTML };
}

describe('summary claims in the page', () => {
  test('highlighted inside the summary paragraphs, and removed exactly', () => {
    const { doc, analysis, ctx, before } = seed();
    const mine = analysis.claims.filter((c) => c.entryId === SUMMARY_ID);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    claimHighlights.apply(ctx);
    const summaryEls = analysis.summary!.elements!;
    const labelled = [...doc.querySelectorAll(`${CLAIM_TAG}[${LABEL_ATTR}]`)];
    const inSummary = labelled.filter((w) => summaryEls.some((p) => p.contains(w)));
    expect(inSummary.map((w) => w.getAttribute(LABEL_ATTR))).toEqual(mine.map((c) => `${c.speaker} · ${c.cue}`));
    expect(inSummary[0].textContent).toMatch(/^Russia has begun using North Korean troops/);
    // entries keep their own highlights; none lands outside the summary and the entries
    const inEntries = labelled.filter((w) => analysis.entries.some((e) => e.element.contains(w)));
    expect(inEntries.length + inSummary.length).toBe(labelled.length);
    expect(inEntries.length).toBeGreaterThan(10);
    claimHighlights.remove(ctx);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a live update that leaves the summary as it was does not re-wrap it', () => {
    const { doc, analysis, ctx } = seed();
    claimHighlights.apply(ctx);
    const first = doc.querySelector(`${CLAIM_TAG}[${LABEL_ATTR}]`);
    expect(analysis.summary!.elements![0].contains(first)).toBe(true);
    claimHighlights.update(ctx, { added: [], updated: [], before: new Map(), removed: [] });
    expect(doc.querySelector(`${CLAIM_TAG}[${LABEL_ATTR}]`)).toBe(first);
    claimHighlights.remove(ctx);
  });

  test('listed in the sources; choosing one focuses its highlight', () => {
    const { doc, analysis, ctx } = seed();
    const data = panelData(analysis.entries, analysis.topics, analysis.claims);
    const listed = data.sources.flatMap((s) => s.claims).filter((c) => c.entryId === SUMMARY_ID);
    expect(listed.length).toBe(analysis.claims.filter((c) => c.entryId === SUMMARY_ID).length);
    const zelensky = data.sources.find((s) => /Zelensky/.test(s.speaker));
    expect(zelensky?.claims.map((c) => c.entryId)).toEqual([SUMMARY_ID, SUMMARY_ID]);
    claimHighlights.apply(ctx);
    const scroll = vi.fn();
    (doc.defaultView as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype.scrollIntoView = scroll;
    emitPanel('claim', zelensky!.claims[0].index, SUMMARY_ID);
    expect(doc.activeElement?.textContent).toMatch(/^Russia has begun using North Korean troops/);
    expect(scroll).toHaveBeenCalled();
    claimHighlights.remove(ctx);
  });
});

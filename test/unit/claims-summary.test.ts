// The live blog's own summary above the entries: found on a constructed page and on the seed page, never a key
// events list, a byline, a caption or anything inside an entry; its claims read once, as entryId "summary".
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { findClaims } from '../../utils/pipeline/claims';
import { runPipeline } from '../../utils/pipeline/run';
import { findSummary, SUMMARY_ID, summaryEntry } from '../../utils/pipeline/summary';
import { visibleText } from '../../utils/pipeline/text';
import type { Entry } from '../../utils/pipeline/types';
import { loadPage, pageUrl } from '../corpus';

const SUMMARY = 'Officials have closed the harbour bridge after overnight storms, the city mayor Ana Lopes has said.';
const PAGE = `<main><article>
  <p class="kicker">Storms</p>
  <p>Not this: it is above the headline and says so, the harbour master said.</p>
  <h1>Storm live: harbour bridge closed</h1>
  <p class="byline">Jane Roe and John Doe · Monday 16 December 2024 06:41 GMT</p>
  <p>By Jane Roe and John Doe, who report from the harbour today, the editors said.</p>
  <figure><img src="x.jpg"><figcaption><p>Waves hit the sea wall on Sunday night, the coastguard said.</p></figcaption></figure>
  <div class="key-events"><h2>Key events</h2><p>Ferries cancelled until Friday, the operator said in a statement.</p></div>
  <ul><li><p>Schools will stay shut on Monday, the council has said in a statement.</p></li></ul>
  <section aria-label="Summary"><p>${SUMMARY}</p>
    <p>“We will not reopen it until engineers have checked every cable,” she said.</p></section>
  <aside><p>Support our journalism today: your donation keeps reporters on the ground, our editor said.</p></aside>
  <div id="live">
    <div class="post" id="p1"><p>The port authority said that two cranes had been damaged in the gale.</p></div>
    <div class="post" id="p2"><p>“The bridge is safe but closed,” Ana Lopes told reporters this morning.</p></div>
  </div>
</article></main>`;

function constructed(html = PAGE) {
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const entries: Entry[] = [...doc.querySelectorAll('.post')].map((el) => ({
    id: el.id, time: null, title: null, text: visibleText(el), author: null, keyEvent: false, element: el,
  }));
  return { doc, entries };
}

describe('findSummary', () => {
  test('finds the prose between headline and entries, and nothing else', () => {
    const { doc, entries } = constructed();
    const found = findSummary(doc, entries).map((p) => visibleText(p));
    expect(found).toEqual([SUMMARY, '“We will not reopen it until engineers have checked every cable,” she said.']);
  });

  test.each([
    ['no headline', PAGE.replace(/<\/?h1>/g, '')],
    ['a headline only after the entries', PAGE.replace(/<h1>.*<\/h1>/, '').replace('</article>', '<h1>Late</h1></article>')],
    ['an article\u2019s worth of paragraphs', PAGE.replace('</section>', `${'<p>Another long paragraph of prose, as an ordinary article has them.</p>'.repeat(12)}</section>`)],
  ])('nothing on a page with %s', (_name, html) => {
    const { doc, entries } = constructed(html);
    expect(findSummary(doc, entries)).toEqual([]);
  });

  test('nothing where an entry of the page already has the id "summary"; that entry is read as it is', () => {
    const { doc, entries } = constructed();
    const clash = [{ ...entries[0], id: SUMMARY_ID }, entries[1]];
    expect(findSummary(doc, clash)).toEqual([]);
    const claims = findClaims(clash, summaryEntry(findSummary(doc, entries)));
    expect(claims.map((c) => c.entryId).sort()).toEqual(['p2', SUMMARY_ID]);
    expect(claims.find((c) => c.entryId === SUMMARY_ID)?.text).toBe('two cranes had been damaged in the gale');
  });

  test('never a paragraph inside an entry or a clutter block', () => {
    const { doc, entries } = constructed();
    const section = doc.querySelector('section')!;
    // the first entry starting at the summary's section: nothing before it is prose of the summary
    const inside = [{ ...entries[0], element: section }, entries[1]];
    expect(findSummary(doc, inside)).toEqual([]);
    expect(findSummary(doc, entries, [section])).toEqual([]);
  });
});

describe('claims in the summary', () => {
  test('read as entryId "summary", once, and entries are not read twice', () => {
    const { doc, entries } = constructed();
    const summary = summaryEntry(findSummary(doc, entries));
    expect(summary?.id).toBe(SUMMARY_ID);
    const claims = findClaims(entries, summary);
    const inSummary = claims.filter((c) => c.entryId === SUMMARY_ID);
    // Ana Lopes speaks in an entry too: her summary claims are restatements the entry holds in full
    expect(inSummary).toEqual([]);
    expect(claims.map((c) => c.entryId).sort()).toEqual(['p1', 'p2']);
    // without that entry, the summary's claims stand: one indirect, one direct
    const alone = findClaims([entries[0]], summaryEntry(findSummary(doc, [entries[0]])));
    const mine = alone.filter((c) => c.entryId === SUMMARY_ID);
    expect(mine.map((c) => [c.speaker, c.direct, c.text])).toEqual([
      ['the city mayor Ana Lopes', false, 'Officials have closed the harbour bridge after overnight storms'],
      ['the city mayor Ana Lopes', true, 'We will not reopen it until engineers have checked every cable'],
    ]);
    for (const c of mine) expect(summary!.text.slice(c.start, c.end)).toBe(c.text);
    expect(alone.filter((c) => c.entryId === 'p1')).toHaveLength(1);
  });

  test('the seed page: the summary is read, its restatements of entries are not', () => {
    const id = 'seed-independent-ukraine';
    const analysis = runPipeline(loadPage(id), { url: pageUrl(id) });
    expect(analysis.summary?.text).toMatch(/^Russia has begun using North Korean troops/);
    for (const el of analysis.summary!.elements!) expect(analysis.entries.some((e) => e.element.contains(el))).toBe(false);
    const mine = analysis.claims.filter((c) => c.entryId === SUMMARY_ID);
    expect(mine.map((c) => c.text)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Russia has begun using North Korean troops/),
      expect.stringMatching(/^Today, we already have preliminary data/),
    ]));
    expect(mine.every((c) => /Zelensky|chief of staff|governor/.test(c.speaker)), mine.map((c) => c.speaker).join()).toBe(true);
    expect(mine.some((c) => /byline|Cobham|Butler/.test(c.speaker))).toBe(false);
  });
});

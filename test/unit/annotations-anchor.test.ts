import { describe as group, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { anchor } from '../../utils/annotations/anchor';
import { describe } from '../../utils/annotations/describe';
import type { EntryRef } from '../../utils/annotations/model';
import { buildTextIndex, offsetsRange, rangeOffsets, type TextRange } from '../../utils/annotations/text-index';

const PAGE = `<body><h1>Storm live</h1><div id="feed">
  <article id="p3"><p>Forecasters expect winds of <b>90mph</b> by noon on the coast.</p><p>Ferries are cancelled.</p></article>
  <article id="p2"><p>The Met Office issued a red warning for the north.</p><p>Schools will close at midday.</p></article>
  <article id="p1"><p>Good morning and welcome to our live coverage of the storm.</p></article>
</div></body>`;

function setup(html = PAGE) {
  const doc = parseHtml(html);
  const entries = (): EntryRef[] => Array.from(doc.querySelectorAll('article')).map((el) => ({ id: el.id, element: el }));
  return { doc, root: doc.body, entries };
}

/** The range of the first occurrence of `text` under `el` (in whitespace-collapsed text). */
function rangeOf(el: Element, text: string): TextRange {
  const idx = buildTextIndex(el);
  const at = idx.text.indexOf(text);
  if (at < 0) throw new Error(`${text} not in ${idx.text}`);
  return offsetsRange(idx, at, at + text.length);
}

function textOf(root: Element, r: TextRange): string {
  const idx = buildTextIndex(root);
  const o = rangeOffsets(idx, r);
  return o ? idx.text.slice(o[0], o[1]) : '';
}

group('describe', () => {
  test('scopes the quote to its entry with the entry’s own context and offsets', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p3')!, 'winds of 90mph'), entries())!;
    expect(s.entry?.entryId).toBe('p3');
    expect(s.entry?.quote).toEqual({ type: 'TextQuoteSelector', exact: 'winds of 90mph', prefix: 'Forecasters expect ', suffix: ' by noon on the coast. Ferries a' });
    expect(s.entry?.position).toEqual({ type: 'TextPositionSelector', start: 19, end: 33 });
    expect(s.page.quote.exact).toBe('winds of 90mph');
    expect(s.page.quote.prefix.endsWith('Storm live Forecasters expect ')).toBe(true);
  });

  test('a selection across two entries is page-wide only; an empty one is null', () => {
    const { root, entries, doc } = setup();
    const a = rangeOf(doc.getElementById('p3')!, 'Ferries');
    const b = rangeOf(doc.getElementById('p2')!, 'Met Office');
    const s = describe(root, { startContainer: a.startContainer, startOffset: a.startOffset, endContainer: b.endContainer, endOffset: b.endOffset }, entries());
    expect(s?.entry).toBeNull();
    expect(s?.page.quote.exact).toBe('Ferries are cancelled. The Met Office');
    const t = doc.getElementById('p1')!.querySelector('p')!.firstChild!;
    expect(describe(root, { startContainer: t, startOffset: 2, endContainer: t, endOffset: 2 }, entries())).toBeNull();
  });
});

group('anchor', () => {
  test('round trip: describe → anchor gives the same text, describe again gives the same selectors', () => {
    const { root, entries, doc } = setup();
    for (const [id, quote] of [['p3', '90mph by noon'], ['p2', 'red warning'], ['p1', 'Good morning']] as const) {
      const s = describe(root, rangeOf(doc.getElementById(id)!, quote), entries())!;
      const a = anchor(root, s, entries());
      expect(a.status).toBe('placed');
      if (a.status !== 'placed') continue;
      expect(a.method).toBe('entry-exact');
      expect(textOf(root, a.range)).toBe(quote);
      expect(describe(root, a.range, entries())).toEqual(s);
    }
  });

  test('new entries above and reordering do not move it', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p2')!, 'red warning'), entries())!;
    const feed = doc.getElementById('feed')!;
    const extra = doc.createElement('article');
    extra.id = 'p4';
    extra.innerHTML = '<p>A red warning is also in force in Wales.</p>';
    feed.insertBefore(extra, feed.firstChild);
    feed.appendChild(doc.getElementById('p2')!);
    const a = anchor(root, s, entries());
    expect(a.status === 'placed' && a.entryId).toBe('p2');
    if (a.status === 'placed') expect(doc.getElementById('p2')!.contains(a.range.startContainer)).toBe(true);
  });

  test('a small edit inside the quote is found fuzzily in the same entry', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p2')!, 'issued a red warning for the north'), entries())!;
    doc.getElementById('p2')!.querySelector('p')!.textContent = 'The Met Office issued a red warning over the north.';
    const a = anchor(root, s, entries());
    expect(a.status === 'placed' && a.method).toBe('entry-fuzzy');
    if (a.status === 'placed') expect(a.text).toBe('issued a red warning over the north');
  });

  test('a quote edited away is an orphan, even when a copy sits in another entry', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p2')!, 'Schools will close at midday'), entries())!;
    doc.getElementById('p2')!.lastElementChild!.textContent = 'Update: schools stay open.';
    const copy = doc.createElement('article');
    copy.id = 'p5';
    copy.innerHTML = '<p>Recap: Schools will close at midday.</p>';
    doc.getElementById('feed')!.prepend(copy);
    expect(anchor(root, s, entries())).toMatchObject({ status: 'orphan' });
  });

  test('entry gone (ids changed): page-wide fallback places a unique quote with its context', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p3')!, 'winds of 90mph'), entries())!;
    doc.getElementById('p3')!.id = 'renamed';
    const a = anchor(root, s, entries());
    expect(a.status === 'placed' && a.method).toBe('page-exact');
    expect(a.status === 'placed' && a.entryId).toBe('renamed');
  });

  test('entry gone and the quote now twice with the same context: orphan, not a guess', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p3')!, 'winds of 90mph'), entries())!;
    const copy = doc.getElementById('p3')!.cloneNode(true) as Element;
    copy.id = 'x0';
    doc.getElementById('feed')!.prepend(copy);
    doc.getElementById('p3')!.id = 'x3';
    expect(anchor(root, s, entries())).toMatchObject({ status: 'orphan' });
    doc.getElementById('x0')!.remove(); // the copy goes: the original is unique again, and found
    expect(anchor(root, s, entries())).toMatchObject({ status: 'placed', entryId: 'x3' });
  });

  test('an id reused by another entry: the other entry’s look-alike text is not taken', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p1')!, 'welcome'), entries())!;
    doc.getElementById('p1')!.id = 'old1';
    doc.getElementById('p2')!.id = 'p1';
    doc.getElementById('p1')!.querySelector('p')!.textContent = 'You are welcome to write in.';
    const a = anchor(root, s, entries());
    expect(a.status === 'placed' && a.entryId).toBe('old1');
  });

  test('a short quote is never matched fuzzily', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p3')!, 'Ferries'), entries())!;
    doc.getElementById('p3')!.lastElementChild!.textContent = 'Ferris wheels are cancelled.';
    expect(anchor(root, s, entries())).toMatchObject({ status: 'orphan' });
  });

  test('whitespace and markup changes do not matter', () => {
    const { root, entries, doc } = setup();
    const s = describe(root, rangeOf(doc.getElementById('p3')!, 'winds of 90mph by noon'), entries())!;
    doc.getElementById('p3')!.querySelector('p')!.innerHTML = 'Forecasters   expect\n winds of <i>90mph</i>\n by noon on the coast.';
    const a = anchor(root, s, entries());
    expect(a.status === 'placed' && a.method).toBe('entry-exact');
    if (a.status === 'placed') expect(textOf(root, a.range)).toBe('winds of 90mph by noon');
  });
});

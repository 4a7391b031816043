import { describe as group, expect, test } from 'vitest';
import { toJsonLd } from '../../utils/annotations/export-jsonld';
import { toCsv, toMarkdown, csvCell, CSV_COLUMNS } from '../../utils/annotations/export-text';
import { fromJsonLd } from '../../utils/annotations/import-jsonld';
import { createStore, memoryArea } from '../../utils/annotations/store';
import type { AnalysisJson } from '../../utils/pipeline/analysis-json';
import { example } from './annotations-fixtures';

const LIST = [example(1), example(2), example(3), example(4, { color: 'pink', selectors: { ...example(4).selectors, entry: null }, entry: null })];

/** A small RFC 4180 parser, enough to check that the CSV reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

group('JSON-LD', () => {
  test('is a W3C AnnotationCollection with standard selectors and bodies', () => {
    const doc = JSON.parse(toJsonLd(LIST));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 4, first: { type: 'AnnotationPage' } });
    const item = doc.first.items.find((i: { id: string }) => i.id === `urn:uuid:${example(1).id}`);
    expect(item).toMatchObject({
      type: 'Annotation', motivation: 'commenting', created: example(1).created, modified: example(1).updated,
      target: { source: 'https://news.example/live/storm', selector: [{ type: 'TextQuoteSelector', exact: 'winds of 91mph' }, { type: 'TextPositionSelector' }] },
      'liveline:color': 'yellow', 'liveline:entry': { id: 'post-1', permalink: 'https://news.example/live/storm#post-1' },
    });
    expect(item.body).toEqual([
      { type: 'TextualBody', value: example(1).note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'weather', purpose: 'tagging' },
      { type: 'TextualBody', value: 'numbers', purpose: 'tagging' },
    ]);
  });

  test('round trip: export → import into empty storage → export gives identical files', async () => {
    const files = () => [toJsonLd, toMarkdown, toCsv];
    const store = createStore(memoryArea());
    const first = files().map((f) => f(LIST));
    const imported = fromJsonLd(first[0]);
    expect(imported.skipped).toEqual([]);
    await store.putMany(imported.annotations);
    const back = (await store.load()).annotations;
    expect(files().map((f) => f(back))).toEqual(first);
    expect([...back].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...LIST].sort((a, b) => a.id.localeCompare(b.id)));
  });

  test('import skips what it cannot read and says why', () => {
    expect(fromJsonLd('{nope').skipped[0]).toMatch(/not JSON/);
    const r = fromJsonLd(JSON.stringify([{ type: 'Annotation', id: 'x', target: { source: 'https://a.example/' } }, 7]));
    expect(r.annotations).toEqual([]);
    expect(r.skipped).toHaveLength(2);
  });

  test('a plain W3C annotation (another tool’s) imports with defaults', () => {
    const r = fromJsonLd(JSON.stringify({
      id: 'https://tool.example/a/1', type: 'Annotation', created: '2024-02-02T00:00:00Z',
      body: { type: 'TextualBody', value: 'hello' }, target: { source: 'https://a.example/p', selector: { type: 'TextQuoteSelector', exact: 'quoted' } },
    }));
    expect(r.annotations[0]).toMatchObject({ id: 'https://tool.example/a/1', pageUrl: 'https://a.example/p', note: 'hello', color: 'yellow', tags: [], updated: '2024-02-02T00:00:00Z' });
  });
});

group('Markdown and CSV', () => {
  test('Markdown has page, entry, quote, note, tags, colour and times; no raw HTML', () => {
    const md = toMarkdown(LIST);
    expect(md).toContain('## Storm live: red warning');
    expect(md).toContain('<https://news.example/live/storm>');
    expect(md).toContain('### Entry post-1 · 2024-01-02T03:04:00Z · <https://news.example/live/storm#post-1>');
    expect(md).toContain('> winds of 91mph');
    expect(md).toContain('Tags: #weather #numbers · Colour: yellow · Created: 2024-01-02T03:01:00.000Z · Updated: 2024-01-03T03:01:00.000Z');
    expect(md).toContain('\\<b\\>not html\\</b\\>');
    expect(md).toContain('### Outside the entries');
  });

  test('CSV parses back to one row per annotation with every column', () => {
    const rows = parseCsv(toCsv(LIST));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const row = Object.fromEntries(rows[0].map((c, i) => [c, rows.find((r) => r[11] === example(1).id)![i]]));
    expect(row).toMatchObject({ page_url: 'https://news.example/live/storm', entry_id: 'post-1', quote: 'winds of 91mph', note: example(1).note, tags: 'weather; numbers', color: 'yellow' });
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
  ])('csvCell(%j) = %s', (input, out) => expect(csvCell(input)).toBe(out));

  test('with the page analysis: topic and claims of the entry are added', () => {
    const analysis = {
      url: example(1).pageUrl, title: '', isLiveBlog: true, signals: [], confidence: 1, hidden: [], timings: {},
      entries: [{ id: 'post-1', time: null, title: null, text: '', author: null, keyEvent: false, topic: 't1' }],
      topics: [{ id: 't1', label: 'Weather', entryIds: ['post-1'] }],
      claims: [{ entryId: 'post-1', speaker: 'Met Office', cue: 'said', cueClass: 'neutral', text: 'winds will ease', direct: false, hedged: false, start: 0, end: 1 }],
    } satisfies AnalysisJson;
    const analyses = { [example(1).pageUrl]: analysis };
    const rows = parseCsv(toCsv(LIST, analyses));
    expect(rows[0].slice(-2)).toEqual(['entry_topic', 'entry_claims']);
    expect(rows.find((r) => r[11] === example(1).id)!.slice(-2)).toEqual(['Weather', 'Met Office: winds will ease']);
    expect(toMarkdown(LIST, analyses)).toContain('- Claim: Met Office: winds will ease');
    expect(JSON.parse(toJsonLd(LIST, analyses))['liveline:analyses'][example(1).pageUrl].topics[0].label).toBe('Weather');
  });
});

test('the background keeps each annotated page’s analysis and exports it only when asked', async () => {
  const { handleAnnotationMessage } = await import('../../utils/annotations/messages');
  const area = memoryArea();
  const store = createStore(area);
  const analysis = {
    url: example(1).pageUrl, title: 'Storm', isLiveBlog: true, signals: [], confidence: 1, hidden: [], timings: {},
    entries: [{ id: 'post-1', time: null, title: null, text: 'x', author: null, keyEvent: false, topic: 't1' }],
    topics: [{ id: 't1', label: 'Weather', entryIds: ['post-1'] }], claims: [],
  } satisfies AnalysisJson;
  expect(await handleAnnotationMessage(store, area, { type: 'liveline:ann-put', annotation: example(1), analysis })).toEqual({ ok: true });
  const plain = (await handleAnnotationMessage(store, area, { type: 'liveline:ann-export', format: 'jsonld' })) as { text: string };
  expect(JSON.parse(plain.text)['liveline:analyses']).toBeUndefined();
  const withIt = (await handleAnnotationMessage(store, area, { type: 'liveline:ann-export', format: 'csv', withAnalysis: true })) as { text: string };
  expect(parseCsv(withIt.text)[1].slice(-2)).toEqual(['Weather', '']);
  const md = (await handleAnnotationMessage(store, area, { type: 'liveline:ann-export', format: 'markdown', withAnalysis: true, pageUrl: 'https://nowhere.example/' })) as { text: string };
  expect(md.text).toBe('# Liveline annotations\n');
});

test('import never overwrites a later edit with an older export', async () => {
  const { handleAnnotationMessage } = await import('../../utils/annotations/messages');
  const area = memoryArea();
  const store = createStore(area);
  const old = toJsonLd([example(1), example(2)]);
  await store.put({ ...example(1), note: 'edited later', updated: '2030-01-01T00:00:00.000Z' });
  expect(await handleAnnotationMessage(store, area, { type: 'liveline:ann-import', text: old })).toEqual({ ok: true, imported: 1, skipped: [] });
  const notes = (await store.load()).annotations.map((a) => a.note);
  expect(notes).toContain('edited later');
  expect(notes).toHaveLength(2);
});

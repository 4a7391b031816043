import { describe, expect, test } from 'vitest';
import type { Claim, Entry, Topic } from '../../utils/pipeline/types';
import { clip, panelData } from '../../utils/page/panel-model';
import { READING_LINE, stepTarget } from '../../utils/page/panel-nav';
import { nativeOrder, needsReverse } from '../../utils/page/panel-order';
import type { AreaLike } from '../../utils/page/panel-visits';
import { MAX_PAGES, MAX_SEEN_PER_PAGE, newSince, pageKey, remember, visitStore } from '../../utils/page/panel-visits';

const entry = (id: string, time: string | null, extra: Partial<Entry> = {}): Entry =>
  ({ id, time, title: null, text: `text of ${id}`, author: null, keyEvent: false, element: {} as Element, ...extra });

describe('stepTarget', () => {
  const placed = [
    { id: 'a', top: -900 },
    { id: 'b', top: -100 },
    { id: 'c', top: READING_LINE },
    { id: 'd', top: 700 },
  ];
  test.each([
    ['next from the current entry', 'c', 1, 'd'],
    ['previous from the current entry', 'c', -1, 'b'],
    ['next at the end', 'd', 1, null],
    ['no current: next below the reading line', null, 1, 'd'],
    ['no current: previous above the reading line', null, -1, 'b'],
    ['current far away: from the reading line', 'a', 1, 'd'],
  ] as const)('%s', (_name, current, dir, want) => {
    expect(stepTarget(placed, current, dir, 800)).toBe(want);
  });
  test('nothing shown → null', () => expect(stepTarget([], null, 1, 800)).toBeNull());
});

describe('reading order', () => {
  const newestFirst = [entry('3', '2024-01-01T12:00:00Z'), entry('2', null), entry('1', '2024-01-01T10:00:00Z')];
  test.each([
    [newestFirst, 'newest'],
    [[...newestFirst].reverse(), 'oldest'],
    [[entry('1', null), entry('2', null)], null],
    [[entry('1', '2024-01-01T10:00:00Z')], null],
  ] as const)('nativeOrder %#', (entries, want) => expect(nativeOrder(entries)).toBe(want));
  test.each([
    ['page', false],
    ['newest', false],
    ['oldest', true],
  ] as const)('needsReverse(newest-first page, %s) = %s', (order, want) => expect(needsReverse(newestFirst, order)).toBe(want));
});

describe('new since your last visit', () => {
  test.each([
    ['https://a.example/live/x?utm_source=y#post-3', 'https://a.example/live/x'],
    ['file:///tmp/x.html', ''],
    ['not a url', ''],
  ])('pageKey(%s)', (url, key) => expect(pageKey(url)).toBe(key));

  test('first visit marks nothing; later visits mark what was not seen', () => {
    expect(newSince(null, ['a', 'b'])).toEqual([]);
    const rec = remember(null, ['a', 'b'], 1);
    expect(newSince(rec, ['c', 'a', 'b'])).toEqual(['c']);
  });

  test('remember keeps the newest ids up to the cap', () => {
    const ids = Array.from({ length: MAX_SEEN_PER_PAGE + 10 }, (_, i) => `e${i}`);
    const rec = remember(remember(null, ['old'], 1), ids, 2);
    expect(rec.seen).toHaveLength(MAX_SEEN_PER_PAGE);
    expect(rec.seen.at(-1)).toBe(ids.at(-1));
    expect(rec.at).toBe(2);
  });

  test('the store forgets the least recently visited pages; damaged records read as none', async () => {
    const data: Record<string, unknown> = {};
    const area: AreaLike = {
      get: async (k) => (k in data ? { [k]: data[k] } : {}),
      set: async (items) => void Object.assign(data, items),
      remove: async (keys) => void [keys].flat().forEach((k) => delete data[k]),
    };
    const store = visitStore(area);
    for (let i = 0; i <= MAX_PAGES; i++) await store.set(`https://a.example/${i}`, { seen: ['x'], at: i });
    expect(await store.get('https://a.example/0')).toBeNull();
    expect(await store.get(`https://a.example/${MAX_PAGES}`)).toEqual({ seen: ['x'], at: MAX_PAGES });
    data['visit:https://b.example/'] = { seen: 'nope' };
    expect(await store.get('https://b.example/')).toBeNull();
    const failing = visitStore({ get: () => Promise.reject(new Error('x')), set: () => Promise.reject(new Error('x')), remove: async () => {} });
    expect(await failing.get('p')).toBeNull();
    await failing.set('p', { seen: [], at: 0 });
  });
});

describe('panelData', () => {
  const entries = [
    entry('e1', '2024-01-01T12:00:00Z', { keyEvent: true, title: 'Ceasefire agreed' }),
    entry('e2', '2024-01-01T11:00:00Z'),
    entry('e3', null),
  ];
  const topics: Topic[] = [
    { id: 'other', label: 'Other', entryIds: ['e3'] },
    { id: 't1', label: 'Ceasefire', entryIds: ['e2', 'e1', 'gone'] },
  ];
  const claims: Claim[] = [
    { entryId: 'e1', speaker: 'The ministry', cue: 'said', cueClass: 'neutral', text: 'It is over', direct: true, hedged: false, start: 0, end: 1 },
    { entryId: 'e2', speaker: 'the ministry', cue: 'claimed', cueClass: 'hedged', text: 'x', direct: false, hedged: true, start: 0, end: 1 },
    { entryId: 'e2', speaker: 'Kyiv', cue: 'denied', cueClass: 'denial', text: 'y', direct: false, hedged: false, start: 0, end: 1 },
  ];
  const data = panelData(entries, topics, claims);
  test('topics: counts of present entries, newest entry, "Other" last', () => {
    expect(data.topics).toEqual([
      { id: 't1', label: 'Ceasefire', count: 2, newestEntryId: 'e1' },
      { id: 'other', label: 'Other', count: 1, newestEntryId: 'e3' },
    ]);
  });
  test('key events and sources grouped by speaker', () => {
    expect(data.keyEvents).toEqual([{ entryId: 'e1', time: '2024-01-01T12:00:00Z', title: 'Ceasefire agreed' }]);
    expect(data.sources.map((s) => [s.speaker, s.claims.length])).toEqual([['The ministry', 2], ['Kyiv', 1]]);
    expect(data.sources[0].claims[1]).toMatchObject({ index: 1, cueClass: 'hedged' });
  });
  test('clip', () => {
    expect(clip('a  b')).toBe('a b');
    const long = 'word '.repeat(60);
    expect(clip(long).length).toBeLessThanOrEqual(140);
    expect(clip(long).endsWith('…')).toBe(true);
  });
});

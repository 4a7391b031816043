import { describe as group, expect, test } from 'vitest';
import { EXAMPLE_V1, SCHEMA_VERSION, upgrade, toStored } from '../../utils/annotations/schema';
import { createStore, memoryArea, META_KEY, QUARANTINE_PREFIX, RECORD_PREFIX, StorageFailure, type KeyValueArea } from '../../utils/annotations/store';
import { example } from './annotations-fixtures';

const NOW = () => new Date('2025-05-05T05:05:05.000Z');

/** A storage area whose writes fail with the browser's quota message while `full` is true. */
function fullArea(initial: Record<string, unknown> = {}) {
  const area = memoryArea(initial);
  const state = { full: false };
  const wrapped: KeyValueArea = {
    get: (k) => area.get(k),
    set: async (items) => {
      if (state.full) throw new Error('QUOTA_BYTES quota exceeded');
      await area.set(items);
    },
    remove: (k) => area.remove(k),
  };
  return { area: wrapped, data: area.data, state };
}

group('schema', () => {
  test('version 1 example migrates to the current shape', () => {
    const r = upgrade(EXAMPLE_V1);
    expect(r.v).toBe(SCHEMA_VERSION);
    expect(r).toMatchObject({
      id: EXAMPLE_V1.id, pageUrl: EXAMPLE_V1.url, pageTitle: 'Live: storm', color: 'yellow', tags: ['weather', 'numbers'],
      entry: { id: 'post-7', time: null, permalink: null },
      selectors: { entry: null, page: { quote: { exact: 'winds of 90mph', prefix: 'forecasters expect ', suffix: ' by noon' }, position: { start: 120, end: 134 } } },
    });
  });

  test('a current record passes through unchanged', () => {
    const s = toStored(example(1));
    expect(upgrade(structuredClone(s))).toEqual(s);
  });

  test.each([
    ['null', null],
    ['a string', 'hello'],
    ['future version', { ...toStored(example(1)), v: 99 }],
    ['missing quote', { ...toStored(example(1)), selectors: { entry: null, page: {} } }],
    ['bad colour', { ...toStored(example(1)), color: 'chartreuse' }],
    ['tags not a list', { ...toStored(example(1)), tags: 'a,b' }],
    ['v1 without quote', { ...EXAMPLE_V1, quote: undefined }],
  ])('%s is corrupt', (_n, value) => expect(() => upgrade(value)).toThrow());
});

group('store', () => {
  test('put, load, remove', async () => {
    const store = createStore(memoryArea(), NOW);
    await store.put(example(2));
    await store.put(example(1));
    expect((await store.load()).annotations.map((a) => a.id)).toEqual([example(1).id, example(2).id]);
    await store.remove(example(1).id);
    expect((await store.load()).annotations).toEqual([example(2)]);
  });

  test('load migrates version 1 records and writes them back', async () => {
    const area = memoryArea({ [`${RECORD_PREFIX}${EXAMPLE_V1.id}`]: EXAMPLE_V1 });
    const { annotations, problems } = await createStore(area, NOW).load();
    expect(problems).toEqual([]);
    expect(annotations[0].pageUrl).toBe(EXAMPLE_V1.url);
    expect((area.data[`${RECORD_PREFIX}${EXAMPLE_V1.id}`] as { v: number }).v).toBe(2);
    expect(area.data[META_KEY]).toEqual({ schema: 2 });
  });

  test('a migration that cannot be written keeps the old records and still reads them', async () => {
    const { area, data, state } = fullArea({ [`${RECORD_PREFIX}${EXAMPLE_V1.id}`]: EXAMPLE_V1 });
    state.full = true;
    const { annotations } = await createStore(area, NOW).load();
    expect(annotations).toHaveLength(1);
    expect(data[`${RECORD_PREFIX}${EXAMPLE_V1.id}`]).toEqual(EXAMPLE_V1);
  });

  test('a corrupt record is quarantined (kept), the reader is told, the others load', async () => {
    const good = example(1);
    const area = memoryArea({ [`${RECORD_PREFIX}${good.id}`]: toStored(good), [`${RECORD_PREFIX}broken`]: { v: 2, id: 'broken' }, unrelated: 1 });
    const store = createStore(area, NOW);
    const first = await store.load();
    expect(first.annotations).toEqual([good]);
    expect(first.quarantined).toBe(1);
    expect(first.problems[0]).toMatch(/could not be read and was set aside/);
    expect(area.data[`${QUARANTINE_PREFIX}${RECORD_PREFIX}broken`]).toMatchObject({ key: `${RECORD_PREFIX}broken`, value: { v: 2, id: 'broken' }, at: NOW().toISOString() });
    expect(area.data[`${RECORD_PREFIX}broken`]).toBeUndefined();
    expect(area.data.unrelated).toBe(1);
    expect((await store.quarantine()).map((q) => q.key)).toEqual([`${RECORD_PREFIX}broken`]);
    expect((await store.load()).problems).toEqual([]);
  });

  test('a corrupt record that cannot be moved aside stays where it is', async () => {
    const { area, data, state } = fullArea({ [`${RECORD_PREFIX}broken`]: 'garbage' });
    state.full = true;
    const r = await createStore(area, NOW).load();
    expect(r.problems[0]).toMatch(/left where they are/);
    expect(data[`${RECORD_PREFIX}broken`]).toBe('garbage');
  });

  test('quota: the failed save is reported and the saved version is unchanged', async () => {
    const { area, state } = fullArea();
    const store = createStore(area, NOW);
    await store.put(example(1));
    state.full = true;
    const edited = { ...example(1), note: 'edited' };
    const err = await store.put(edited).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFailure);
    expect((err as StorageFailure).readerMessage).toMatch(/storage for Liveline is full\. Nothing already saved was changed/);
    expect((await store.load()).annotations).toEqual([example(1)]);
    await expect(store.putMany([example(3), example(5)])).rejects.toBeInstanceOf(StorageFailure);
    expect((await store.load()).annotations).toEqual([example(1)]);
  });

  test('a storage that cannot be read is reported as such', async () => {
    const area: KeyValueArea = { get: async () => { throw new Error('IO error'); }, set: async () => {}, remove: async () => {} };
    await expect(createStore(area, NOW).load()).rejects.toThrow(/could not read your annotations/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultSettings, siteSettings } from '../../utils/settings';
import { handleSettingsMessage, toSettingsFile } from '../../utils/settings-messages';
import type { StorageAreaLike } from '../../utils/settings-store';
import { AREA_KEY, BACKUP_KEY, SETTINGS_KEY, createSettingsStore, memoryArea } from '../../utils/settings-store';

const v1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/settings/v1.json'), 'utf8'));
const now = () => new Date('2026-01-02T03:04:05Z');

describe('settings store', () => {
  test('empty storage → defaults; a change is saved to sync', async () => {
    const sync = memoryArea();
    const store = createSettingsStore({ sync, local: memoryArea() }, now);
    expect(await store.load()).toEqual(defaultSettings());
    await store.update((s) => ({ ...s, sites: { 'a.example': { cleanView: true } } }));
    expect((sync.data[SETTINGS_KEY] as { sites: unknown }).sites).toEqual({ 'a.example': { cleanView: true } });
  });

  test('v1 data is migrated and written back as v2', async () => {
    const sync = memoryArea({ [SETTINGS_KEY]: v1 });
    const store = createSettingsStore({ sync, local: memoryArea() }, now);
    const s = await store.load();
    expect(s.version).toBe(2);
    expect((sync.data[SETTINGS_KEY] as { version: number }).version).toBe(2);
    expect(siteSettings(s, 'www.theguardian.com').cleanView).toBe(true);
  });

  test('damaged data: defaults, a copy kept in local storage, the extension keeps working', async () => {
    const local = memoryArea();
    const store = createSettingsStore({ sync: memoryArea({ [SETTINGS_KEY]: '{{{not json' }), local }, now);
    expect(await store.load()).toEqual(defaultSettings());
    expect(local.data[BACKUP_KEY]).toEqual({ savedAt: '2026-01-02T03:04:05.000Z', problem: 'damaged', data: '{{{not json' });
    const after = await store.update((s) => ({ ...s, sites: { 'b.example': { panel: false } } }));
    expect(after.sites).toEqual({ 'b.example': { panel: false } });
    expect((await store.backup())?.data).toBe('{{{not json');
  });

  test('future data is kept in place and copied until the reader changes something', async () => {
    const future = { version: 99, whatever: true };
    const sync = memoryArea({ [SETTINGS_KEY]: future });
    const local = memoryArea();
    const store = createSettingsStore({ sync, local }, now);
    expect(await store.load()).toEqual(defaultSettings());
    expect(sync.data[SETTINGS_KEY]).toEqual(future);
    expect((local.data[BACKUP_KEY] as { problem: string }).problem).toBe('future');
  });

  test('sync that refuses (quota) → local storage from then on', async () => {
    const sync: StorageAreaLike = { get: async () => ({}), set: async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM')) };
    const local = memoryArea();
    const store = createSettingsStore({ sync, local }, now);
    await store.update((s) => ({ ...s, sites: { 'c.example': { order: 'oldest' } } }));
    expect(local.data[AREA_KEY]).toBe('local');
    expect((await store.load()).sites).toEqual({ 'c.example': { order: 'oldest' } });
  });

  test('storage that throws on read → defaults, no exception', async () => {
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.reject(new Error('no')) };
    const store = createSettingsStore({ sync: broken, local: broken }, now);
    expect(await store.load()).toEqual(defaultSettings());
  });

  test('concurrent updates are applied one after the other', async () => {
    const store = createSettingsStore({ local: memoryArea() }, now);
    await Promise.all(['a.example', 'b.example', 'c.example'].map((h) => store.update((s) => ({ ...s, sites: { ...s.sites, [h]: { panel: false } } }))));
    expect(Object.keys((await store.load()).sites).sort()).toEqual(['a.example', 'b.example', 'c.example']);
  });
});

describe('settings messages', () => {
  test('set-site, set-defaults, forget-site', async () => {
    const store = createSettingsStore({ local: memoryArea() }, now);
    await handleSettingsMessage(store, { type: 'liveline:set-site', host: 'x.example', patch: { clutter: { ad: true } } });
    await handleSettingsMessage(store, { type: 'liveline:set-defaults', patch: { order: 'newest' } });
    let s = (await handleSettingsMessage(store, { type: 'liveline:get-settings' })) as ReturnType<typeof defaultSettings>;
    expect(siteSettings(s, 'x.example').clutter.ad).toBe(true);
    expect(siteSettings(s, 'x.example').order).toBe('newest');
    s = (await handleSettingsMessage(store, { type: 'liveline:forget-site', host: 'x.example' })) as typeof s;
    expect(s.sites).toEqual({});
  });

  test('export → import round trip; bad files are refused and change nothing', async () => {
    const a = createSettingsStore({ local: memoryArea() }, now);
    await a.update((s) => ({ ...s, sites: { 'y.example': { cleanView: false } } }));
    const file = JSON.parse(JSON.stringify(toSettingsFile(await a.load(), now())));
    const b = createSettingsStore({ local: memoryArea() }, now);
    expect(await handleSettingsMessage(b, { type: 'liveline:import-settings', data: file })).toMatchObject({ ok: true, repaired: false });
    expect(await b.load()).toEqual(await a.load());
    expect(await handleSettingsMessage(b, { type: 'liveline:import-settings', data: { format: 'liveline-settings', settings: 7 } })).toEqual({ ok: false, error: 'damaged' });
    expect(await handleSettingsMessage(b, { type: 'liveline:import-settings', data: { version: 50 } })).toEqual({ ok: false, error: 'future' });
    expect(await handleSettingsMessage(b, { type: 'liveline:import-settings', data: null })).toEqual({ ok: false, error: 'damaged' });
    expect(await b.load()).toEqual(await a.load());
    expect(await handleSettingsMessage(b, { type: 'liveline:import-settings', data: v1 })).toMatchObject({ ok: true });
  });
});

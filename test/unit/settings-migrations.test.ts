import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SETTINGS_VERSION, defaultSettings, siteSettings } from '../../utils/settings';
import { isHost, loadSettings } from '../../utils/settings-migrations';

const FIXTURES = join(__dirname, '../fixtures/settings');
const example = (v: number) => JSON.parse(readFileSync(join(FIXTURES, `v${v}.json`), 'utf8'));

describe('one example object per schema version', () => {
  test('there is an example for every version from 1 to the current one', () => {
    const versions = readdirSync(FIXTURES).map((f) => Number(/^v(\d+)\.json$/.exec(f)?.[1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  test.each(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1))('v%i loads without problems', (v) => {
    const loaded = loadSettings(example(v));
    expect(loaded.problem).toBeNull();
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
    expect(loaded.migratedFrom).toBe(v < SETTINGS_VERSION ? v : null);
  });
});

describe('v1 → v2 keeps every choice the reader made', () => {
  const { settings } = loadSettings(example(1));
  test('defaults keep v1 values and gain the v2 fields', () => {
    expect(settings.defaults.features.claims).toBe(false);
    expect(settings.defaults.order).toBe('page');
    expect(settings.defaults.panel).toBe(true);
    expect(settings.defaults.markNew).toBe(true);
  });
  test('per-site choices survive', () => {
    expect(siteSettings(settings, 'www.theguardian.com').cleanView).toBe(true);
    expect(siteSettings(settings, 'www.bbc.co.uk').cleanView).toBe(false);
    expect(siteSettings(settings, 'www.bbc.co.uk').features.topics).toBe(false);
    expect(siteSettings(settings, 'www.independent.co.uk').clutter.donation).toBe(false);
    expect(siteSettings(settings, 'www.independent.co.uk').clutter.ad).toBe(true);
    expect(siteSettings(settings, 'www.independent.co.uk').cleanView).toBeNull();
    expect(siteSettings(settings, 'example.org')).toEqual(settings.defaults);
  });
  test('migrating v1 gives the same as the v2 example for the fields both have', () => {
    const v2 = loadSettings(example(2)).settings;
    expect(settings.defaults).toEqual(v2.defaults);
    expect(siteSettings(settings, 'www.bbc.co.uk').features).toEqual(siteSettings(v2, 'www.bbc.co.uk').features);
  });
  test('the v1 example is not changed by loading it', () => {
    const raw = example(1);
    const copy = structuredClone(raw);
    loadSettings(raw);
    expect(raw).toEqual(copy);
  });
});

describe('damaged or future data falls back to defaults', () => {
  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['no version', { defaults: {}, sites: {} }],
    ['version 0', { version: 0 }],
    ['version as text', { version: '2' }],
    ['fractional version', { version: 1.5 }],
  ])('%s → damaged', (_name, raw) => {
    const loaded = loadSettings(raw);
    expect(loaded.problem).toBe('damaged');
    expect(loaded.settings).toEqual(defaultSettings());
  });

  test('a future version → defaults, marked future', () => {
    const loaded = loadSettings({ ...example(2), version: SETTINGS_VERSION + 1 });
    expect(loaded.problem).toBe('future');
    expect(loaded.settings).toEqual(defaultSettings());
  });

  test('nothing stored → defaults, no problem', () => {
    expect(loadSettings(undefined)).toEqual({ settings: defaultSettings(), problem: null, migratedFrom: null });
  });

  test('bad fields are dropped, good ones kept, marked repaired', () => {
    const raw = example(2);
    raw.defaults.order = 'sideways';
    raw.defaults.clutter.donation = 'yes';
    raw.defaults.clutter.bogus = true;
    raw.sites['not a host!'] = { cleanView: true };
    raw.sites['example.org'] = 'nope';
    raw.sites['www.theguardian.com'].panel = 3;
    const loaded = loadSettings(raw);
    expect(loaded.problem).toBe('repaired');
    expect(loaded.settings.defaults.order).toBe('page');
    expect(loaded.settings.defaults.clutter.donation).toBe(true);
    expect('bogus' in loaded.settings.defaults.clutter).toBe(false);
    expect(Object.keys(loaded.settings.sites).sort()).toEqual(['www.bbc.co.uk', 'www.theguardian.com']);
    expect(loaded.settings.sites['www.theguardian.com']).toEqual({ cleanView: true, order: 'oldest' });
  });

  test('missing defaults and sites → repaired to defaults', () => {
    const loaded = loadSettings({ version: 2 });
    expect(loaded.problem).toBe('repaired');
    expect(loaded.settings).toEqual(defaultSettings());
  });
});

test.each([
  ['www.bbc.co.uk', true],
  ['localhost', true],
  ['127.0.0.1', true],
  ['', false],
  ['Www.BBC.co.uk', false],
  ['bbc.co.uk:8080', false],
  ['bbc.co.uk/path', false],
  ['a b', false],
])('isHost(%j) = %s', (s, ok) => expect(isHost(s)).toBe(ok));

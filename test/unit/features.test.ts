// refined-github's rule: every feature is registered in the one list, and documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enabledFeatures, FEATURES } from '../../utils/page/features';
import { defaultSettings, siteSettings } from '../../utils/settings';

const PAGE_DIR = join(__dirname, '../../utils/page');
const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('feature registry', () => {
  it('ids are unique and every feature says what it does', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FEATURES) expect(f.description.length, f.id).toBeGreaterThan(10);
  });

  it('every module in utils/page that defines a Feature is in FEATURES', () => {
    const registered = new Set(FEATURES.map((f) => f.id));
    for (const file of readdirSync(PAGE_DIR).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join(PAGE_DIR, file), 'utf8');
      for (const m of src.matchAll(/:\s*Feature\s*=\s*\{\s*id:\s*'([^']+)'/g)) {
        expect(registered.has(m[1]), `${file} defines feature '${m[1]}' that is not in FEATURES`).toBe(true);
      }
    }
  });

  it('every feature is listed in the README', () => {
    for (const f of FEATURES) expect(README, `README lacks \`${f.id}\``).toContain(`\`${f.id}\``);
  });

  it('a feature the reader switched off is not applied', () => {
    const site = siteSettings(defaultSettings(), 'x');
    const fake = { id: 'c', description: '', setting: 'clutter' as const, apply() {}, update() {}, remove() {} };
    expect(enabledFeatures(site, [fake])).toEqual([fake]);
    expect(enabledFeatures({ ...site, features: { ...site.features, clutter: false } }, [fake])).toEqual([]);
  });
});

// The built extension: manifests, the every-page script's size budget, and web-ext lint (0 errors).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, type Target } from '../browser/harness';

/** The every-page script's budget (minified, bytes). */
export const DETECTOR_BUDGET = 15 * 1024;

describe.each<Target>(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('%s build', (target) => {
  it('loads only the small detector on every page; the full pipeline is injected at run time', () => {
    const dir = ensureBuilt(target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const scripts = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts).toEqual(['content-scripts/detector.js']);
    expect(statSync(join(dir, 'content-scripts/liveline.js')).size).toBeGreaterThan(0);
    const size = statSync(join(dir, 'content-scripts/detector.js')).size;
    expect(size, `detector.js is ${size} bytes`).toBeLessThan(DETECTOR_BUDGET);
    expect(readFileSync(join(dir, 'content-scripts/detector.js'), 'utf8')).not.toMatch(/\n\s{2,}\S/); // minified
  });
});

describe('web-ext lint', () => {
  it('the Firefox MV2 build has 0 errors', () => {
    const dir = ensureBuilt('firefox-mv2');
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Array<{ code: string; message: string; file?: string }>; warnings: unknown[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });
});

// The analyze command on bad input: one clear line on stderr and exit status 1; on a page: the analysis JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'liveline-analyze-'));

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('analyze: bad input', () => {
  test.each([
    ['no argument', [] as string[], /usage/],
    ['a missing file', [join(dir, 'nope.html')], /cannot read/],
    ['a directory', [dir], /cannot read/],
    ['an empty file', [file('empty.html', '')], /not HTML/],
    ['plain text', [file('notes.txt', 'Just some notes, no markup at all.\n')], /not HTML/],
    ['a PNG', [file('pic.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], /not HTML/],
  ])('%s: exit 1, one line on stderr', (_, args, message) => {
    const r = analyze(...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('analyze: pages', () => {
  test('a live page prints its analysis', () => {
    const page = file(
      'live.html',
      `<!doctype html><html lang="en-GB"><head><title>Storm live</title><meta property="article:modified_time" content="2024-12-16T07:00:00+00:00"></head><body><main>${[1, 2, 3, 4, 5]
        .map((i) => `<article class="post" id="post-${i}"><time datetime="2024-12-16T0${i}:00:00Z">0${i}:00</time><p>Update ${i}: the storm is moving north, the forecasters said, and more rain is on the way tonight across the region.</p></article>`)
        .join('')}</main></body></html>`,
    );
    const r = analyze(page, '--url', 'https://news.example.co.uk/live/storm');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.isLiveBlog).toBe(true);
    expect(a.entries.map((e: { id: string }) => e.id)).toEqual(['post-1', 'post-2', 'post-3', 'post-4', 'post-5']);
    expect(a.entries[0].time).toBe('2024-12-16T01:00:00.000Z');
  });

  test('broken JSON-LD and no body: still an analysis, exit 0', () => {
    const r = analyze(file('broken.html', '<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting",</script></head></html>'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).signals).toContain('json-ld:broken');
  });
});

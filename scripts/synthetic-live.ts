// Synthetic live blogs of any size, for benchmarks and scale tests: entries recombined from the research data
// set of BBC and Guardian live blogs in ../shared/corpus/json (lower-cased text; sentences re-capitalised).
// Deterministic: the same size gives the same page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** ../shared/corpus beside the checkout (or a parent of it, for worktrees); LIVELINE_CORPUS overrides. */
export function findCorpusDir(from = process.cwd()): string {
  if (process.env.LIVELINE_CORPUS) return resolve(process.env.LIVELINE_CORPUS);
  for (let dir = resolve(from); dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'corpus');
    if (existsSync(join(candidate, 'json'))) return resolve(candidate);
  }
  throw new Error('corpus not found: set LIVELINE_CORPUS');
}

export interface SyntheticEntry { id: string; time: string; title: string | null; text: string }

interface Doc { title?: string; text?: string[] }

function pool(corpusDir: string): Array<{ blog: number; title: string; sentences: string[] }> {
  const dir = join(corpusDir, 'json');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f, blog) => {
      const docs = (JSON.parse(readFileSync(join(dir, f), 'utf8')).documents ?? []) as Doc[];
      return docs.map((d) => ({ blog, title: d.title ?? '', sentences: (d.text ?? []).map(tidy).filter(Boolean) }));
    })
    .filter((d) => d.sentences.length > 0);
}

/** "it 's a similar story ." → "It's a similar story." */
function tidy(s: string): string {
  const t = s.replace(/\s+([.,;:!?%'])/g, '$1').replace(/\s+'s\b/g, "'s").replace(/\s+n't\b/g, "n't").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** syntheticEntries(n, corpusDir): n entries, newest first, each a data-set entry with a sentence from a sibling. */
export function syntheticEntries(n: number, corpusDir: string): SyntheticEntry[] {
  const docs = pool(corpusDir);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const start = Date.parse('2024-12-16T00:00:00Z');
  const out: SyntheticEntry[] = [];
  for (let i = 0; i < n; i++) {
    const base = docs[i % docs.length];
    const siblings = docs.filter((d) => d.blog === base.blog);
    const extra = siblings[Math.floor(rand() * siblings.length)];
    const take = base.sentences.slice(0, 1 + Math.floor(rand() * 3));
    const text = [...take, extra.sentences[Math.floor(rand() * extra.sentences.length)]].join(' ');
    out.push({ id: `s${i}`, time: new Date(start + i * 60_000).toISOString(), title: base.title ? tidy(base.title) : null, text });
  }
  return out.reverse();
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** syntheticPage(entries): the entries as a live blog page (one <article> each, with time and title). */
export function syntheticPage(entries: readonly SyntheticEntry[]): string {
  const body = entries
    .map((e) => `<article id="${e.id}" class="post"><time datetime="${e.time}">${e.time.slice(11, 16)}</time>${e.title ? `<h2>${escapeHtml(e.title)}</h2>` : ''}<p>${escapeHtml(e.text)}</p></article>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>Live: synthetic coverage</title></head><body><main><h1>Live: synthetic coverage</h1>${body}</main></body></html>`;
}

// One loader for every saved page in ../shared/corpus (tests may read it; the product never does).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../scripts/dom';

/** This file's directory, under vitest (CommonJS-style __dirname) and under tsx (ES modules) alike. */
const HERE = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

/** ../shared/corpus beside the repository (or beside a parent, for git worktrees); LIVELINE_CORPUS overrides. */
export const CORPUS_DIR = findCorpus();

export const PAGES_DIR = join(CORPUS_DIR, 'pages');

function findCorpus(): string {
  if (process.env.LIVELINE_CORPUS) return resolve(process.env.LIVELINE_CORPUS);
  for (let dir = resolve(HERE, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'corpus');
    if (existsSync(candidate)) return resolve(candidate);
    if (dirname(dir) === dir) return resolve(HERE, '../../shared/corpus');
  }
}

export interface GoldEntry { key: string; time?: string; optional?: boolean }
export interface Gold {
  page: string;
  url: string;
  live: boolean;
  entries?: GoldEntry[];
  clutter?: Array<{ kind: string; text: string }>;
  keep?: string[];
  claims?: Array<{ speaker: string[]; text: string; optional?: boolean }>;
  claimsIn?: string[];
  nonClaims?: Array<{ speaker: string }>;
  together?: Array<[string, string]>;
  apart?: Array<[string, string]>;
}

export interface ManifestRow { id: string; kind: string; publisher: string; lang: string; url: string; notes: string }

if (!existsSync(PAGES_DIR)) throw new Error(`corpus not found at ${PAGES_DIR}: the tests read ../shared/corpus`);

export function manifest(): ManifestRow[] {
  const [header, ...rows] = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => cells[cols.indexOf(name)] ?? '';
    return { id: get('id'), kind: get('kind'), publisher: get('publisher'), lang: get('lang'), url: get('url'), notes: get('notes') };
  });
}

/** Every page id in pages/ (labelled or not). */
export function pageIds(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
}

/** Every gold label file. */
export function golds(): Gold[] {
  const dir = join(CORPUS_DIR, 'gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

export function pageHtml(id: string): string {
  return readFileSync(join(PAGES_DIR, `${id}.html`), 'utf8');
}

export function pageUrl(id: string): string {
  return manifest().find((r) => r.id === id)?.url ?? '';
}

/** A fresh Document for a corpus page. */
export function loadPage(id: string): Document {
  return parseHtml(pageHtml(id), pageUrl(id));
}

/** The scorer's text normalisation (NFKC, folded quotes and dashes, collapsed space, lower case). */
export function norm(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

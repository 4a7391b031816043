// Stored record shapes, one per schema version, and the migrations between them. A record carries its own
// version `v`, so a half-finished migration is harmless: every read migrates what it finds.
import { isColor, normalizeTags, type Annotation, type Selectors } from './model';

export const SCHEMA_VERSION = 2;

/** Version 1 (the first landing): one page-wide quote, tags as typed. Kept so old records still read. */
export interface StoredV1 {
  v: 1;
  id: string;
  url: string;
  title: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  entryId: string | null;
  color: string;
  note: string;
  tags: string;
  created: string;
  updated: string;
}

/** Version 2: the Annotation itself plus its version. */
export type StoredV2 = Annotation & { v: 2 };

export type StoredRecord = StoredV1 | StoredV2;

export const EXAMPLE_V1: StoredV1 = {
  v: 1, id: '00000000-0000-4000-8000-000000000001', url: 'https://news.example/live', title: 'Live: storm',
  quote: 'winds of 90mph', prefix: 'forecasters expect ', suffix: ' by noon', start: 120, end: 134, entryId: 'post-7',
  color: 'yellow', note: 'check the Met Office figure', tags: 'weather, #numbers', created: '2024-01-02T03:04:05.000Z',
  updated: '2024-01-02T03:04:05.000Z',
};

function migrateV1(r: StoredV1): StoredV2 {
  const page = {
    quote: { type: 'TextQuoteSelector' as const, exact: r.quote, prefix: r.prefix, suffix: r.suffix },
    position: { type: 'TextPositionSelector' as const, start: r.start, end: r.end },
  };
  const selectors: Selectors = { entry: null, page };
  return {
    v: 2, id: r.id, pageUrl: r.url, pageTitle: r.title, selectors,
    entry: r.entryId ? { id: r.entryId, time: null, permalink: null } : null,
    color: isColor(r.color) ? r.color : 'yellow', note: r.note, tags: normalizeTags(r.tags), created: r.created, updated: r.updated,
  };
}

/** Thrown for a record that cannot be read as any known version: it is quarantined, never deleted. */
export class CorruptRecord extends Error {}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkQuote(q: unknown): boolean {
  return isObj(q) && q.type === 'TextQuoteSelector' && isStr(q.exact) && q.exact.length > 0 && isStr(q.prefix) && isStr(q.suffix);
}
function checkPosition(p: unknown): boolean {
  return isObj(p) && p.type === 'TextPositionSelector' && isNum(p.start) && isNum(p.end);
}

/** validateV2(x): the record when it has every field of version 2 with the right types, else CorruptRecord. */
export function validateV2(x: unknown): StoredV2 {
  const fail = (why: string): never => {
    throw new CorruptRecord(why);
  };
  if (!isObj(x) || x.v !== 2) fail('not a version 2 record');
  const r = x as Record<string, unknown>;
  for (const k of ['id', 'pageUrl', 'pageTitle', 'note', 'created', 'updated']) if (!isStr(r[k])) fail(`${k} is missing`);
  if (!isColor(r.color)) fail('unknown colour');
  if (!Array.isArray(r.tags) || !r.tags.every(isStr)) fail('tags are not a list of text');
  const s = r.selectors;
  if (!isObj(s) || !isObj(s.page) || !checkQuote(s.page.quote) || !checkPosition(s.page.position)) fail('page selector is broken');
  const sel = s as unknown as Selectors;
  if (sel.entry !== null && (!isObj(sel.entry) || !isStr(sel.entry.entryId) || !isStr(sel.entry.entryHead) || !checkQuote(sel.entry.quote) || !checkPosition(sel.entry.position))) fail('entry selector is broken');
  const e = r.entry;
  if (e !== null && (!isObj(e) || !isStr(e.id) || !(e.time === null || isStr(e.time)) || !(e.permalink === null || isStr(e.permalink)))) fail('entry is broken');
  return x as StoredV2;
}

/** upgrade(raw): any stored version → the current record. Throws CorruptRecord for what it cannot read. */
export function upgrade(raw: unknown): StoredV2 {
  if (!isObj(raw)) throw new CorruptRecord('not an object');
  if (raw.v === 1) {
    const r = raw as unknown as StoredV1;
    for (const k of ['id', 'url', 'quote', 'prefix', 'suffix', 'tags', 'note', 'created', 'updated'] as const) if (!isStr(r[k])) throw new CorruptRecord(`v1 ${k} is missing`);
    if (!r.quote) throw new CorruptRecord('v1 quote is empty');
    return validateV2(migrateV1({ ...r, title: isStr(r.title) ? r.title : '', start: isNum(r.start) ? r.start : 0, end: isNum(r.end) ? r.end : 0 }));
  }
  if (raw.v === 2) return validateV2(raw);
  throw new CorruptRecord(`unknown schema version ${String(raw.v)}`);
}

/** toStored(a): the record written for an annotation. */
export function toStored(a: Annotation): StoredV2 {
  return { v: 2, ...a };
}

/** fromStored(r): the annotation of a current record. */
export function fromStored(r: StoredV2): Annotation {
  const { v, ...a } = r;
  void v;
  return a;
}

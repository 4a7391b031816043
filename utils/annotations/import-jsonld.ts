// Import of the JSON-LD export (and of plain W3C annotations with a TextQuoteSelector, best effort). Pure.
import { isColor, normalizeTags, type Annotation, type TextPositionSelector, type TextQuoteSelector } from './model';
import { validateV2, CorruptRecord } from './schema';

export interface ImportResult {
  annotations: Annotation[];
  /** One line per item that could not be read. */
  skipped: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);

function selectorsOf(x: unknown): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  const found: { quote?: TextQuoteSelector; position?: TextPositionSelector } = {};
  for (const s of list(x)) {
    if (!isObj(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      found.quote = { type: 'TextQuoteSelector', exact: s.exact, prefix: str(s.prefix), suffix: str(s.suffix) };
    } else if (s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number') {
      found.position = { type: 'TextPositionSelector', start: s.start, end: s.end };
    }
  }
  return found;
}

function fromItem(item: Obj): Annotation {
  const target = list(item.target).find(isObj);
  if (!target) throw new CorruptRecord('no target');
  const page = selectorsOf(target.selector);
  if (!page.quote) throw new CorruptRecord('no TextQuoteSelector');
  const es = item['liveline:entrySelector'];
  const entrySel = isObj(es) ? selectorsOf(es.selector) : {};
  const bodies = list(item.body).filter(isObj);
  const id = str(item.id).replace(/^urn:uuid:/, '');
  const created = str(item.created, '1970-01-01T00:00:00.000Z');
  const entry = item['liveline:entry'];
  const annotation = {
    v: 2 as const,
    id,
    pageUrl: str(target.source),
    pageTitle: str(item['liveline:pageTitle']),
    selectors: {
      entry: isObj(es) && entrySel.quote
        ? { entryId: str(es.entryId), entryHead: str(es.entryHead), quote: entrySel.quote, position: entrySel.position ?? { type: 'TextPositionSelector' as const, start: 0, end: 0 } }
        : null,
      page: { quote: page.quote, position: page.position ?? { type: 'TextPositionSelector' as const, start: 0, end: 0 } },
    },
    entry: isObj(entry) ? { id: str(entry.id), time: typeof entry.time === 'string' ? entry.time : null, permalink: typeof entry.permalink === 'string' ? entry.permalink : null } : null,
    color: isColor(item['liveline:color']) ? item['liveline:color'] : 'yellow',
    note: bodies.filter((b) => b.purpose !== 'tagging').map((b) => str(b.value)).filter(Boolean).join('\n\n'),
    tags: normalizeTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => str(b.value))),
    created,
    updated: str(item.modified, created),
  };
  if (!annotation.id || !annotation.pageUrl) throw new CorruptRecord('no id or no source');
  const { v, ...rest } = validateV2(annotation);
  void v;
  return rest;
}

/** fromJsonLd(text): the annotations of an export (a collection, a page, a list or one annotation). */
export function fromJsonLd(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { annotations: [], skipped: [`not JSON: ${(e as Error).message}`] };
  }
  const items: unknown[] = Array.isArray(doc)
    ? doc
    : isObj(doc) && doc.type === 'AnnotationCollection'
      ? list(isObj(doc.first) ? doc.first.items : undefined)
      : isObj(doc) && doc.type === 'AnnotationPage'
        ? list(doc.items)
        : [doc];
  const result: ImportResult = { annotations: [], skipped: [] };
  items.forEach((item, i) => {
    try {
      if (!isObj(item)) throw new CorruptRecord('not an object');
      result.annotations.push(fromItem(item));
    } catch (e) {
      result.skipped.push(`item ${i + 1}: ${(e as Error).message}`);
    }
  });
  return result;
}

// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose items keep
// the standard selectors in target.selector, so other tools read them; Liveline's extras (colour, entry, entry
// selector) live under the liveline: prefix, so importing the file restores everything.
import type { Annotation, EntryInfo, TextPositionSelector, TextQuoteSelector } from './model';
import { sortForExport, type Analyses } from './export-order';

export const LIVELINE_NS = 'https://liveline.example/ns/annotation#';
export const JSONLD_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { liveline: LIVELINE_NS }] as const;

export interface JsonLdBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface JsonLdAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: JsonLdBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  'liveline:pageTitle': string;
  'liveline:color': string;
  'liveline:entry': EntryInfo | null;
  'liveline:entrySelector': { entryId: string; entryHead: string; selector: [TextQuoteSelector, TextPositionSelector] } | null;
}

/** urn:uuid:<id> for UUIDs; other ids as they are. */
export function annotationIri(id: string): string {
  return /^[0-9a-f-]{36}$/i.test(id) ? `urn:uuid:${id}` : id;
}

export function toJsonLdAnnotation(a: Annotation): JsonLdAnnotation {
  const body: JsonLdBody[] = [
    ...(a.note ? [{ type: 'TextualBody' as const, value: a.note, format: 'text/plain' as const, purpose: 'commenting' as const }] : []),
    ...a.tags.map((t) => ({ type: 'TextualBody' as const, value: t, purpose: 'tagging' as const })),
  ];
  const e = a.selectors.entry;
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.updated,
    body,
    target: { source: a.pageUrl, selector: [a.selectors.page.quote, a.selectors.page.position] },
    'liveline:pageTitle': a.pageTitle,
    'liveline:color': a.color,
    'liveline:entry': a.entry,
    'liveline:entrySelector': e ? { entryId: e.entryId, entryHead: e.entryHead, selector: [e.quote, e.position] } : null,
  };
}

/** toJsonLd(list, analyses?): the export file's text (deterministic: same annotations, same bytes). */
export function toJsonLd(list: readonly Annotation[], analyses?: Analyses): string {
  const items = sortForExport(list).map(toJsonLdAnnotation);
  const doc = {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Liveline annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    ...(analyses && Object.keys(analyses).length ? { 'liveline:analyses': analyses } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

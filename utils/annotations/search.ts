import type { Annotation } from './model';

/**
 * matchesQuery(a, query): every word of the query is found; "#word" only among tags, other words in the quote,
 * note, tags or page title (case and accents ignored). Pure.
 */
export function matchesQuery(a: Annotation, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const tags = a.tags.map(fold);
  const text = fold([a.selectors.page.quote.exact, a.note, a.pageTitle, ...a.tags].join('\n'));
  return words.every((w) => (w.startsWith('#') ? tags.some((t) => t.includes(w.slice(1))) : text.includes(w)));
}

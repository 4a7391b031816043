// The live blog's own summary: the prose paragraphs a live page opens with between its headline (h1) and its
// first entry ("Russia has begun using North Korean troops …, Zelensky has said."). The claims stage reads them
// as one pseudo-entry. Conservative by design: only <p> blocks, never inside a list, an aside, a caption, a
// byline or dateline, navigation, clutter or an entry. Pure: reads the document, never writes.
import { isInvisibleElement, visibleText } from './text';
import type { Entry } from './types';

/** The entryId of claims found in the summary. A page whose own entry ids include it gets no summary read. */
export const SUMMARY_ID = 'summary';
/** A region with more paragraphs than this between headline and entries is an article, not a summary. */
const MAX_PARAGRAPHS = 12;
/** A paragraph shorter than this (kicker, dateline, "Updated 6:41am") is not summary prose. */
const MIN_CHARS = 40;
/** Containers whose paragraphs are never summary prose. */
const SKIP_TAGS = 'nav, aside, figure, figcaption, footer, form, button, ul, ol, dl, table, blockquote, details, dialog';
const SKIP_ROLES = /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog|status|alert|search)$/;
/** Class, id or aria-label words of blocks that are not the summary (meta lines, promos, key events boxes). */
const SKIP_NAMES =
  /byline|author|dateline|date|time|caption|credit|meta|share|social|newsletter|promo|related|breadcrumb|key[\s_-]?(?:events?|points?)|highlights?|kicker|advert|\bads?\b|sponsor|subscri|paywall|signup|comment|cookie|consent|tags?\b/i;
/** "By Tara Cobham and Alexander Butler", "Updated: …": a byline or dateline line, whatever its markup. */
const META_LINE = /^(?:by|von|par|por|di|updated|published|last updated|posted)\b[\s:]/i;

/**
 * findSummary(doc, entries, clutter?): the summary paragraphs in page order, or [] when the page has none (no
 * h1 before the first entry, no prose between them, or too much of it). Never an element inside, or holding, an
 * entry or a clutter block. Pure.
 */
export function findSummary(doc: Document, entries: readonly Entry[], clutter: readonly Element[] = []): Element[] {
  const starts = entries.flatMap((e) => [e.element, ...(e.elements ?? [])]).filter((el) => el?.isConnected !== false);
  if (!starts.length || entries.some((e) => e.id === SUMMARY_ID)) return [];
  const first = starts.reduce((a, b) => (b.compareDocumentPosition(a) & FOLLOWS ? b : a));
  const h1 = [...doc.querySelectorAll('h1')].find((h) => h.compareDocumentPosition(first) & FOLLOWS);
  if (!h1) return [];
  const out: Element[] = [];
  for (const p of doc.querySelectorAll('p')) {
    if (!(p.compareDocumentPosition(first) & FOLLOWS)) break; // document order: every later <p> is past the first entry too
    if (!(h1.compareDocumentPosition(p) & FOLLOWS)) continue;
    if (starts.some((s) => s.contains(p) || p.contains(s)) || clutter.some((c) => c.contains(p) || p.contains(c))) continue;
    if (!isProse(p)) continue;
    out.push(p);
    if (out.length > MAX_PARAGRAPHS) return [];
  }
  return out;
}

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelt out so the module needs no DOM globals

/** A paragraph of summary prose: long enough, a sentence, and nothing around it says it is something else. */
function isProse(p: Element): boolean {
  const text = visibleText(p);
  if (text.length < MIN_CHARS || META_LINE.test(text) || !/[.!?…"”’»]$/.test(text)) return false;
  for (let el: Element | null = p; el && el.tagName.toLowerCase() !== 'body'; el = el.parentElement) {
    if (el.tagName.toLowerCase() === 'article' || el.tagName.toLowerCase() === 'main') break;
    if (isInvisibleElement(el) || el.matches(SKIP_TAGS) || SKIP_ROLES.test(el.getAttribute('role') ?? '')) return false;
    const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (SKIP_NAMES.test(names)) return false;
  }
  return true;
}

/** summaryEntry(elements): the summary as a pseudo-entry (id SUMMARY_ID) for the claims stage and the
 * highlighter, or null when there is none. Its text is the paragraphs' texts joined by single spaces. */
export function summaryEntry(elements: readonly Element[]): Entry | null {
  if (!elements.length) return null;
  const text = elements.map((p) => visibleText(p)).join(' ');
  return { id: SUMMARY_ID, time: null, title: null, text, author: null, keyEvent: false, element: elements[0], elements: [...elements] };
}

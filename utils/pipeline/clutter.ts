import { type Guard, scan } from './clutter-scan';
import { MAX_TEXT, select, withBackdrops } from './clutter-select';
import type { ClutterBlock, Entry } from './types';

// The clutter stage: which blocks of a live blog the clean view may hide (subscription offers, donation appeals,
// sign-up and sign-in prompts, …), judged by their text, links, form fields and class names in English, French,
// German and Spanish. An entry, anything inside one and anything holding one is never a candidate.

/**
 * findClutter(document, entries): the clutter blocks of the whole page, outermost first, in document order.
 * Pure: reads the document, writes nothing.
 */
export function findClutter(doc: Document, entries: readonly Entry[]): ClutterBlock[] {
  const body = doc.body;
  if (!body) return [];
  const result = scan(body, makeGuard(entries));
  return withBackdrops(select(result), result);
}

/**
 * findClutterIn(roots, entries): the clutter among nodes the page added after load (live updates). Only the added
 * subtrees are judged, each lifted to the small box it was added into (a prompt's text filled into an empty
 * container). Pure. Pass the entries as they are after the update, so new entries are guarded.
 */
export function findClutterIn(roots: readonly Node[], entries: readonly Entry[]): ClutterBlock[] {
  const guard = makeGuard(entries);
  const lifted: Element[] = [];
  for (const node of roots) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || !el.isConnected || insideEntry(el, guard)) continue;
    const top = lift(el, guard);
    if (!lifted.some((l) => l === top || l.contains(top))) {
      for (let i = lifted.length - 1; i >= 0; i--) if (top.contains(lifted[i])) lifted.splice(i, 1);
      lifted.push(top);
    }
  }
  return lifted.flatMap((root) => {
    const result = scan(root, guard);
    return withBackdrops(select(result), result);
  });
}

/**
 * updateClutter(previous, added, entries): the page's clutter after a live update, judging only the added nodes:
 * the previous blocks that are still in the page and still clear of every entry, plus the clutter among `added`
 * (outermost blocks win where the two overlap). Pure.
 */
export function updateClutter(previous: readonly ClutterBlock[], added: readonly Node[], entries: readonly Entry[]): ClutterBlock[] {
  const guard = makeGuard(entries);
  const kept = previous.filter((b) => b.element.isConnected && !guard.guarded.has(b.element) && !insideEntry(b.element, guard));
  const fresh = findClutterIn(added, entries).filter((b) => !kept.some((k) => k.element === b.element || k.element.contains(b.element)));
  const out = [...kept.filter((k) => !fresh.some((b) => b.element.contains(k.element))), ...fresh];
  return out;
}

/** How many levels an added node may be lifted to the box that holds it. */
const LIFT_LEVELS = 3;
/** A box holds little else when its text is the added node's plus this many characters at most. */
const LIFT_SLACK = 40;

/** lift(el): the added node, or the small box it was filled into (a box that holds little else). */
function lift(el: Element, guard: Guard): Element {
  const own = el.textContent?.length ?? 0;
  let top = el;
  for (let i = 0; i < LIFT_LEVELS; i++) {
    const p = top.parentElement;
    if (!p || p.localName === 'body' || p.localName === 'html' || guard.guarded.has(p)) break;
    if ((p.textContent?.length ?? 0) > Math.min(own + LIFT_SLACK, MAX_TEXT)) break;
    top = p;
  }
  return top;
}

function insideEntry(el: Element, guard: Guard): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (guard.entries.has(e)) return true;
  return false;
}

/**
 * makeGuard(entries): the entries themselves, plus look-alikes (siblings with the entries' tag and first class:
 * an entry the extractor missed is still an entry), and every ancestor of both (they hold an entry).
 */
export function makeGuard(entries: readonly Entry[]): Guard {
  const skip = new Set<Element>();
  const guarded = new Set<Element>();
  const signatures = new Set<string>();
  const parents = new Set<Element>();
  for (const e of entries) {
    skip.add(e.element);
    signatures.add(signature(e.element));
    if (e.element.parentElement) parents.add(e.element.parentElement);
  }
  for (const p of parents) {
    for (const c of Array.from(p.children)) if (!skip.has(c) && signatures.has(signature(c)) && c.className) skip.add(c);
  }
  for (const el of skip) {
    for (let a: Element | null = el; a && !guarded.has(a); a = a.parentElement) guarded.add(a);
  }
  return { entries: skip, guarded };
}

function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.localName}.${cls}`;
}

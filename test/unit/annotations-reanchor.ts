// The re-anchoring experiment over one corpus page: annotate spans in many entries, then insert new entries
// above (some repeating annotated sentences), edit text (outside quotes, a little inside, some quotes removed),
// reorder, reload (serialize + parse again), and anchor every annotation. Each quote's true place is marked
// with a <liveline-gold> wrapper before the changes, so the verdict never depends on the code under test.
import { parseHtml } from '../../scripts/dom';
import { anchor } from '../../utils/annotations/anchor';
import { describe } from '../../utils/annotations/describe';
import type { EntryRef, Selectors } from '../../utils/annotations/model';
import { buildTextIndex, indexOffset, offsetsRange, rangeOffsets, textPieces, type TextIndex, type TextRange } from '../../utils/annotations/text-index';
import { norm, type Gold } from '../corpus';

export const ENTRY_ATTR = 'data-test-entry';
const GOLD_TAG = 'liveline-gold';

export interface Outcome {
  page: string;
  annotated: number;
  placed: number;
  orphaned: number;
  misplaced: Array<{ quote: string; found: string; method: string }>;
  /** Annotations whose quote the test removed: they must come back as orphans. */
  removed: number;
}

export function rng(seedText: string): () => number {
  let h = 2166136261;
  for (const c of seedText) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The index text folded like the corpus labels (quotes, dashes, case), one character for one. */
function folded(idx: TextIndex): string {
  return Array.from(idx.text, (c) => {
    const f = norm(c);
    return f.length === 1 ? f : c === ' ' ? ' ' : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }).join('');
}

function spanOf(idx: TextIndex, el: Element): [number, number] {
  return [indexOffset(idx, el, 0), indexOffset(idx, el, el.childNodes.length)];
}

/** Entry elements found from the labels: for each labelled entry, the largest block holding its key alone. */
export function markGoldEntries(doc: Document, gold: Gold): number {
  const idx = buildTextIndex(doc.body);
  const text = folded(idx);
  const keys = (gold.entries ?? []).filter((e) => !e.optional).map((e) => text.indexOf(norm(e.key))).filter((p) => p >= 0);
  let n = 0;
  for (const p of keys) {
    let el: Element | null = idx.nodeAt[p].parentElement;
    let best: Element | null = null;
    while (el && el !== doc.body) {
      const [s, e] = spanOf(idx, el);
      if (keys.some((q) => q !== p && q >= s && q < e)) break;
      best = el;
      el = el.parentElement;
    }
    if (best && !best.hasAttribute(ENTRY_ATTR) && !best.querySelector(`[${ENTRY_ATTR}]`) && !best.closest(`[${ENTRY_ATTR}]`)) {
      best.setAttribute(ENTRY_ATTR, `g${n++}`);
    }
  }
  return n;
}

/** Entries as a perfectly stable extractor would give them (ids kept), or as an unstable one (ids by position). */
export function testEntries(doc: Document, stableIds: boolean): EntryRef[] {
  return Array.from(doc.querySelectorAll(`[${ENTRY_ATTR}]`)).map((el, i) => ({ id: stableIds ? el.getAttribute(ENTRY_ATTR)! : `e${i}`, element: el }));
}

/** Wraps the text of a range in gold markers (text unchanged), so its place can be found after any change. */
function wrapGold(doc: Document, root: Element, range: TextRange, key: string): void {
  const idx = buildTextIndex(root);
  const o = rangeOffsets(idx, range)!;
  for (const [node, [s, e]] of textPieces(idx, o)) {
    const mid = s > 0 ? node.splitText(s) : node;
    if (e - s < mid.data.length) mid.splitText(e - s);
    const mark = doc.createElement(GOLD_TAG);
    mark.setAttribute('data-g', key);
    mid.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
  }
}

/** The gold span of annotation `key` in the index: [first, last] characters inside its markers, or null. */
function goldSpan(idx: TextIndex, root: Element, key: string): [number, number] | null {
  let s = Infinity;
  let e = -Infinity;
  for (const m of Array.from(root.querySelectorAll(`${GOLD_TAG}[data-g="${key}"]`))) {
    const [a, b] = spanOf(idx, m);
    if (b > a) [s, e] = [Math.min(s, a), Math.max(e, b)];
  }
  return s < e ? [s, e] : null;
}

/** A span of 1–14 words inside an entry, starting at a word. */
function pickSpan(idx: TextIndex, rand: () => number): [number, number] | null {
  const words = [...idx.text.matchAll(/\S+/g)];
  if (words.length < 4) return null;
  const len = rand() < 0.15 ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 12);
  const first = Math.floor(rand() * Math.max(1, words.length - len));
  const last = Math.min(words.length - 1, first + len - 1);
  return [words[first].index!, words[last].index! + words[last][0].length];
}


/** A new entry like `model` (same markup, ids and gold markers dropped) holding `text`. */
function newEntry(model: Element, text: string, id: string): Element {
  const el = model.cloneNode(true) as Element;
  for (const m of Array.from(el.querySelectorAll(GOLD_TAG))) m.replaceWith(...Array.from(m.childNodes));
  for (const x of [el, ...Array.from(el.querySelectorAll('[id], [' + ENTRY_ATTR + ']'))]) {
    x.removeAttribute('id');
    x.removeAttribute(ENTRY_ATTR);
  }
  const texts: Text[] = [];
  const walk = (n: Node): void => n.childNodes.forEach((c) => (c.nodeType === 3 ? texts.push(c as Text) : walk(c)));
  walk(el);
  const first = texts.find((t) => t.data.trim());
  for (const t of texts) t.data = t === first ? text : '';
  if (!first) el.appendChild(el.ownerDocument.createTextNode(text));
  el.setAttribute(ENTRY_ATTR, id);
  return el;
}

export type EntrySource = (doc: Document) => EntryRef[];

interface Note {
  key: string;
  selectors: Selectors;
  removed: boolean;
}

/** runExperiment(html, url, page, gold, entriesOf): the outcome of annotate → change → reload → anchor. */
export function runExperiment(html: string, url: string, gold: Gold, entriesOf: EntrySource): Outcome {
  const rand = rng(gold.page);
  const doc = parseHtml(html, url);
  markGoldEntries(doc, gold);
  const entries = entriesOf(doc);
  const notes: Note[] = [];
  const chosen = entries.filter((_, i) => entries.length <= 16 || i % Math.ceil(entries.length / 16) === 0);
  for (const entry of chosen) {
    const idx = buildTextIndex(entry.element);
    for (let k = rand() < 0.3 ? 2 : 1; k > 0; k--) {
      const span = pickSpan(idx, rand);
      if (!span) continue;
      const selectors = describe(doc.body, offsetsRange(idx, span[0], span[1]), entries);
      if (selectors) notes.push({ key: String(notes.length), selectors, removed: false });
    }
  }
  notes.forEach((n) => wrapGold(doc, doc.body, anchorRange(doc, n.selectors, entries), n.key));
  for (const n of notes) {
    const marks = Array.from(doc.querySelectorAll(`${GOLD_TAG}[data-g="${n.key}"]`));
    const r = rand();
    const holder = marks[0]?.closest(`[${ENTRY_ATTR}]`);
    if (r < 0.1) {
      marks.forEach((m) => (m.textContent = ''));
      n.removed = true;
    } else if (r < 0.25 && n.selectors.page.quote.exact.length >= 20) {
      const t = marks.map((m) => m.firstChild).find((c): c is Text => c?.nodeType === 3 && (c as Text).data.length >= 8);
      if (t) t.data = `${t.data.slice(0, 4)}x${t.data.slice(5)}`;
    } else if (r < 0.5 && holder) {
      const p = doc.createElement('p');
      p.textContent = 'Update: more details to follow, our correspondent says.';
      holder.appendChild(p);
    }
  }
  const all = Array.from(doc.querySelectorAll(`[${ENTRY_ATTR}]`));
  const first = all[0];
  if (first?.parentNode) {
    for (let i = 0; i < 3 && notes[i]; i++) {
      const q = notes[Math.floor(rand() * notes.length)].selectors.page.quote;
      first.parentNode.insertBefore(newEntry(first, `Breaking: development ${i}. As we reported, ${q.prefix}${q.exact}${q.suffix}`, `new${i}`), first);
    }
  }
  for (let i = 0; i < 3; i++) {
    const a = all[Math.floor(rand() * all.length)];
    const b = all[Math.floor(rand() * all.length)];
    if (a && b && a !== b && a.parentNode === b.parentNode && !a.contains(b) && !b.contains(a)) a.parentNode!.insertBefore(a, b);
  }
  const reloaded = parseHtml(doc.documentElement.outerHTML, url);
  const after = entriesOf(reloaded);
  const idx = buildTextIndex(reloaded.body);
  const out: Outcome = { page: gold.page, annotated: notes.length, placed: 0, orphaned: 0, misplaced: [], removed: notes.filter((n) => n.removed).length };
  for (const n of notes) {
    const result = anchor(reloaded.body, n.selectors, after);
    if (result.status === 'orphan') {
      out.orphaned++;
      continue;
    }
    const found = rangeOffsets(idx, result.range);
    const truth = goldSpan(idx, reloaded.body, n.key);
    const overlap = found && truth ? Math.max(0, Math.min(found[1], truth[1]) - Math.max(found[0], truth[0])) : 0;
    const union = found && truth ? Math.max(found[1], truth[1]) - Math.min(found[0], truth[0]) : 1;
    if (overlap / union >= 0.5) out.placed++;
    else out.misplaced.push({ quote: n.selectors.page.quote.exact, found: result.text, method: result.method });
  }
  return out;
}

/** Where the annotation is right now, before any change: it must be placed, and describe the same again. */
function anchorRange(doc: Document, s: Selectors, entries: EntryRef[]): TextRange {
  const r = anchor(doc.body, s, entries);
  if (r.status !== 'placed') throw new Error(`fresh annotation did not anchor: ${s.page.quote.exact}`);
  // hypothesis/client's round trip: describe what was anchored, and get the same selectors back.
  const again = describe(doc.body, r.range, entries);
  if (JSON.stringify(again) !== JSON.stringify(s)) throw new Error(`describe → anchor → describe changed the selectors of "${s.page.quote.exact}"`);
  return r.range;
}

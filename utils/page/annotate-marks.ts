// Highlights in the page: each text piece of an anchored range is wrapped in a <liveline-mark> (Liveline's own
// element, marker attributes, styled only by the one Liveline stylesheet). Only text nodes are wrapped; removal
// puts the text back and joins the text nodes it split, so the page serialises exactly as before.
import type { Color } from '../annotations/model';
import { buildTextIndex, rangeOffsets, textPieces, type TextRange } from '../annotations/text-index';

export const MARK_TAG = 'liveline-mark';
/** The annotation's id on each of its marks. */
export const MARK_ATTR = 'data-liveline-ann';
export const COLOR_ATTR = 'data-liveline-color';
/** The page layer's "Liveline's own element" attribute: the observer ignores changes under it. */
export const OWN_ATTR = 'data-liveline-own';
export const MARK_OWNER = 'annotations';

/** Text that cannot hold an element (form controls) or is not the page's to mark. */
const NO_WRAP = new Set(['TEXTAREA', 'OPTION', 'SELECT', 'TITLE', 'SCRIPT', 'STYLE']);

export interface Highlight {
  id: string;
  marks: Element[];
  /** [original, split-off] text node pairs, joined again on removal. */
  splits: Array<[Text, Text]>;
}

/**
 * highlightRange(root, range, id, color): wraps the range's text (as the index of `root` sees it) in marks.
 * Writes to the page (Liveline's own elements around page text). Returns what removeHighlight needs.
 */
export function highlightRange(root: Element, range: TextRange, id: string, color: Color): Highlight {
  const doc = root.ownerDocument;
  const idx = buildTextIndex(root);
  const h: Highlight = { id, marks: [], splits: [] };
  const o = rangeOffsets(idx, range);
  if (!o) return h;
  for (const [node, [s, e]] of textPieces(idx, o)) {
    const parent = node.parentElement;
    if (!parent || NO_WRAP.has(parent.tagName.toUpperCase())) continue;
    let piece = node;
    if (s > 0) {
      piece = node.splitText(s);
      h.splits.push([node, piece]);
    }
    if (e - s < piece.data.length) h.splits.push([piece, piece.splitText(e - s)]);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(OWN_ATTR, MARK_OWNER);
    mark.setAttribute(MARK_ATTR, id);
    mark.setAttribute(COLOR_ATTR, color);
    piece.parentNode!.insertBefore(mark, piece);
    mark.appendChild(piece);
    h.marks.push(mark);
  }
  return h;
}

/** setHighlightColor(h, color): recolours the marks. Writes to Liveline's own elements only. */
export function setHighlightColor(h: Highlight, color: Color): void {
  for (const m of h.marks) m.setAttribute(COLOR_ATTR, color);
}

/** removeHighlight(h): unwraps the marks and joins split text back. Writes to the page (restores it). */
export function removeHighlight(h: Highlight): void {
  for (const mark of h.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (const [original, split] of [...h.splits].reverse()) {
    if (split.parentNode && original.nextSibling === split) {
      original.appendData(split.data);
      split.parentNode.removeChild(split);
    }
  }
  h.marks = [];
  h.splits = [];
}

/** isIntact(h, text): every mark still in the page and together still holding `text` (whitespace aside). */
export function isIntact(h: Highlight, text: string): boolean {
  if (!h.marks.length || !h.marks.every((m) => m.isConnected)) return false;
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(h.marks.map((m) => m.textContent ?? '').join('')) === squash(text);
}

/** The stylesheet rules for highlights (added to the one Liveline stylesheet through the page layer). */
export const MARK_CSS = `
html[data-liveline] ${MARK_TAG} { all: unset; display: inline; border-radius: 2px; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; color: inherit; }
html[data-liveline] ${MARK_TAG}[${COLOR_ATTR}="yellow"] { background: rgba(255, 214, 0, .45); }
html[data-liveline] ${MARK_TAG}[${COLOR_ATTR}="green"] { background: rgba(60, 200, 90, .35); }
html[data-liveline] ${MARK_TAG}[${COLOR_ATTR}="blue"] { background: rgba(70, 150, 255, .35); }
html[data-liveline] ${MARK_TAG}[${COLOR_ATTR}="pink"] { background: rgba(255, 100, 170, .35); }
html[data-liveline] ${MARK_TAG}[${COLOR_ATTR}="purple"] { background: rgba(160, 100, 255, .35); }
html[data-liveline] ${MARK_TAG}[data-liveline-focus] { outline: 2px solid #0b57d0; outline-offset: 1px; }
`;

// Text and tree helpers for entries: a bounded walk of descendants, visible text without chosen subtrees, the
// first characters of an element's text, a stable content hash. Pure: reads elements, never writes.
import { collapse, isInvisibleElement } from './text';

/** Most descendants looked at for an entry's stamp, title, byline and flags (they sit at its top). */
const MAX_NODES = 400;
const NO_WALK = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|SVG)$/;

/** descendants(el): up to MAX_NODES descendant elements in page order (a walk, cheaper than selectors). */
export function descendants(el: Element, max = MAX_NODES): Element[] {
  const out: Element[] = [];
  let n: Element | null = el.firstElementChild;
  while (n && out.length < max) {
    out.push(n);
    if (n.firstElementChild && !NO_WALK.test(n.tagName)) {
      n = n.firstElementChild;
      continue;
    }
    while (n && !n.nextElementSibling) {
      n = n.parentElement;
      if (n === el) n = null;
    }
    n = n ? n.nextElementSibling : null;
  }
  return out;
}

const SKIP_TEXT = new Set(['BUTTON', 'TIME', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = /^(?:P|DIV|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|LI|UL|OL|H[1-6]|BLOCKQUOTE|FIGURE|FIGCAPTION|TABLE|TR|TD|BR|DL|DT|DD|PRE)$/;

/** Visible text of elements, leaving out `skip` subtrees, buttons and time stamps; whitespace collapsed. */
export function textOf(roots: readonly Element[], skip: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (skip.has(e) || SKIP_TEXT.has(e.tagName) || isInvisibleElement(e)) continue;
        const block = BLOCK.test(e.tagName);
        if (block) parts.push(' ');
        walk(e);
        if (block) parts.push(' ');
      }
    }
  };
  for (const r of roots) {
    if (skip.has(r) || isInvisibleElement(r)) continue;
    walk(r);
    parts.push(' ');
  }
  return collapse(parts.join(''));
}

/** The first `max` characters of an element's visible text (stops walking early on big subtrees). */
export function leadText(el: Element, max = 120): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (isInvisibleElement(e) || e.tagName === 'BUTTON') continue;
        if (BLOCK.test(e.tagName)) out += ' ';
        if (walk(e)) return true;
      }
      if (out.length > max * 2) return true;
    }
    return false;
  };
  walk(el);
  return collapse(out).slice(0, max);
}

/** A short stable hash (FNV-1a, base 36) of a string. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

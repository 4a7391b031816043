// An entry's meta line (the small block around its time stamp: stamp, byline, labels) and its author.
// Pure: reads elements, never writes.
import { STAMP_CLASS } from './entry-fields';
import { descendants } from './entry-text';
import { collapse } from './text';
import { parseClock } from './times';

const AUTHOR_CLASS = /author|byline|contributor/i;
const cls = (e: Element) => e.getAttribute('class') ?? '';

/** The author named in an entry's byline or meta line, or null. */
export function authorOf(el: Element, meta: Element | null, nodes = descendants(el)): string | null {
  const bylines = nodes.filter((c) => c.getAttribute('rel') === 'author' || c.getAttribute('itemprop') === 'author' || AUTHOR_CLASS.test(cls(c)));
  for (const c of bylines.slice(0, 4)) {
    const t = collapse(c.textContent ?? '').replace(BYLINE_LABEL, '').replace(/^[\s—–-]+/, '');
    if (t.length >= 3 && t.length <= 80 && !/\d{1,2}[:.]\d{2}/.test(t)) return t;
  }
  if (!meta) return null;
  for (const c of descendants(meta, 40).concat(meta)) {
    if (c.childElementCount > 0 && c !== meta) continue;
    const t = collapse(c.textContent ?? '').replace(BYLINE_LABEL, '');
    if (PERSON.test(t)) return t;
  }
  return null;
}

const BYLINE_LABEL = /^[\s—–-]*(?:by|von|par|di|door|por|gepubliceerd|published|posted|updated|aktualisiert)\s*:?\s*/i;
/** Two to four capitalised words: a person's name as bylines write it. */
const PERSON = /^\p{Lu}[\p{Ll}'’.][\p{L}'’.-]*(?:\s+(?:(?:de|van|der|den|von|da|di|le|la|bin|al)\s+)?\p{Lu}[\p{Ll}'’.][\p{L}'’.-]*){1,3}$/u;
const META_BREAK = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,img,figure,picture,video,iframe';
/** Longest meta line (chars): a stamp, a byline, a label. */
const MAX_META = 100;

function isStampElement(c: Element): boolean {
  if (c.tagName === 'TIME' || c.hasAttribute('datetime') || c.tagName === 'AMP-TIMEAGO') return true;
  const cls = c.getAttribute('class') ?? '';
  if (c.childElementCount > 2 || (!cls && c.childElementCount > 0)) return false;
  const t = collapse(c.textContent ?? '');
  if (t.length > 40) return false;
  return (STAMP_CLASS.test(cls) || c.childElementCount === 0) && leadingStamp(t);
}

function leadingStamp(t: string): boolean {
  const c = parseClock(t);
  return !!c && c.index <= 12;
}

/**
 * The entry's meta line: the small block around its first time stamp (stamp, byline, labels such as "KEY
 * EVENT"), left out of the entry's text; null when the entry shows no stamp.
 */
export function metaLine(el: Element, nodes = descendants(el)): Element | null {
  const stamp = nodes.slice(0, 60).find(isStampElement) ?? null;
  if (!stamp) return null;
  let line = stamp;
  for (let p = stamp.parentElement; p && p !== el; p = p.parentElement) {
    if (p.querySelector(META_BREAK) || collapse(p.textContent ?? '').length > MAX_META) break;
    line = p;
  }
  return line;
}

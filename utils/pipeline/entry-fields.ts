// Reading one entry's fields (id, title, text, author, key-event flag, raw time evidence) from its element(s).
// Pure: reads elements, never writes.
import { parseDayInText, type DayHeading } from './day-headings';
import { collapse, isInvisibleElement } from './text';
import { parseClock, parseMachineTime, parseRelative, type Clock } from './times';

/** Time evidence found in an entry, before it is resolved against the page's date and zone. */
export interface TimeEvidence {
  machine: number | null;
  /**
   * The machine time says UTC ("…Z") but its element shows that same clock: likely local time with a wrong
   * suffix (repubblica.it); another source (JSON-LD) should win where there is one.
   */
  suspect?: boolean;
  clock: Clock | null;
  /** A day written in the same stamp as the clock ("19:02 (IST), Oct 02"). */
  stampDay?: DayHeading | null;
  relative: number | null;
}

const MACHINE_ATTRS = ['datetime', 'data-post-time', 'data-timestamp', 'data-published', 'data-publish-time', 'data-date', 'data-time', 'content'];
const MACHINE_MARKS = ['datetime', 'data-post-time', 'data-timestamp', 'data-published', 'data-publish-time'];
const STAMP_CLASS = /(?:^|[\s_-])(?:time|timestamp|date|stamp|clock|posted|published|dte|meta)(?:$|[\s_-])|time|date/i;
const TITLE_CLASS = /title|headline/i;
const AUTHOR_CLASS = /author|byline|contributor/i;
const KEY_CLASS = /key-?event|pinned/i;
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

const cls = (e: Element) => e.getAttribute('class') ?? '';
const KEY_EVENT = /key-?event|pinned|is-key|keypoint|key-?point|breaking|important|highlight|sticky/i;
const GENERIC_ID = /^(?:main|content|root|app|container|wrapper|article|body|page)$/i;

function machineOf(el: Element): number | null {
  for (const a of MACHINE_ATTRS) {
    const v = el.getAttribute(a);
    if (v != null) {
      const t = parseMachineTime(v);
      if (t != null) return t;
    }
  }
  return null;
}

/** Time evidence of an entry: a machine date (attribute), else a clock in a stamp element or at its start. */
export function timeEvidence(el: Element, leadText: string, nodes = descendants(el)): TimeEvidence {
  let machine = machineOf(el);
  let suspect = false;
  if (machine == null) {
    const marked = nodes.filter((c) => c.getAttribute('itemprop') === 'datePublished' || MACHINE_MARKS.some((a) => c.hasAttribute(a)));
    for (const c of marked.slice(0, 4)) {
      machine = machineOf(c);
      if (machine != null) {
        suspect = looksLocal(c, machine);
        break;
      }
    }
  }
  machine ??= epochInId(el);
  let clock: Clock | null = null;
  let stampDay: DayHeading | null = null;
  for (const c of nodes.filter((x) => x.tagName === 'TIME' || x.hasAttribute('class')).slice(0, 40)) {
    if (c.tagName !== 'TIME' && !STAMP_CLASS.test(cls(c))) continue;
    const t = collapse(c.textContent ?? '');
    if (t.length > 60) continue;
    clock = parseClock(t);
    if (clock) {
      stampDay = parseDayInText(t);
      break;
    }
  }
  if (!clock) {
    const c = parseClock(leadText.slice(0, 40));
    if (c && c.index < 4) clock = c;
  }
  return { machine, suspect, clock, stampDay, relative: parseRelative(leadText.slice(0, 80)) };
}

function looksLocal(el: Element, t: number): boolean {
  if (!/(?:Z|[+-]00:?00)$/.test(el.getAttribute('datetime') ?? '')) return false;
  const shown = parseClock(collapse(el.textContent ?? ''));
  const d = new Date(t);
  return !!shown && shown.h === d.getUTCHours() && shown.m === d.getUTCMinutes();
}

/** A millisecond epoch inside the entry's own anchor id ("timelines-1783125872797"), as some timelines write. */
function epochInId(el: Element): number | null {
  const id = `${el.id} ${el.firstElementChild?.id ?? ''} ${descendants(el, 20).find((x) => x.id)?.id ?? ''}`;
  const m = /(?:^|\D)(1[3-9]\d{11})(?:\D|$)/.exec(id);
  return m ? Number(m[1]) : null;
}

/** The entry's own id: its id or data id, else a post-like id on a descendant; null when it has none. */
export function ownId(el: Element, nodes = descendants(el)): string | null {
  const direct = el.id || el.getAttribute('data-post-id') || el.getAttribute('data-event-id') || el.getAttribute('data-entry-id') || el.getAttribute('data-id');
  if (direct && !GENERIC_ID.test(direct)) return direct;
  const inner = nodes.find((x) => x.id);
  if (inner && /\d{3,}|post|entry|update|event|block/i.test(inner.id) && !/^(?:video|player|ad|img|image)/i.test(inner.id)) return inner.id;
  return null;
}

/** A short title element inside the entry (a heading or a "title" class), or null. */
export function titleElement(el: Element, nodes = descendants(el)): Element | null {
  const titles = nodes.filter((c) => /^H[1-6]$/.test(c.tagName) || TITLE_CLASS.test(cls(c)) || c.getAttribute('itemprop') === 'headline');
  for (const c of titles.slice(0, 6)) {
    const t = collapse(c.textContent ?? '');
    if (t.length >= 3 && t.length <= 300 && !c.querySelector('li,blockquote') && (/^H\d$/.test(c.tagName) || !c.querySelector('p'))) return c;
  }
  return null;
}

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

/** True when the page marks the entry as a key event, pinned post or highlight. */
export function isKeyEvent(el: Element, nodes = descendants(el)): boolean {
  if (KEY_EVENT.test(`${cls(el)} ${el.getAttribute('data-type') ?? ''}`)) return true;
  return nodes.some((c) => KEY_CLASS.test(cls(c)));
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

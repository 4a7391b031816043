// One pass over the page to find its timestamps (time elements, date attributes, stamp-classed clocks and
// clock-line headings), counted into every ancestor so "how many stamps does this block hold?" is a lookup.
// Pure: reads the document only.
import { leadText } from './entry-text';
import { fold } from './ld-match';
import { leadingClock, parseClock, parseMachineTime, parseRelative } from './times';

export interface StampIndex {
  /** Stamps inside each element (itself included). */
  count: Map<Element, number>;
  /** Clock-line headings and lead-ins ("13.28 Uhr: …") inside each element. */
  lines: Map<Element, number>;
  /** Blocks whose text opens like a JSON-LD liveBlogUpdate (its body or headline) inside each element. */
  ld: Map<Element, number>;
}

const STAMP_ATTRS = ['datetime', 'data-post-time', 'data-timestamp', 'data-published', 'data-publish-time'];
const STAMP_CLASS = /time|date|stamp|clock|posted|dte/i;
/** An element holding nothing but a clock: "14:05", "9.45am", "21:06 (IST)". */
const BARE_CLOCK = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,4}\)?)?\s*$/i;
/** A match minute standing alone: "95'", "45+2'" (commentary pages stamp entries so; it gives no clock time). */
const BARE_MINUTE = /^\s*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′]\s*$/;
const LINE_TAGS = /^(?:H2|H3|H4|H5|H6|P|STRONG|B)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|SVG|PATH|OPTION)$/;

function isStamp(el: Element): boolean {
  if (el.tagName === 'TIME') return true;
  for (const a of STAMP_ATTRS) {
    const v = el.getAttribute(a);
    if (v != null && parseMachineTime(v) != null) return true;
  }
  if (el.getAttribute('itemprop') === 'datePublished') return true;
  if (el.childElementCount === 0) {
    const t = el.textContent ?? '';
    if (t.length <= 16 && (BARE_CLOCK.test(t) || BARE_MINUTE.test(t))) return true;
    if (t.length <= 30 && parseRelative(t) != null) return true;
  }
  const cls = el.getAttribute('class');
  if (cls && STAMP_CLASS.test(cls) && el.childElementCount <= 3) {
    const t = (el.textContent ?? '').trim();
    return t.length <= 40 && parseClock(t) != null;
  }
  return false;
}

function isClockLine(el: Element): boolean {
  if (!LINE_TAGS.test(el.tagName)) return false;
  if ((el.tagName === 'STRONG' || el.tagName === 'B') && el.parentElement?.firstElementChild !== el) return false;
  return leadingClock(leadText(el, 40)) != null;
}

function bump(map: Map<Element, number>, from: Element, stop: Element): void {
  for (let a: Element | null = from; a; a = a.parentElement) {
    map.set(a, (map.get(a) ?? 0) + 1);
    if (a === stop) break;
  }
}

const PROBE_TAGS = /^(?:P|H1|H2|H3|H4|H5|H6|LI|BLOCKQUOTE|DIV)$/;

/**
 * indexStamps(root, probes): timestamp counts per element under root, and where `probes` (ldProbes) are given,
 * counts of blocks opening with a JSON-LD update's text. O(elements + stamps × depth).
 */
export function indexStamps(root: Element, probes: ReadonlySet<string> = new Set()): StampIndex {
  const count = new Map<Element, number>();
  const lines = new Map<Element, number>();
  const ld = new Map<Element, number>();
  const probeLength = probes.size ? [...probes][0].length : 0;
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (SKIP.test(el.tagName)) continue;
    if (isStamp(el)) bump(count, el, root);
    else if (isClockLine(el)) {
      bump(count, el, root);
      bump(lines, el, root);
    }
    if (probeLength && PROBE_TAGS.test(el.tagName) && (el.tagName !== 'DIV' || el.childElementCount === 0)) {
      const start = fold(leadText(el, probeLength * 2)).slice(0, probeLength);
      if (start.length === probeLength && probes.has(start)) bump(ld, el, root);
    }
  }
  return { count, lines, ld };
}

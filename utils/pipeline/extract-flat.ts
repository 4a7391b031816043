// Entries without markup of their own: a run of headings or bold lead-ins that start with a clock
// ("13.28 Uhr: …", "9h05 - …", "12.20pm BST: …"), each followed by body paragraphs up to the next one
// (NZZ, Les Echos, BR24, Express 2017). Pure: reads the document only.
import { parseDayHeading, type DayHeading } from './day-headings';
import { leadText } from './entry-text';
import { leadingClock, type Clock } from './times';

/** One flat entry: its start block (the clock line), the blocks up to the next one, and the day it falls under. */
export interface FlatGroup {
  start: Element;
  elements: Element[];
  clock: Clock;
  day: DayHeading | null;
}

export interface FlatRun {
  container: Element;
  groups: FlatGroup[];
}

const START_TAGS = 'h2,h3,h4,h5,h6,p,div';
const LEAF = /^(?:P|H[1-6]|BLOCKQUOTE|UL|OL|TABLE|PRE|FIGURE|DL)$/;
const WRAPPER = /^(?:DIV|SECTION|ARTICLE|MAIN|ASIDE|SPAN|CENTER)$/;
const HEADING = /^H[1-6]$/;
const SKIP_BLOCK = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|pub|publicite|promo|related|newsletter|share|social)(?:$|[\s_-])/i;
/** Fewest clock lines that make a flat run. */
const MIN_STARTS = 3;
/** Body text (chars) under a clock line that makes it an entry rather than a schedule line, and the share needed. */
const MIN_BODY = 40;
const MIN_BODY_SHARE = 0.5;
/** Share of all clock lines the chosen container must hold. */
const CONTAINER_SHARE = 0.6;

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (LEAF.test(c.tagName) || WRAPPER.test(c.tagName) && c.tagName !== 'SPAN') return true;
  return false;
}

/** A clock line: a leaf block whose text opens with a clock and goes on with a title. */
function startClock(el: Element): Clock | null {
  if (el.tagName === 'DIV' && hasBlockChild(el)) return null;
  const lead = leadText(el, 80);
  const c = leadingClock(lead);
  if (!c) return null;
  return lead.length > c.end + 3 ? c : null;
}

/** findFlatRun(root): the clock-line entries of the page, or null when it has fewer than MIN_STARTS. */
export function findFlatRun(root: Element): FlatRun | null {
  const starts = new Map<Element, Clock>();
  for (const el of Array.from(root.querySelectorAll(START_TAGS))) {
    if (el.tagName === 'DIV' && el.childElementCount > 3) continue;
    const c = startClock(el);
    if (c && !(el.parentElement && starts.has(el.parentElement))) starts.set(el, c);
  }
  if (starts.size < MIN_STARTS) return null;
  const container = commonContainer([...starts.keys()]);
  if (!container) return null;
  const groups: FlatGroup[] = [];
  let current: FlatGroup | null = null;
  let day: DayHeading | null = null;
  for (const block of leafBlocks(container)) {
    const clock = starts.get(block) ?? (block.firstElementChild && starts.get(block.firstElementChild));
    if (clock) {
      current = { start: block, elements: [block], clock, day };
      groups.push(current);
      continue;
    }
    const text = leadText(block, 60);
    const d = HEADING.test(block.tagName) || text.length <= 40 ? parseDayHeading(text) : null;
    if (d) {
      day = d;
      current = null;
    } else if (current && HEADING.test(block.tagName) && Number(block.tagName[1]) <= 3 && !HEADING.test(current.start.tagName)) {
      current = null;
    } else if (current && text && block.tagName !== 'FIGURE' && !SKIP_BLOCK.test(block.getAttribute('class') ?? '')) {
      current.elements.push(block);
    }
  }
  if (groups.length < MIN_STARTS) return null;
  // A schedule or an event scroller also lists clock lines, but with nothing under them.
  const withBody = groups.filter((g) => g.elements.slice(1).reduce((n, e) => n + leadText(e, MIN_BODY).length, 0) >= MIN_BODY);
  return withBody.length >= groups.length * MIN_BODY_SHARE ? { container, groups } : null;
}

/** The deepest element holding at least CONTAINER_SHARE of the clock lines. */
function commonContainer(starts: Element[]): Element | null {
  const counts = new Map<Element, number>();
  const depth = new Map<Element, number>();
  for (const s of starts) {
    let d = 0;
    for (let a = s.parentElement; a; a = a.parentElement) {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      d++;
    }
    for (let a = s.parentElement, k = d; a; a = a.parentElement, k--) depth.set(a, k);
  }
  const need = Math.max(MIN_STARTS, Math.ceil(starts.length * CONTAINER_SHARE));
  let best: Element | null = null;
  for (const [el, n] of counts) if (n >= need && (!best || depth.get(el)! > depth.get(best)!)) best = el;
  return best;
}

/** The leaf blocks (paragraphs, headings, lists, figures) of a container, in page order. */
function leafBlocks(container: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|NAV|FOOTER|BUTTON|FORM|IFRAME)$/.test(c.tagName)) continue;
      if (LEAF.test(c.tagName) || (WRAPPER.test(c.tagName) && !hasBlockChild(c))) out.push(c);
      else if (WRAPPER.test(c.tagName)) walk(c);
    }
  };
  walk(container);
  return out;
}

// Reading one entry's fields (id, title, key-event flag, raw time evidence) from its element; text helpers are in
// entry-text.ts, the meta line and author in entry-meta.ts.
// Pure: reads elements, never writes.
import { parseDayInText, type DayHeading } from './day-headings';
import { descendants } from './entry-text';
import { collapse } from './text';
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
/** Class names of stamp elements (times, dates, "posted" lines). */
export const STAMP_CLASS = /(?:^|[\s_-])(?:time|timestamp|date|stamp|clock|posted|published|dte|meta)(?:$|[\s_-])|time|date/i;
const TITLE_CLASS = /title|headline/i;
const KEY_CLASS = /key-?event|pinned/i;

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


/** True when the page marks the entry as a key event, pinned post or highlight. */
export function isKeyEvent(el: Element, nodes = descendants(el)): boolean {
  if (KEY_EVENT.test(`${cls(el)} ${el.getAttribute('data-type') ?? ''}`)) return true;
  return nodes.some((c) => KEY_CLASS.test(cls(c)));
}

// extractEntries: layout → units → fields → times (JSON-LD first, then the page's own stamps) → stable ids.
import { isKeyEvent, ownId, timeEvidence, titleElement, type TimeEvidence } from './entry-fields';
import { authorOf, metaLine } from './entry-meta';
import { descendants, hashText, leadText, textOf } from './entry-text';
import { ldProbes } from './extract-blocks';
import { findEntryLayout, recalledLayout, entryUnits, type EntryLayout, type EntryUnit } from './entry-layout';
import { resolveTimes } from './entry-times';
import { readPageLd, type PageLd } from './json-ld';
import { fold, matchUpdates } from './ld-match';
import { pageClock, type PageClock } from './page-time';
import { collapse } from './text';
import { parseMachineTime } from './times';
import type { DayHeading } from './day-headings';
import type { Entry, ExtractContext } from './types';

/** What a re-read needs besides the layout: the page's structured data and clock. Keep it with the layout. */
export interface PageFacts {
  ld: PageLd;
  clock: PageClock;
}

interface Draft {
  unit: EntryUnit;
  title: string | null;
  text: string;
  evidence: TimeEvidence;
  day: DayHeading | null;
  pageId: string | null;
  author: string | null;
  keyEvent: boolean;
}

/** readPageFacts(document, url, ld?): structured data (parsed here unless given) and clock of the page. Pure. */
export function readPageFacts(doc: Document, url: string, known?: PageLd): PageFacts {
  const ld = known ?? readPageLd(doc);
  return { ld, clock: pageClock(doc, url, ld) };
}

function draftOf(unit: EntryUnit): Draft {
  const g = unit.group;
  if (g) {
    const startText = collapse(leadText(g.start, 400));
    const title = startText.slice(g.clock.end).replace(/^\s*[:\-–—|•·,]?\s*/, '') || null;
    return {
      unit,
      title,
      text: textOf(g.elements, new Set()),
      evidence: { machine: null, clock: g.clock, relative: null },
      day: g.day,
      pageId: g.start.id || null,
      author: null,
      keyEvent: g.elements.some((b) => isKeyEvent(b)),
    };
  }
  const el = unit.element;
  if (unit.elements) {
    const body = unit.elements.slice(1);
    const titleEl = body.map((b) => (/^H\d$/.test(b.tagName) ? b : titleElement(b))).find((x) => x) ?? null;
    return {
      unit,
      title: titleEl ? collapse(titleEl.textContent ?? '') : null,
      text: textOf(body, new Set(titleEl ? [titleEl] : [])),
      evidence: timeEvidence(el, leadText(el, 120)),
      day: null,
      pageId: ownId(el) ?? (body[0] ? ownId(body[0]) : null),
      author: null,
      keyEvent: isKeyEvent(el) || body.some((b) => isKeyEvent(b)),
    };
  }
  const nodes = descendants(el);
  const titleEl = titleElement(el, nodes);
  const meta = metaLine(el, nodes);
  const skip = new Set<Element>([titleEl, meta].filter((x): x is Element => !!x && x !== el));
  return {
    unit,
    title: titleEl ? collapse(titleEl.textContent ?? '') : null,
    text: textOf([el], skip),
    evidence: timeEvidence(el, leadText(el, 120), nodes),
    day: null,
    pageId: ownId(el, nodes),
    author: authorOf(el, meta, nodes),
    keyEvent: isKeyEvent(el, nodes),
  };
}

/** True for units that carry no words of their own (a separator holding only a minute or a time). */
function isEmpty(d: Draft): boolean {
  return `${d.title ?? ''}${d.text}`.replace(/[\d\s'’:.+\-–|()]/g, '').length < 2;
}

/**
 * readEntries(units, facts, context): Entry objects for entry units (from entryUnits(layout)). Pure. The content
 * script calls it with the units that are new or changed since the last run; ids stay the same across runs.
 */
export function readEntries(units: readonly EntryUnit[], facts: PageFacts, context: ExtractContext): Entry[] {
  const drafts = units.map(draftOf).filter((d) => !isEmpty(d));
  const ids = new Set<string>();
  const repeats = new Map<string, number>();
  const withIds = drafts.map((d) => {
    const base = d.pageId ?? `e-${hashText(`${d.title ?? ''}|${d.text.slice(0, 300)}`)}`;
    let id = base;
    // A repeated id (identical posts, a page reusing one id) gets its occurrence number: stable while the
    // page only adds entries above or below.
    for (let n = repeats.get(base) ?? 1; ids.has(id); n++) {
      id = `${base}-${n + 1}`;
      repeats.set(base, n + 1);
    }
    ids.add(id);
    return { d, id, folded: fold(`${d.title ?? ''} ${d.text}`) };
  });
  const ldHits = facts.ld.updates.length ? matchUpdates(withIds, facts.ld.updates) : withIds.map(() => null);
  const resolved = resolveTimes(withIds.map(({ d }) => ({ evidence: d.evidence, day: d.day })), facts.clock, context.now);
  return withIds.map(({ d, id }, i) => {
    const ldTime = parseMachineTime(ldHits[i]?.published ?? null);
    const own = d.evidence.machine != null && !(d.evidence.suspect && ldTime != null) ? d.evidence.machine : null;
    const t = own ?? ldTime ?? resolved[i];
    const el = d.unit.element;
    const entry: Entry = {
      id,
      time: t != null && Number.isFinite(t) ? new Date(t).toISOString() : null,
      title: d.title,
      text: d.text,
      author: d.author,
      keyEvent: d.keyEvent,
      element: el,
    };
    const span = d.unit.elements ?? d.unit.group?.elements;
    if (span && span.length > 1) entry.elements = span;
    return entry;
  });
}

/** extractEntries(document, context): the page's live entries in page order. Pure; never throws. */
export function extractEntries(doc: Document, context: ExtractContext): Entry[] {
  try {
    const body = doc.body;
    if (!body) return [];
    const recalled = recalledLayout(context.detection);
    const facts = readPageFacts(doc, context.url, recalled?.ld);
    const layout: EntryLayout = recalled?.layout ?? findEntryLayout(body, ldProbes(facts.ld.updates));
    return readEntries(entryUnits(layout), facts, context);
  } catch {
    return [];
  }
}

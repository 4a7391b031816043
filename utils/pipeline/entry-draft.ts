// One entry unit's fields as read from the page, before ids and times are settled across the whole list. A
// draft depends only on the unit's own elements, so a live update can keep the drafts of untouched units.
// Pure: reads elements, never writes.
import type { DayHeading } from './day-headings';
import { isKeyEvent, ownId, timeEvidence, titleElement, type TimeEvidence } from './entry-fields';
import type { EntryUnit } from './entry-layout';
import { authorOf, metaLine } from './entry-meta';
import { descendants, leadText, textOf } from './entry-text';
import { collapse } from './text';

export interface Draft {
  unit: EntryUnit;
  title: string | null;
  text: string;
  evidence: TimeEvidence;
  day: DayHeading | null;
  pageId: string | null;
  author: string | null;
  keyEvent: boolean;
  /** Folded title and text, for matching JSON-LD updates; filled in when first needed. */
  folded?: string;
}

/** draftOf(unit): the unit's title, text, time evidence, own id, author and key-event flag. */
export function draftOf(unit: EntryUnit): Draft {
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
export function isEmptyDraft(d: Draft): boolean {
  return `${d.title ?? ''}${d.text}`.replace(/[\d\s'’:.+\-–|()]/g, '').length < 2;
}

/** Every element a unit spans, in page order: what its draft was read from. */
export function spanOf(unit: EntryUnit): readonly Element[] {
  return unit.group?.elements ?? unit.elements ?? [unit.element];
}

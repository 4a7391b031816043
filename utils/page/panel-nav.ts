import type { Entry } from '../pipeline/types';

// Moving between entries by keyboard (commands and the panel's buttons), in the order the reader SEES them
// (reading order may reverse the page's), skipping entries that are hidden (clean view, topic filter).

/** Where a navigated-to entry's top lands (px from the viewport top): the CSS scroll-margin-top (80px). */
export const READING_LINE = 80;

export interface Placed {
  id: string;
  /** getBoundingClientRect().top */
  top: number;
}

/**
 * stepTarget(placed, currentId, direction, viewportHeight): the entry to go to, or null at either end. Pure.
 * `placed` is sorted by top. From the current entry when it is still on or near the screen; otherwise (the
 * reader scrolled away) from the reading line.
 */
export function stepTarget(placed: readonly Placed[], currentId: string | null, direction: 1 | -1, viewportHeight: number): string | null {
  const i = currentId === null ? -1 : placed.findIndex((p) => p.id === currentId);
  if (i >= 0 && placed[i].top > -viewportHeight && placed[i].top < viewportHeight * 1.5) {
    return placed[i + direction]?.id ?? null;
  }
  if (direction === 1) return placed.find((p) => p.top > READING_LINE + 1)?.id ?? null;
  for (let j = placed.length - 1; j >= 0; j--) if (placed[j].top < READING_LINE - 1) return placed[j].id;
  return null;
}

/** isShown(el): the element is rendered (not display:none, not inside a hidden block). Reads layout. */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** placedEntries(entries): shown entries with their current top, sorted as the reader sees them. Reads layout. */
export function placedEntries(entries: readonly Entry[]): Placed[] {
  return entries
    .filter((e) => e.element.isConnected && isShown(e.element))
    .map((e) => ({ id: e.id, top: e.element.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top);
}

/** A reader has "seen" an element when this much of it is on screen (px), or half of it if it is smaller. */
export const SEEN_PX = 48;

/** inViewport(el, viewportHeight): enough of the element is on screen for the reader to notice it. Reads layout. */
export function inViewport(el: Element, viewportHeight: number): boolean {
  const r = el.getBoundingClientRect();
  if (r.height <= 0 && r.width <= 0) return false;
  const visible = Math.min(r.bottom, viewportHeight) - Math.max(r.top, 0);
  return visible > 0 && visible >= Math.min(SEEN_PX, r.height / 2);
}

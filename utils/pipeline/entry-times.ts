// Resolving each entry's time evidence into an instant: machine dates as they are; clock times on the day of the
// nearest day heading, else counted back (or forward) from the page's own date as the clock wraps past midnight.
import type { DayHeading } from './day-headings';
import type { TimeEvidence } from './entry-fields';
import type { PageClock } from './page-time';
import { localDay, localToUtc, type Zone } from './times';

/** An entry's evidence plus the day heading it sits under, if any. */
export interface TimedItem {
  evidence: TimeEvidence;
  day: DayHeading | null;
}

const DAY = 86_400_000;
/** A clock this far after the page's own date belongs to the day before. */
const FUTURE_SLACK = 90 * 60_000;
/** A step against the page's order larger than this means the day changed. */
const WRAP_STEP = 60 * 60_000;

function minutesOfDay(item: TimedItem): number | null {
  const c = item.evidence.clock;
  return c ? c.h * 60 + c.m : null;
}

/** True when clock times mostly go down the page (newest first). */
function newestFirst(items: readonly TimedItem[]): boolean {
  let down = 0;
  let up = 0;
  let prev: number | null = null;
  for (const it of items) {
    const t = it.evidence.machine ?? minutesOfDay(it);
    if (t == null) continue;
    if (prev != null && t !== prev) (t < prev ? down++ : up++);
    prev = t;
  }
  return down >= up;
}

function at(day: { y: number; mo: number; d: number }, item: TimedItem, zone: Zone): number {
  const c = item.evidence.clock!;
  const z: Zone = c.offset != null ? () => c.offset! : c.zone ?? zone;
  return localToUtc(day.y, day.mo, day.d, c.h, c.m, c.s, z);
}

/** resolveTimes(items, page, now): one instant (ms) or null per item, in the same order. */
export function resolveTimes(items: readonly TimedItem[], page: PageClock, now?: Date): Array<number | null> {
  const desc = newestFirst(items);
  const anchor = page.anchor ?? now?.getTime() ?? null;
  let day = anchor != null ? localDay(anchor, page.zone) : null;
  let prev: number | null = null;
  let lastHeading: DayHeading | null = null;
  return items.map((item) => {
    const ev = item.evidence;
    if (ev.machine != null) {
      prev = ev.machine;
      day = localDay(ev.machine, page.zone);
      return ev.machine;
    }
    if (item.day && item.day !== lastHeading) {
      lastHeading = item.day;
      const y = item.day.y ?? (day ? day.y - (item.day.mo > day.mo + 1 ? 1 : 0) : new Date(anchor ?? 0).getUTCFullYear());
      day = { y, mo: item.day.mo, d: item.day.d };
      prev = null;
    }
    const sd = ev.stampDay;
    const sy = sd ? sd.y ?? (day ? day.y - (sd.mo > day.mo + 1 ? 1 : 0) : null) : null;
    if (ev.clock && sd && sy != null) {
      day = { y: sy, mo: sd.mo, d: sd.d };
      prev = at(day, item, page.zone);
      return prev;
    }
    if (ev.clock && day) {
      let t = at(day, item, page.zone);
      if (prev == null && !item.day && page.anchorIsLatest && anchor != null && t > anchor + FUTURE_SLACK) t -= DAY;
      else if (prev != null && desc && t > prev + WRAP_STEP) t -= DAY;
      else if (prev != null && !desc && t < prev - WRAP_STEP) t += DAY;
      day = localDay(t, page.zone);
      prev = t;
      return t;
    }
    const ref = now?.getTime() ?? page.anchor;
    if (ev.relative != null && ref != null) return ref - ev.relative;
    return null;
  });
}

// Time parsing for live entries: clock times in visible text ("6:41am", "13.28 Uhr", "9h05", "14.32 GMT"), day
// headings ("Sunday 15 December", "Mittwoch, 17. 7."), relative times ("2h ago") and machine dates (ISO, epochs).
// Pure string → value helpers; no DOM. Zones are small rules (EU/US summer time), enough for news pages.

/** A time of day read from text; `offset` is minutes east of UTC when the text names a zone ("BST"). */
export interface Clock {
  h: number;
  m: number;
  s: number;
  offset: number | null;
  /** A zone named by a summer-time-aware label ("ET", "PT"): resolved on the entry's date. */
  zone?: Zone;
  /** Where the match starts and ends in the text. */
  index: number;
  end: number;
}

/** Minutes east of UTC at a UTC instant. */
export type Zone = (utcMs: number) => number;

const ZONE_LABELS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, WET: 0, WEST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  IST: 330, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AEST: 600, AEDT: 660, JST: 540, HKT: 480, SGT: 480,
};

/** US zone labels without a season: their standard offset, summer time applied by date. */
const US_LABELS: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const CLOCK_RE =
  /(?<![\d.:,/])(\d{1,2})(?:([:.h])(\d{2}))?(?:[:.](\d{2}))?(?!\d|[.,]\d)\s*(a\.?m\.?|p\.?m\.?)?(?![a-z])(?:\s*(?:uhr|hrs|h)\b)?(?:\s*\(?\s*(UTC|GMT|BST|WEST|WET|CEST|CET|MESZ|MEZ|EEST|EET|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|HKT|SGT|ET|CT|MT|PT)\b)?/gi;

/**
 * parseClock(text): the first time of day in `text` ("12.20pm BST", "13.28 Uhr", "9h05", "07:41", "9am"), or
 * null. A bare number needs am/pm; hours and minutes must be in range.
 */
export function parseClock(text: string): Clock | null {
  CLOCK_RE.lastIndex = 0;
  for (let m = CLOCK_RE.exec(text); m; m = CLOCK_RE.exec(text)) {
    const [whole, hs, sep, ms, ss, ampm, zone] = m;
    if (!ms && !ampm) continue;
    if (sep === 'h' && !ms) continue;
    let h = Number(hs);
    const min = ms ? Number(ms) : 0;
    const s = ss ? Number(ss) : 0;
    if (min > 59 || s > 59) continue;
    if (ampm) {
      if (h < 1 || h > 12) continue;
      const pm = ampm[0].toLowerCase() === 'p';
      h = (h % 12) + (pm ? 12 : 0);
    } else if (h > 23) continue;
    const label = zone?.toUpperCase() ?? '';
    const offset = ZONE_LABELS[label] ?? null;
    const rule = US_LABELS[label];
    return { h, m: min, s, offset, ...(rule != null ? { zone: usZone(rule) } : {}), index: m.index, end: m.index + whole.trimEnd().length };
  }
  return null;
}

/** A clock at the very start of a line of text, followed by a separator or a title: "9h05 - La Bourse…". */
export function leadingClock(text: string): Clock | null {
  const head = text.slice(0, 48);
  const c = parseClock(head);
  if (!c || c.index > LEAD_PUNCT(head)) return null;
  if (/^\s*\d{1,2}[.:]\d{2}\s*$/.test(head)) return c; // a bare stamp element ("07:41")
  const rest = head.slice(c.end);
  return /^\s*(?:[:\-–—|•·]|,?\s+\S)|^\s*$/.test(rest) ? c : null;
}

/** Leading punctuation a ticker line may open with ("+++ 12.31 Uhr +++", "• 9h05 -"): its length. */
function LEAD_PUNCT(text: string): number {
  return Math.max(1, /^[\s+•·*–—-]*/.exec(text)![0].length);
}

const PART = '(\\d{1,3}|an?|one)\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|sekunden|minuten|min|stunden|std|tagen|heures?|horas?|minutos?|ore|minuti)\\.?';
const RELATIVE_RE = new RegExp(`(?:^|[^\\p{L}\\d])(?:vor|il y a|hace|fa)?\\s*${PART}(?:,?\\s*(?:and\\s+)?${PART})?\\s*(?:ago|fa)?(?=$|[^\\p{L}])`, 'iu');

function unitMs(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(s|sec|sek)/.test(u)) return 1000;
  if (/^(m|min)/.test(u)) return 60_000;
  if (/^(h|hr|stun|std|heure|hora|ore)/.test(u)) return 3_600_000;
  return 86_400_000;
}

/**
 * parseRelative(text): "2h ago", "2 hr 5 min ago", "an hour ago", "vor 3 Minuten", "il y a 2 h" → ms before
 * now, or null. A bare duration ("5 min") counts only with an ago/vor/il y a word.
 */
export function parseRelative(text: string): number | null {
  const t = text.slice(0, 80);
  if (!/\bago\b|\bvor\b|il y a|\bhace\b|\bfa\b/i.test(t)) return null;
  const m = RELATIVE_RE.exec(t);
  if (!m) return null;
  const n = (x: string) => (/^\d/.test(x) ? Number(x) : 1);
  let ms = n(m[1]) * unitMs(m[2]);
  if (m[3] && m[4]) ms += n(m[3]) * unitMs(m[4]);
  return ms;
}

/** parseMachineTime(value): an ISO 8601 string or a Unix epoch (s or ms) → ms, or null. */
export function parseMachineTime(value: string | null | undefined): number | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (/^\d{10}(\d{3})?$/.test(v)) return Number(v) * (v.length === 10 ? 1000 : 1);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const t = Date.parse(v.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(t) ? t : null;
}

/** The offset an ISO string states ("+02:00" → 120, "Z" → 0), or null when it states none. */
export function isoOffset(value: string): number | null {
  const m = /(?:T[\d:.]+)(Z|([+-])(\d{2}):?(\d{2}))$/.exec(value.trim());
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** European rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
export function euZone(standard: number): Zone {
  return (t) => {
    const y = new Date(t).getUTCFullYear();
    const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
    const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
    return standard + (t >= start && t < end ? 60 : 0);
  };
}

/** North American rule: summer time from the second Sunday of March to the first Sunday of November. */
export function usZone(standard: number): Zone {
  return (t) => {
    const y = new Date(t).getUTCFullYear();
    const start = Date.UTC(y, 2, nthSunday(y, 2, 2), 2) - standard * 60_000;
    const end = Date.UTC(y, 10, nthSunday(y, 10, 1), 1) - standard * 60_000;
    return standard + (t >= start && t < end ? 60 : 0);
  };
}

export const fixedZone = (offset: number): Zone => () => offset;

/** localToUtc(y, month0, d, h, m, s, zone): the UTC instant of a local wall-clock time. */
export function localToUtc(y: number, mo: number, d: number, h: number, m: number, s: number, zone: Zone): number {
  const wall = Date.UTC(y, mo, d, h, m, s);
  const first = wall - zone(wall) * 60_000;
  return wall - zone(first) * 60_000;
}

/** The local calendar day (y, month0, d) of a UTC instant in a zone. */
export function localDay(t: number, zone: Zone): { y: number; mo: number; d: number } {
  const local = new Date(t + zone(t) * 60_000);
  return { y: local.getUTCFullYear(), mo: local.getUTCMonth(), d: local.getUTCDate() };
}

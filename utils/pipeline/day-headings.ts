// Day headings that split a live page into days: "Sunday 15 December", "Sunday October 22",
// "Dienstag, 27. August 2024", "Mittwoch, 17. 7.", "jeudi 18 juillet". Pure string → value.

/** A calendar day named by a heading; month is 0-based; year null when the heading gives none. */
export interface DayHeading {
  d: number;
  mo: number;
  y: number | null;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|januar|janvier|gennaio|enero|januari|janeiro|stycz)/, 0],
  [/^(feb|februar|février|fevrier|febbraio|febrero|februari|fevereiro|lut)/, 1],
  [/^(mar|märz|maerz|mars|marzo|maart|março|marc)/, 2],
  [/^(apr|april|avril|aprile|abril|kwie)/, 3],
  [/^(may|mai|maggio|mayo|mei|maio|maj)/, 4],
  [/^(jun|juni|juin|giugno|junio|junho|czerw)/, 5],
  [/^(jul|juli|juillet|luglio|julio|julho|lip)/, 6],
  [/^(aug|august|août|aout|agosto|augustus|sierp)/, 7],
  [/^(sep|sept|september|septembre|settembre|septiembre|setembro|wrze)/, 8],
  [/^(oct|okt|oktober|octobre|ottobre|octubre|outubro|paźdz|pazdz)/, 9],
  [/^(nov|november|novembre|noviembre|novembro|listop)/, 10],
  [/^(dec|dez|dezember|décembre|decembre|dicembre|diciembre|december|dezembro|grud)/, 11],
];

const WEEKDAY =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedzia[lł]ek|wtorek|[sś]roda|czwartek|pi[aą]tek|sobota|niedziela';

const WORD = '([a-zäöüéèûôìíáóçąćęłńóśźż]{3,12})\\.?';
const HEADING_RES = [
  // weekday 15 December [2024] / weekday, 27. August 2024 / weekday 17. 7.
  new RegExp(`^(?:${WEEKDAY}),?\\s+(\\d{1,2})\\.?\\s*(?:${WORD}|(\\d{1,2})\\.)(?:\\s*(\\d{4}))?$`, 'i'),
  // weekday October 22[, 2017]
  new RegExp(`^(?:${WEEKDAY}),?\\s+${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?$`, 'i'),
  // 15 December 2024 / 27. August 2024 (no weekday: the year is required, so a score line never matches)
  new RegExp(`^(\\d{1,2})\\.?\\s+${WORD}\\s+(\\d{4})$`, 'i'),
];

function monthIndex(word: string): number | null {
  const w = word.toLowerCase();
  for (const [re, i] of MONTHS) if (re.test(w)) return i;
  return null;
}

/** parseDayHeading(text): the day a short heading names, or null for anything else. */
export function parseDayHeading(text: string): DayHeading | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length < 6 || t.length > 40) return null;
  const [a, b, c] = HEADING_RES;
  let m = a.exec(t);
  if (m) {
    const mo = m[2] ? monthIndex(m[2]) : Number(m[3]) - 1;
    return valid(Number(m[1]), mo, m[4]);
  }
  m = b.exec(t);
  if (m) return valid(Number(m[2]), monthIndex(m[1]), m[3]);
  m = c.exec(t);
  if (m) return valid(Number(m[1]), monthIndex(m[2]), m[3]);
  return null;
}

function valid(d: number, mo: number | null, y: string | undefined): DayHeading | null {
  if (mo == null || mo < 0 || mo > 11 || d < 1 || d > 31) return null;
  return { d, mo, y: y ? Number(y) : null };
}

const IN_TEXT = [
  new RegExp(`(?:^|[^\\d])(\\d{1,2})\\.?\\s+${WORD}(?:,?\\s+(\\d{4}))?`, 'i'),
  new RegExp(`(?:^|[^\\p{L}])${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?`, 'iu'),
  /(?:^|[^\d])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)/,
  /(\d{4})-(\d{2})-(\d{2})/,
];

/** parseDayInText(text): a day written inside a stamp ("19:02 (IST), Oct 02", "15 Dec 2024, 06:41"), or null. */
export function parseDayInText(text: string): DayHeading | null {
  const [dm, md, num, iso] = IN_TEXT;
  let m = iso.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]) - 1, m[1]);
  m = num.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]) - 1, m[3].length === 2 ? `20${m[3]}` : m[3]);
  m = dm.exec(text);
  if (m && monthIndex(m[2]) != null) return valid(Number(m[1]), monthIndex(m[2]), m[3]);
  m = md.exec(text);
  if (m && monthIndex(m[1]) != null) return valid(Number(m[2]), monthIndex(m[1]), m[3]);
  return null;
}

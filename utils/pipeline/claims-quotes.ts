// Quotation spans in an entry's text, in every common style: “…” "…" «…» „…“ ‘…’ '…'. Pure.

/** One quotation: [open, close) includes the marks, [start, end) is the quoted text alone. */
export interface QuoteSpan {
  open: number;
  start: number;
  end: number;
  close: number;
  /** false where the page never closed it (the quote ran to a new paragraph's opening mark or the end). */
  closed: boolean;
  /** 'double' for “” "" «» „“, 'single' for ‘’ and ''. */
  family: 'double' | 'single';
}

const isLetter = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);

interface Open { at: number; mark: string; family: 'double' | 'single' }

/** An unclosed quotation longer than this is cut at its first sentence: the rest of an entry is not one quote. */
export const UNCLOSED_MAX_WORDS = 120;

/**
 * findQuotes(text): top-level quotation spans in text order. A new opening mark while a quote of the same family
 * is open ends the earlier one there (the newspaper convention for a quote running over several paragraphs);
 * a quote still open at the end runs to the end. Single quotes inside double quotes are not separate spans.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Open | null = null;
  const finish = (closeAt: number, closed: boolean, markLen: number) => {
    if (!open) return;
    spans.push({ open: open.at, start: open.at + 1, end: closeAt, close: closed ? closeAt + markLen : closeAt, closed, family: open.family });
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    const o = open as Open | null;
    switch (ch) {
      case '\u201C': // “ opens, except that it closes a German „
        if (o?.mark === '\u201E') finish(i, true, 1);
        else if (o?.family === 'double') { finish(i, false, 0); open = { at: i, mark: ch, family: 'double' }; }
        else if (!o || o.family === 'single') { open = { at: i, mark: ch, family: 'double' }; }
        break;
      case '\u201E': // „
      case '\u00AB': // «
        if (o?.family === 'double') finish(i, false, 0);
        open = { at: i, mark: ch, family: 'double' };
        break;
      case '\u201D': // ”
      case '\u00BB': // »
        if (o?.family === 'double') finish(i, true, 1);
        else if (o?.family === 'single') { open = null; }
        else if (!o && isSpace(prev) && isLetter(next)) open = { at: i, mark: ch, family: 'double' }; // ”…” style
        break;
      case '"':
        if (o?.family === 'double') {
          if (isSpace(prev) && !isSpace(next) && o.at < i - 1) { finish(i, false, 0); open = { at: i, mark: ch, family: 'double' }; }
          else finish(i, true, 1);
        } else if (!isSpace(next)) open = { at: i, mark: ch, family: 'double' };
        break;
      case '\u2018': // ‘
        if (!o && !isLetter(prev)) open = { at: i, mark: ch, family: 'single' };
        break;
      case '\u2019': // ’ closes a ‘ unless it is an apostrophe inside a word
        if (o?.family === 'single' && !isLetter(next) && i > o.at + 1) finish(i, true, 1);
        break;
      case "'":
        if (!o && isSpace(prev) && isLetter(next)) open = { at: i, mark: ch, family: 'single' };
        else if (o?.family === 'single' && o.mark === "'" && !isLetter(next) && isLetter(prev) && i > o.at + 1) finish(i, true, 1);
        break;
      default:
    }
  }
  if (open) {
    const o = open as Open;
    // an unclosed single quote is most likely an apostrophe: drop it; an unclosed double runs to the end, or,
    // when that is long (a stray mark), to the end of its first sentence
    if (o.family === 'double') {
      const rest = text.slice(o.at + 1);
      const stop = wordCount(rest) > UNCLOSED_MAX_WORDS ? /[.!?…](?=\s)/.exec(rest) : null;
      finish(stop ? o.at + 1 + stop.index + 1 : text.length, false, 0);
    }
  }
  return spans.filter((s) => s.end > s.start);
}

/** Words in a quote's text. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

import { ANY_BUTTON, ANY_HREF, ANY_PROMPT, ANY_WORD, BUTTONS, HREFS, PROMPTS, WORDS } from './clutter-lexicon';
import { foundTokens, OVERLAY_NAME_TOKENS, STRONG_TOKENS, WEAK_TOKENS } from './clutter-names';
import { CLUTTER_KINDS, type ClutterKind } from './types';

export { tokenString } from './clutter-names';

// Judging one piece of evidence at a time: a run of text, a link or button, a form field, an element's
// attribute tokens. Pure string-level functions (the scan feeds them), each table-tested.

/** One reason to think a block is clutter of some kind; `weight` adds up per block. */
export interface Evidence {
  kind: ClutterKind;
  weight: number;
  /** Enough on its own to call a block clutter (a prompt, a form field, a vendor's class name, a share link). */
  strong: boolean;
  /** For the reader: `says “…”`, `link “Subscribe” to /subscribe`, `email field`, `marked “paywall”`. */
  what: string;
}

/** Weights: a prompt in a short text says it alone; a link, a field or a vendor's class name nearly does. */
export const WEIGHT = { prompt: 3, longPrompt: 2, word: 1, button: 2, href: 2, field: 3, strongAttr: 3, weakAttr: 1 } as const;
/** A prompt in a run of text longer than this is prose that mentions the word, not a prompt. */
export const SHORT_RUN = 320;
export const LONG_RUN = 1000;
/** Labels longer than this are not buttons. */
export const MAX_LABEL = 60;

const quote = (s: string, max = 70): string => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

/** judgeText(text): evidence from a run of visible text (a paragraph, a heading, a button's label). */
export function judgeText(text: string): Evidence[] {
  const shown = text.trim();
  if (shown.length === 0 || shown.length > LONG_RUN * 4) return [];
  const t = shown.toLowerCase();
  const out: Evidence[] = [];
  const anyPrompt = t.length <= LONG_RUN && ANY_PROMPT.test(t);
  const anyButton = t.length <= MAX_LABEL && ANY_BUTTON.test(t);
  const anyWord = t.length <= SHORT_RUN && ANY_WORD.test(t);
  if (!anyPrompt && !anyButton && !anyWord) return out;
  for (const kind of CLUTTER_KINDS) {
    const prompt = anyPrompt ? PROMPTS[kind]?.exec(t) : null;
    if (prompt) {
      const said = t.length <= 90 ? shown : shown.slice(prompt.index, prompt.index + prompt[0].length).trim();
      out.push({ kind, weight: t.length <= SHORT_RUN ? WEIGHT.prompt : WEIGHT.longPrompt, strong: true, what: `says ${quote(said)}` });
      continue;
    }
    if (anyButton && BUTTONS[kind]?.test(t)) {
      out.push({ kind, weight: WEIGHT.button, strong: false, what: `says ${quote(shown)}` });
      continue;
    }
    const word = anyWord ? WORDS[kind]?.exec(t) : null;
    if (word) out.push({ kind, weight: WEIGHT.word, strong: false, what: `mentions ${quote(shown.slice(word.index, word.index + word[0].length))}` });
  }
  return out;
}

/** True when the evidence is strong enough that the run is clutter text, not reading matter. */
export function isClutterText(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.weight >= WEIGHT.button);
}

/** judgeControl(label, href): evidence from a link or button: its whole label and where it leads. */
export function judgeControl(label: string, href: string | null): Evidence[] {
  const shown = label.trim();
  const t = shown.toLowerCase();
  const out: Evidence[] = [];
  const path = href ? hrefPart(href) : '';
  // Most links are neither: one test of all kinds at once says so.
  const anyLabel = t.length > 0 && t.length <= MAX_LABEL && ANY_BUTTON.test(t);
  const anyHref = path !== '' && ANY_HREF.test(path);
  if (!anyLabel && !anyHref) return out;
  for (const kind of CLUTTER_KINDS) {
    const byLabel = anyLabel && (BUTTONS[kind]?.test(t) ?? false);
    const byHref = anyHref && (HREFS[kind]?.test(path) ?? false);
    if (!byLabel && !byHref) continue;
    const to = byHref ? ` to ${quote(path, 40)}` : '';
    // Where a link leads says it alone for share and app-store links, and with its label for a donation.
    const strong = (byHref && STRONG_HREF.has(kind)) || (byHref && byLabel && kind === 'donation');
    const weight = (byLabel ? WEIGHT.button : 0) + (byHref ? WEIGHT.href : 0) - (byLabel && byHref ? 1 : 0);
    out.push({ kind, weight, strong, what: `link ${quote(shown || '…', 30)}${to}` });
  }
  return out;
}

const STRONG_HREF = new Set<ClutterKind>(['social', 'other']);

/** The part of a link that says where it goes: path, query and hash of the same site; the whole URL elsewhere. */
export function hrefPart(href: string): string {
  const h = href.trim();
  if (h.startsWith('#')) return h;
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)(.*)$/i.exec(h);
  return m ? `${m[1]}${m[2]}`.toLowerCase() : h.toLowerCase();
}

/** judgeField(type, hints): evidence from an input: an email field is a sign-up, a password field a sign-in. */
export function judgeField(type: string, hints: string): Evidence[] {
  const ty = type.toLowerCase();
  if (ty === 'password') return [{ kind: 'login', weight: WEIGHT.field, strong: true, what: 'password field' }];
  if (ty === 'email' || ((ty === 'text' || ty === '') && /e-?mail|courriel|correo/i.test(hints))) {
    return [{ kind: 'newsletter', weight: WEIGHT.field, strong: true, what: 'email field' }];
  }
  return [];
}

/** The evidence of an element's names, and whether they say it is laid over the page. */
export interface NamesVerdict {
  evs: Evidence[];
  overlay: boolean;
}

/**
 * judgeNamesAll(names, cache?): judgeNames and isOverlayNames in one reading of the names; `cache` keeps what
 * each class or id holds for the next names (one per walk).
 */
export function judgeNamesAll(names: string, cache = new Map<string, readonly string[]>()): NamesVerdict {
  const found = foundTokens(names, cache);
  if (found.size === 0) return { evs: [], overlay: false };
  const out: Evidence[] = [];
  for (const [kind, tokens] of STRONG_TOKENS) {
    const hit = tokens.find((tok) => found.has(tok));
    if (hit) out.push({ kind, weight: WEIGHT.strongAttr, strong: true, what: `marked ${quote(hit.slice(1, -1), 30)}` });
  }
  for (const [kind, tokens] of WEAK_TOKENS) {
    if (out.some((e) => e.kind === kind)) continue;
    const hit = tokens.find((tok) => found.has(tok));
    if (hit) out.push({ kind, weight: WEIGHT.weakAttr, strong: false, what: `marked ${quote(hit.slice(1, -1), 30)}` });
  }
  return { evs: out, overlay: OVERLAY_NAME_TOKENS.some((tok) => found.has(tok)) };
}

/** judgeNames(names): evidence from class names, ids and component names (hostile values are just strings). */
export function judgeNames(names: string): Evidence[] {
  return judgeNamesAll(names).evs;
}

/** isOverlayNames(names): class or id says the box is laid over the page (modal, sticky bar, backdrop). */
export function isOverlayNames(names: string): boolean {
  return judgeNamesAll(names).overlay;
}

/** isOverlayStyle(style): an inline style that pins the box over the page (no layout is needed to see it). */
export function isOverlayStyle(style: string): boolean {
  return /position\s*:\s*(fixed|sticky)/i.test(style);
}

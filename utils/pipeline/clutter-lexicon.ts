import { DE } from './clutter-lexicon-de';
import { EN } from './clutter-lexicon-en';
import { ES } from './clutter-lexicon-es';
import { FR } from './clutter-lexicon-fr';
import type { Lexicon } from './clutter-lexicon-types';
import { CLUTTER_KINDS, type ClutterKind } from './types';

// The compiled clutter vocabulary: every language's phrases merged into one pattern per kind, so a block of text
// is tested once per kind whatever its language. Pure data; no DOM.

export const LEXICONS: readonly Lexicon[] = [EN, FR, DE, ES];

/**
 * Letters before/after a match must not be letters (JS \b ignores accented letters). Latin letters are enough for
 * the four languages; patterns are matched against lower-cased text without the 'i' and 'u' flags, which makes
 * them several times cheaper to compile (the content script compiles them on every page).
 */
const L = 'a-z0-9\\u00c0-\\u024f';

function compile(lists: Array<string[] | undefined>, whole: boolean): RegExp | null {
  const parts = lists.flatMap((l) => l ?? []);
  if (parts.length === 0) return null;
  const body = `(?:${parts.join('|')})`;
  return whole ? new RegExp(`^\\s*${body}\\s*[.!?…:›»→>]*\\s*$`) : new RegExp(`(?<![${L}])${body}(?![${L}])`);
}

type Patterns = Partial<Record<ClutterKind, RegExp>>;

function build(pick: (lex: Lexicon) => Partial<Record<ClutterKind, string[]>>, whole: boolean): Patterns {
  const out: Patterns = {};
  for (const kind of CLUTTER_KINDS) {
    const re = compile(LEXICONS.map((lex) => pick(lex)[kind]), whole);
    if (re) out[kind] = re;
  }
  return out;
}

/** Phrases that on their own say what a short block is for. */
export const PROMPTS: Patterns = build((l) => l.prompts, false);
/** Weak single words: evidence only next to something stronger. */
export const WORDS: Patterns = build((l) => l.words, false);
/** Whole labels of short links and buttons. */
export const BUTTONS: Patterns = build((l) => l.buttons, true);

/** One pattern for all kinds: most text is reading matter, and one test says so (then no kind is tried). */
const anyOf = (p: Patterns): RegExp => new RegExp(Object.values(p).map((re) => `(?:${re.source})`).join('|'));
/**
 * The same test for phrases found anywhere in a text, built to be quick: one boundary check around all kinds'
 * phrases, and the phrases that begin with a plain letter grouped by that letter, so at each word of the text
 * the engine tries a few dozen branches instead of several hundred. It matches exactly where some kind's
 * pattern matches (a test holds it to them).
 */
function anyPhrase(pick: (lex: Lexicon) => Partial<Record<ClutterKind, string[]>>): RegExp {
  const parts = CLUTTER_KINDS.flatMap((kind) => LEXICONS.flatMap((lex) => pick(lex)[kind] ?? []));
  const byFirst = new Map<string, string[]>();
  const rest: string[] = [];
  for (const p of parts) {
    if (/^[a-z0-9\u00c0-\u024f][^?*+{]/.test(p) && !hasTopLevelBar(p)) {
      const tails = byFirst.get(p[0]);
      if (tails) tails.push(p.slice(1));
      else byFirst.set(p[0], [p.slice(1)]);
    } else rest.push(p);
  }
  const branches = [...byFirst].map(([first, tails]) => `${first}(?:${tails.join('|')})`);
  if (rest.length > 0) branches.push(`(?:${rest.join('|')})`);
  return new RegExp(`(?<![${L}])(?:${branches.join('|')})(?![${L}])`);
}

/** True when a pattern source has a `|` outside every group and class (it is several alternatives). */
function hasTopLevelBar(p: string): boolean {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
export const ANY_PROMPT = anyPhrase((l) => l.prompts);
export const ANY_WORD = anyPhrase((l) => l.words);
export const ANY_BUTTON = anyOf(BUTTONS);

/** Link targets (path, query, host) that say what a link is for, in any language. */
export const HREFS: Patterns = {
  subscription: /(?:^|[/?&=._-])(subscribe|subscriptions?|abonnement|abonnements|abonnieren|abo|suscripci[oó]n|suscribete|premium|paywall|checkout|offers?|offres?|angebote?)(?:$|[/?&=#._-])/i,
  donation: /(?:^|[/?&=._-])(donate|donations?|contribute|contributions?|support-us|supporter|unterstuetzen|unterstützen|spenden|don|faire-un-don|soutenir|dona|donar|apoya)(?:$|[/?&=#._-])/i,
  newsletter: /(?:^|[/?&=._-])(newsletters?|sign-up-newsletter|lettres?-d-information|boletin(es)?)(?:$|[/?&=#._-])/i,
  login: /(?:^|[/?&=._-])(login|log-in|signin|sign-in|register|registration|signup|sign-up|myaccount|account|connexion|anmelden|registrieren|registro|iniciar-sesion)(?:$|[/?&=#._-])/i,
  'comments-promo': /^#(comments?|commentaires|kommentare|comentarios)\b/i,
  social: /(facebook\.com\/sharer|twitter\.com\/(intent|share)|x\.com\/intent|wa\.me\/|whatsapp:\/\/|api\.whatsapp|linkedin\.com\/share|reddit\.com\/submit|pinterest\.com\/pin|t\.me\/share|mailto:\?)/i,
  other: /(play\.google\.com\/store|apps\.apple\.com|itunes\.apple\.com)/i,
};
export const ANY_HREF = new RegExp(Object.values(HREFS).map((re) => `(?:${re.source})`).join('|'), 'i');

/**
 * Tokens of class, id and data-* names/values that name a kind of clutter. `strong` tokens are vendor or
 * unambiguous names (a Piano paywall, a OneTrust banner); `weak` ones are common words that need other evidence.
 */
export const ATTR_TOKENS: Record<'strong' | 'weak', Partial<Record<ClutterKind, string[]>>> = {
  strong: {
    subscription: ['paywall', 'piano', 'tp-modal', 'tp-backdrop', 'tp-container', 'tp-iframe-wrapper', 'regwall', 'registration-wall', 'metered', 'meter-banner', 'subscribe-banner', 'subscription-banner', 'subscription-promo', 'upsell', 'poool', 'subscribe-cta', 'abo-teaser', 'paywall-teaser'],
    donation: ['donate', 'donation', 'donations', 'contributions-epic', 'support-banner', 'reader-revenue', 'readerrevenue'],
    newsletter: ['newsletter-signup', 'newsletter-form', 'newsletter-promo', 'newsletter-box', 'newsletter-widget', 'nl-signup', 'email-signup', 'signup-form'],
    login: ['login-wall', 'loginwall', 'login-prompt', 'sso-prompt', 'auth-wall', 'sign-in-gate', 'signin-gate', 'registration-prompt'],
    notifications: ['push-prompt', 'push-notification', 'push-notifications', 'onesignal', 'notification-prompt', 'notify-prompt', 'navnotify'],
    'comments-promo': ['comments-promo', 'comments-cta', 'show-comments', 'comments-button'],
    social: ['share-bar', 'sharebar', 'share-buttons', 'social-share', 'sharing', 'share-tools', 'addthis', 'sharethis', 'social-follow'],
    ad: ['ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'ad-unit', 'adunit', 'advert', 'advertisement', 'dfp', 'gpt-ad', 'div-gpt-ad', 'google-ad', 'adsbygoogle', 'taboola', 'outbrain', 'teads', 'sponsored-content'],
    cookie: ['cookie-consent', 'cookie-banner', 'cookie-notice', 'cookiebanner', 'onetrust', 'onetrust-banner-sdk', 'didomi', 'didomi-host', 'sp_message_container', 'qc-cmp2-container', 'usercentrics', 'cookiebot', 'cmp-container', 'gdpr-banner', 'consent-banner', 'fc-consent-root', 'truste'],
    other: ['app-banner', 'smart-banner', 'smartbanner', 'app-promo', 'adblock-notice', 'adblock-wall', 'download-app'],
  },
  weak: {
    subscription: ['subscribe', 'subscription', 'subscriptions', 'premium', 'abo', 'offer', 'subscriber'],
    donation: ['support', 'contribute', 'contribution'],
    newsletter: ['newsletter', 'newsletters', 'signup'],
    login: ['login', 'signin', 'register', 'sso'],
    notifications: ['notifications', 'notification', 'alerts', 'push'],
    'comments-promo': ['comments', 'comment', 'comment-count'],
    social: ['share', 'social'],
    ad: ['ad', 'ads', 'sponsor', 'sponsored', 'commercial'],
    cookie: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp'],
    other: ['promo', 'banner'],
  },
};

/** Tokens that mark a box laid over the page (it may lock scrolling); evidence of placement, not of a kind. */
export const OVERLAY_TOKENS = ['modal', 'overlay', 'popup', 'pop-up', 'interstitial', 'lightbox', 'backdrop', 'sticky', 'fixed', 'toast', 'drawer', 'bottom-bar', 'slide-up', 'takeover'];

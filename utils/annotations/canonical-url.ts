// The URL annotations are keyed by: the page's declared canonical URL where it is believable, else the address
// with tracking parameters and the fragment removed. Pure string functions plus one reader of <head>.

/** Query parameters that only say where a click came from (exact names, lower case). */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'ref_src', 'ref_url', 'cmpid', 'ocid', 's_cid', 'sr_share', 'xtor', 'ito', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'smid',
]);
/** Parameter prefixes that are always tracking. */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** cleanUrl(url): the URL without fragment, tracking parameters or default port; other parameters sorted. */
export function cleanUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.split('#')[0];
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return u.href;
}

export interface CanonicalHints {
  /** <link rel="canonical" href> as written (may be relative). */
  canonical?: string | null;
  /** <meta property="og:url" content> */
  ogUrl?: string | null;
}

function believable(candidate: string | null | undefined, page: URL): URL | null {
  if (!candidate) return null;
  let u: URL;
  try {
    u = new URL(candidate.trim(), page);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // Some sites point every page's canonical at their home page; that would merge every page's annotations.
  if ((u.pathname === '/' || u.pathname === '') && page.pathname !== '/' && !u.search) return null;
  const site = (h: string): string => h.replace(/^(www|m|amp|mobile)\./, '');
  if (site(u.hostname) !== site(page.hostname) && !u.hostname.endsWith(`.${site(page.hostname)}`) && !page.hostname.endsWith(`.${site(u.hostname)}`)) {
    // A canonical on another site is believable only when the path is the same story (syndication, AMP caches).
    if (u.pathname !== page.pathname) return null;
  }
  return u;
}

/** canonicalUrl(pageUrl, hints): the key for this page's annotations. Pure. */
export function canonicalUrl(pageUrl: string, hints: CanonicalHints = {}): string {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return cleanUrl(pageUrl);
  }
  const chosen = believable(hints.canonical, page) ?? believable(hints.ogUrl, page);
  return cleanUrl((chosen ?? page).href);
}

/** canonicalHints(doc): the canonical link and og:url of a document. Reads <head> only. */
export function canonicalHints(doc: Document): CanonicalHints {
  return {
    canonical: doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null,
    ogUrl: doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ?? null,
  };
}

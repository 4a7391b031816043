// Structured data of a page: JSON-LD objects (arrays, @graph, nested) and microdata hints. Pure; reads scripts.

/** One liveBlogUpdate item of a LiveBlogPosting, reduced to what matching entries needs. */
export interface LdUpdate {
  headline: string;
  body: string;
  published: string | null;
  modified: string | null;
  url: string;
}

/** What the page's JSON-LD says about it. */
export interface PageLd {
  types: string[];
  liveBlog: boolean;
  updates: LdUpdate[];
  /** datePublished / dateModified of the page's main object (the LiveBlogPosting or article). */
  published: string | null;
  modified: string | null;
  /** Dates of any other object (an event's startDate, a video's uploadDate…): a fallback for the page's day. */
  otherDates: string[];
  /** Scripts that did not parse even after repair. */
  broken: number;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(LiveBlogPosting|NewsArticle|Article|ReportageNewsArticle|BlogPosting|WebPage|AnalysisNewsArticle)$/;

/** parseJson(text): JSON.parse with a few repairs for what pages ship (trailing commas, raw newlines, CDATA). */
export function parseJson(text: string): unknown {
  const src = text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(src);
  } catch {
    try {
      return JSON.parse(src.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function typesOf(o: Json): string[] {
  const t = o['@type'] ?? o.type;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join(' ');
  return '';
}

/** Every object in a JSON-LD value, depth first (arrays, @graph and nested values included). */
function collect(v: unknown, out: Json[], depth = 0): void {
  if (depth > 12 || v == null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  const o = v as Json;
  out.push(o);
  for (const [k, x] of Object.entries(o)) if (k !== 'liveBlogUpdate' && typeof x === 'object') collect(x, out, depth + 1);
}

function toUpdate(o: Json): LdUpdate {
  return {
    headline: decodeEntities(str(o.headline ?? o.name)),
    body: decodeEntities(str(o.articleBody ?? o.description ?? o.text)),
    published: str(o.datePublished) || null,
    modified: str(o.dateModified) || null,
    url: str(o.url ?? o['@id']),
  };
}

/** readPageLd(document): the page's JSON-LD types, live-blog updates and dates. Broken scripts are skipped. */
export function readPageLd(doc: Document): PageLd {
  const result: PageLd = { types: [], liveBlog: false, updates: [], published: null, modified: null, otherDates: [], broken: 0 };
  const objects: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseJson(s.textContent ?? '');
    if (parsed === undefined) result.broken++;
    else collect(parsed, objects);
  }
  let main: Json | null = null;
  for (const o of objects) {
    const types = typesOf(o);
    result.types.push(...types);
    const live = types.includes('LiveBlogPosting');
    if (live) result.liveBlog = true;
    if (live || (!main && types.some((t) => ARTICLE_TYPES.test(t)))) main = live || !main ? o : main;
    for (const k of ['dateModified', 'datePublished', 'startDate', 'uploadDate']) if (typeof o[k] === 'string') result.otherDates.push(o[k] as string);
    const updates = o.liveBlogUpdate;
    if (updates) for (const u of Array.isArray(updates) ? updates : [updates]) if (u && typeof u === 'object') result.updates.push(toUpdate(u as Json));
  }
  if (main) {
    result.published = str(main.datePublished) || null;
    result.modified = str(main.dateModified) || null;
  }
  return result;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…', egrave: 'è', eacute: 'é', agrave: 'à', ugrave: 'ù', ograve: 'ò', igrave: 'ì' };

/** Entity-escaped text and tags inside JSON strings (some publishers ship articleBody as HTML). */
export function decodeEntities(s: string): string {
  return s
    .replace(/<[^>]{0,400}>/g, ' ')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10) || 32))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

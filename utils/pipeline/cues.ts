// Words that say "live coverage" in a URL or a title, in several languages, and phrases that use "live" for
// something else. Shared by the cheap every-page check and the full detector; keep this file tiny (no imports).

/** URL path cues: /live/, liveblog, live-updates, /diretta/, en-direct, liveticker, newsblog, fil-info… */
export const URL_CUE =
  /(?:^|[/_-])(?:live|liveblog|live-?blog|live-?updates?|live-?news|liveticker|live-?ticker|news-?ticker|newsblog|ticker|diretta|en-?direct|direct|direct-?foot|en-?vivo|minuto-a-minuto|al-?minuto|relacja|fil-info|as-it-happened|lopende-?band)(?=$|[/_.,-])/i;

/** Title cues (whole words). */
export const TITLE_CUE =
  /(?:^|[^\p{L}])(?:live|liveblog|live-blog|live updates|latest updates|latest|as it happened|en direct|liveticker|live-?ticker|news-?ticker|newsblog|ticker|en vivo|minuto a minuto|in diretta|diretta|relacja na żywo|na żywo|le fil info|fil info|direct)(?=$|[^\p{L}])/iu;

/** "live" used for something else: streams, TV listings, deals, "how to watch", "live sehen". */
export const NOT_LIVE_CUE =
  /live[- ]?stream|watch live|how to watch|live sehen|live im tv|live on tv|deals? (?:are|is) live|(?:is|are|goes|went|now) live\b|live (?:tv|music|show|event)s?\b/i;

/** A clock at the start of a heading or bold lead-in: "12.20pm BST:", "13.28 Uhr:", "9h05 -", "07:41". */
export const LEADING_CLOCK = /^\s*\d{1,2}(?:[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*(?:uhr|h|[A-Z]{2,4}\b)?\s*[:\-–—|]?/i;

// Who wrote an entry, as its text says it: "…, writes Tom Watling", "By X", "Here, X explains why", "— X". Such
// names are bylines: never a claim's speaker (claims) and never what an entry is about (topics). Pure.

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|da|al|bin|le)?\s*\p{Lu}[\p{L}'’.-]+){0,3}`;
const BYLINE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:writes|written by|reports|reporting by|analysis by|by)\s+(${NAME})`, 'gu'),
  new RegExp(String.raw`\bHere,?\s+(${NAME})\s+(?:explains|writes|looks|argues|analyses|analyzes|examines|assesses|considers|reflects|sets out|answers)`, 'gu'),
  new RegExp(String.raw`[—–]\s*(${NAME})(?:\s+and\s+(${NAME}))?\s*$`, 'gu'),
  new RegExp(String.raw`(${NAME})\s+reports\s+(?:from|on|in)\s`, 'gu'),
];

/** Names the entry gives as its authors: the author field, "writes X", "By X", "Here, X explains", "— X". */
export function bylinesIn(text: string, author: string | null): string[] {
  const names: string[] = [];
  if (author) names.push(...author.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
  for (const re of BYLINE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) names.push(...m.slice(1).filter(Boolean));
  }
  return names.map(normName).filter((n) => n.length >= 4 && /\s/.test(n));
}

/** A name as bylines are compared: NFKC, lower case, one kind of apostrophe, single spaces. */
export function normName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

// Small, bounded approximate string matching for re-anchoring quotes whose text changed a little.
// Sellers' dynamic programme (edit distance of a pattern against any substring), run only on windows that
// an exact piece of the pattern points at (with k errors, one of k+1 pieces survives intact), so a page of
// any size costs a few windows of the pattern's size. Pure functions over strings.

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Windows searched at most per call; past it only exact occurrences are looked for (complete, and cheap). */
const MAX_WINDOWS = 400;

/** editDistance(a, b): Levenshtein distance. O(|a|·|b|), meant for short strings (context, quotes). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** similarity(a, b): 1 − distance / longer length, in 0..1 (1 for two empty strings). */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}

/** Best matches of `pattern` in text[from, to) with at most maxErrors edits, one per end position cluster. */
function sellers(text: string, from: number, to: number, pattern: string, maxErrors: number): Match[] {
  const m = pattern.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = Array.from({ length: m + 1 }, () => from);
  let nextCost = new Array<number>(m + 1);
  let nextStart = new Array<number>(m + 1);
  const out: Match[] = [];
  for (let j = from; j < to; j++) {
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    const c = text[j];
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1] + (pattern[i - 1] === c ? 0 : 1);
      const del = cost[i] + 1; // text char not in pattern
      const ins = nextCost[i - 1] + 1; // pattern char missing from text
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextStart[i] = start[i - 1];
      } else if (del <= ins) {
        nextCost[i] = del;
        nextStart[i] = start[i];
      } else {
        nextCost[i] = ins;
        nextStart[i] = nextStart[i - 1];
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
    if (cost[m] <= maxErrors) out.push({ start: start[m], end: j + 1, errors: cost[m] });
  }
  return out;
}

/** Keeps the best of each group of overlapping matches (fewest errors, then longest overlap-free). */
function bestPerCluster(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.errors - b.errors || a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * approxSearch(text, pattern, maxErrors): every place where pattern occurs with at most maxErrors edits
 * (overlapping candidates merged to the best one). Exact occurrences come out with errors 0.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): Match[] {
  const m = pattern.length;
  if (m === 0) return [];
  const k = Math.max(0, Math.min(maxErrors, m - 1));
  const pieces = k + 1;
  const pieceLen = Math.floor(m / pieces);
  if (pieceLen < 3) return bestPerCluster(sellers(text, 0, text.length, pattern, k));
  const windows: Array<[number, number]> = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLen;
    const piece = pattern.slice(offset, p === pieces - 1 ? m : offset + pieceLen);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      windows.push([Math.max(0, at - offset - k), Math.min(text.length, at - offset + m + k)]);
      if (windows.length > MAX_WINDOWS) return exactSearch(text, pattern);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return bestPerCluster(merged.flatMap(([from, to]) => sellers(text, from, to, pattern, k)));
}

/** exactSearch(text, pattern): every occurrence (overlaps included), errors 0. */
export function exactSearch(text: string, pattern: string): Match[] {
  const out: Match[] = [];
  if (!pattern) return out;
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) out.push({ start: at, end: at + pattern.length, errors: 0 });
  return out;
}

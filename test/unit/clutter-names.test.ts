import { describe, expect, test } from 'vitest';
import { judgeNamesAll } from '../../utils/pipeline/clutter-evidence';
import { foundTokens, nameParts, OVERLAY_NAME_TOKENS, STRONG_TOKENS, tokenString, tokensIn, WEAK_TOKENS } from '../../utils/pipeline/clutter-names';

// The table lookup of clutter-names.ts must find exactly what the plain search finds: every token that occurs
// in a part as a substring. The plain search is kept here as the reference.

const ALL = [...STRONG_TOKENS.flatMap(([, ts]) => ts), ...WEAK_TOKENS.flatMap(([, ts]) => ts), ...OVERLAY_NAME_TOKENS];
const plain = (names: string): Set<string> => {
  const parts = nameParts(names);
  return new Set(ALL.filter((tok) => parts.some((p) => p.includes(tok))));
};
const sorted = (s: Set<string>) => [...s].sort();

/** Names built from the tokens themselves, glued and cased the ways pages write them. */
function samples(): string[] {
  const words = ALL.map((t) => t.slice(1, -1));
  const out: string[] = [];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const glue = ['-', '_', '__', '--', '', ' ', '.'];
  const camel = (w: string) => w.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  for (let i = 0; i < 3000; i++) {
    const n = 1 + rnd(4);
    let s = rnd(3) === 0 ? '_' : '';
    for (let j = 0; j < n; j++) {
      const w = rnd(3) === 0 ? ['x', 'box', 'c2', 'Header', 'AD', 'ads1', 'css-1ab2c'][rnd(7)] : words[rnd(words.length)];
      s += (j > 0 ? glue[rnd(glue.length)] : '') + (rnd(4) === 0 ? camel(w) : rnd(5) === 0 ? w.toUpperCase() : w);
    }
    out.push(s);
  }
  return out;
}

describe('tokensIn', () => {
  test.each(['article-paywall', 'pianoContainer', '_navnotify', 'div-gpt-ad-123', 'sp_message_container_1', 'adapt', 'shared', 'x--ad--y', '-', ''])(
    '%s: same tokens as the plain search', (names) => expect(sorted(tokensIn(nameParts(names)))).toEqual(sorted(plain(names))),
  );

  test('same tokens as the plain search on 3000 generated names', () => {
    const differ = samples().filter((s) => sorted(tokensIn(nameParts(s))).join() !== sorted(plain(s)).join());
    expect(differ).toEqual([]);
  });

  test('foundTokens (one cache for all names) finds the same as tokensIn on every name', () => {
    const cache = new Map<string, readonly string[]>();
    const names = [...samples(), ...samples().map((s) => `${s} x-box ${s.toUpperCase()}`), 'İstanbul-box share', 'a\u00a0share-bar'];
    const differ = names.filter((s) => sorted(foundTokens(s, cache)).join() !== sorted(tokensIn(nameParts(s))).join());
    expect(differ).toEqual([]);
  });

  test('judgeNamesAll: overlay names', () => {
    expect(judgeNamesAll('c-modal__box').overlay).toBe(true);
    expect(judgeNamesAll('modalities').overlay).toBe(false);
  });
});

describe('nameParts', () => {
  const plainParts = (names: string) => names.slice(0, 2000).split(/\s+/).filter(Boolean).map(tokenString);
  test.each(['', '  ', 'a', '_foo', 'foo_', '__a__b__', 'aB', 'a_B', 'AB', 'a1B', 'ABc', 'x\tY\nz', 'pianoContainer  tp-Modal', 'İstanbul-box', 'Kelvin', '\u212aelvin-Box', 'a\u00a0b', 'café-Promo'])(
    '%j: as tokenString over a split at white space', (names) => expect(nameParts(names)).toEqual(plainParts(names)),
  );

  test('as tokenString on 3000 generated names', () => {
    const differ = samples().filter((s) => nameParts(s).join() !== plainParts(s).join());
    expect(differ).toEqual([]);
  });
});

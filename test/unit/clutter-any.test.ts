import { describe, expect, test } from 'vitest';
import { ANY_PROMPT, ANY_WORD, LEXICONS, PROMPTS, WORDS } from '../../utils/pipeline/clutter-lexicon';

// ANY_PROMPT and ANY_WORD are built for speed (phrases grouped by first letter); they must say yes exactly where
// one of the per-kind patterns does, on texts that match and texts that nearly do.

/** A text each pattern source might match: first alternative of each group, optional parts kept, gaps filled. */
function instance(src: string): string {
  let s = src.replace(/\['’\]/g, "'").replace(/\[£\$€\]/g, '£').replace(/\\s\??/g, ' ').replace(/\\d\+?/g, '5').replace(/\.\{\d+,\d+\}/g, 'our ');
  for (let i = 0; i < 5; i++) s = s.replace(/\(([^()|]*)(\|[^()]*)?\)/g, '$1');
  return s.replace(/[?^$\\]/g, '').replace(/\[[^\]]*\]\*?/g, '');
}

const sources = LEXICONS.flatMap((lex) => [...Object.values(lex.prompts), ...Object.values(lex.words)].flat());
const texts = [
  ...sources.map(instance),
  ...sources.map((s) => `the minister said ${instance(s)} yesterday.`),
  ...sources.map((s) => `x${instance(s)}`),
  ...sources.map((s) => instance(s).slice(1)),
  'the minister spoke at length about the budget and the economy.', 'subscribe now', 'abonnez-vous', 'jetzt abonnieren',
  '', ' ', 'a', 'é', 'premiumization of the market', 'we use cookies to improve your experience',
];

describe.each([
  ['ANY_PROMPT', ANY_PROMPT, PROMPTS],
  ['ANY_WORD', ANY_WORD, WORDS],
] as const)('%s', (_name, any, perKind) => {
  test('matches exactly where a per-kind pattern matches', () => {
    const differ = texts.filter((t) => any.test(t) !== Object.values(perKind).some((re) => re!.test(t)));
    expect(differ).toEqual([]);
    // the texts are not all misses: the comparison says something
    expect(texts.filter((t) => any.test(t)).length).toBeGreaterThan(texts.length / 4);
  });
});

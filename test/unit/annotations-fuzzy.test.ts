import { expect, test } from 'vitest';
import { approxSearch, editDistance, exactSearch, similarity } from '../../utils/annotations/fuzzy';

test.each([
  ['', '', 0],
  ['abc', '', 3],
  ['kitten', 'sitting', 3],
  ['flaw', 'lawn', 2],
  ['same', 'same', 0],
])('editDistance(%j, %j) = %i', (a, b, d) => {
  expect(editDistance(a, b)).toBe(d);
  expect(editDistance(b, a)).toBe(d);
});

test('similarity is 1 for equal strings and falls with edits', () => {
  expect(similarity('', '')).toBe(1);
  expect(similarity('abcd', 'abcx')).toBe(0.75);
});

test('approxSearch finds exact and near occurrences, one per place', () => {
  const text = 'the quick brown fox jumps over the lazy dog; the quack brown fox';
  expect(approxSearch(text, 'quick brown fox', 0)).toEqual([{ start: 4, end: 19, errors: 0 }]);
  const near = approxSearch(text, 'quick brown fox', 2);
  expect(near.map((m) => [text.slice(m.start, m.end), m.errors])).toEqual([['quick brown fox', 0], ['quack brown fox', 1]]);
});

test('approxSearch handles insertions and deletions and reports their spans', () => {
  const text = 'xx Forecasters now expect winds of ninety mph by noon yy';
  const [m] = approxSearch(text, 'Forecasters expect winds of ninety mph', 5);
  expect(text.slice(m.start, m.end)).toBe('Forecasters now expect winds of ninety mph');
  expect(m.errors).toBe(4);
});

test('approxSearch on a long text stays bounded and finds the one near match', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(20_000);
  const text = `${filler}the minister resigned this morninq after the vote${filler}`;
  const t0 = Date.now();
  const found = approxSearch(text, 'the minister resigned this morning after the vote', 8);
  expect(found).toHaveLength(1);
  expect(found[0].errors).toBe(1);
  expect(Date.now() - t0).toBeLessThan(2000);
});

test('exactSearch lists overlapping occurrences', () => {
  expect(exactSearch('aaaa', 'aa').map((m) => m.start)).toEqual([0, 1, 2]);
  expect(exactSearch('abc', '')).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { diffEntries, isEmpty } from '../../utils/page/diff';
import type { Entry } from '../../utils/pipeline/types';

const el = {} as Element;
const other = {} as Element;
const entry = (id: string, text = id, element = el): Entry => ({ id, time: null, title: null, text, author: null, keyEvent: false, element });

describe('diffEntries', () => {
  it.each([
    ['nothing changed', [entry('a'), entry('b')], [entry('a'), entry('b')], [], [], []],
    ['one added at the top', [entry('a')], [entry('n'), entry('a')], ['n'], [], []],
    ['one edited', [entry('a'), entry('b')], [entry('a', 'A2'), entry('b')], [], ['a'], []],
    ['element replaced', [entry('a')], [entry('a', 'a', other)], [], ['a'], []],
    ['one removed', [entry('a'), entry('b')], [entry('b')], [], [], ['a']],
    ['all at once', [entry('a'), entry('b')], [entry('c'), entry('b', 'B')], ['c'], ['b'], ['a']],
  ])('%s', (_name, before, after, added, updated, removed) => {
    const c = diffEntries(before, after);
    expect(c.added.map((e) => e.id)).toEqual(added);
    expect(c.updated.map((e) => e.id)).toEqual(updated);
    expect(c.removed.map((e) => e.id)).toEqual(removed);
    expect([...c.before.keys()]).toEqual(updated);
    expect(isEmpty(c)).toBe(added.length + updated.length + removed.length === 0);
  });
});

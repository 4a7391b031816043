import { expect, test } from 'vitest';
import { chipsFor, isChipOn, toggleChip } from '../../utils/page/topic-filter-chips';

const t = (id: string, count: number) => ({ id, label: `L${id}`, count, newestEntryId: `${id}-newest` });

test('one chip per topic while they fit, biggest first, Other last', () => {
  const chips = chipsFor([t('other', 2), t('t1', 1), t('t2', 5), t('t3', 3)]);
  expect(chips.map((c) => [c.key, c.count])).toEqual([['t2', 5], ['t3', 3], ['t1', 1], ['other', 2]]);
});

test('too many: one-entry topics and the overflow merge into Other', () => {
  const topics = [t('other', 1), ...Array.from({ length: 12 }, (_, i) => t(`t${i + 1}`, i < 4 ? 1 : 2))];
  const chips = chipsFor(topics, 'Other', 5);
  expect(chips).toHaveLength(5);
  const other = chips[chips.length - 1];
  expect(other.key).toBe('other');
  expect(other.topicIds).toContain('t1');
  expect(other.topicIds).toContain('other');
  expect(chips.reduce((n, c) => n + c.count, 0)).toBe(topics.reduce((n, x) => n + x.count, 0));
});

test('toggling a chip selects or clears all its topics', () => {
  const chip = { key: 'other', label: 'Other', count: 3, topicIds: ['t1', 'other'], newestEntryId: null };
  const on = toggleChip(['t5'], chip);
  expect(on).toEqual(['t5', 't1', 'other']);
  expect(isChipOn(on, chip)).toBe(true);
  expect(toggleChip(on, chip)).toEqual(['t5']);
});

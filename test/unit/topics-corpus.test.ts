// The topic stage over the labelled corpus, with entries built from the labels (test/topics/gold-entries.ts) so
// that grouping is judged alone: the scorer's together/apart pairs, and stability when entries arrive one by one.
import { describe, expect, test } from 'vitest';
import { groupTopics } from '../../utils/pipeline/topics';
import { goldEntries, liveGolds, topicGolds } from '../topics/gold-entries';
import { scorePairs } from '../topics/pairs';
import { replay } from '../topics/replay';

/** Below the bar of 0.90 for the whole pipeline; this checks the stage alone on the label-built entries. */
const PAIRS_BAR = 0.85;
const STABILITY_BAR = 0.05;

describe('topic pairs on labelled pages', () => {
  test('together pairs share a topic, apart pairs do not', () => {
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const gold of topicGolds()) {
      const entries = goldEntries(gold);
      if (entries.length === 0) continue;
      const r = scorePairs(gold, entries, groupTopics(entries));
      right += r.right;
      total += r.total;
      misses.push(...r.misses.map((m) => `${gold.page}: ${m}`));
    }
    console.log(`topic pairs ${right}/${total} = ${(right / total).toFixed(3)}\n${misses.join('\n')}`);
    expect(total).toBeGreaterThan(50);
    expect(right / total).toBeGreaterThanOrEqual(PAIRS_BAR);
  });
});

describe('stability', () => {
  test('replaying each labelled live blog oldest first, at most 5% of earlier entries change topic', () => {
    let changed = 0;
    let earlier = 0;
    let labelChanges = 0;
    for (const gold of liveGolds()) {
      const entries = goldEntries(gold);
      if (entries.length < 2) continue;
      const r = replay(entries);
      changed += r.changed;
      earlier += r.earlier;
      labelChanges += r.labelChanges;
      expect(r.changed / r.earlier, gold.page).toBeLessThanOrEqual(STABILITY_BAR);
    }
    console.log(`stability: ${changed} of ${earlier} earlier entries changed topic; ${labelChanges} label changes`);
    expect(earlier).toBeGreaterThan(100);
  });
});

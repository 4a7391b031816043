// The scorer's topic-pair check (../shared/eval/score.mjs), for fixture tests of the topic stage alone.
import type { Topic } from '../../utils/pipeline/types';
import { type Gold, norm } from '../corpus';

export interface PairResult { right: number; total: number; misses: string[] }

/** How many of a page's together/apart pairs the topics get right, and which they miss. */
export function scorePairs(gold: Gold, entries: ReadonlyArray<{ id: string; text: string; title?: string | null }>, topics: readonly Topic[]): PairResult {
  const texts = entries.map((e) => norm(`${e.title ?? ''} ${e.text}`));
  const topicOf = new Map<number, string>();
  for (const t of topics) for (const id of t.entryIds) topicOf.set(entries.findIndex((e) => e.id === id), t.id);
  const topic = (key: string) => topicOf.get(texts.findIndex((t) => t.includes(norm(key))));
  const res: PairResult = { right: 0, total: 0, misses: [] };
  for (const [x, y] of gold.together ?? []) {
    res.total++;
    const [tx, ty] = [topic(x), topic(y)];
    if (tx != null && tx === ty) res.right++;
    else res.misses.push(`together: "${x.slice(0, 40)}" (${tx}) / "${y.slice(0, 40)}" (${ty})`);
  }
  for (const [x, y] of gold.apart ?? []) {
    res.total++;
    const [tx, ty] = [topic(x), topic(y)];
    if (tx != null && ty != null && tx !== ty) res.right++;
    else res.misses.push(`apart: "${x.slice(0, 40)}" (${tx}) / "${y.slice(0, 40)}" (${ty})`);
  }
  return res;
}

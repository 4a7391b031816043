// Replaying a live blog as it grew: entries arrive one at a time, oldest first, each run given the last topics.
import { chronologicalOrder, groupTopics } from '../../utils/pipeline/topics';
import type { Entry, Topic } from '../../utils/pipeline/types';

/** Replays a page entry by entry, oldest first; returns how many earlier entries ended in another topic. */
export function replay(entries: ReadonlyArray<Pick<Entry, 'id' | 'text' | 'title' | 'time'>>): { changed: number; earlier: number; labelChanges: number } {
  const order = chronologicalOrder(entries);
  const first = new Map<string, string>();
  let previous: Topic[] = [];
  let labelChanges = 0;
  for (let k = 1; k <= order.length; k++) {
    const shown = order.slice(0, k).sort((a, b) => a - b).map((i) => entries[i]);
    const topics = groupTopics(shown, previous);
    for (const t of topics) {
      for (const id of t.entryIds) if (!first.has(id)) first.set(id, t.id);
      const before = previous.find((p) => p.id === t.id);
      if (before && before.label !== t.label) labelChanges++;
    }
    previous = topics;
  }
  const last = new Map(previous.flatMap((t) => t.entryIds.map((id) => [id, t.id] as const)));
  const newest = entries[order[order.length - 1]]?.id;
  const earlier = [...first.keys()].filter((id) => id !== newest);
  return { changed: earlier.filter((id) => last.get(id) !== first.get(id)).length, earlier: earlier.length, labelChanges };
}


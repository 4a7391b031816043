import type { Entry, Topic } from './types';

/** groupTopics(entries, previous?): topics with stable ids and short labels. Pure. (Placeholder.) */
export function groupTopics(entries: readonly Entry[], previous?: readonly Topic[]): Topic[] {
  void entries;
  void previous;
  return [];
}

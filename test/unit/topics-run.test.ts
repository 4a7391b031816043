// The topic stage inside the pipeline, on the real extractor's entries: analysis.topics, entry.topic and
// duplicateOf filled; a re-run given the previous topics keeps every id.
import { expect, test } from 'vitest';
import { runPipeline } from '../../utils/pipeline/run';
import { loadPage, pageUrl } from '../corpus';

const PAGE = 'mirror-live-uk-riots-2024-08-05';

test(`${PAGE}: every entry has the topic that lists it; a re-run with the previous topics changes nothing`, () => {
  const first = runPipeline(loadPage(PAGE), { url: pageUrl(PAGE) });
  expect(first.entries.length).toBeGreaterThan(10);
  expect(first.topics.length).toBeGreaterThan(1);
  for (const e of first.entries) expect(first.topics.find((t) => t.id === e.topic)?.entryIds).toContain(e.id);
  for (const e of first.entries) if (e.duplicateOf) expect(first.entries.some((o) => o.id === e.duplicateOf)).toBe(true);
  const again = runPipeline(loadPage(PAGE), { url: pageUrl(PAGE), previousTopics: first.topics });
  expect(again.topics).toEqual(first.topics);
});

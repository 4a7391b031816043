// Example annotations for the storage and export tests.
import type { Annotation } from '../../utils/annotations/model';

export function example(n: number, patch: Partial<Annotation> = {}): Annotation {
  const exact = `winds of ${90 + n}mph`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    pageUrl: n % 2 ? 'https://news.example/live/storm' : 'https://other.example/blog/vote',
    pageTitle: n % 2 ? 'Storm live: red warning' : 'Vote, live',
    selectors: {
      entry: {
        entryId: `post-${n}`,
        entryHead: 'Forecasters expect winds',
        quote: { type: 'TextQuoteSelector', exact, prefix: 'Forecasters expect ', suffix: ' by noon' },
        position: { type: 'TextPositionSelector', start: 19, end: 19 + exact.length },
      },
      page: {
        quote: { type: 'TextQuoteSelector', exact, prefix: 'live Forecasters expect ', suffix: ' by noon on the' },
        position: { type: 'TextPositionSelector', start: 400 + n, end: 400 + n + exact.length },
      },
    },
    entry: { id: `post-${n}`, time: '2024-01-02T03:04:00Z', permalink: `https://news.example/live/storm#post-${n}` },
    color: 'yellow',
    note: n % 3 ? `Note ${n}: "check", <b>not html</b>,\nsecond line` : '',
    tags: n % 2 ? ['weather', 'numbers'] : [],
    created: `2024-01-02T03:0${n % 10}:00.000Z`,
    updated: `2024-01-03T03:0${n % 10}:00.000Z`,
    ...patch,
  };
}

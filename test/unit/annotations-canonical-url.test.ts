import { expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { canonicalHints, canonicalUrl, cleanUrl } from '../../utils/annotations/canonical-url';

test.each([
  ['https://news.example/live?utm_source=x&utm_medium=y#block-12', 'https://news.example/live'],
  ['https://news.example/live?fbclid=abc&page=2&gclid=z', 'https://news.example/live?page=2'],
  ['https://news.example/live?b=2&a=1', 'https://news.example/live?a=1&b=2'],
  ['https://NEWS.example:443/Live', 'https://news.example/Live'],
  ['https://news.example/live?mc_cid=1&_ga=2&msclkid=3&igshid=4&ref_src=5', 'https://news.example/live'],
  ['https://news.example/live?id=7&UTM_Campaign=x', 'https://news.example/live?id=7'],
  ['not a url#frag', 'not a url'],
])('cleanUrl(%s) = %s', (input, expected) => expect(cleanUrl(input)).toBe(expected));

test.each([
  ['declared canonical wins', 'https://m.news.example/live?utm_source=t', { canonical: 'https://news.example/live' }, 'https://news.example/live'],
  ['relative canonical is resolved', 'https://news.example/live/2024?x=1', { canonical: '/live/2024' }, 'https://news.example/live/2024'],
  ['og:url when no canonical', 'https://news.example/a?fbclid=1', { ogUrl: 'https://news.example/a' }, 'https://news.example/a'],
  ['home-page canonical is ignored', 'https://news.example/live/storm', { canonical: 'https://news.example/' }, 'https://news.example/live/storm'],
  ['another site with another path is ignored', 'https://news.example/live', { canonical: 'https://spam.example/other' }, 'https://news.example/live'],
  ['a canonical carrying trackers is cleaned too', 'https://news.example/live', { canonical: 'https://news.example/live?utm_source=a#top' }, 'https://news.example/live'],
  ['javascript: canonical is ignored', 'https://news.example/live', { canonical: 'javascript:alert(1)' }, 'https://news.example/live'],
  ['no hints: the cleaned URL', 'https://news.example/live?gclid=1#x', {}, 'https://news.example/live'],
])('%s', (_name, url, hints, expected) => expect(canonicalUrl(url, hints)).toBe(expected));

test('canonicalHints reads link rel=canonical and og:url', () => {
  const doc = parseHtml('<html><head><link rel="Canonical" href="/live"><meta property="og:url" content="https://n.example/og"></head><body></body></html>', 'https://n.example/live?x=1');
  expect(canonicalHints(doc)).toEqual({ canonical: '/live', ogUrl: 'https://n.example/og' });
  expect(canonicalHints(parseHtml('<p>x</p>'))).toEqual({ canonical: null, ogUrl: null });
});

import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { NOT_LIVE_CUE, TITLE_CUE, URL_CUE } from '../../utils/pipeline/cues';
import { detect } from '../../utils/pipeline/detect';
import { quickDetect } from '../../utils/pipeline/detect-cheap';
import { readPageLd } from '../../utils/pipeline/json-ld';

describe('URL cues', () => {
  test.each([
    ['/world/live/2023/may/15/russia-ukraine-war', true],
    ['/news/uk-riots-live-hotel-rotherham-33386398', true],
    ['/india/pm-modi-visit/liveblog/128776409.cms', true],
    ['/esteri/2023/11/02/diretta/israele_hamas', true],
    ['/krieg-in-israel-im-news-ticker-vom-26-august', true],
    ['/le-fil-info-les-principales-infos-de-ce-jeudi', true],
    ['/sport/fussball/liveticker/spiel', true],
    ['/direct-foot/50918/177512/lorient.html', true],
    ['/zuzel/relacja/110331/unia-leszno', true],
    ['/business/2023/may/12/uk-economy-shrank', false],
    ['/lifestyle/gardening/gorgeous-houseplants-can-rid', false],
    ['/olivers-delivery-deliverance', false],
  ])('%s → %s', (path, yes) => expect(URL_CUE.test(path)).toBe(yes));
});

describe('title cues', () => {
  test.each([
    ['Russia-Ukraine war live: Sunak tells Zelenskiy', true],
    ['UK riots LIVE: Plymouth stand-off', true],
    ['Nahost-Ticker: Palästinenser erschossen', true],
    ['Wynik i Relacja na żywo - PGE Ekstraliga', true],
    ['Guerra in Ucraina, la diretta', true],
    ['Clásico en vivo: minuto a minuto', true],
    ['Guerre en Ukraine, en direct', true],
    ['Olivia Newton-John delivers', false],
    ['Thousands of UK academics treated as second-class citizens', false],
  ])('%s → %s', (title, yes) => expect(TITLE_CUE.test(title)).toBe(yes));

  test.each([
    ['How to watch Portugal vs Slovenia: TV channel and FREE live stream today', true],
    ['Bundesliga: Dortmund gegen Gladbach live sehen', true],
    ['More Black Friday Deals Are Live', true],
    ['Ukraine war live: latest updates', false],
  ])('not live coverage: %s → %s', (title, yes) => expect(NOT_LIVE_CUE.test(title)).toBe(yes));
});

const LD_LIVE = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["LiveBlogPosting"],"liveBlogUpdate":[{"@type":"BlogPosting","headline":"A","datePublished":"2024-01-01T10:00:00Z"}]}]}</script>';

function page(head: string, body: string): Document {
  return parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://news.example/story');
}

function posts(n: number, stamp: (i: number) => string, cls = 'post'): string {
  return Array.from({ length: n }, (_, i) => `<div class="${cls}">${stamp(i)}<p>Update number ${i}: something happened in the city today and officials said more would follow later.</p></div>`).join('');
}

describe('detect', () => {
  test('JSON-LD LiveBlogPosting inside @graph decides', () => {
    const d = detect(page(`<title>Story</title>${LD_LIVE}`, '<p>x</p>'), 'https://news.example/story');
    expect(d.isLiveBlog).toBe(true);
    expect(d.signals).toContain('json-ld:LiveBlogPosting');
  });

  test('JSON-LD as an array and with a trailing comma', () => {
    const doc = page('<script type="application/ld+json">[{"@type":"NewsArticle"},{"@type":"LiveBlogPosting",},]</script>', '');
    expect(readPageLd(doc).liveBlog).toBe(true);
  });

  test('broken JSON-LD is reported, never thrown', () => {
    const doc = page('<script type="application/ld+json">{"@type": "LiveBlogPosting", oops</script>', '');
    const d = detect(doc, 'https://news.example/a');
    expect(d.signals).toContain('json-ld:broken');
    expect(d.isLiveBlog).toBe(false);
  });

  test('microdata liveBlogUpdate', () => {
    const doc = page('', `<div itemscope itemtype="http://schema.org/LiveBlogPosting"><ul><li itemprop="liveBlogUpdate">a</li></ul></div>`);
    expect(detect(doc, '').isLiveBlog).toBe(true);
  });

  test('a title cue alone does not decide', () => {
    expect(detect(page('<title>Election live: results</title>', '<p>Short article.</p>'), 'https://news.example/a').isLiveBlog).toBe(false);
  });

  test('a title cue with timestamped posts decides', () => {
    const doc = page('<title>Election live: results</title>', posts(6, (i) => `<time datetime="2024-01-01T1${i}:00:00Z">1${i}:00</time>`));
    const d = detect(doc, 'https://news.example/a');
    expect(d.isLiveBlog).toBe(true);
    expect(d.signals.some((s) => s.startsWith('repeated-timestamped-blocks'))).toBe(true);
  });

  test('timestamped posts alone (a forum, a comment thread) do not decide', () => {
    const doc = page('<title>Re: new UI</title>', `<div class="comments">${posts(8, (i) => `<time datetime="2024-01-0${i + 1}T10:00:00Z">Jan ${i + 1}</time>`, 'comment')}</div>`);
    expect(detect(doc, 'https://forum.example/t/1').isLiveBlog).toBe(false);
  });

  test('a run of clock-line paragraphs (a ticker written as text) decides', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `<h5>1${i}.2${i} Uhr: Meldung ${i}</h5><p>Hier steht der Text der Meldung, lang genug für einen Absatz mit Inhalt.</p>`).join('');
    const d = detect(page('<title>Israel und Gaza: News</title>', `<article>${lines}</article>`), 'https://www.nzz.ch/x');
    expect(d.isLiveBlog).toBe(true);
  });

  test.each([
    ['empty document', ''],
    ['no body', '<html><head><title>x</title></head></html>'],
    ['text only', 'just some text'],
  ])('%s: no throw, not live', (_, html) => {
    const d = detect(parseHtml(html), 'not a url');
    expect(d.isLiveBlog).toBe(false);
  });
});

describe('quickDetect', () => {
  test.each([
    ['json-ld', `<title>x</title>${LD_LIVE}`, '', 'https://a.example/x', true],
    ['url', '<title>x</title>', '', 'https://a.example/news/live/2024/x', true],
    ['title', '<title>Storm latest: live updates</title>', '', 'https://a.example/x', true],
    ['clock headings', '<title>x</title>', '<h2>12.31 Uhr: A</h2><p>a</p><h2>11.39 Uhr: B</h2><h2>11.13 Uhr: C</h2>', 'https://a.example/x', true],
    ['live stream', '<title>How to watch: free live stream</title>', '<p>a</p>', 'https://a.example/x', false],
    ['plain article', '<title>Economy shrank</title>', '<h2>Why</h2><p>a</p>', 'https://a.example/x', false],
  ])('%s → %s', (_, head, body, url, fire) => {
    expect(quickDetect(page(head, body), url).fire).toBe(fire);
  });
});

describe('detect: lookalikes', () => {
  test('forum posts linking to member profiles, under a live-sounding title, are a discussion', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<article class="cPost"><a href="/profile/10${i}-someone/">someone</a><time datetime="2024-01-0${i + 1}T10:00:00Z">Jan ${i + 1}</time><p>I think the new interface is much slower than the old one and I want the old one back, please.</p></article>`).join('');
    const d = detect(page('<title>New UI is live: feedback</title>', `<div class="feed">${body}</div>`), 'https://forum.example/t/1');
    expect(d.isLiveBlog).toBe(false);
    expect(d.signals.some((s) => s.startsWith('discussion-thread'))).toBe(true);
  });

  test('a related-stories list with times is no live structure', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li class="card"><time datetime="2024-03-07T1${i}:00:00Z">1${i}:00</time><p>A summary of another story that readers might want to read next, with some words.</p></li>`).join('');
    const d = detect(page('<title>Election latest</title>', `<article><p>Story.</p></article><aside class="related-stories"><ul>${cards}</ul></aside>`), 'https://news.example/a');
    expect(d.isLiveBlog).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { detect } from '../../utils/pipeline/detect';
import { entryUnits, findEntryLayout } from '../../utils/pipeline/entry-layout';
import { extractEntries, readEntries, readPageFacts } from '../../utils/pipeline/extract';

const URL_ = 'https://www.example.co.uk/news/live/storm';

function doc(head: string, body: string): Document {
  return parseHtml(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`, URL_);
}

const post = (id: string, hhmm: string, title: string, text: string, extra = '') =>
  `<article class="post" id="${id}"${extra}><span class="stamp">${hhmm}</span><h2>${title}</h2><p>${text}</p><button>Share</button></article>`;

const META = '<meta property="article:modified_time" content="2024-12-16T07:00:00+00:00">';
const BLOG = [
  post('post-3', '06:41', 'Drones downed', 'Russia says it destroyed 15 drones overnight.'),
  '<div class="promo"><p>Subscribe now</p></div>',
  post('post-2', '05:58', 'Spy chief', 'Moscow’s spy chief said he had no contact with the CIA.'),
  post('post-1', '23:40', 'Late strike', 'An overnight strike hit the port.'),
].join('');

describe('extractEntries: marked-up posts', () => {
  const entries = extractEntries(doc(META, `<main><ul class="key-events"><li><a href="#post-3">Drones downed</a></li><li><a href="#post-2">Spy chief</a></li></ul><div class="blog">${BLOG}</div></main>`), { url: URL_ });

  test('finds the posts in page order, with their own ids, not the promo or the key-events list', () => {
    expect(entries.map((e) => e.id)).toEqual(['post-3', 'post-2', 'post-1']);
  });

  test('title, text without stamp or buttons, element', () => {
    expect(entries[0].title).toBe('Drones downed');
    expect(entries[0].text).toBe('Russia says it destroyed 15 drones overnight.');
    expect(entries[0].element.id).toBe('post-3');
  });

  test('clock times on the page day, wrapping back past midnight (GMT in December)', () => {
    expect(entries.map((e) => e.time)).toEqual(['2024-12-16T06:41:00.000Z', '2024-12-16T05:58:00.000Z', '2024-12-15T23:40:00.000Z']);
  });
});

describe('extractEntries: times', () => {
  test.each([
    ['datetime attribute', '<time datetime="2024-08-05T20:00:18Z">21:00</time>', '2024-08-05T20:00:18.000Z'],
    ['epoch data attribute', '<span data-post-time="1722888018921"></span>', '2024-08-05T20:00:18.921Z'],
    ['visible BST clock', '<span class="time">21:00</span>', '2024-08-05T20:00:00.000Z'],
    ['clock with zone label', '<span class="time">20.00 GMT</span>', '2024-08-05T20:00:00.000Z'],
  ])('%s', (_, stamp, iso) => {
    const body = Array.from({ length: 3 }, (_, i) => `<div class="entry">${stamp}<p>Entry ${i} has text enough to be an entry of a live page.</p></div>`).join('');
    const e = extractEntries(doc('<meta property="article:modified_time" content="2024-08-05T21:30:00+01:00">', `<div>${body}</div>`), { url: URL_ });
    expect(e).toHaveLength(3);
    expect(e[0].time).toBe(iso);
  });

  test('JSON-LD liveBlogUpdate fills times of posts that show none, matched by text', () => {
    const ld = {
      '@type': 'LiveBlogPosting',
      liveBlogUpdate: [
        { '@type': 'BlogPosting', headline: 'Stocks rally', articleBody: 'Wall Street rose on Friday as tech stocks led.', datePublished: '2020-09-25T19:39:38Z' },
        { '@type': 'BlogPosting', headline: 'Boeing test', articleBody: 'The head of the FAA plans to pilot a Boeing 737 Max.', datePublished: '2020-09-25T13:20:01Z' },
      ],
    };
    const body = '<div class="live-blog-post"><h2>Stocks rally</h2><p>Wall Street rose on Friday as tech stocks led.</p></div><div class="live-blog-post"><h2>Boeing test</h2><p>The head of the FAA plans to pilot a Boeing 737 Max.</p></div>';
    const e = extractEntries(doc(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<main>${body}</main>`), { url: URL_ });
    expect(e.map((x) => x.time)).toEqual(['2020-09-25T19:39:38.000Z', '2020-09-25T13:20:01.000Z']);
  });

  test('relative times count back from the "now" passed in', () => {
    const body = ['2h ago', '3 hrs ago', '5 hours 10 mins ago'].map((t, i) => `<div class="upd"><span class="ago">${t}</span><p>Update ${i} with a sentence or two of text about the news.</p></div>`).join('');
    const e = extractEntries(doc('', `<div>${body}</div>`), { url: URL_, now: new Date('2024-12-16T12:00:00Z') });
    expect(e.map((x) => x.time)).toEqual(['2024-12-16T10:00:00.000Z', '2024-12-16T09:00:00.000Z', '2024-12-16T06:50:00.000Z']);
  });

  test('US zone labels follow summer time', () => {
    const body = ['12:31 p.m. ET', '9:05 a.m. ET'].map((t, i) => `<div class="upd"><span class="time">${t}</span><p>Update ${i} with a sentence or two of text about the news.</p></div>`).join('');
    const e = extractEntries(parseHtml(`<html><head><meta property="article:modified_time" content="2020-09-25T18:00:00Z"></head><body><div>${body}</div></body></html>`), { url: 'https://www.example.com/live' });
    expect(e.map((x) => x.time)).toEqual(['2020-09-25T16:31:00.000Z', '2020-09-25T13:05:00.000Z']);
  });
});

describe('extractEntries: clock-line paragraphs without a wrapper', () => {
  const body = `<article><p>Intro paragraph about the day.</p>
    <h2>Dienstag, 27. August 2024</h2>
    <h2>12.31 Uhr: Zeitung lehnt Aussagen ab</h2><p>Mit einem Aufmacher auf Arabisch hat sich die Zeitung gestellt.</p>
    <h2>11.39 Uhr: Kinder getötet</h2><p>Bei Angriffen sind mindestens 18 Menschen ums Leben gekommen.</p><p>Zweiter Absatz.</p>
    <h2>Montag, 26. August 2024</h2>
    <h2>23.10 Uhr: Schusswechsel an der Grenze</h2><p>Die Miliz meldete einen heftigen Schusswechsel.</p></article>`;
  const e = extractEntries(parseHtml(`<html lang="de"><head><title>Nahost-Ticker</title></head><body>${body}</body></html>`, 'https://www.br.de/x'), { url: 'https://www.br.de/x' });

  test('one entry per clock line, its paragraphs with it, Entry.elements listing them', () => {
    expect(e.map((x) => x.title)).toEqual(['Zeitung lehnt Aussagen ab', 'Kinder getötet', 'Schusswechsel an der Grenze']);
    expect(e[1].elements?.map((x) => x.tagName)).toEqual(['H2', 'P', 'P']);
    expect(e[1].element).toBe(e[1].elements?.[0]);
    expect(e[1].text).toContain('Zweiter Absatz.');
  });

  test('times in CEST on the day of the day heading above them', () => {
    expect(e.map((x) => x.time)).toEqual(['2024-08-27T10:31:00.000Z', '2024-08-27T09:39:00.000Z', '2024-08-26T21:10:00.000Z']);
  });
});

describe('ids are stable', () => {
  const item: Record<string, string> = { n: '06:50 Newest update text.', s: '06:30 Second update text.', f: '06:20 First update text.', z: '06:10 Zeroth update.' };
  const untitled = (keys: string) => [...keys].map((k) => `<div class="u"><span class="time">${item[k].slice(0, 5)}</span><p>${item[k].slice(6)}</p></div>`).join('');
  const before = extractEntries(doc(META, `<div>${untitled('sfz')}</div>`), { url: URL_ });
  const after = extractEntries(doc(META, `<div>${untitled('nsfz')}</div>`), { url: URL_ });

  test('across a re-run', () => {
    const again = extractEntries(doc(META, `<div>${untitled('sfz')}</div>`), { url: URL_ });
    expect(again.map((x) => x.id)).toEqual(before.map((x) => x.id));
  });

  test('when a new entry arrives on top (hash of content, not position)', () => {
    expect(after.map((x) => x.id).slice(1)).toEqual(before.map((x) => x.id));
  });
});

describe('incremental reads: findEntryLayout once, then entryUnits + readEntries', () => {
  test('a post appended to the container is read without a new search', () => {
    const d = doc(META, `<main><div class="blog">${BLOG}</div></main>`);
    const layout = findEntryLayout(d.body);
    const facts = readPageFacts(d, URL_);
    const blog = d.querySelector('.blog')!;
    const tmp = d.createElement('div');
    tmp.innerHTML = post('post-4', '06:55', 'New', 'A new post arrives.');
    blog.insertBefore(tmp.firstElementChild!, blog.firstElementChild);
    const entries = readEntries(entryUnits(layout), facts, { url: URL_ });
    expect(entries.map((x) => x.id)).toEqual(['post-4', 'post-3', 'post-2', 'post-1']);
  });

  test('detect() hands its layout to extractEntries', () => {
    const d = doc(`<title>Storm live</title>${META}`, `<main><div class="blog">${BLOG}</div></main>`);
    const detection = detect(d, URL_);
    expect(extractEntries(d, { url: URL_, detection }).map((x) => x.id)).toEqual(['post-3', 'post-2', 'post-1']);
  });
});

describe('bad input never throws', () => {
  test.each([
    ['empty document', ''],
    ['no body', '<html><head></head></html>'],
    ['broken JSON-LD', '<script type="application/ld+json">{"liveBlogUpdate": [ {</script><p>x</p>'],
    ['odd timestamps', '<div><div class="p"><time datetime="yesterday">25:99</time><p>a</p></div><div class="p"><time datetime="0000-00-00">99.99 Uhr</time><p>b</p></div><div class="p"><time>—</time><p>c</p></div></div>'],
  ])('%s', (_, html) => {
    expect(() => extractEntries(parseHtml(html), { url: '' })).not.toThrow();
    expect(() => detect(parseHtml(html), '')).not.toThrow();
  });

  test('a 20 MB page', () => {
    const one = post('p', '10:00', 'Title', 'Words of a long post. '.repeat(900));
    const big = parseHtml(`<html><body><main>${one.repeat(Math.ceil(20e6 / one.length))}</main></body></html>`);
    const detection = detect(big, '');
    expect(extractEntries(big, { url: '', detection }).length).toBeGreaterThan(900);
  }, 240_000);
});

describe('extractEntries: bare stamps heading the siblings after them', () => {
  test.each([
    ['dl', (t: string, x: string) => `<dt>${t}</dt><dd><p>${x}</p></dd>`, 'dl'],
    ['div pairs', (t: string, x: string) => `<div class="when">${t}</div><div class="what"><h3>Headline</h3><p>${x}</p></div>`, 'div'],
  ])('%s', (_, pair, wrap) => {
    const body = [['06:32', 'The first reply came in the afternoon, officials said.'], ['06:15', 'The minister arrived at the summit venue.'], ['05:50', 'Delegations are gathering this morning.']]
      .map(([t, x]) => pair(t, x))
      .join('');
    const e = extractEntries(doc(META, `<main><${wrap}>${body}</${wrap}></main>`), { url: URL_ });
    expect(e.map((x) => x.text)).toEqual(['The first reply came in the afternoon, officials said.', 'The minister arrived at the summit venue.', 'Delegations are gathering this morning.']);
    expect(e[0].time).toBe('2024-12-16T06:32:00.000Z');
    expect(e[0].elements).toHaveLength(2);
  });
});

describe('extractEntries: a day inside the stamp', () => {
  test('"19:02 (IST), Oct 02" stays on its own day across gaps', () => {
    const body = [['00:17 (IST), Oct 05', 'Late night update on the series.'], ['19:02 (IST), Oct 02', 'The toss was won by the visitors.'], ['18:32 (IST), Oct 01', 'Welcome to the coverage of the match.']]
      .map(([t, x]) => `<div class="post"><div class="meta"><span class="stamp">${t}</span></div><p>${x}</p></div>`)
      .join('');
    const e = extractEntries(parseHtml(`<html><head><meta property="article:modified_time" content="2020-10-04T19:00:00Z"></head><body><div>${body}</div></body></html>`), { url: 'https://timesofindia.indiatimes.com/live' });
    expect(e.map((x) => x.time)).toEqual(['2020-10-04T18:47:00.000Z', '2020-10-02T13:32:00.000Z', '2020-10-01T13:02:00.000Z']);
  });
});

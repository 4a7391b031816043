import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { extractEntries } from '../../utils/pipeline/extract';
import { linkedKeyEvents, sameDocumentFragment } from '../../utils/pipeline/key-events';
import { runPipeline } from '../../utils/pipeline/run';
import { loadPage, pageUrl } from '../corpus';

const URL_ = 'https://www.example.co.uk/news/live/storm?x=1';

describe('sameDocumentFragment', () => {
  test.each([
    ['#post-3', 'post-3'],
    ['?page=with:block-9#block-9', 'block-9'],
    ['/news/live/storm#post-3', 'post-3'],
    ['https://www.example.co.uk/news/live/storm#p%20a', 'p a'],
    ['https://www.example.co.uk/news/other#post-3', null],
    ['https://elsewhere.example/news/live/storm#post-3', null],
    ['#', null],
    ['/news/live/storm', null],
    ['#%E0%A4%A', '%E0%A4%A'],
  ])('%s → %s', (href, fragment) => {
    expect(sameDocumentFragment(href, URL_)).toBe(fragment);
  });

  test('a page without a URL still follows plain fragments', () => {
    expect(sameDocumentFragment('#post-1', '')).toBe('post-1');
    expect(sameDocumentFragment('other.html#post-1', '')).toBeNull();
  });
});

const post = (id: string, title: string, extra = '') =>
  `<article class="post" id="${id}"><span class="stamp">06:4${id.slice(-1)}</span><h2>${title}</h2><p>Text of ${title}, long enough to be an entry of its own.</p>${extra}</article>`;
const POSTS = [post('post-4', 'Four'), post('post-3', 'Three', '<a href="#post-1">see the first</a>'), post('post-2', 'Two'), post('post-1', 'One')];

function keyIds(box: string, posts = POSTS): string[] {
  const doc = parseHtml(`<!doctype html><html><body><main>${box}<div class="blog">${posts.join('')}</div></main></body></html>`, URL_);
  const entries = extractEntries(doc, { url: URL_ });
  expect(entries.length, 'the fixture has its four entries').toBe(4);
  return [...linkedKeyEvents(doc, entries, URL_)].sort();
}

describe('linkedKeyEvents', () => {
  test('a key-events box marks the entries it links to', () => {
    expect(keyIds('<aside><h2>Key events</h2><ul><li><a href="#post-4">Four</a></li><li><a href="?page=2#post-2">Two</a></li></ul></aside>')).toEqual(['post-2', 'post-4']);
  });

  test('an unlabelled list linking to a few entries counts; one linking to most of them is a table of contents', () => {
    expect(keyIds('<ul><li><a href="#post-2">Two</a></li></ul>')).toEqual(['post-2']);
    const toc = '<nav><ul>' + ['4', '3', '2', '1'].map((n) => `<li><a href="#post-${n}">${n}</a></li>`).join('') + '</ul></nav>';
    expect(keyIds(toc)).toEqual([]);
    expect(keyIds(`<section class="highlights">${toc}</section>`)).toEqual(['post-1', 'post-2', 'post-3', 'post-4']);
  });

  test('links inside entries, to other pages or to nothing are not key events', () => {
    expect(keyIds('<ul><li><a href="/elsewhere#post-2">x</a></li><li><a href="#missing">y</a></li></ul>')).toEqual([]);
  });

  test('an empty anchor just before an entry stands for it', () => {
    const posts = [...POSTS.slice(0, 2), '<span id="anchor-2"></span>', ...POSTS.slice(2)];
    expect(keyIds('<ul><li><a href="#anchor-2">Two</a></li></ul>', posts)).toEqual(['post-2']);
  });
});

describe('on a corpus page', () => {
  const id = 'guardian-live-russia-ukraine-2023-05-15';
  test(`${id}: the entries the page's own "key event card" links reach are key events, no others`, () => {
    const doc = loadPage(id);
    const analysis = runPipeline(doc, { url: pageUrl(id) });
    const cards = Array.from(doc.querySelectorAll('a[data-link-name^="key event card"]'));
    const reached = new Set(cards.map((a) => doc.getElementById((a.getAttribute('href') ?? '').split('#')[1] ?? '')).filter((t) => t !== null));
    const expected = analysis.entries.filter((e) => [...reached].some((t) => e.element.contains(t!))).map((e) => e.id);
    expect(expected.length, 'cards on this page reach some of its entries').toBeGreaterThan(0);
    expect(analysis.entries.filter((e) => e.keyEvent).map((e) => e.id)).toEqual(expected);
  });
});

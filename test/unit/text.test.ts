import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { collapse, visibleText } from '../../utils/pipeline/text';

describe('visibleText', () => {
  test.each([
    ['<p>a  b</p><p>c</p>', 'a b c'],
    ['<p>a<script>x()</script>b</p>', 'ab'],
    ['<div>one<div hidden>two</div><span>three</span></div>', 'onethree'],
    ['<h2>Title</h2><p>Body</p>', 'Title Body'],
  ])('%s → %s', (html, text) => {
    const doc = parseHtml(`<body>${html}</body>`);
    expect(visibleText(doc.body)).toBe(text);
  });

  test('collapse', () => expect(collapse('  a\n\t b  ')).toBe('a b'));
});

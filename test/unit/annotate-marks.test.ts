import { expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { buildTextIndex, offsetsRange } from '../../utils/annotations/text-index';
import { highlightRange, isIntact, MARK_TAG, removeHighlight, setHighlightColor } from '../../utils/page/annotate-marks';

const HTML = `<div id="e"><p>Forecasters   expect winds of <b>90mph</b> by noon.</p>\n<p>Ferries <a href="#x">are</a> cancelled.</p><textarea>not me</textarea></div>`;

function at(root: Element, text: string) {
  const idx = buildTextIndex(root);
  const i = idx.text.indexOf(text);
  return offsetsRange(idx, i, i + text.length);
}

test.each([
  ['inside one text node', 'expect winds'],
  ['across elements and blocks', 'winds of 90mph by noon. Ferries are'],
  ['a whole text node', '90mph'],
  ['collapsed white space inside', 'Forecasters expect'],
])('%s: wraps only text, keeps the text, and removal restores the exact markup', (_n, quote) => {
  const doc = parseHtml(`<body>${HTML}</body>`);
  const root = doc.getElementById('e')!;
  const before = doc.body.innerHTML;
  const text = buildTextIndex(root).text;
  const h = highlightRange(root, at(root, quote), 'a1', 'yellow');
  expect(h.marks.length).toBeGreaterThan(0);
  expect(buildTextIndex(root).text).toBe(text);
  for (const m of h.marks) {
    expect(m.tagName.toLowerCase()).toBe(MARK_TAG);
    expect(Array.from(m.childNodes).every((c) => c.nodeType === 3)).toBe(true);
  }
  expect(isIntact(h, quote)).toBe(true);
  setHighlightColor(h, 'blue');
  expect(h.marks.every((m) => m.getAttribute('data-liveline-color') === 'blue')).toBe(true);
  removeHighlight(h);
  expect(doc.body.innerHTML).toBe(before);
  expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
});

test('overlapping highlights come off in any order and leave the page as it was', () => {
  const doc = parseHtml(`<body>${HTML}</body>`);
  const root = doc.getElementById('e')!;
  const before = doc.body.innerHTML;
  const a = highlightRange(root, at(root, 'expect winds of'), 'a', 'yellow');
  const b = highlightRange(root, at(root, 'winds of 90mph'), 'b', 'pink');
  expect(isIntact(b, 'winds of 90mph')).toBe(true);
  removeHighlight(a);
  expect(isIntact(b, 'winds of 90mph')).toBe(true);
  removeHighlight(b);
  expect(doc.body.innerHTML).toBe(before);
});

test('text in form controls is never wrapped; a highlight whose text changed is not intact', () => {
  const doc = parseHtml(`<body>${HTML}</body>`);
  const root = doc.getElementById('e')!;
  const h = highlightRange(root, at(root, 'cancelled. not me'), 'c', 'green');
  expect(doc.querySelector('textarea')!.children.length).toBe(0);
  expect(isIntact(h, 'cancelled.')).toBe(true);
  h.marks[0].textContent = 'changed';
  expect(isIntact(h, 'cancelled.')).toBe(false);
});

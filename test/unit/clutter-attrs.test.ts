import { expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { newAttrs, readAttrs } from '../../utils/pipeline/clutter-attrs';

const first = (html: string): Element => parseHtml(`<!doctype html><body>${html}</body>`).body.firstElementChild!;

test.each<[string, string]>([
  ['<div></div>', ''],
  ['<div class="  a b  "></div>', 'a b'],
  ['<div id="x" class="a"></div>', 'x a'],
  ['<div class="a" aria-label=" Sign  up now " data-testid="t" title="no"></div>', 'a Sign-up-now t'],
  ['<div aria-label=""></div>', ''],
  ['<div class="a" aria-label="" id="b"></div>', 'a  b'],
  [`<div aria-label="${'x'.repeat(61)}" class="c"></div>`, 'c'],
])('%s: names %j (class, id, component names and a short aria-label, in attribute order)', (html, names) => {
  expect(readAttrs(first(html), newAttrs()).names).toBe(names);
});

test('hidden, aria-hidden and invisible tags', () => {
  expect(readAttrs(first('<div hidden class="a"></div>'), newAttrs()).invisible).toBe(true);
  expect(readAttrs(first('<div aria-hidden="true"></div>'), newAttrs()).invisible).toBe(true);
  expect(readAttrs(first('<div aria-hidden="false"></div>'), newAttrs()).invisible).toBe(false);
  expect(readAttrs(first('<script></script>'), newAttrs()).invisible).toBe(true);
  const a = readAttrs(first('<div role="dialog" aria-modal="true" style="position:fixed" itemprop="headline"></div>'), newAttrs());
  expect([a.role, a.modal, a.style, a.itemprop]).toEqual(['dialog', true, 'position:fixed', 'headline']);
});

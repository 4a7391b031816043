import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { translator } from '../../utils/i18n';
// @ts-expect-error plain .mjs script without types
import { messagesJson } from '../../scripts/messages-src.mjs';

const locales = join(__dirname, '../../public/_locales');
const read = (lang: string) => JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8'));

test.each([['en', 1], ['fr', 2]])('%s/messages.json is generated from scripts/messages-src.mjs', (lang, col) => {
  expect(read(lang)).toEqual(messagesJson(col));
});

test('every language has the same keys and placeholders as English', () => {
  const en = read('en');
  const fr = read('fr');
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) expect(Object.keys(fr[key].placeholders ?? {}), key).toEqual(Object.keys(en[key].placeholders ?? {}));
});

test('translator substitutes like browser.i18n', () => {
  const t = translator(read('en'));
  expect(t('statusLive', [42, '06:41'])).toBe('Live blog · 42 entries · newest 06:41');
  expect(translator(read('fr'))('toastNewMany', [3])).toBe('3 nouvelles entrées');
  expect(t('statusNotLive')).toBe('Not a live blog');
});

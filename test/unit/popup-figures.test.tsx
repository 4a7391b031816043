// @vitest-environment happy-dom
// The popup's figures say what is true of the page: what is hidden now, what was found but left visible (its
// category or the feature off, the clean view not applied), how many entries are new since the last visit.
import { afterEach, expect, test } from 'vitest';
import { clutterHint } from '../../components/ClutterCategories';
import { PopupView } from '../../components/PopupView';
import { sampleStatus } from '../../utils/connector';
import type { PageStatus } from '../../utils/messaging';
import { defaultSettings, withSite } from '../../utils/settings';
import { mount, tEn } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const view = (status: PageStatus, settings = defaultSettings()) =>
  mount(<PopupView page={{ host: 'www.example.com', status }} settings={settings} onSitePatch={() => {}} onOpenOptions={() => {}} onShowHidden={() => {}} />);
const hint = (root: HTMLElement, id: string) => root.querySelector(`#${id}-hint`)?.textContent ?? null;

test.each([
  [0, 0, undefined],
  [3, 3, '3 hidden'],
  [0, 2, '2 found, left visible'],
  [3, 5, '3 hidden · 2 found, left visible'],
])('clutterHint(hidden %i, found %i) = %s', (hidden, found, want) => {
  expect(clutterHint(tEn, hidden, found)).toBe(want);
});

test('a category switched off: its blocks are counted as found and left visible, not as hidden', async () => {
  const settings = withSite(defaultSettings(), 'www.example.com', { clutter: { donation: false } });
  const root = await view(sampleStatus({ hiddenByKind: { subscription: 1, login: 1 }, foundByKind: { subscription: 1, donation: 3, login: 1 } }), settings);
  expect(hint(root, 'popup-kind-donation')).toBe('3 found, left visible');
  expect(hint(root, 'popup-kind-subscription')).toBe('1 hidden');
  expect(hint(root, 'popup-kind-cookie')).toBeNull();
  expect(hint(root, 'popup-feature-clutter')).toBe('2 hidden · 3 found, left visible');
  expect(hint(root, 'show-hidden')).toBe('2 hidden on this page');
});

test('the clutter feature off: nothing is said to be hidden, the switch to show it is off', async () => {
  const settings = withSite(defaultSettings(), 'www.example.com', { features: { clutter: false } });
  const root = await view(sampleStatus({ hiddenByKind: {}, foundByKind: { donation: 3, login: 1 } }), settings);
  expect(hint(root, 'popup-feature-clutter')).toBe('4 found, left visible');
  expect(hint(root, 'popup-kind-donation')).toBe('3 found, left visible');
  expect(root.textContent).not.toMatch(/[1-9] hidden/);
  expect(root.querySelector<HTMLInputElement>('#show-hidden')?.disabled).toBe(true);
});

test('nothing found: "0 found" for the feature, no hint for the categories', async () => {
  const root = await view(sampleStatus({ hiddenByKind: {}, foundByKind: {} }));
  expect(hint(root, 'popup-feature-clutter')).toBe('0 found');
  expect(root.querySelectorAll('[id^="popup-kind-"][id$="-hint"]')).toHaveLength(0);
});

test('"N new since your last visit" when the page knows it, nothing when none is new', async () => {
  let root = await view(sampleStatus({ newSinceVisit: 3 }));
  expect(root.querySelector('.ll-new-since')?.textContent).toBe('3 new since your last visit');
  document.body.innerHTML = '';
  root = await view(sampleStatus({ newSinceVisit: 0 }));
  expect(root.querySelector('.ll-new-since')).toBeNull();
  document.body.innerHTML = '';
  root = await view(sampleStatus());
  expect(root.querySelector('.ll-new-since')).toBeNull();
});

// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { OptionsApp } from '../../components/OptionsApp';
import { mockConnector } from '../../utils/connector';
import type { Settings } from '../../utils/settings';
import { defaultSettings, siteSettings, withSite } from '../../utils/settings';
import { byLabel, click, mount, settle } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const twoSites = withSite(withSite(defaultSettings(), 'b.example', { cleanView: true }), 'a.example', { order: 'oldest' });
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

async function setup(initial: Settings = twoSites) {
  const connector = mockConnector(null, initial);
  const saved: Settings[] = [];
  const root = await mount(<OptionsApp connector={connector} save={(s) => saved.push(s)} />);
  await settle();
  return { connector, root, saved };
}

test('lists sites sorted; forget removes one and says so', async () => {
  const { connector, root } = await setup();
  expect([...root.querySelectorAll('[data-host]')].map((li) => li.getAttribute('data-host'))).toEqual(['a.example', 'b.example']);
  await click(button(root, 'Forget b.example'));
  await settle();
  expect(Object.keys((await connector.getSettings()).sites)).toEqual(['a.example']);
  expect(root.querySelector('.ll-notice')?.textContent).toBe('Forgot b.example; it follows the defaults again.');
});

test('a site can be changed through its form', async () => {
  const { connector, root } = await setup();
  const edit = button(root, 'Change settings for a.example');
  expect(edit.getAttribute('aria-expanded')).toBe('false');
  await click(edit);
  expect(edit.getAttribute('aria-expanded')).toBe('true');
  const select = root.querySelector<HTMLSelectElement>('#site-0-clean')!;
  select.value = 'off';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  expect(siteSettings(await connector.getSettings(), 'a.example').cleanView).toBe(false);
});

test('defaults for new sites can be changed', async () => {
  const { connector, root } = await setup();
  await click(root.querySelector<HTMLInputElement>('#defaults-kind-ad')!);
  await settle();
  expect((await connector.getSettings()).defaults.clutter.ad).toBe(true);
  expect(byLabel(root, 'Show the Liveline panel').checked).toBe(true);
});

test('export hands the current settings to save', async () => {
  const { root, saved } = await setup();
  await click(button(root, 'Export settings to a file'));
  expect(saved).toHaveLength(1);
  expect(Object.keys(saved[0].sites).sort()).toEqual(['a.example', 'b.example']);
});

test.each([
  ['a valid file', JSON.stringify({ format: 'liveline-settings', exportedAt: 'x', settings: withSite(defaultSettings(), 'z.example', { panel: false }) }), 'Settings imported.', ['z.example']],
  ['not JSON', '<html>', 'This file is not a Liveline settings file. Nothing was changed.', ['a.example', 'b.example']],
  ['a future version', JSON.stringify({ version: 9 }), 'This file comes from a newer Liveline. Nothing was changed.', ['a.example', 'b.example']],
])('import of %s', async (_name, text, notice, hosts) => {
  const { connector, root } = await setup();
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
  expect(root.querySelector('.ll-notice')?.textContent).toBe(notice);
  expect(Object.keys((await connector.getSettings()).sites).sort()).toEqual(hosts);
});

test('stored settings that could not be used: the reader is told, and can download the kept copy', async () => {
  const connector = mockConnector(null, 'not settings at all' as unknown as Settings);
  const kept: unknown[] = [];
  const root = await mount(<OptionsApp connector={connector} save={() => {}} saveBackup={(b) => kept.push(b)} />);
  await settle();
  expect(root.querySelector('.ll-backup')?.textContent).toContain('could not be read');
  await click(button(root, 'Download the kept copy'));
  expect(kept).toMatchObject([{ problem: 'damaged', data: 'not settings at all' }]);
});

test('no notice when the stored settings were fine', async () => {
  const { root } = await setup();
  expect(root.querySelector('.ll-backup')).toBeNull();
});

import { expect, test } from 'vitest';
import type { CommandDeps } from '../../utils/commands';
import { handleCommand, isCommand } from '../../utils/commands';
import { sampleStatus } from '../../utils/connector';
import { defaultSettings, withSite } from '../../utils/settings';

function deps(status: ReturnType<typeof sampleStatus> | null, url = 'https://www.example.com/live') {
  const log: unknown[] = [];
  const d: CommandDeps = {
    activeTab: async () => ({ id: 7, url }),
    status: async () => status,
    settings: async () => withSite(defaultSettings(), 'www.example.com', { cleanView: true }),
    setSite: async (host, patch) => log.push(['set', host, patch]),
    send: async (tab, m) => log.push(['send', tab, m]),
  };
  return { d, log };
}

test.each([
  ['the page shows the clean view → off', sampleStatus({ cleanView: true }), false],
  ['the page does not → on', sampleStatus({ cleanView: false }), true],
  ['no content script: from the settings (on) → off', null, false],
])('toggle-clean-view: %s', async (_n, status, want) => {
  const { d, log } = deps(status);
  await handleCommand('toggle-clean-view', d);
  expect(log).toEqual([['set', 'www.example.com', { cleanView: want }]]);
});

test('navigation commands go to the page', async () => {
  const { d, log } = deps(null);
  await handleCommand('next-entry', d);
  await handleCommand('previous-entry', d);
  await handleCommand('toggle-panel', d);
  await handleCommand('_execute_action', d);
  expect(log.map((l) => (l as [string, number, { command: string }])[2].command)).toEqual(['next-entry', 'previous-entry', 'toggle-panel']);
});

test('a failing tab never throws', async () => {
  const { d } = deps(null);
  await handleCommand('next-entry', { ...d, send: () => Promise.reject(new Error('no receiver')) });
  await handleCommand('toggle-clean-view', { ...d, activeTab: () => Promise.reject(new Error('x')) });
  expect(isCommand('next-entry')).toBe(true);
  expect(isCommand('nope')).toBe(false);
});

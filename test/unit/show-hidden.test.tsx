// @vitest-environment happy-dom
// The popup's "Show what was hidden" switch: shown while the clean view is applied, sends the page command.
import { afterEach, expect, test } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { ShowHidden } from '../../components/ShowHidden';
import { mockConnector, sampleStatus } from '../../utils/connector';
import { byLabel, click, mount, settle } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

test('the switch says how many blocks are hidden and reports each change', async () => {
  const seen: boolean[] = [];
  const root = await mount(<ShowHidden checked={false} hidden={5} onChange={(on) => seen.push(on)} />);
  expect(root.querySelector('#show-hidden-hint')?.textContent).toBe('5 hidden on this page');
  await click(byLabel(root, 'Show what was hidden'));
  expect(seen).toEqual([true]);
});

test('nothing hidden: the switch is disabled', async () => {
  const root = await mount(<ShowHidden checked={false} hidden={0} onChange={() => {}} />);
  expect(byLabel(root, 'Show what was hidden').disabled).toBe(true);
});

test('in the popup: only where the clean view is applied; toggling sends the page command', async () => {
  const connector = mockConnector({ host: 'www.example.com', status: sampleStatus() });
  let root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
  await settle(10);
  await click(byLabel(root, 'Show what was hidden'));
  expect(connector.calls).toContain('command:toggle-show-hidden');
  expect(byLabel(root, 'Show what was hidden').checked).toBe(true);
  document.body.innerHTML = '';
  root = await mount(<PopupApp connector={mockConnector({ host: 'a.example', status: sampleStatus({ cleanView: false }) })} refreshMs={60_000} />);
  await settle(10);
  expect(root.querySelector('#show-hidden')).toBeNull();
});

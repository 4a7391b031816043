// @vitest-environment happy-dom
// The popup's "Show what was hidden" switch: shown while the clean view is applied, sends the page command, and
// shows what the page says (the page keeps revealing after the popup closes; the next popup says so).
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

test('nothing hidden: the switch is disabled, unless it is on (so it can be turned off)', async () => {
  let root = await mount(<ShowHidden checked={false} hidden={0} onChange={() => {}} />);
  expect(byLabel(root, 'Show what was hidden').disabled).toBe(true);
  document.body.innerHTML = '';
  root = await mount(<ShowHidden checked hidden={0} onChange={() => {}} />);
  expect(byLabel(root, 'Show what was hidden').disabled).toBe(false);
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

test('the switch follows the page: on when the page shows what was hidden, still on in the next popup', async () => {
  const connector = mockConnector({ host: 'www.example.com', status: sampleStatus({ showingHidden: true }) });
  let root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
  await settle(10);
  expect(byLabel(root, 'Show what was hidden').checked).toBe(true);
  await click(byLabel(root, 'Show what was hidden'));
  await settle(10);
  expect(byLabel(root, 'Show what was hidden').checked).toBe(false);
  await click(byLabel(root, 'Show what was hidden'));
  await settle(10);
  document.body.innerHTML = ''; // the popup closes; the page keeps showing
  root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
  await settle(10);
  expect(byLabel(root, 'Show what was hidden').checked).toBe(true);
});

test('an answer the page gave before the reader toggled does not turn the switch back', async () => {
  const base = mockConnector({ host: 'www.example.com', status: sampleStatus() });
  const held: Array<() => void> = [];
  let hold = false;
  const connector = {
    ...base,
    getPage: () => {
      const answer = base.getPage(); // what the page says now
      return hold ? new Promise<Awaited<typeof answer>>((r) => held.push(() => void answer.then(r))) : answer;
    },
  };
  const root = await mount(<PopupApp connector={connector} refreshMs={5} />);
  await settle(20);
  hold = true;
  await settle(20); // questions asked while the page still says "off"
  await click(byLabel(root, 'Show what was hidden'));
  await settle(20);
  expect(held.length).toBeGreaterThan(2);
  hold = false;
  for (const release of held.reverse()) release(); // the stale answers arrive last
  for (let i = 0; i < 20; i++) await Promise.resolve(); // promises and Preact's rendering, before any new refresh
  expect(byLabel(root, 'Show what was hidden').checked).toBe(true);
});

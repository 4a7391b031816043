// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { Panel } from '../../components/Panel';
import type { PanelProps } from '../../components/Panel';
import type { PanelData } from '../../utils/page/panel-model';
import { click, mount, tEn } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const data: PanelData = {
  entryCount: 3,
  topics: [
    { id: 't1', label: 'Drone strikes · Oryol', count: 2, newestEntryId: 'e1' },
    { id: 'other', label: 'Other', count: 1, newestEntryId: 'e3' },
  ],
  keyEvents: [{ entryId: 'e2', time: '2024-01-01T11:00:00Z', title: 'Commander replaced' }],
  sources: [{ speaker: 'Kyiv’s military', claims: [{ entryId: 'e1', text: 'Fifteen drones were shot down', cue: 'said', cueClass: 'neutral', index: 0 }] }],
};

function props(over: Partial<PanelProps> = {}, log: string[] = []): PanelProps {
  return {
    data,
    open: true,
    onOpenChange: (o) => log.push(`open:${o}`),
    selectedTopics: [],
    onTopicsChange: (ids) => log.push(`topics:${ids.join(',')}`),
    onJump: (id) => log.push(`jump:${id}`),
    onClaim: (i, id) => log.push(`claim:${i}:${id}`),
    onStep: (d) => log.push(`step:${d}`),
    position: null,
    newSinceVisit: 0,
    toast: { count: 0, up: true },
    onToast: () => log.push('toast'),
    onToastDismiss: () => log.push('dismiss'),
    ...over,
  };
}

const buttons = (root: ParentNode) => [...root.querySelectorAll('button')];
const byText = (root: ParentNode, text: string) => buttons(root).find((b) => (b.textContent ?? '').includes(text))!;

describe('Panel', () => {
  test('lists topics with counts, key events and sources', async () => {
    const root = await mount(<Panel {...props()} />);
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('Liveline panel');
    expect([...root.querySelectorAll('.ll-chip')].map((c) => c.textContent)).toEqual(['Drone strikes · Oryol 2', 'Other 1']);
    expect(root.textContent).toContain('Commander replaced');
    expect(root.querySelector('summary')?.textContent).toBe('Kyiv’s military 1');
  });

  test('every control is a button with a name; chips say whether they are pressed', async () => {
    const log: string[] = [];
    const root = await mount(<Panel {...props({ selectedTopics: ['t1'] }, log)} />);
    for (const b of buttons(root)) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), b.outerHTML).not.toBe('');
    expect(root.querySelector('[data-topic=t1]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-topic=other]')?.getAttribute('aria-pressed')).toBe('false');
    await click(root.querySelector<HTMLButtonElement>('[data-topic=other]')!);
    await click(byText(root, 'Show all topics'));
    await click(root.querySelector<HTMLButtonElement>('[aria-label="Newest in Other"]')!);
    await click(byText(root, 'Commander replaced'));
    await click(byText(root, 'Fifteen drones'));
    await click(byText(root, 'Next entry'));
    await click(byText(root, 'Previous entry'));
    await click(root.querySelector<HTMLButtonElement>('[aria-label="Close the Liveline panel"]')!);
    expect(log).toEqual(['topics:t1,other', 'topics:', 'jump:e3', 'jump:e2', 'claim:0:e1', 'step:1', 'step:-1', 'open:false']);
  });

  test('Enter and Space click a focused button exactly once; other keys do nothing', async () => {
    const log: string[] = [];
    const root = await mount(<Panel {...props({}, log)} />);
    const next = byText(root, 'Next entry');
    for (const key of ['Enter', ' ', 'a']) next.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    expect(log).toEqual(['step:1', 'step:1']);
  });

  test('sections of switched-off features are left out', async () => {
    const root = await mount(<Panel {...props({ show: { topics: false, sources: false } })} />);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Key events']);
  });

  test('closed: only a launcher, which opens it', async () => {
    const log: string[] = [];
    const root = await mount(<Panel {...props({ open: false }, log)} />);
    expect(root.querySelector('aside')).toBeNull();
    const launcher = root.querySelector<HTMLButtonElement>('.ll-launcher')!;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    await click(launcher);
    expect(log).toEqual(['open:true']);
  });

  test('opened or closed by its own buttons, focus goes to what takes their place', async () => {
    function Stateful() {
      const [open, setOpen] = useState(false);
      return <Panel {...props({ open, onOpenChange: setOpen })} />;
    }
    const root = await mount(<Stateful />);
    await click(root.querySelector<HTMLButtonElement>('.ll-launcher')!);
    expect(document.activeElement?.matches('aside.ll-panel'), 'the panel has focus').toBe(true);
    await click(root.querySelector<HTMLButtonElement>(`[aria-label="${tEn('panelClose')}"]`)!);
    expect(document.activeElement?.matches('button.ll-launcher'), 'the launcher has focus').toBe(true);
  });

  test('the toast: "N new entries", go and dismiss', async () => {
    const log: string[] = [];
    let root = await mount(<Panel {...props({ toast: { count: 3, up: true } }, log)} />);
    expect(root.querySelector('.ll-toast')?.getAttribute('role')).toBe('status');
    await click(byText(root, '3 new entries'));
    await click(root.querySelector<HTMLButtonElement>('[aria-label=Dismiss]')!);
    expect(log).toEqual(['toast', 'dismiss']);
    root = await mount(<Panel {...props({ toast: { count: 1, up: false } })} />);
    expect(root.querySelector('.ll-toast')?.textContent).toContain('1 new entry');
    root = await mount(<Panel {...props()} />);
    expect(root.querySelector('.ll-toast')?.children).toHaveLength(0);
  });

  test('position and new-since-visit are announced', async () => {
    const log: string[] = [];
    const root = await mount(<Panel {...props({ position: { index: 2, total: 9 }, newSinceVisit: 4, onNewSince: () => log.push('new') })} />);
    expect(root.querySelector('.ll-position')?.textContent).toBe('Entry 3 of 9');
    const titled = await mount(<Panel {...props({ position: { index: 0, total: 2, title: 'Pumps <b>restarted</b>' } })} />);
    expect(titled.querySelector('.ll-position')?.textContent).toBe('Entry 1 of 2: Pumps <b>restarted</b>');
    await click(byText(root, '4 new since your last visit'));
    expect(log).toEqual(['new']);
  });

  test('page text that looks like markup stays text', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    const hostile: PanelData = {
      entryCount: 1,
      topics: [{ id: 't', label: evil, count: 1, newestEntryId: 'e' }],
      keyEvents: [{ entryId: 'e', time: null, title: evil }],
      sources: [{ speaker: evil, claims: [{ entryId: 'e', text: evil, cue: evil, cueClass: 'hedged', index: 0 }] }],
    };
    const root = await mount(<Panel {...props({ data: hostile })} />);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent?.split(evil).length).toBeGreaterThan(4);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

test('French messages render too', async () => {
  const { translator } = await import('../../utils/i18n');
  const { readFileSync } = await import('node:fs');
  const fr = translator(JSON.parse(readFileSync(`${__dirname}/../../public/_locales/fr/messages.json`, 'utf8')));
  expect(fr('toastNewMany', [2])).toBe('2 nouvelles entrées');
  expect(tEn('toastNewMany', [2])).toBe('2 new entries');
});

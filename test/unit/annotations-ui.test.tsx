// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { AnnotationList } from '../../components/AnnotationList';
import { AnnotationsApp } from '../../components/AnnotationsApp';
import { AnnotationToolbar } from '../../components/AnnotationToolbar';
import { mockAnnotationsConnector } from '../../utils/annotations/connector';
import { matchesQuery } from '../../utils/annotations/search';
import { memoryArea } from '../../utils/annotations/store';
import { toStored } from '../../utils/annotations/schema';
import { click, mount, settle } from '../render';
import { example } from './annotations-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const seeded = () => memoryArea(Object.fromEntries([example(1), example(2), example(3)].map((a) => [`ann:${a.id}`, toStored(a)])));
const input = (root: HTMLElement, sel: string) => root.querySelector<HTMLInputElement>(sel)!;
const typeInto = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const buttonByText = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

test.each([
  ['winds', true],
  ['#weather', true],
  ['#weath numbers', true],
  ['#nothing', false],
  ['STORM live', true],
  ['"check"', true],
])('matchesQuery(example, %j) = %s', (q, ok) => expect(matchesQuery(example(1), q)).toBe(ok));

test('all-pages page: a corrupt record is set aside and the reader is told, the others are listed', async () => {
  const area = seeded();
  area.data['ann:broken'] = { v: 2, id: 'broken' };
  const root = await mount(<AnnotationsApp connector={mockAnnotationsConnector(area)} download={() => ({ href: 'blob:x', filename: 'f' })} />);
  await settle();
  expect(root.querySelectorAll('.ll-ann-item')).toHaveLength(3);
  expect(root.querySelector('[data-testid=ann-quarantined]')?.textContent).toBe('1 unreadable record(s) are kept aside in storage (not deleted).');
  expect(root.querySelector('[role=alert]')?.textContent).toMatch(/could not be read and was set aside/);
  expect(area.data['ann-quarantine:ann:broken']).toBeDefined();
});

test('all-pages list: search by text and tag, notes as text, delete and undo', async () => {
  const connector = mockAnnotationsConnector(seeded());
  const root = await mount(<AnnotationsApp connector={connector} download={() => ({ href: 'blob:x', filename: 'f' })} />);
  await settle();
  expect(root.querySelectorAll('.ll-ann-item')).toHaveLength(3);
  expect(root.querySelector('.ll-ann-note')?.textContent).toContain('<b>not html</b>');
  expect(root.querySelector('.ll-ann-note b')).toBeNull();
  await typeInto(input(root, 'input[type=search]'), '#weather');
  expect([...root.querySelectorAll('.ll-ann-item')].map((li) => li.getAttribute('data-annotation'))).toEqual([example(1).id, example(3).id]);
  await typeInto(input(root, 'input[type=search]'), '');
  await click(root.querySelector<HTMLButtonElement>(`[data-annotation="${example(2).id}"] .ll-link`)!);
  await settle();
  expect(root.querySelectorAll('.ll-ann-item')).toHaveLength(2);
  await click(buttonByText(root, 'Undo'));
  await settle();
  expect(root.querySelectorAll('.ll-ann-item')).toHaveLength(3);
  await click(root.querySelector<HTMLButtonElement>(`[data-annotation="${example(3).id}"] .ll-ann-quote`)!);
  expect(connector.opened).toEqual([example(3).id]);
});

test('export gives a file that parses; importing it into empty storage gives the same list and the same file', async () => {
  const files: Array<{ text: string; filename: string }> = [];
  const download = (text: string, filename: string) => (files.push({ text, filename }), { href: 'blob:x', filename });
  const root = await mount(<AnnotationsApp connector={mockAnnotationsConnector(seeded())} download={download} />);
  await settle();
  await click(root.querySelector<HTMLButtonElement>('[data-format=jsonld]')!);
  await settle();
  expect(files[0].filename).toBe('liveline-annotations-2025-01-01.jsonld');
  expect(JSON.parse(files[0].text).total).toBe(3);
  expect(root.querySelector('[data-testid=ann-download]')?.textContent).toBe('Download liveline-annotations-2025-01-01.jsonld');

  document.body.innerHTML = '';
  const empty = mockAnnotationsConnector();
  const r = await empty.importText(files[0].text);
  expect(r).toEqual({ ok: true, imported: 3, skipped: [] });
  const again = await empty.exportFile('jsonld', false);
  expect(again.ok && again.text).toBe(files[0].text);
});

test('toolbar: colour, then note and tags; save normalises tags; Escape closes', async () => {
  const calls: unknown[][] = [];
  const props = {
    mode: 'new' as const, color: null, note: '', tags: [], at: { left: 10, top: 10 }, message: null,
    onColor: (c: string) => calls.push(['color', c]), onSave: (n: string, t: string[]) => calls.push(['save', n, t]),
    onDelete: () => calls.push(['delete']), onClose: () => calls.push(['close']),
  };
  let root = await mount(<AnnotationToolbar {...props} expanded={false} />);
  expect(document.activeElement?.getAttribute('data-color')).toBe('yellow');
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  expect(document.activeElement?.getAttribute('data-color')).toBe('green');
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
  await click(root.querySelector<HTMLButtonElement>('[data-color=pink]')!);
  expect(root.querySelector('textarea')).toBeNull();
  document.body.innerHTML = '';
  root = await mount(<AnnotationToolbar {...props} mode="edit" color="pink" expanded />);
  expect(document.activeElement?.tagName).toBe('TEXTAREA');
  await typeInto(root.querySelector('textarea')!, '  Check <i>this</i>  ');
  await typeInto(root.querySelector<HTMLInputElement>('input[type=text]')!, '#Politics, economy,, politics ');
  await click(buttonByText(root, 'Save'));
  root.querySelector('.ll-ann-toolbar')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(calls).toEqual([['color', 'pink'], ['save', 'Check <i>this</i>', ['Politics', 'economy', 'politics']], ['close']]);
});

test('list: orphans are listed with their note and say so; storage problems are shown', async () => {
  const root = await mount(
    <AnnotationList items={[{ annotation: example(1), placed: false }, { annotation: example(3), placed: true }]} query="" onQuery={() => {}} onChoose={() => {}} problems={['Liveline could not read your annotations.']} />,
  );
  expect(root.querySelector(`[data-annotation="${example(1).id}"] .ll-ann-orphan`)?.textContent).toMatch(/Not found on the page now/);
  expect(root.querySelector(`[data-annotation="${example(3).id}"] .ll-ann-orphan`)).toBeNull();
  expect(root.querySelector('[role=alert]')?.textContent).toBe('Liveline could not read your annotations.');
});

test('the popup links to the all-annotations page', async () => {
  const { PopupApp } = await import('../../components/PopupApp');
  const { mockConnector, sampleStatus } = await import('../../utils/connector');
  const connector = mockConnector({ host: 'www.example.com', status: sampleStatus() });
  const root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
  await settle();
  await click(buttonByText(root, 'All annotations and export'));
  expect(connector.calls).toContain('open-annotations');
});

test('in the page: a storage problem shows the launcher even with no annotations, and the drawer tells it', async () => {
  const { AnnotationOverlay } = await import('../../components/AnnotationOverlay');
  const noop = () => {};
  const props = { annotations: [], placed: new Set<string>(), query: '', toolbar: null, canUndo: false, onQuery: noop, onDrawer: noop, onAll: noop,
    onChoose: noop, onDelete: noop, onUndo: noop, onColor: noop, onSave: noop, onCloseToolbar: noop };
  let root = await mount(<AnnotationOverlay {...props} drawerOpen={false} problems={[]} />);
  expect(root.querySelector('.ll-ann-launcher')).toBeNull();
  document.body.innerHTML = '';
  root = await mount(<AnnotationOverlay {...props} drawerOpen={false} problems={['1 saved annotation could not be read and was set aside (kept, not deleted).']} />);
  expect(root.querySelector('.ll-ann-launcher')?.textContent).toBe('Annotations (0) ⚠');
  document.body.innerHTML = '';
  root = await mount(<AnnotationOverlay {...props} drawerOpen problems={['1 saved annotation could not be read and was set aside (kept, not deleted).']} />);
  expect(root.querySelector('[role=alert]')?.textContent).toMatch(/set aside \(kept, not deleted\)/);
});

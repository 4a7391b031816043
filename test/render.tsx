// Renders Preact components into happy-dom for unit tests, with the English messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext, translator } from '../utils/i18n';

export const tEn = translator(JSON.parse(readFileSync(join(__dirname, '../public/_locales/en/messages.json'), 'utf8')));

/** mount(ui): renders inside a fresh container with English texts; returns the container. */
export async function mount(ui: ComponentChildren): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<I18nContext.Provider value={tEn}>{ui}</I18nContext.Provider>, root));
  return root;
}

/** settle(): lets promises and Preact updates run. */
export async function settle(ms = 0): Promise<void> {
  await act(() => new Promise((r) => setTimeout(r, ms)));
}

/** byLabel(root, text): the form control whose <label> text starts with `text`. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  const el = root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`);
  if (!el) throw new Error(`label "${text}" points at nothing`);
  return el;
}

/** click(el) and let updates run. */
export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
  await settle();
}

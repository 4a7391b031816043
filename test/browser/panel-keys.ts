// The in-page panel by keyboard, as a reader reaches it: Tab through the page into the panel (its host is the
// page's last element), then from control to control. The panel's shadow root is closed, so which control has
// focus is read from the panel's snapshot, where utils/page/panel-host.ts marks it (data-ll-focused).
import { parseHtml } from '../../scripts/dom';
import { poll, type TestPage } from './harness';
import { panelSnapshot } from './ui-helpers';

/** tabIntoPanel(page, max): presses Tab (at most max times) until focus is in the panel; whether it got there. */
export async function tabIntoPanel(page: TestPage, max: number): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'liveline-ui')) return true;
  }
  return false;
}

/** Whether the panel is open, from its snapshot (folded, it is only the launcher). */
export const panelOpen = async (extPage: TestPage, pageUrl: string): Promise<boolean> => !!(await panelSnapshot(extPage, pageUrl))?.includes('class="ll-panel"');

/**
 * openPanelByKeyboard(page, extPage, max): Tab into the panel; where it starts folded (it would lie over the
 * entries), the focus is on its launcher: Enter opens it and the focus moves into it.
 */
export async function openPanelByKeyboard(page: TestPage, extPage: TestPage, max: number): Promise<void> {
  if (!(await tabIntoPanel(page, max))) throw new Error(`Tab did not reach the panel in ${max} presses`);
  if (await panelOpen(extPage, page.url)) return;
  const launcher = await focusedControl(extPage, page.url);
  if (!launcher?.matches('button.ll-launcher')) throw new Error(`the folded panel's focus is not on its launcher: ${launcher?.outerHTML}`);
  await page.press('Enter');
  await poll(() => focusedControl(extPage, page.url), (el) => !!el?.matches('aside.ll-panel'), 5000, 'the focus in the opened panel');
}

/** openPanelByClick(page, extPage): a click on the folded panel's launcher (bottom right); the panel is open. */
export async function openPanelByClick(page: TestPage, extPage: TestPage): Promise<void> {
  if (await panelOpen(extPage, page.url)) return;
  // the layout viewport, scroll bars left out: where position: fixed puts the launcher
  const { w, h } = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: document.documentElement.clientHeight }));
  await page.clickAt(w - 40, h - 28);
  await poll(() => panelOpen(extPage, page.url), (open) => open, 5000, 'the panel opened by its launcher');
}

/** focusedControl(extPage, pageUrl): the panel's focused control, in a parsed copy of the panel (null: none). */
export async function focusedControl(extPage: TestPage, pageUrl: string): Promise<Element | null> {
  const html = await panelSnapshot(extPage, pageUrl);
  return html ? parseHtml(`<body>${html}</body>`).querySelector('[data-ll-focused]') : null;
}

/** panelText(extPage, pageUrl, selector): the text of one part of the panel ('' when it is not there). */
export async function panelText(extPage: TestPage, pageUrl: string, selector: string): Promise<string> {
  const html = await panelSnapshot(extPage, pageUrl);
  return (html && parseHtml(`<body>${html}</body>`).querySelector(selector)?.textContent) || '';
}

/** tabTo(page, extPage, want, what, max): presses Tab until want(focused control); that control. */
export async function tabTo(page: TestPage, extPage: TestPage, want: (el: Element) => boolean, what: string, max = 40): Promise<Element> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.press('Tab');
    const el = await focusedControl(extPage, page.url);
    if (el && want(el)) return el;
    seen.push(el ? nameOf(el) : '(nothing)');
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses; focus went ${seen.join(' → ')}`);
}

/** The chip of a topic (components/TopicChips.tsx). */
export const isChip = (topicId: string) => (el: Element) => el.matches('button.ll-chip') && el.getAttribute('data-topic') === topicId;

/** The jump to a topic's newest entry: the other button in the chip's row. */
export const isJump = (topicId: string) => (el: Element) =>
  el.matches('button.ll-icon') && el.closest('li.ll-chip-row')?.querySelector('button.ll-chip')?.getAttribute('data-topic') === topicId;

/** The button that clears the topic choice. */
export const isClearTopics = (el: Element) => el.matches('.ll-topics > button.ll-link');

function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
  return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}[${label}]`;
}

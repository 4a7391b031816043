// Text selection in a served page, as a reader's drag leaves it (the annotations toolbar follows the selection).
import type { TestPage } from './harness';

/** In the page (main world): selects the first occurrence of quote in one text node; false when there is none. */
export function selectQuote(quote: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.nodeValue ?? '').indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + quote.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
    return true;
  }
  return false;
}

/**
 * In the page: the selection toolbar is open and has taken the focus (it focuses its first colour after it
 * renders), so keys pressed now reach it rather than the page.
 */
export function toolbarReady(): boolean {
  const host = document.querySelector('liveline-annotator');
  return host?.getAttribute('data-liveline-toolbar') === 'open' && document.activeElement === host;
}

/**
 * highlightByKeyboard(page, quote): as a reader does it once the annotations feature runs: select the quote,
 * Enter on the toolbar's first colour; resolves when the highlight is in the page (the toolbar stays open).
 */
export async function highlightByKeyboard(page: TestPage, quote: string): Promise<void> {
  await page.waitFor(() => !!document.querySelector('liveline-annotator'), undefined, 15_000, 'the annotations feature');
  if (!(await page.evaluate(selectQuote, quote))) throw new Error(`"${quote}" is not in the page`);
  await page.waitFor(toolbarReady, undefined, 5000, 'the toolbar, with the focus');
  await page.press('Enter');
  await page.waitFor(() => document.querySelectorAll('liveline-mark').length > 0, undefined, 5000, 'the highlight');
}

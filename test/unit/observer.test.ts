import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { relevant, watchPage } from '../../utils/page/observer';

const el = (tag: string) => ({ nodeType: 1, tagName: tag }) as unknown as Node;
const rec = (r: Partial<MutationRecord>) => ({ addedNodes: [], removedNodes: [], ...r }) as unknown as MutationRecord;
const none = () => false;

/**
 * fakeClock(): timers for watchPage that run only when advance(ms, stepMs) moves the clock: first the pending
 * mutation records are delivered, then the clock goes forward stepMs at a time, firing what is due at each step.
 */
function fakeClock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers = {
    setTimeout: (fn: () => void, ms: number) => (pending.set(next, { at: now + ms, fn }), next++),
    clearTimeout: (id: number) => void pending.delete(id),
    now: () => now,
  };
  const advance = async (ms: number, stepMs = ms) => {
    await new Promise((r) => setTimeout(r, 0)); // deliver mutation records
    for (let t = 0; t < ms; t += stepMs) {
      now += stepMs;
      for (const [id, p] of [...pending]) if (p.at <= now) (pending.delete(id), p.fn());
    }
  };
  return { timers, advance };
}

describe('relevant', () => {
  it.each([
    ['an article added', rec({ type: 'childList', addedNodes: [el('ARTICLE')] as never }), true],
    ['a script added', rec({ type: 'childList', addedNodes: [el('SCRIPT')] as never }), false],
    ['an iframe and a style removed', rec({ type: 'childList', removedNodes: [el('IFRAME'), el('STYLE')] as never }), false],
    ['text edited', rec({ type: 'characterData' }), true],
    ['a datetime changed', rec({ type: 'attributes', attributeName: 'datetime' }), true],
  ])('%s → %s', (_n, r, want) => expect(relevant(r, none)).toBe(want));
  it('own changes never count', () => expect(relevant(rec({ type: 'characterData' }), () => true)).toBe(false));
});

describe('watchPage', () => {
  it('keeps minGapMs between the end of one call and the next (heavy pages)', async () => {
    const doc = parseHtml('<html><body><div id="list"></div></body></html>');
    const { timers, advance } = fakeClock();
    const at: number[] = [];
    const w = watchPage({ root: doc.body, isOwn: none, onChange: () => void at.push(timers.now()), timers, debounceMs: 50, maxWaitMs: 100, minGapMs: () => 500 });
    const list = doc.getElementById('list')!;
    for (let i = 0; i < 12; i++) {
      list.appendChild(doc.createElement('p'));
      await advance(100, 10);
    }
    w.stop();
    expect(at.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1], `calls at ${at.join(', ')}`).toBeGreaterThanOrEqual(500);
  });

  it('debounces a burst into one call, and keeps calling under continuous change (max wait)', async () => {
    const doc = parseHtml('<html><body><div id="list"></div></body></html>');
    const { timers, advance } = fakeClock();
    const onChange = vi.fn();
    const w = watchPage({ root: doc.body, isOwn: none, onChange, timers, debounceMs: 100, maxWaitMs: 300 });
    const list = doc.getElementById('list')!;
    for (let i = 0; i < 3; i++) list.appendChild(doc.createElement('p'));
    await advance(50);
    expect(onChange).not.toHaveBeenCalled();
    await advance(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    // A change every 50 ms for 1 s: the debounce alone would never fire; max wait makes it fire ~every 300 ms.
    for (let t = 0; t < 1000; t += 50) {
      list.appendChild(doc.createElement('p'));
      await advance(50);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(4);
    w.stop();
    list.appendChild(doc.createElement('p'));
    const calls = onChange.mock.calls.length;
    await advance(1000);
    expect(onChange.mock.calls.length).toBe(calls);
  });

  it('reports the nodes added or edited and, apart, the elements that lost children', async () => {
    const doc = parseHtml('<html><body><div id="list"><article id="a"><p>One</p><p>Two</p></article></div></body></html>');
    const timers = { setTimeout: () => 0, clearTimeout: () => undefined, now: () => 0 };
    const onChange = vi.fn();
    const w = watchPage({ root: doc.body, isOwn: none, onChange, timers });
    const article = doc.getElementById('a')!;
    article.lastElementChild!.remove();
    const added = doc.createElement('article');
    doc.getElementById('list')!.prepend(added);
    article.firstElementChild!.firstChild!.nodeValue = 'One, edited';
    await new Promise((r) => setTimeout(r, 0));
    w.flush();
    w.stop();
    expect(onChange).toHaveBeenCalledTimes(1);
    const [changed, removedFrom] = onChange.mock.calls[0] as [Node[], Node[]];
    expect(changed).toEqual([added, article.firstElementChild!.firstChild]);
    expect(removedFrom).toEqual([article]);
  });
});

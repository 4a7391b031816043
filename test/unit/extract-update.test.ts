// Incremental entries (extract-update.ts) against a full extraction of the same document, over the labelled live
// blogs: entries added at the top and at the bottom, an entry's text edited, a paragraph and a whole entry taken
// out, and a layout change that must fall back. The changed nodes come from the page observer itself.
import { describe, expect, test } from 'vitest';
import { golds, loadPage, pageUrl } from '../corpus';
import { watchPage } from '../../utils/page/observer';
import { detect } from '../../utils/pipeline/detect';
import { spanOf } from '../../utils/pipeline/entry-draft';
import { entryUnits } from '../../utils/pipeline/entry-layout';
import { extractWithState, type Extraction } from '../../utils/pipeline/extract';
import { MAX_UPDATES, updateEntries, type PageChanges } from '../../utils/pipeline/extract-update';
import type { Entry } from '../../utils/pipeline/types';

const NOW = new Date('2026-03-01T12:00:00Z');
const LIVE = golds().filter((g) => g.live && g.entries?.length).map((g) => g.page);

/** The observer's report of what changed, as LiveView receives it. */
function watch(doc: Document): { take(): Promise<PageChanges> } {
  let got: PageChanges = { changed: [] };
  const timers = { setTimeout: () => 0, clearTimeout: () => undefined, now: () => 0 };
  const w = watchPage({ root: doc.body, isOwn: () => false, onChange: (changed, removedFrom) => void (got = { changed: changed ?? [], removedFrom }), timers });
  return {
    async take() {
      await new Promise((r) => setTimeout(r, 0)); // deliver the mutation records
      got = { changed: [] };
      w.flush();
      return got;
    },
  };
}

const full = (doc: Document, url: string): Extraction => extractWithState(doc, { url, detection: detect(doc, url), now: NOW })!;

/** What the page layer and the analysis JSON see of an entry. */
const view = (e: Entry) => ({ id: e.id, time: e.time, title: e.title, text: e.text, author: e.author, keyEvent: e.keyEvent });

function expectSame(page: string, step: string, inc: Entry[], whole: Entry[]): void {
  expect(inc.map(view), `${page} after ${step}`).toEqual(whole.map(view));
  const moved = inc.filter((e, i) => e.element !== whole[i].element || (e.elements ?? []).some((x, j) => x !== whole[i].elements?.[j]));
  expect(moved.map((e) => e.id), `${page} after ${step}: elements`).toEqual([]);
}

/** A copy of a unit's elements with its ids made new and one sentence added, inserted before `at`. */
function insertCopy(span: readonly Element[], at: Node | null, parent: Node, n: number): void {
  for (const el of span) {
    const copy = el.cloneNode(true) as Element;
    for (const x of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) if (x.id) x.id = `${x.id}-copy${n}`;
    if (el === span[span.length - 1]) copy.append(` Liveline test sentence number ${n} about the harbour.`);
    parent.insertBefore(copy, at);
  }
}

/** The text of the last paragraph among elements (an entry's body text, not a button or a stamp). */
function lastText(els: readonly Element[]): Text | null {
  const paras = els.flatMap((el) => (el.tagName === 'P' ? [el] : Array.from(el.querySelectorAll('p'))));
  const blocks = paras.length ? paras : els.flatMap((el) => [el, ...Array.from(el.querySelectorAll('div,span,li'))]);
  const texts: Text[] = [];
  for (const b of blocks) {
    const walker = b.ownerDocument.createTreeWalker(b, 4 /* text */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim().length > 10) texts.push(n as Text);
  }
  return texts[texts.length - 1] ?? null;
}

describe('updateEntries equals a full extraction', () => {
  test('there are labelled live blogs to test on', () => expect(LIVE.length).toBeGreaterThanOrEqual(10));

  test.each(LIVE)('%s: append at top and bottom, edit, removals', async (page) => {
    const doc = loadPage(page);
    const url = pageUrl(page);
    const observer = watch(doc);
    let last = full(doc, url);
    expect(last.entries.length, page).toBeGreaterThan(2);
    const units = () => entryUnits(last.state.layout).filter((u) => last.entries.some((e) => e.element === u.element));
    const step = async (name: string, mutate: () => void, expectRead: (read: number) => void) => {
      mutate();
      const changes = await observer.take();
      const inc = updateEntries(doc, last.state, changes, { url, now: NOW }, last.entries);
      const whole = full(doc, url);
      expect(inc, `${page}: ${name} fell back`).not.toBeNull();
      expectSame(page, name, inc!.entries, whole.entries);
      expect(inc!.state.mode).toBe('incremental');
      expectRead(inc!.state.read);
      last = inc!;
    };
    const u0 = units();
    const first = spanOf(u0[0]);
    await step('append at top', () => insertCopy(first, first[0], first[0].parentNode!, 1), (read) => expect(read).toBeLessThanOrEqual(2));
    const u1 = units();
    const end = spanOf(u1[u1.length - 1]);
    const tail = end[end.length - 1];
    await step('append at bottom', () => insertCopy(end, tail.nextSibling, tail.parentNode!, 2), (read) => expect(read).toBeLessThanOrEqual(2));
    const before = last.entries;
    const all = units();
    const half = Math.floor(all.length / 2);
    const mid = [...all.slice(half), ...all.slice(0, half)].find((u) => lastText(spanOf(u)))!;
    const text = lastText(spanOf(mid))!;
    await step('edit', () => void (text.data = `${text.data} (updated: the minister has now confirmed it)`), (read) => expect(read).toBe(1));
    const editedId = last.entries.find((e) => e.element === mid.element)?.id;
    expect(last.entries.filter((e, i) => e !== before[i]).map((e) => e.id), `${page}: only the edited entry is new`).toEqual([editedId]);
    const withParas = units().find((u) => !u.group && !u.elements && u.element.childElementCount >= 3 && lastText([u.element.lastElementChild!]));
    if (withParas) await step('paragraph removed', () => withParas.element.lastElementChild!.remove(), (read) => expect(read).toBe(1));
    const gone = units()[1];
    await step('entry removed', () => spanOf(gone).forEach((el) => el.remove()), (read) => expect(read).toBeLessThanOrEqual(1));
    expect(last.entries.some((e) => e.element === gone.element)).toBe(false);
  });
});

describe('updateEntries falls back', () => {
  const page = golds().find((g) => g.live && (g.entries?.length ?? 0) >= 20)!.page;

  test('when the entries container leaves the page (a re-rendered list)', async () => {
    const doc = loadPage(page);
    const url = pageUrl(page);
    const observer = watch(doc);
    const first = full(doc, url);
    const { layout } = first.state;
    if (layout.kind === 'none') throw new Error(`${page}: no layout`);
    layout.container.replaceWith(layout.container.cloneNode(true));
    const changes = await observer.take();
    expect(updateEntries(doc, first.state, changes, { url, now: NOW }, first.entries)).toBeNull();
    const again = full(doc, url);
    expect(again.entries.map(view)).toEqual(first.entries.map(view));
    expect(again.entries[0].element).not.toBe(first.entries[0].element);
  });

  test('when a block of timestamped posts appears outside the entries', async () => {
    const doc = loadPage(page);
    const url = pageUrl(page);
    const observer = watch(doc);
    const first = full(doc, url);
    const box = doc.createElement('section');
    box.innerHTML = '<article><time datetime="2026-03-01T10:00:00Z">10:00</time><p>One</p></article><article><time datetime="2026-03-01T09:00:00Z">09:00</time><p>Two</p></article>';
    doc.body.append(box);
    expect(updateEntries(doc, first.state, await observer.take(), { url, now: NOW }, first.entries)).toBeNull();
  });

  test('when most entries are new', async () => {
    const doc = loadPage(page);
    const url = pageUrl(page);
    const observer = watch(doc);
    const first = full(doc, url);
    for (const e of first.entries) for (const el of e.elements ?? [e.element]) el.append(' (corrected)');
    expect(updateEntries(doc, first.state, await observer.take(), { url, now: NOW }, first.entries)).toBeNull();
  });

  test('after MAX_UPDATES updates in a row, or once the page has doubled (the layout is searched again)', async () => {
    const doc = loadPage(page);
    const url = pageUrl(page);
    const first = full(doc, url);
    const ctx = { url, now: NOW };
    expect(updateEntries(doc, { ...first.state, updates: MAX_UPDATES - 1 }, { changed: [] }, ctx, first.entries)?.state.updates).toBe(MAX_UPDATES);
    expect(updateEntries(doc, { ...first.state, updates: MAX_UPDATES }, { changed: [] }, ctx, first.entries)).toBeNull();
    expect(updateEntries(doc, { ...first.state, fullUnits: Math.floor(first.state.fullUnits / 2) - 1 }, { changed: [] }, ctx, first.entries)).toBeNull();
  });
});

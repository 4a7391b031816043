// Entries for the topic stage's fixture tests, built from a labelled page without the extractor: each gold entry
// key's enclosing block (the largest ancestor that holds no other key). This tests grouping alone, so a change
// in entry extraction cannot hide or cause a topic failure. Test-only; the product never reads gold labels.
import { visibleText } from '../../utils/pipeline/text';
import type { Entry } from '../../utils/pipeline/types';
import { type Gold, golds, loadPage, norm } from '../corpus';

/** Labelled live pages that carry together/apart pairs. */
export function topicGolds(): Gold[] {
  return golds().filter((g) => g.live && ((g.together?.length ?? 0) > 0 || (g.apart?.length ?? 0) > 0));
}

/** Every labelled live page with at least a few timed entries (for replay tests). */
export function liveGolds(): Gold[] {
  return golds().filter((g) => g.live && (g.entries?.length ?? 0) >= 3);
}

/** The gold entries of a page as Entry objects, in page order. Keys not found are skipped. */
export function goldEntries(gold: Gold): Entry[] {
  const cached = cache.get(gold.page);
  if (cached) return cached;
  const built = buildEntries(gold);
  cache.set(gold.page, built);
  return built;
}

const cache = new Map<string, Entry[]>();

function buildEntries(gold: Gold): Entry[] {
  const doc = loadPage(gold.page);
  const keys = (gold.entries ?? []).map((e) => ({ ...e, n: norm(e.key) }));
  const els = Array.from(doc.body?.querySelectorAll('*') ?? []).filter((el) => !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.tagName));
  const texts = new Map<Element, string>(els.map((el) => [el, norm(el.textContent)]));
  const keysIn = (el: Element) => keys.filter((k) => (texts.get(el) ?? norm(el.textContent)).includes(k.n)).length;
  const out: Entry[] = [];
  const seen = new Set<Element>();
  keys.forEach((k, i) => {
    let block: Element | undefined;
    for (const el of els) if (texts.get(el)!.includes(k.n)) block = el;
    if (!block) return;
    while (block.parentElement && block.parentElement !== doc.body && keysIn(block.parentElement) <= 1) block = block.parentElement;
    if (seen.has(block)) return;
    seen.add(block);
    const text = visibleText(block);
    out.push({ id: block.id || `g${i}`, time: k.time ?? null, title: null, text, author: null, keyEvent: false, element: block });
  });
  const pos = (e: Entry) => els.indexOf(e.element);
  return out.sort((a, b) => pos(a) - pos(b));
}

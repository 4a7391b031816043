// The clean view's hiding as a registered feature, driven by the real orchestrator and the real pipeline on the
// fictional marathon page (entries full of clutter words, clutter of every kind in four languages).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { hideClutter } from '../../utils/page/hide-feature';
import { entryMarks } from '../../utils/page/entry-marks';
import { FEATURES } from '../../utils/page/features';
import { HIDDEN_ATTR, LABEL_ATTR, UNLOCK_ATTR } from '../../utils/page/hide';
import { LiveView } from '../../utils/page/live-view';
import { runPipeline } from '../../utils/pipeline/run';
import { defaultSettings, siteSettings, type SiteSettings } from '../../utils/settings';
import { pageHtml, pageUrl } from '../corpus';

const ID = 'sample-marathon-clutter';
const timers = { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id), now: () => performance.now() };
const settle = async (v: LiveView) => {
  await new Promise((r) => setTimeout(r, 0)); // deliver mutation records
  v.flush();
};

function setUp(patch: Partial<SiteSettings> = {}) {
  const url = pageUrl(ID);
  const doc = parseHtml(pageHtml(ID), url);
  const before = doc.documentElement.outerHTML;
  const site = { ...siteSettings(defaultSettings(), new URL(url).hostname), ...patch };
  const v = new LiveView({ doc, url, site, timers, features: [entryMarks, hideClutter] });
  return { doc, before, v, site };
}

const hiddenKinds = (doc: Document) => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).map((e) => e.getAttribute(HIDDEN_ATTR)).sort();

describe('hideClutter feature', () => {
  it('is registered', () => expect(FEATURES).toContain(hideClutter));

  it('hides every clutter block, never an entry, and stop() gives the page back exactly', () => {
    const { doc, before, v } = setUp();
    v.start();
    expect(hiddenKinds(doc)).toEqual(['comments-promo', 'donation', 'donation', 'login', 'newsletter', 'newsletter', 'notifications', 'subscription', 'subscription']);
    for (const e of v.analysis!.entries) {
      expect(e.element.closest(`[${HIDDEN_ATTR}]`), e.id).toBeNull();
      expect(e.element.querySelector(`[${HIDDEN_ATTR}]`), e.id).toBeNull();
    }
    expect(v.status().hiddenByKind).toMatchObject({ subscription: 2, donation: 2, newsletter: 2 });
    v.stop();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('follows the reader’s categories for the site', () => {
    const { doc, v, site } = setUp();
    v.start();
    v.setSite({ ...site, clutter: { ...site.clutter, donation: false, newsletter: false } });
    expect(hiddenKinds(doc)).not.toContain('donation');
    expect(hiddenKinds(doc)).not.toContain('newsletter');
    v.setSite({ ...site, features: { ...site.features, clutter: false } });
    expect(hiddenKinds(doc)).toEqual([]);
    v.stop();
  });

  it('a page that is not a live blog: nothing hidden unless the reader turned the clean view on for the site', () => {
    const html = pageHtml(ID).replace(/<script type="application\/ld\+json">.*?<\/script>/s, '').replace(/ live/g, '');
    const url = 'https://www.lakeside-courier.example/sport/2026/apr/19/marathon';
    const doc = parseHtml(html, url);
    expect(runPipeline(doc, { url }).detection.isLiveBlog).toBe(false);
    const site = siteSettings(defaultSettings(), 'www.lakeside-courier.example');
    const off = new LiveView({ doc, url, site, timers, features: [entryMarks, hideClutter] });
    off.start();
    expect(hiddenKinds(doc)).toEqual([]);
    off.stop();
    const on = new LiveView({ doc, url, site: { ...site, cleanView: true }, timers, features: [entryMarks, hideClutter] });
    on.start();
    expect(hiddenKinds(doc).length).toBeGreaterThan(0);
    on.stop();
  });

  it('hides clutter the page injects after load, judging only the added nodes', async () => {
    const { doc, v } = setUp();
    v.start();
    const modal = doc.createElement('div');
    modal.setAttribute('style', 'position: fixed; inset: 0');
    modal.innerHTML = '<p>You have reached your limit of free articles.</p><a href="/subscribe">Subscribe now</a>';
    doc.body.appendChild(modal);
    doc.body.setAttribute('style', 'overflow: hidden');
    await settle(v);
    expect(modal.getAttribute(HIDDEN_ATTR)).toBe('subscription');
    expect(doc.body.hasAttribute(UNLOCK_ATTR)).toBe(true);
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden');
    v.stop();
    expect(modal.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('the status says what is hidden now, what was found, and whether it is shown', () => {
    const { v, site } = setUp();
    v.start();
    expect(v.status()).toMatchObject({ hiddenByKind: { donation: 2, newsletter: 2 }, foundByKind: { donation: 2, newsletter: 2 }, showingHidden: false });
    v.setSite({ ...site, clutter: { ...site.clutter, donation: false } });
    expect(v.status().hiddenByKind.donation).toBeUndefined();
    expect(v.status().foundByKind?.donation).toBe(2);
    v.message({ type: 'liveline:command', command: 'toggle-show-hidden' });
    expect(v.status().showingHidden).toBe(true);
    v.setSite({ ...site, features: { ...site.features, clutter: false } });
    expect(v.status()).toMatchObject({ hiddenByKind: {}, foundByKind: { donation: 2, newsletter: 2 } });
    expect(v.status().showingHidden).toBeUndefined();
    v.stop();
  });

  it('"show what was hidden" labels each block in place; again hides them', () => {
    const { doc, v } = setUp();
    v.start();
    expect(v.message({ type: 'liveline:command', command: 'toggle-show-hidden' })).toEqual({ revealing: true, hidden: 9 });
    const labels = Array.from(doc.querySelectorAll(`[${LABEL_ATTR}]`));
    expect(labels).toHaveLength(9);
    for (const l of labels) expect(l.nextElementSibling?.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(labels[0].textContent).toMatch(/^Hidden by Liveline · Donation appeal: /);
    expect(v.message({ type: 'liveline:command', command: 'toggle-show-hidden' })).toEqual({ revealing: false, hidden: 9 });
    expect(doc.querySelectorAll(`[${LABEL_ATTR}]`)).toHaveLength(0);
    v.stop();
  });

  it('while showing what was hidden, re-analyses do not take Liveline’s own labels for clutter', () => {
    const { doc, v } = setUp();
    v.start();
    v.message({ type: 'liveline:command', command: 'toggle-show-hidden' });
    for (let i = 0; i < 3; i++) v.refresh();
    expect(doc.querySelectorAll(`[${LABEL_ATTR}]`)).toHaveLength(9);
    expect(doc.querySelectorAll(`[${LABEL_ATTR}][${HIDDEN_ATTR}]`)).toHaveLength(0);
    expect(v.status().foundByKind).toEqual({ donation: 2, subscription: 2, newsletter: 2, login: 1, notifications: 1, 'comments-promo': 1 });
    v.stop();
  });

  it('a page that re-renders its prompt constantly: no error, no loop on our own writes', async () => {
    const { doc, v } = setUp();
    v.start();
    let refreshes = 0;
    const original = v.refresh.bind(v);
    v.refresh = (changed?: readonly Node[]) => {
      refreshes++;
      original(changed);
    };
    for (let i = 0; i < 20; i++) {
      doc.querySelector('.q1z')?.remove();
      const box = doc.createElement('div');
      box.className = 'q1z';
      box.innerHTML = '<p>Unlock every story</p><p>Start your digital subscription today.</p><a href="/subscribe">Start now</a>';
      doc.querySelector('.live')!.appendChild(box);
      await settle(v);
      expect(box.getAttribute(HIDDEN_ATTR)).toBe('subscription');
    }
    const after = refreshes;
    await settle(v);
    await new Promise((r) => setTimeout(r, 300));
    expect(refreshes, 'our own marks must not trigger re-analysis').toBe(after);
    expect(v.status().error).toBeNull();
    v.stop();
  });
});

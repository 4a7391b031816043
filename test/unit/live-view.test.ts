// The orchestrator with a stand-in pipeline (entries = article[id]), so it is tested apart from the extractor.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/dom';
import type { Feature } from '../../utils/page/features';
import { ENTRY_ATTR } from '../../utils/page/layer';
import { entryMarks } from '../../utils/page/entry-marks';
import { LiveView } from '../../utils/page/live-view';
import type { PageAnalysis } from '../../utils/pipeline/types';
import { defaultSettings, siteSettings } from '../../utils/settings';

const SAMPLE = readFileSync(join(__dirname, '../fixtures/sample-live-blog.html'), 'utf8');
const URL_ = 'https://gazette.example/news/live/flood';

function fakePipeline(doc: Document, { url }: { url: string }): PageAnalysis {
  const live = doc.querySelector('script[type="application/ld+json"]') !== null;
  const entries = Array.from(doc.querySelectorAll('article[id]')).map((element) => ({
    id: element.id, time: element.querySelector('time')?.getAttribute('datetime') ?? null, title: null,
    text: element.textContent ?? '', author: null, keyEvent: false, element,
  }));
  return { url, title: doc.title, detection: { isLiveBlog: live, signals: [], confidence: 1 }, entries: live ? entries : [], clutter: [], topics: [], claims: [], timings: {} };
}

const timers = { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id), now: () => performance.now() };

function view(doc: Document, features: readonly Feature[], cleanView: boolean | null = null) {
  const site = { ...siteSettings(defaultSettings(), 'gazette.example'), cleanView };
  return new LiveView({ doc, url: URL_, site, timers, features, pipeline: fakePipeline as never });
}

const calls: string[] = [];
const recorder: Feature = {
  id: 'recorder',
  description: 'test',
  apply: ({ layer, doc }) => { calls.push('apply'); layer.setCss('recorder', 'html[data-liveline] .promo{display:none}'); layer.insert('recorder', doc.createElement('aside'), doc.body); },
  update: (_c, ch) => void calls.push(`update +${ch.added.length} ~${ch.updated.length} -${ch.removed.length}`),
  remove: () => void calls.push('remove'),
};

describe('LiveView', () => {
  it('marks entries, follows added / edited / removed ones, and stop() restores the page exactly', async () => {
    const doc = parseHtml(SAMPLE, URL_);
    calls.length = 0;
    const v = view(doc, [entryMarks, recorder]);
    v.start();
    expect(doc.querySelectorAll(`[${ENTRY_ATTR}]`).length).toBe(7);
    expect(v.status()).toMatchObject({ isLiveBlog: true, entryCount: 7, newest: '2026-03-14T07:18:00Z', cleanView: true, error: null });
    const list = doc.getElementById('liveblog')!;
    const added = doc.createElement('article');
    added.id = 'post-999';
    list.insertBefore(added, list.firstChild);
    doc.getElementById('post-107')!.append(' (updated)');
    doc.getElementById('post-102')!.remove();
    await new Promise((r) => setTimeout(r, 0)); // deliver the mutation records
    v.flush();
    expect(calls).toEqual(['apply', 'update +1 ~1 -1']);
    expect(added.getAttribute(ENTRY_ATTR)).toBe('post-999');
    expect(v.status().entryCount).toBe(7);
    v.stop();
    expect(calls.at(-1)).toBe('remove');
    expect(doc.documentElement.outerHTML).not.toContain('data-liveline');
    expect(doc.querySelector('aside[data-liveline-own], style[data-liveline-own]')).toBeNull();
  });

  it('leaves the page untouched for the reader who turned the clean view off, yet counts entries', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const before = doc.documentElement.outerHTML;
    const v = view(doc, [entryMarks, recorder], false);
    v.start();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(v.status()).toMatchObject({ isLiveBlog: true, entryCount: 7, cleanView: false });
    v.stop();
  });

  it('applies, then removes exactly when the reader switches the view off for the site', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const before = doc.documentElement.outerHTML;
    const v = view(doc, [entryMarks, recorder]);
    v.start();
    expect(doc.documentElement.outerHTML).not.toBe(before);
    v.setSite({ ...siteSettings(defaultSettings(), 'x'), cleanView: false });
    expect(doc.documentElement.outerHTML).toBe(before);
    v.stop();
  });

  it('a feature that throws is reported in the status, never thrown into the page', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const boom: Feature = { id: 'boom', description: 'x', apply: () => { throw new Error('kaput'); }, update() {}, remove() {} };
    const v = view(doc, [boom, entryMarks]);
    expect(() => v.start()).not.toThrow();
    expect(v.status().error).toBe('boom: kaput');
    expect(doc.querySelectorAll(`[${ENTRY_ATTR}]`).length).toBe(7);
    v.stop();
  });

  it('a pipeline that throws is reported too', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const site = siteSettings(defaultSettings(), 'x');
    const v = new LiveView({ doc, url: URL_, site, timers, pipeline: () => { throw new Error('bad page'); } });
    expect(() => v.start()).not.toThrow();
    expect(v.status()).toMatchObject({ isLiveBlog: false, error: 'pipeline: bad page' });
    v.stop();
  });
});

describe('LiveView and features that wrap page text', () => {
  it('splitting and wrapping noted text does not trigger a re-analysis; a page edit of that text does', async () => {
    const doc = parseHtml(SAMPLE, URL_);
    let runs = 0;
    const counting = (d: Document, o: { url: string }) => (runs++, fakePipeline(d, o));
    let wrapper: Element | null = null;
    const wrap: Feature = {
      id: 'wrap', description: 'test',
      apply: () => {},
      update: ({ layer, doc: d }) => {
        if (wrapper) return;
        const text = d.querySelector('#post-106 p:last-of-type')!.firstChild as Text;
        const tail = text.splitText(10);
        wrapper = d.createElement('liveline-mark');
        wrapper.setAttribute('data-liveline-own', 'wrap');
        layer.noteOwnNodes([text, tail, wrapper]);
        tail.parentNode!.insertBefore(wrapper, tail);
        wrapper.appendChild(tail);
      },
      remove: () => {},
    };
    const site = siteSettings(defaultSettings(), 'x');
    const v = new LiveView({ doc, url: URL_, site, timers, features: [entryMarks, wrap], pipeline: counting as never });
    v.start();
    doc.getElementById('post-105')!.append(' edited'); // a page edit: re-analysis, the feature wraps
    await new Promise((r) => setTimeout(r, 0));
    v.flush();
    expect(runs).toBe(2);
    expect(wrapper).not.toBeNull();
    await new Promise((r) => setTimeout(r, 0)); // the wrapping's own records arrive and are ignored
    v.flush();
    await new Promise((r) => setTimeout(r, 200));
    expect(runs).toBe(2);
    (doc.querySelector('#post-106 p:last-of-type')!.firstChild as Text).appendData(' (corrected)'); // the page edits it
    await new Promise((r) => setTimeout(r, 200));
    expect(runs).toBe(3);
    v.stop();
  });
});

describe('LiveView with the real pipeline', () => {
  it('a live update re-reads only what changed: an added entry, a paragraph taken out of another', async () => {
    const doc = parseHtml(SAMPLE, URL_);
    const site = { ...siteSettings(defaultSettings(), 'gazette.example'), cleanView: null };
    const v = new LiveView({ doc, url: URL_, site, timers, features: [] });
    v.start();
    expect(v.analysis?.extraction?.mode).toBe('full');
    const added = doc.getElementById('post-108')!.cloneNode(true) as Element;
    added.id = 'post-109';
    doc.getElementById('liveblog')!.prepend(added);
    doc.querySelector('#post-106 p:last-of-type')!.remove();
    await new Promise((r) => setTimeout(r, 0)); // deliver the mutation records
    v.flush();
    expect(v.analysis?.extraction).toMatchObject({ mode: 'incremental', read: 2 });
    expect(v.analysis?.entries[0].id).toBe('post-109');
    expect(v.analysis?.entries.find((e) => e.id === 'post-106')?.text).not.toContain('Wend Bridge read 4.1 metres');
    v.stop();
  });
});

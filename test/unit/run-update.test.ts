// runPipeline on a live update: the entries stage takes the incremental path (detection and layout kept), gives
// what a fresh run gives, keeps unchanged Entry objects, and leaves the previous analysis as it was.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/dom';
import { toAnalysisJson } from '../../utils/pipeline/analysis-json';
import { runPipeline } from '../../utils/pipeline/run';
import type { PageAnalysis } from '../../utils/pipeline/types';

const SAMPLE = readFileSync(join(__dirname, '../fixtures/sample-live-blog.html'), 'utf8');
const URL_ = 'https://gazette.example/news/live/flood';
const NOW = new Date('2026-03-14T12:00:00Z');

const entriesJson = (a: PageAnalysis) => toAnalysisJson(a).entries.map(({ topic: _t, ...rest }) => rest);

function post(doc: Document, id: string, text: string): Element {
  const el = doc.createElement('article');
  el.className = 'live-post';
  el.id = id;
  el.innerHTML = '<time datetime="2026-03-14T08:05:00Z">08:05</time><h2></h2><p></p>';
  el.querySelector('h2')!.textContent = 'Bridge reopens';
  el.querySelector('p')!.textContent = text;
  return el;
}

describe('runPipeline with previous and changed nodes', () => {
  it('re-reads only the new entry and equals a fresh run', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const first = runPipeline(doc, { url: URL_, now: NOW });
    expect(first.extraction?.mode).toBe('full');
    const before = first.entries.map((e) => ({ ...e }));
    const list = doc.getElementById('post-108')!.parentElement!;
    const added = post(doc, 'post-109', 'The north bridge reopened to traffic after engineers checked the piers.');
    list.insertBefore(added, list.firstElementChild);
    const next = runPipeline(doc, { url: URL_, now: NOW, previous: first, changed: [added], previousTopics: first.topics });
    expect(next.extraction).toMatchObject({ mode: 'incremental', read: 1 });
    expect(next.timings.detect).toBeUndefined();
    expect(next.detection).toBe(first.detection);
    expect(next.entries[0].id).toBe('post-109');
    expect(entriesJson(next)).toEqual(entriesJson(runPipeline(doc, { url: URL_, now: NOW })));
    // the entries that did not change are the same objects; the previous analysis is untouched
    expect(next.entries.slice(1).every((e, i) => e === first.entries[i] || e.topic !== before[i].topic)).toBe(true);
    expect(first.entries.map((e) => ({ ...e }))).toEqual(before);
  });

  it('an edit inside an entry is picked up; a replaced list falls back to the full path', () => {
    const doc = parseHtml(SAMPLE, URL_);
    const first = runPipeline(doc, { url: URL_, now: NOW });
    const p = doc.querySelector('#post-106 p')!;
    p.firstChild!.nodeValue = 'Corrected: the river peaked at 4.1 metres.';
    const edited = runPipeline(doc, { url: URL_, now: NOW, previous: first, changed: [p.firstChild!] });
    expect(edited.extraction).toMatchObject({ mode: 'incremental', read: 1 });
    expect(edited.entries.find((e) => e.id === 'post-106')!.text).toContain('Corrected: the river peaked');
    const list = doc.getElementById('post-108')!.parentElement!;
    const copy = list.cloneNode(true) as Element;
    list.replaceWith(copy);
    const replaced = runPipeline(doc, { url: URL_, now: NOW, previous: edited, changed: [copy] });
    expect(replaced.extraction?.mode).toBe('full');
    expect(replaced.timings.detect).toBeDefined();
    expect(replaced.entries[0].element.parentElement).toBe(copy);
    expect(entriesJson(replaced)).toEqual(entriesJson(edited));
  });
});

// Live-update cases of `npm run bench`: one entry appended at the top of the page, then the update read
// incrementally (layout and untouched entries kept) against reading the page from scratch, on the same document
// in the same run. Runs in the browser (bundled); the document is changed once, in prepare.
import type { ClaimsCache } from '../../utils/pipeline/claims';
import { detect } from '../../utils/pipeline/detect';
import { spanOf } from '../../utils/pipeline/entry-draft';
import { entryUnits } from '../../utils/pipeline/entry-layout';
import { extractWithState, type Extraction } from '../../utils/pipeline/extract';
import { updateEntries } from '../../utils/pipeline/extract-update';
import { runPipeline } from '../../utils/pipeline/run';
import type { PageAnalysis } from '../../utils/pipeline/types';
import type { BenchCase } from './cases';

interface Appended {
  analysis: PageAnalysis;
  extraction: Extraction;
  changed: Node[];
  cache: ClaimsCache;
}

/** Reads the page as the content script does, then appends a copy of its first entry (new ids, new text). */
function appendEntry(doc: Document, url: string): Appended {
  const cache: ClaimsCache = new Map();
  const analysis = runPipeline(doc, { url, claimsCache: cache });
  const extraction = extractWithState(doc, { url, detection: detect(doc, url) });
  if (!extraction || extraction.state.layout.kind === 'none') throw new Error('no entry layout');
  const span = spanOf(entryUnits(extraction.state.layout)[0]);
  const changed: Node[] = [];
  for (const el of span) {
    const copy = el.cloneNode(true) as Element;
    for (const x of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) if (x.id) x.id = `${x.id}-bench`;
    copy.append(' A new development in the story, added by the benchmark.');
    span[0].parentNode!.insertBefore(copy, span[0]);
    changed.push(copy);
  }
  return { analysis, extraction, changed, cache };
}

const update = (doc: Document, url: string, p: Appended, incremental: boolean) =>
  runPipeline(doc, {
    url,
    previous: incremental ? p.analysis : { ...p.analysis, extraction: undefined },
    changed: p.changed,
    previousTopics: p.analysis.topics,
    claimsCache: new Map(p.cache),
  });

export const UPDATE_CASES: readonly BenchCase[] = [
  {
    // the entries stage alone: re-read the new entry only, against detect + extraction from scratch
    name: 'entries+1entry',
    pages: 'largest-live',
    prepare: appendEntry,
    run: (doc, url, p) => {
      const { extraction, analysis, changed } = p as Appended;
      if (!updateEntries(doc, extraction.state, { changed }, { url }, analysis.entries)) throw new Error('fell back');
    },
    baseline: { name: 'detect+extract', run: (doc, url) => extractWithState(doc, { url, detection: detect(doc, url) }) },
  },
  {
    // one whole live update as LiveView runs it (clutter, topics and claims incremental in both)
    name: 'update+1entry',
    pages: 'largest-live',
    prepare: appendEntry,
    run: (doc, url, p) => {
      if (update(doc, url, p as Appended, true).extraction?.mode !== 'incremental') throw new Error('fell back');
    },
    baseline: { name: 'full re-read', run: (doc, url, p) => update(doc, url, p as Appended, false) },
  },
];

// What the browser tests (and the demo) serve: corpus pages at their original paths, the shipped sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/dom';
import { newestTime } from '../../utils/page/status';
import { runPipeline } from '../../utils/pipeline/run';
import type { PageAnalysis } from '../../utils/pipeline/types';
import { pageHtml, pageUrl } from '../corpus';
import { ROOT, type TestPage } from './harness';
import { CORPUS_CSP, servedPath, type Site } from './server';

export const SAMPLE_PATH = '/news/live/2026/mar/14/northfield-flood-defences-live';
export const SAMPLE_HTML = readFileSync(join(ROOT, 'test/fixtures/sample-live-blog.html'), 'utf8');

/** serveCorpusPage(site, id): the page at its original path (URL cues kept), under CORPUS_CSP; its URL. */
export function serveCorpusPage(site: Site, id: string): string {
  return site.add(servedPath(pageUrl(id), `/${id}.html`), { html: pageHtml(id), headers: { 'content-security-policy': CORPUS_CSP } });
}

/** serveSample(site, query): the fictional sample live blog (query e.g. "?append=300"); its URL. */
export function serveSample(site: Site, query = ''): string {
  return site.add(SAMPLE_PATH + query, { html: SAMPLE_HTML });
}

/** analyseInNode(html, url): what the analyze command says about the same HTML at the same URL. */
export function analyseInNode(html: string, url: string): PageAnalysis {
  return runPipeline(parseHtml(html, url), { url });
}

/** The popup's status element (components/StatusLine.tsx). */
export const STATUS_SELECTOR = '.ll-status';

const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const message = (key: string, ...subs: Array<string | number>) =>
  subs.reduce<string>((m, s, i) => m.replace(`$p${i + 1}$`, String(s)), MESSAGES[key].message);

/** expectedPopup(analysis, popup): the status line the popup must show (English UI, default settings). The
 *  newest entry's clock is formatted in the popup itself, so locale and time zone are the browser's. */
export async function expectedPopup(analysis: PageAnalysis, popup: TestPage): Promise<string> {
  if (!analysis.detection.isLiveBlog) return message('statusNotLive');
  const newest = newestTime(analysis.entries.map((e) => e.time));
  if (!newest) return message('statusLiveNoTime', analysis.entries.length);
  const clock = await popup.evaluate((iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }), newest);
  return message('statusLive', analysis.entries.length, clock);
}

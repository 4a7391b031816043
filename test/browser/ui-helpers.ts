// Helpers for the UI browser tests: the panel's snapshot (messages: test/browser/messages.ts), axe-core runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Site, TestPage } from './harness';
import { toTab } from './messages';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** panelSnapshot(extPage, pageUrl): the in-page panel's markup and styles (null while it is not there). */
export const panelSnapshot = (extPage: TestPage, pageUrl: string) => toTab<string | null>(extPage, pageUrl, { type: 'liveline:panel-snapshot' });

/** A plain page that shows a copy of the panel in an OPEN shadow root, for axe and for reading its text. */
export function servePanelHost(site: Site): string {
  return site.add('/panel-host.html', {
    html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panel copy</title></head><body><main><h1>Panel copy</h1></main></body></html>',
  });
}

/** showSnapshot(hostPage, html): puts the panel copy into the host page; returns its visible text. */
export function showSnapshot(hostPage: TestPage, html: string): Promise<string> {
  return hostPage.evaluate((html: string) => {
    document.getElementById('copy')?.remove();
    const host = document.createElement('div');
    host.id = 'copy';
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
    return host.shadowRoot!.textContent ?? '';
  }, html);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe(page): axe-core's violations in the page (shadow roots included). */
export async function axe(page: TestPage): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(async () => {
    const a = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await a.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

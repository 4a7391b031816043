// npm run analyze -- <page.html> [--url URL] [--force]
// Prints the page's analysis JSON (../shared/eval/ANALYSIS.md). A file that cannot be read or is not HTML:
// one line on stderr, exit status 1.
import { readFileSync, statSync } from 'node:fs';
import { toAnalysisJson } from '../utils/pipeline/analysis-json';
import { runPipeline } from '../utils/pipeline/run';
import { parseHtml } from './dom';

const MAX_BYTES = 64 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  const args = [...argv];
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const url = flag('--url') ?? '';
  const forceAt = args.indexOf('--force');
  const force = forceAt >= 0;
  if (force) args.splice(forceAt, 1);
  const file = args[0];
  if (!file) fail('usage: analyze <page.html> [--url URL] [--force]');
  let html: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) fail(`${file}: ${size} bytes is more than the ${MAX_BYTES}-byte limit`);
    html = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (!looksLikeHtml(html)) fail(`${file} is not HTML`);
  let doc: Document;
  try {
    doc = parseHtml(html, url);
  } catch (e) {
    fail(`cannot parse ${file}: ${(e as Error).message}`);
  }
  try {
    const analysis = runPipeline(doc, { url, force });
    process.stdout.write(`${JSON.stringify(toAnalysisJson(analysis), null, 2)}\n`);
  } catch (e) {
    fail(`pipeline failed on ${file}: ${(e as Error).stack ?? e}`);
  }
}

/** A file is HTML when, past any BOM, comments and white space, it opens with a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  return /^<(!doctype\s+html|html|head|body|meta|title|!--|[a-z][\w-]*[\s>])/i.test(head) && !text.includes('\u0000');
}

main(process.argv.slice(2));

import { Window } from 'happy-dom';

/**
 * parseHtml(html, url): a Document for Node (the analyze command, benchmarks, fixture tests), built by
 * happy-dom with every script, stylesheet and frame load switched off: nothing is fetched or run.
 */
export function parseHtml(html: string, url = 'http://localhost/'): Document {
  const window = new Window({
    url: safeUrl(url),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'liveline-analyze' },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(withoutSvgRawText(html), 'text/html') as unknown as Document;
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'http://localhost/';
  }
}

const TAG = /<(\/?)(svg|script|style)\b[^>]*>/gi;

/**
 * happy-dom (21.x) loses the rest of the document after a <style> or <script> inside an inline <svg> (browsers
 * parse it fine; e.g. repubblica.it's logo sprite). Those two are dropped from inside <svg> before parsing; the
 * scan skips over top-level script and style text so a "<svg" inside a script is not taken for a tag.
 */
export function withoutSvgRawText(html: string): string {
  if (!/<svg\b/i.test(html)) return html;
  const lower = html.toLowerCase();
  const out: string[] = [];
  let svgDepth = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, closing, rawName] = m;
    const name = rawName.toLowerCase();
    if (name === 'svg') {
      svgDepth = Math.max(0, svgDepth + (closing ? -1 : whole.endsWith('/>') ? 0 : 1));
      continue;
    }
    if (closing) continue;
    const end = lower.indexOf(`</${name}`, TAG.lastIndex);
    const close = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
    if (svgDepth > 0) {
      out.push(html.slice(last, m.index));
      last = close;
    }
    TAG.lastIndex = close;
  }
  out.push(html.slice(last));
  return out.join('');
}

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
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'http://localhost/';
  }
}

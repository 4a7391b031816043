import { render, type ComponentChildren } from 'preact';
import { ANNOTATE_CSS } from './annotate-style';
import { HOST_STYLE } from './panel-style';

// The annotations UI's host: Liveline's own element with a CLOSED shadow root, so page scripts can read neither
// notes nor tags. Inserted through the page layer (removed with it).

export const ANN_HOST_TAG = 'liveline-annotator';
/** On the host: 'open' while the selection toolbar is shown (tests and the page layer's own bookkeeping). */
export const TOOLBAR_STATE_ATTR = 'data-liveline-toolbar';

/** On the host: how many of this page's annotations there are (placed or not), for the popup's figure. */
export const TOTAL_ATTR = 'data-liveline-annotations-total';

/** annotationCount(doc): this page's annotations as the feature last counted them (0 when it is not running). */
export function annotationCount(doc: Document): number {
  return Number(doc.querySelector(ANN_HOST_TAG)?.getAttribute(TOTAL_ATTR) ?? 0) || 0;
}

export interface LayerInsert {
  insert<T extends Element>(owner: string, el: T, parent: Node, before?: Node | null): T;
}

export interface AnnotateHost {
  host: Element;
  render(ui: ComponentChildren): void;
  /** True when focus is inside the host (the toolbar's fields). */
  hasFocus(): boolean;
  unmount(): void;
}

/** mountAnnotateHost(doc, layer, owner): inserts the host. Writes to the page (its own element only). */
export function mountAnnotateHost(doc: Document, layer: LayerInsert, owner: string): AnnotateHost {
  const host = doc.createElement(ANN_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-liveline-ui', 'annotations');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = ANNOTATE_CSS;
  const container = doc.createElement('div');
  container.className = 'll-ann';
  shadow.append(style, container);
  layer.insert(owner, host, doc.documentElement);
  return {
    host,
    render: (ui) => render(ui, container),
    hasFocus: () => doc.activeElement === host,
    unmount: () => render(null, container),
  };
}

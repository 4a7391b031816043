import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { HOST_STYLE, PANEL_CSS } from './panel-style';

// The panel's host: one element of Liveline's own at the end of <html>, with a CLOSED shadow root (page scripts
// cannot reach in: the annotations list will live here) and the panel's styles inside it.

/** The part of the page layer the panel uses (structurally the shell's PageLayer). */
export interface LayerLike {
  setAttr(owner: string, el: Element, name: string, value: string): void;
  clearAttr(el: Element, name: string): void;
  setCss(owner: string, css: string): void;
  insert<T extends Element>(owner: string, el: T, parent: Node, before?: Node | null): T;
}

export const HOST_TAG = 'liveline-ui';

export interface PanelHost {
  render(ui: ComponentChildren): void;
  /** The panel's markup and styles (browser tests run axe on a copy of it). */
  snapshot(): string;
  unmount(): void;
}

/** mountPanelHost(doc, layer, owner): inserts the host through the layer. Writes to the page (own element). */
export function mountPanelHost(doc: Document, layer: LayerLike, owner: string): PanelHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  layer.insert(owner, host, doc.documentElement);
  return {
    render: (ui) => render(ui, container),
    snapshot: () => {
      // The focused control is marked in the copy, so tests can follow keyboard focus into the closed root.
      const focused = shadow.activeElement;
      focused?.setAttribute('data-ll-focused', '');
      const html = shadow.innerHTML;
      focused?.removeAttribute('data-ll-focused');
      return html;
    },
    unmount: () => render(null, container),
  };
}

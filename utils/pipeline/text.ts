// Text helpers shared by every stage. Pure: they read elements, never write.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Collapses runs of white space to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True for a tag name (any case) whose text a reader never sees: script, style, template, svg, … */
export function isInvisibleTag(tagName: string): boolean {
  return SKIP_TAGS.has(tagName.toUpperCase());
}

/** True for elements whose text a reader never sees (scripts, styles, `hidden`, aria-hidden). */
export function isInvisibleElement(el: Element): boolean {
  return isInvisibleTag(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The visible text of an element, whitespace collapsed: textContent without scripts, styles, templates and
 * hidden subtrees; block elements are separated by a space so words never run together. Works the same in a
 * browser and in a Node DOM (no layout needed).
 */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isInvisibleElement(el)) continue;
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  if (!isInvisibleElement(root)) walk(root);
  return collapse(parts.join(''));
}

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR',
  'PRE', 'FORM', 'BUTTON', 'TIME',
]);

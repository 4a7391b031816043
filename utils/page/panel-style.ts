// Styles of the in-page panel, inside its shadow root (page styles do not reach in; ours do not leak out).
// Light and dark follow the system. HOST_STYLE goes inline on the host, with !important, so that no page rule
// can hide, move or restyle it (inline !important beats any page stylesheet).

export const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'contain: none',
  'pointer-events: none',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

export const PANEL_CSS = `
:host { all: initial; }
/* Sizes in px, not rem: rem follows the PAGE's root font size, which a page may set to anything. */
.ll-root {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #50535a; --accent: #0b57d0; --border: #c4c7ce; --surface: #f1f3f7;
  --pressed: #d3e3fd; --focus: #0b57d0; --shadow: 0 4px 18px rgba(0,0,0,.22);
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  pointer-events: none; text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
}
@media (prefers-color-scheme: dark) {
  .ll-root {
    --bg: #1c1d21; --fg: #e8e9ec; --muted: #b4b7be; --accent: #9cc0ff; --border: #5a5e66; --surface: #2a2c31;
    --pressed: #284a7c; --focus: #9cc0ff; --shadow: 0 4px 18px rgba(0,0,0,.6);
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
button { font: inherit; color: inherit; background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
  padding: 3.2px 8.8px; cursor: pointer; text-align: start; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.ll-panel, .ll-launcher, .ll-toast { pointer-events: auto; position: fixed; }
.ll-panel { right: 12px; bottom: 12px; width: min(320px, calc(100vw - 24px)); max-height: min(70vh, 640px);
  overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: var(--shadow); padding: 9.6px 12.8px 12.8px; }
.ll-launcher { right: 12px; bottom: 12px; background: var(--accent); color: var(--bg); border: 0; border-radius: 999px;
  padding: 7.2px 14.4px; font-weight: 600; box-shadow: var(--shadow); }
.ll-panel-head { display: flex; align-items: baseline; gap: 8px; }
h2 { font-size: 16.8px; margin: 0; }
h3 { font-size: 15.2px; margin: 12.8px 0 5.6px; }
.ll-count-line { color: var(--muted); flex: 1; }
.ll-icon { padding: 0 7.2px; line-height: 1.5; }
.ll-nav { display: flex; gap: 8px; margin-top: 8px; }
.ll-position { margin: 4.8px 0 0; color: var(--muted); min-height: 1.2em; }
.ll-position:empty { margin: 0; min-height: 0; }
.ll-new-since { display: block; margin: 5px 0 0; font-weight: 600; }
ul, ol { list-style: none; margin: 0; padding: 0; }
.ll-chips { display: flex; flex-wrap: wrap; gap: 5.6px; }
.ll-chip-row { display: inline-flex; gap: 2px; }
.ll-chip { border-radius: 999px; }
.ll-chip[aria-pressed="true"] { background: var(--pressed); border-color: var(--accent); font-weight: 600; }
.ll-count { color: var(--muted); font-variant-numeric: tabular-nums; }
.ll-chip[aria-pressed="true"] .ll-count { color: inherit; }
.ll-link { background: none; border: 0; padding: 3.2px 0; color: var(--accent); text-decoration: underline; }
.ll-row, .ll-claim { width: 100%; background: none; border: 0; border-bottom: 1px solid var(--border); border-radius: 0;
  padding: 4.8px 1.6px; }
.ll-row time { color: var(--muted); font-variant-numeric: tabular-nums; margin-inline-end: 5.6px; }
summary { cursor: pointer; padding: 3.2px 0; }
.ll-speaker { font-weight: 600; }
.ll-claims { padding-inline-start: 12.8px; }
.ll-cue { color: var(--muted); font-style: italic; }
.ll-claim[data-cue-class="hedged"] .ll-cue, .ll-claim[data-cue-class="denial"] .ll-cue { text-decoration: underline dotted; }
.ll-empty { color: var(--muted); margin: 0; }
.ll-toast { top: 12px; left: 50%; transform: translateX(-50%); display: flex; gap: 5.6px; }
.ll-toast:empty { display: none; }
.ll-toast button { background: var(--accent); color: var(--bg); border: 0; border-radius: 999px; padding: 6.4px 14.4px;
  font-weight: 600; box-shadow: var(--shadow); }
.ll-toast .ll-icon { padding: 6.4px 11.2px; }
.ll-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .ll-toast { transition: opacity .2s; } }
/* This page's annotations (components/AnnotationList.tsx, the annotations feature's list). */
input[type="search"] { width: 100%; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border);
  border-radius: 6px; padding: 4px 6.4px; }
.ll-ann-item { border-bottom: 1px solid var(--border); padding: 6.4px 0; }
.ll-ann-items { margin-top: 6.4px; }
.ll-ann-quote { display: block; width: 100%; background: none; border: 0; padding: 0; font-style: italic; }
.ll-ann-quote:disabled { cursor: default; color: inherit; }
.ll-swatch-dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-inline-end: 5.6px; }
.ll-swatch-dot[data-color="yellow"] { background: #ffd600; }
.ll-swatch-dot[data-color="green"] { background: #3cc85a; }
.ll-swatch-dot[data-color="blue"] { background: #4696ff; }
.ll-swatch-dot[data-color="pink"] { background: #ff64aa; }
.ll-swatch-dot[data-color="purple"] { background: #a064ff; }
.ll-ann-note { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ll-ann-tags { margin: 3.2px 0 0; display: flex; flex-wrap: wrap; gap: 4.8px; color: var(--muted); }
.ll-ann-orphan, .ll-ann-error { margin: 3.2px 0 0; color: var(--muted); font-size: 13px; }
.ll-panel-ann .ll-empty { margin-top: 4.8px; }
`;

/** PAGE_CSS: rules for page elements (through the page layer's one stylesheet), all under html[data-liveline]. */
export const PAGE_CSS = `
html[data-liveline] [data-liveline-entry] { scroll-margin-top: 80px; }
html[data-liveline] [data-liveline-current] { outline: 3px solid #0b57d0 !important; outline-offset: 4px !important; }
html[data-liveline] [data-liveline-order="reverse"] { display: flex !important; flex-direction: column-reverse !important; }
html[data-liveline] [data-liveline-new] { box-shadow: -6px 0 0 0 #0b57d0 !important; }
html[data-liveline] [data-liveline-new]::before { content: attr(data-liveline-new); display: inline-block; font: 600 12px/1.6 system-ui, sans-serif;
  color: #fff; background: #0b57d0; border-radius: 4px; padding: 0 6px; margin: 0 6px 4px 0; }
@media (prefers-color-scheme: dark) {
  html[data-liveline] [data-liveline-current] { outline-color: #9cc0ff !important; }
}
`;

// Styles inside the annotations host's shadow root (the toolbar and the list). Page styles do not reach in.
export const ANNOTATE_CSS = `
:host { all: initial; }
.ll-ann {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #50535a; --accent: #0b57d0; --border: #c4c7ce; --surface: #f1f3f7;
  --focus: #0b57d0; --shadow: 0 4px 18px rgba(0,0,0,.22); --error: #b3261e;
  color-scheme: light; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  pointer-events: none;
}
@media (prefers-color-scheme: dark) {
  .ll-ann { --bg: #1c1d21; --fg: #e8e9ec; --muted: #b4b7be; --accent: #9cc0ff; --border: #5a5e66; --surface: #2a2c31;
    --focus: #9cc0ff; --shadow: 0 4px 18px rgba(0,0,0,.6); --error: #ffb4ab; color-scheme: dark; }
}
* { box-sizing: border-box; }
button, input, textarea { font: inherit; color: inherit; }
button { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: .2rem .55rem; cursor: pointer; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.ll-ann-toolbar, .ll-ann-launcher, .ll-ann-drawer { pointer-events: auto; position: fixed; background: var(--bg);
  border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); }
.ll-ann-toolbar { padding: .35rem; width: max-content; max-width: min(20rem, calc(100vw - 16px)); }
.ll-ann-colors { display: flex; gap: .3rem; align-items: center; }
.ll-swatch { width: 1.6rem; height: 1.6rem; padding: 0; border-radius: 50%; border: 2px solid var(--border); }
.ll-swatch[aria-pressed="true"] { border-color: var(--fg); }
[data-color="yellow"].ll-swatch, [data-color="yellow"] > .ll-swatch-dot, .ll-swatch-dot[data-color="yellow"] { background: #ffd600; }
[data-color="green"].ll-swatch, .ll-swatch-dot[data-color="green"] { background: #3cc85a; }
[data-color="blue"].ll-swatch, .ll-swatch-dot[data-color="blue"] { background: #4696ff; }
[data-color="pink"].ll-swatch, .ll-swatch-dot[data-color="pink"] { background: #ff64aa; }
[data-color="purple"].ll-swatch, .ll-swatch-dot[data-color="purple"] { background: #a064ff; }
.ll-ann-form { display: grid; gap: .35rem; margin-top: .4rem; }
.ll-ann-form label { display: grid; gap: .15rem; color: var(--muted); font-size: .85rem; }
textarea, input[type="text"], input[type="search"] { width: 100%; background: var(--bg); border: 1px solid var(--border);
  border-radius: 6px; padding: .25rem .4rem; color: var(--fg); }
.ll-ann-actions { display: flex; gap: .4rem; }
.ll-primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.ll-icon { padding: 0 .45rem; margin-inline-start: auto; }
.ll-ann-error { color: var(--error); margin: .35rem 0 0; }
.ll-ann-launcher { left: 12px; bottom: 12px; border-radius: 999px; padding: .4rem .85rem; font-weight: 600; }
.ll-ann-drawer { left: 12px; bottom: 12px; width: min(22rem, calc(100vw - 24px)); max-height: min(70vh, 40rem); overflow: auto; padding: .6rem .8rem; }
.ll-ann-drawer header { display: flex; align-items: baseline; gap: .5rem; }
.ll-ann-drawer h2 { font-size: 1.05rem; margin: 0; flex: 1; }
.ll-ann-items { list-style: none; margin: .5rem 0 0; padding: 0; }
.ll-ann-item { border-bottom: 1px solid var(--border); padding: .4rem 0; }
.ll-ann-quote { display: block; width: 100%; text-align: start; background: none; border: 0; padding: 0; font-style: italic; }
.ll-ann-quote:disabled { cursor: default; color: inherit; }
.ll-swatch-dot { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; margin-inline-end: .35rem; }
.ll-ann-note { margin: .25rem 0 0; white-space: pre-wrap; }
.ll-ann-tags { margin: .2rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem; color: var(--muted); }
.ll-ann-orphan, .ll-ann-page { margin: .2rem 0 0; color: var(--muted); font-size: .85rem; }
.ll-link { background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; }
.ll-empty { color: var(--muted); }
.ll-ann-undo { margin: .3rem 0; }
`;

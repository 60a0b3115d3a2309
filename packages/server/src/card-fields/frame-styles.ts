/**
 * Styles of the hosted card fields page. Colours and font come from custom properties the parent
 * sets at init (its theme), with defaults that pass WCAG AA contrast; forced colours are respected.
 */
export const FRAME_STYLES = `
:root {
  --text: #1a1a1a; --muted: #555; --surface: #fff; --border: #767676; --danger: #b00020; --focus: #1a56db;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; --size: 1rem; --radius: 0.5rem;
  color-scheme: light dark;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: transparent; }
body { color: var(--text); font-family: var(--font); font-size: var(--size); line-height: 1.4; padding: 4px; }
fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
legend { font-weight: 600; padding: 0; margin-block-end: 0.5rem; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin-block-end: 0.75rem; min-inline-size: 0; }
.row { display: flex; flex-wrap: wrap; gap: 0 0.75rem; }
.row > .field { flex: 1 1 8rem; }
label { font-weight: 600; }
.wrap { position: relative; display: flex; align-items: center; }
input {
  inline-size: 100%; min-block-size: 2.75rem; padding: 0.5rem 0.75rem; font: inherit; color: var(--text);
  background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
  font-variant-numeric: tabular-nums; direction: ltr; text-align: start;
}
#number { padding-inline-end: 6.5rem; }
[dir="rtl"] input { text-align: right; }
input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.invalid input { border-color: var(--danger); border-width: 2px; }
.brand { position: absolute; inset-inline-end: 0.75rem; color: var(--muted); font-size: 0.875em; pointer-events: none; }
.hint { margin: 0; color: var(--muted); font-size: 0.875em; }
.error { margin: 0; color: var(--danger); font-size: 0.875em; font-weight: 600; }
.error::before { content: "\\26A0\\FE0E  "; }
.visually-hidden {
  position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
@media (forced-colors: active) {
  input { border: 1px solid CanvasText; }
  .invalid input { border: 2px solid Mark; }
  input:focus-visible { outline: 3px solid Highlight; }
}
`;

import { createHash } from 'node:crypto';

/**
 * The public pages' one stylesheet, inline in each page and allowed by its hash in the page's
 * Content-Security-Policy (no 'unsafe-inline', no second request on a slow phone). The colours
 * are the app's own (renderer/src/styles.css), which meet WCAG AA on their backgrounds.
 */
export const PAGE_STYLE = `
:root { --green-900: #12372a; --green-700: #1f5c45; --green-100: #e3f0ea; --sand-50: #faf8f3; --ink: #1b1f1d; --muted: #4f5a55;
  --line: #c9d2cd; --danger: #a32020; --focus: #1a4fd6; --radius: 10px; color: var(--ink); background: var(--sand-50);
  font-family: system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 18px; line-height: 1.5; }
* { box-sizing: border-box; }
body { margin: 0; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.hub { font-weight: 700; color: var(--green-900); }
nav ul { display: flex; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
nav a { display: inline-flex; align-items: center; min-height: 48px; padding: 0 0.6rem; border-radius: var(--radius); color: var(--green-700); font-weight: 600; }
nav a[aria-current="page"] { background: var(--green-100); color: var(--green-900); text-decoration: none; }
main { padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; line-height: 1.25; margin: 1.75rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }
a { color: var(--green-700); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.photo { display: block; width: 100%; max-height: 16rem; object-fit: cover; border-radius: var(--radius); margin-top: 0.5rem; }
.pitch { font-size: 1.15rem; }
.summary { white-space: pre-line; overflow-wrap: anywhere; }
.stage { display: inline-block; padding: 0.15rem 0.6rem; border-radius: 999px; background: var(--green-100); color: var(--green-900); font-weight: 600; font-size: 0.9rem; }
.next { font-weight: 600; }
.facts { margin: 1rem 0; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0 0 0.5rem; }
meter { width: 100%; height: 1.25rem; }
meter::-webkit-meter-bar { background: #fff; border: 1px solid var(--line); border-radius: 999px; }
meter::-webkit-meter-optimum-value, meter::-webkit-meter-suboptimum-value { background: var(--green-700); border-radius: 999px; }
.jump { display: inline-flex; align-items: center; min-height: 48px; padding: 0 1.25rem; border-radius: var(--radius); background: var(--green-700); color: #fff; font-weight: 700; text-decoration: none; }
.jump:hover { background: var(--green-900); }
ul.plain { padding-left: 1.25rem; margin: 0; }
ul.plain li { margin-bottom: 0.4rem; }
.task-meta { display: block; color: var(--muted); font-size: 0.9rem; }
form { margin-top: 0.5rem; padding: 1rem; background: #fff; border: 1px solid var(--line); border-radius: var(--radius); }
.field { margin-bottom: 1rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.hint-inline { font-weight: 400; color: var(--muted); }
.hint { display: block; color: var(--muted); font-size: 0.9rem; margin-bottom: 0.25rem; }
input[type="text"], textarea { display: block; width: 100%; min-height: 48px; padding: 0.5rem 0.75rem; border: 1px solid var(--muted); border-radius: var(--radius); font: inherit; background: #fff; color: var(--ink); }
textarea { min-height: 6rem; resize: vertical; }
input[aria-invalid="true"], textarea[aria-invalid="true"] { border: 2px solid var(--danger); }
.consent input[aria-invalid="true"] { outline: 2px solid var(--danger); outline-offset: 2px; }
.consent { display: flex; gap: 0.75rem; align-items: flex-start; }
.consent input { width: 1.75rem; height: 1.75rem; flex: none; margin: 0.1rem 0 0; }
.consent label { font-weight: 400; margin: 0; }
.error { color: var(--danger); font-weight: 600; margin: 0.25rem 0 0; }
.notice { padding: 0.75rem 1rem; border-left: 4px solid var(--danger); background: #fff; font-weight: 600; }
button { min-height: 48px; width: 100%; padding: 0 1.25rem; border: 0; border-radius: var(--radius); background: var(--green-700); color: #fff; font: inherit; font-weight: 700; cursor: pointer; }
button:hover { background: var(--green-900); }
footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 2rem; }
@media (min-width: 48rem) { button { width: auto; } h1 { font-size: 2.25rem; } }
`;

/** The stylesheet's CSP source: `'sha256-…'` of exactly the text in the <style> element. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(PAGE_STYLE, 'utf8').digest('base64')}'`;

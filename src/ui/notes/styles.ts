import { verdictClassRules, verdictColourVars } from '../verdict-colours';

/**
 * Styles of the notes layer, loaded into its shadow root only: page CSS cannot reach in and
 * these rules cannot leak out. Colours pair with an icon and a word for every verdict; the
 * verdicts' colours, for light and dark schemes, come from the vocabulary.
 */
export const NOTES_CSS = `
:host {
  all: initial !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  display: block !important;
  z-index: 2147483646 !important;
  pointer-events: none !important;
}
html, body { margin: 0; padding: 0; display: block; }
.layer {
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --shadow: 0 6px 24px rgba(0,0,0,.18);
  ${verdictColourVars('light')}
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .layer {
    --bg: #1f2328; --fg: #e6edf3; --muted: #9da7b1; --line: #3d444d; --shadow: 0 6px 24px rgba(0,0,0,.6);
    ${verdictColourVars('dark')}
  }
}
${verdictClassRules('--v')}
.icon { flex: none; display: block; }
.icon-disc { fill: var(--v); }
.icon-glyph { fill: none; stroke: #fff; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.badge, .card, .check-selection, .underline { position: absolute; pointer-events: auto; box-sizing: border-box; }
.underline { height: 2px; background: var(--v); opacity: .85; pointer-events: none; }
.badge {
  width: 18px; height: 18px; padding: 0; margin: 0; border: 1px solid var(--bg); border-radius: 50%;
  background: var(--bg); cursor: pointer; display: grid; place-items: center; box-shadow: 0 1px 3px rgba(0,0,0,.3);
}
.badge .icon { width: 16px; height: 16px; }
.badge.quiet { width: 14px; height: 14px; box-shadow: 0 1px 2px rgba(0,0,0,.25); }
.badge.quiet .icon { width: 12px; height: 12px; }
.underline.quiet { height: 1px; opacity: .7; }
.badge:focus-visible, .card button:focus-visible, .check-selection:focus-visible, .card:focus-visible, .detail:focus-visible, .evidence:focus-visible {
  outline: 2px solid #0969da; outline-offset: 2px;
}
.badge[aria-expanded="true"] { box-shadow: 0 0 0 2px var(--v); }
.card {
  width: 340px; max-width: calc(100vw - 16px); padding: 10px 12px; border: 1px solid var(--line);
  border-left: 4px solid var(--v, var(--line)); border-radius: 8px; background: var(--bg); color: var(--fg);
  box-shadow: var(--shadow); text-align: left;
}
.card:focus { outline: none; }
.card-head { display: flex; align-items: center; gap: 8px; }
.verdict-word { flex: 1; font-size: 14px; color: var(--v, var(--fg)); }
.close {
  flex: none; width: 24px; height: 24px; display: grid; place-items: center; padding: 0; border: 0;
  border-radius: 4px; background: transparent; color: var(--muted); cursor: pointer;
}
.close:hover { background: var(--line); }
.close path, .check-selection path { fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; }
.reason { margin: 6px 0 4px; }
.muted { color: var(--muted); margin: 4px 0; }
.details-head { margin: 6px 0 2px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.details { list-style: none; margin: 0 0 6px; padding: 0; display: grid; gap: 2px; }
.detail { padding-left: 8px; border-left: 2px solid var(--line); }
.detail-text { font-weight: 600; }
.detail-quote { display: block; font-size: 12px; font-style: italic; color: var(--muted); }
.detail-backed .detail-outcome { color: var(--supported); }
.detail-clashes .detail-outcome { color: var(--contradicted); }
.detail-disputed .detail-outcome { color: var(--mixed); }
.detail-not-found .detail-outcome { color: var(--muted); }
.evidence { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 8px; max-height: 260px; overflow: auto; }
.evidence li { border-top: 1px solid var(--line); padding-top: 6px; }
.stance { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.stance-supports .stance { color: var(--supported); }
.stance-contradicts .stance { color: var(--contradicted); }
blockquote { margin: 2px 0; padding: 0 0 0 8px; border-left: 2px solid var(--line); font-style: italic; }
cite { display: block; font-style: normal; font-size: 12px; color: var(--muted); }
.card-foot { margin-top: 8px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.card-foot .dismiss { margin-left: auto; }
.correction { margin: 6px 0 2px; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; }
.correction-line { margin: 0; font-weight: 600; }
.correction-comment { margin: 2px 0 0; color: var(--muted); }
.correct-kept { flex-basis: 100%; margin: 0; order: 3; color: var(--muted); font-size: 12px; }
.correct-kept:empty { display: none; }
.correct-form { flex-basis: 100%; order: 2; margin: 0; }
.correct-form fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 6px; padding: 4px 8px 6px; display: grid; gap: 2px; }
.correct-form legend { padding: 0 4px; font-weight: 600; }
.correct-choice, .correct-comment { display: flex; align-items: center; gap: 6px; }
.correct-comment { flex-direction: column; align-items: stretch; gap: 2px; }
.correct-comment textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
.correct-choice input { margin: 0; accent-color: #0969da; }
.correct-error { margin: 4px 0; color: var(--contradicted); }
.correct-actions { display: flex; gap: 6px; margin-top: 6px; }
.card-foot .dismiss { order: 4; }
.correct-form input:focus-visible, .correct-form textarea:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.dismiss, .check-selection, .correct-toggle, .correct-actions button {
  font: inherit; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg);
  padding: 3px 10px; cursor: pointer;
}
.check-selection {
  display: inline-flex; align-items: center; gap: 4px; box-shadow: var(--shadow); font-size: 12px; padding: 3px 8px;
}
.error { --v: var(--contradicted); }
.checking { color: var(--muted); }
`;

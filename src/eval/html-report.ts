// A scoring as one HTML file a person can read in any browser, offline: no script, no
// stylesheet or image to fetch. Every piece of text in it (claims, quotes, file names) comes
// from a labelled set or a source, so all of it is escaped.
import type { CheckResult } from '../core/types';
import { detailLine } from '../shared/detail-words';
import type { Answer, ClaimsEvaluation, Evaluation, ModeScore, NearMissEvaluation, PageNote } from './evaluate';
import { SCORED_LABELS, type Figures } from './scoring';
import { MODE_TITLE, figuresLine, nearMissLine } from './text-report';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, as element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const e = escapeHtml;

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; } h2::first-letter { text-transform: uppercase; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .5rem 0; } caption { text-align: left; font-weight: bold; padding-bottom: .2rem; white-space: nowrap; }
th, td { border: 1px solid #bbb; padding: .2rem .5rem; text-align: right; } th:first-child, td:first-child { text-align: left; }
td.right { background: #e6f2e6; font-weight: bold; }
.error { border: 1px solid #ccc; border-left: 4px solid #8a8a8a; padding: .5rem 1rem; margin: 1rem 0; }
.claim { font-size: 1.05rem; margin: .25rem 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .25rem 0; } dt { font-weight: bold; } dd { margin: 0; }
blockquote { margin: .3rem 0 .1rem 1rem; padding-left: .75rem; border-left: 3px solid #999; }
.source { margin: 0 0 .5rem 1.75rem; color: #444; font-size: .9rem; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } td.right { background: #1e3a1e; } .source { color: #bbb; } }
`;

function confusionHtml(f: Figures): string {
  const head = `<tr><th scope="col">label \\ answer</th>${SCORED_LABELS.map((l) => `<th scope="col">${l}</th>`).join('')}</tr>`;
  const rows = SCORED_LABELS.map((r) => `<tr><th scope="row">${r}</th>${SCORED_LABELS.map((l) => `<td${r === l ? ' class="right"' : ''}>${f.confusion[r][l]}</td>`).join('')}</tr>`);
  return `<table><caption>Confusion matrix: a row per label, a column per answer</caption>${head}${rows.join('')}</table>`;
}

function f1Html(f: Figures): string {
  return `<table><caption>F1 per label</caption><tr>${SCORED_LABELS.map((l) => `<th scope="col">${l}</th>`).join('')}</tr><tr>${SCORED_LABELS.map((l) => `<td>${f.f1[l].toFixed(2)}</td>`).join('')}</tr></table>`;
}

/** A result's reason and the sentence checked, when it is not the claim as labelled (a page may cut its sentences otherwise). */
function reasonTerms(r: CheckResult | null, claim: string): string {
  if (!r) return '<dt>Reason</dt><dd>The page gave this sentence no note (scored as offtopic).</dd>';
  const checked = r.text.replace(/\s+/g, ' ').trim();
  return `<dt>Reason</dt><dd>${e(r.reason)}</dd>${checked && checked !== claim.replace(/\s+/g, ' ').trim() ? `<dt>Checked as</dt><dd>${e(r.text)}</dd>` : ''}`;
}

/** A result's details and quoted evidence, as a note card shows them. */
function resultHtml(r: CheckResult | null): string {
  if (!r) return '';
  const out: string[] = [];
  if (r.details?.length) {
    out.push(`<h4>Details</h4><ul>${r.details.map((d) => `<li>${e(detailLine(d))} <small>(${e(d.kind)}, ${e(d.outcome)})</small>${d.quotes.map((q) => `<blockquote>${e(q)}</blockquote>`).join('')}</li>`).join('')}</ul>`);
  }
  if (r.evidence.length) {
    out.push('<h4>Evidence</h4>');
    for (const ev of r.evidence) {
      out.push(`<blockquote>${e(ev.quote)}</blockquote><p class="source">${e(ev.stance)}: ${e(ev.sourceTitle)}${ev.sourceDate ? `, ${e(ev.sourceDate)}` : ''}${ev.points.length ? ` (${e(ev.points.join('; '))})` : ''}</p>`);
    }
  }
  return out.join('');
}

function errorHtml(a: Answer): string {
  const verdict = a.result ? a.result.verdict : 'no note';
  const where = [a.claim.file ? `page ${a.claim.file}` : '', a.claim.kind ? `kind ${a.claim.kind}` : '', a.claim.group ? `group ${a.claim.group}` : ''].filter(Boolean).join(', ');
  return `<article class="error"><h3>${e(a.claim.id)}${where ? ` <small>(${e(where)})</small>` : ''}</h3>
<p class="claim">${e(a.claim.text)}</p>
<dl><dt>Label</dt><dd>${e(a.claim.label)}</dd><dt>Verdict</dt><dd>${e(verdict)}${verdict !== a.got ? ` (scored as ${e(a.got)})` : ''}</dd>${a.claim.comment ? `<dt>Comment</dt><dd>${e(a.claim.comment)}</dd>` : ''}${reasonTerms(a.result, a.claim.text)}</dl>
${resultHtml(a.result)}</article>`;
}

function modeHtml(m: ModeScore): string {
  const out = [`<h2>${e(MODE_TITLE[m.mode])}</h2>`, `<p>${e(figuresLine(m.all))}</p>`, confusionHtml(m.all), f1Html(m.all)];
  if (m.halves) out.push(`<p>Odd pages: ${e(figuresLine(m.halves.odd))}<br>Even pages: ${e(figuresLine(m.halves.even))}</p>`);
  if (m.byKind) out.push(`<table><caption>Right per kind</caption>${Object.entries(m.byKind).map(([k, { right, of }]) => `<tr><th scope="row">${e(k)}</th><td>${right}/${of}</td></tr>`).join('')}</table>`);
  if (m.groups) out.push(`<p>Groups right whole: ${m.groups.whole}/${m.groups.of}</p>`);
  const wrong = m.answers.filter((a) => a.got !== a.claim.label);
  out.push(`<h3>Errors (${wrong.length})</h3>`, ...wrong.map(errorHtml));
  return out.join('\n');
}

function noteHtml(n: PageNote): string {
  return `<article class="error"><h3>${e(n.file)}</h3><p class="claim">${e(n.result.text)}</p><dl><dt>Verdict</dt><dd>${e(n.result.verdict)}</dd>${reasonTerms(n.result, n.result.text)}</dl>${resultHtml(n.result)}</article>`;
}

function nearMissHtml(n: NearMissEvaluation): string {
  return [
    `<p>${e(nearMissLine(n))}</p>`,
    `<table><caption>Pages with a false note, by kind</caption>${Object.entries(n.byKind).map(([k, { hit, of }]) => `<tr><th scope="row">${e(k)}</th><td>${hit}/${of}</td></tr>`).join('')}</table>`,
    `<h2>False notes (${n.falseNotes.length})</h2>`,
    ...n.falseNotes.map(noteHtml),
    `<h2>'Supported' notes on background facts, not counted (${n.background.length})</h2>`,
    ...n.background.map(noteHtml),
  ].join('\n');
}

function claimsHtml(c: ClaimsEvaluation): string {
  const n = c.modes[0]!.all.claims;
  const head = c.type === 'pages' ? `${n} labelled sentences from ${c.pages} pages.` : `${n} labelled claims.`;
  return [`<p>${head} The verdict partly counts as unverified.</p>`, ...c.modes.map(modeHtml)].join('\n');
}

/** The report as a complete HTML document: the figures, then each error with its claim, label, verdict, details and evidence. */
export function htmlReport(ev: Evaluation): string {
  const title = `Scores: ${ev.name}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${e(title)}</h1>
${ev.type === 'near-miss' ? nearMissHtml(ev) : claimsHtml(ev)}
</main></body></html>
`;
}

// The figures of a scoring as `npm run eval` prints them for a person at a terminal.
import type { Answer, ClaimsEvaluation, Evaluation, Mode, ModeScore, NearMissEvaluation, PageNote } from './evaluate';
import { SCORED_LABELS, type Figures } from './scoring';

/** What each mode is called in reports: how a reader of the extension meets the claim. */
export const MODE_TITLE: Record<Mode, string> = {
  alone: 'each sentence alone (as a selection is checked)',
  page: 'whole pages (as the command line reads them)',
};

/** "macro-F1 0.858, accuracy 0.895, false 'supported' 0, on 152 claims": the figures a floor is set on, in one line. */
export function figuresLine(f: Figures): string {
  return `macro-F1 ${f.macroF1.toFixed(3)}, accuracy ${f.accuracy.toFixed(3)}, false 'supported' ${f.falseSupported}, on ${f.claims} ${f.claims === 1 ? 'claim' : 'claims'}`;
}

/** "supported 0.95, contradicted 0.83, ...": F1 of each label. */
export function f1Line(f: Figures): string {
  return SCORED_LABELS.map((l) => `${l} ${f.f1[l].toFixed(2)}`).join(', ');
}

/** The confusion matrix as aligned text: a row per label, a column per answer. */
export function confusionTable(f: Figures): string[] {
  const corner = 'label \\ answer';
  const first = Math.max(corner.length, ...SCORED_LABELS.map((l) => l.length));
  const widths = SCORED_LABELS.map((l) => Math.max(l.length, ...SCORED_LABELS.map((r) => String(f.confusion[r][l]).length)));
  const head = [corner.padEnd(first), ...SCORED_LABELS.map((l, i) => l.padStart(widths[i]!))].join('  ');
  const rows = SCORED_LABELS.map((r) => [r.padEnd(first), ...SCORED_LABELS.map((l, i) => String(f.confusion[r][l]).padStart(widths[i]!))].join('  '));
  return [head, ...rows];
}

/** "base 23/30, negation 3/27": right of how many, per kind. */
export function kindsLine(byKind: Record<string, { right: number; of: number }>): string {
  return Object.entries(byKind).map(([k, { right, of }]) => `${k} ${right}/${of}`).join(', ');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function errorLine(a: Answer): string {
  const verdict = a.result ? a.result.verdict : 'no note';
  return `${a.claim.id}\tlabel ${a.claim.label}\tanswer ${a.got}${verdict !== a.got ? ` (${verdict})` : ''}\t${oneLine(a.claim.text)}`;
}

function modeBlock(m: ModeScore, verbose: boolean): string[] {
  const out = [`${MODE_TITLE[m.mode]}:`, ...confusionTable(m.all).map((l) => `  ${l}`), `  F1: ${f1Line(m.all)}`, `  ${figuresLine(m.all)}`];
  if (m.halves) {
    out.push(`  odd pages: ${figuresLine(m.halves.odd)}`);
    out.push(`  even pages: ${figuresLine(m.halves.even)}`);
  }
  if (m.byKind) out.push(`  by kind: ${kindsLine(m.byKind)}`);
  if (m.groups) out.push(`  groups right whole: ${m.groups.whole}/${m.groups.of}`);
  if (verbose) {
    const wrong = m.answers.filter((a) => a.got !== a.claim.label);
    out.push(`  errors (${wrong.length}):`, ...wrong.map((a) => `    ${errorLine(a)}`));
  }
  return out;
}

/** "118 false notes on 21 of 39 pages (...)": a near-miss set's count in one line. */
export function nearMissLine(e: NearMissEvaluation): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(e.falseNotes.length, 'false note', 'false notes')} on ${e.pagesWithFalseNotes} of ${e.pages} pages (${plural(e.onTopicNotes, 'note', 'notes')} on sentences about the dispute, ${plural(e.background.length, "'supported' note", "'supported' notes")} on background facts not counted)`;
}

function noteLine(n: PageNote): string {
  return `${n.file}\t${n.result.verdict}\t${oneLine(n.result.text)}`;
}

function nearMissBlock(e: NearMissEvaluation, verbose: boolean): string[] {
  const out = [
    `${e.name}: near-miss pages`,
    `  ${nearMissLine(e)}`,
    `  pages with a false note, by kind: ${Object.entries(e.byKind).map(([k, { hit, of }]) => `${k} ${hit}/${of}`).join(', ')}`,
  ];
  if (verbose) {
    out.push(`  false notes (${e.falseNotes.length}):`, ...e.falseNotes.map((n) => `    ${noteLine(n)}`));
    out.push(`  'supported' notes on background facts, not counted (${e.background.length}):`, ...e.background.map((n) => `    ${noteLine(n)}`));
  }
  return out;
}

function claimsBlock(e: ClaimsEvaluation, verbose: boolean): string[] {
  const n = e.modes[0]!.all.claims;
  const head = e.type === 'pages' ? `${e.name}: ${n} labelled sentences from ${e.pages} pages` : `${e.name}: ${n} labelled claims`;
  return [head, ...e.modes.flatMap((m) => ['', ...modeBlock(m, verbose)])];
}

/** The whole report; with `verbose`, every error (or every false note) is listed too. */
export function textReport(e: Evaluation, options: { verbose?: boolean } = {}): string {
  const lines = e.type === 'near-miss' ? nearMissBlock(e, options.verbose ?? false) : claimsBlock(e, options.verbose ?? false);
  return `${lines.join('\n')}\n`;
}

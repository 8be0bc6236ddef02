import type { CheckResult, Evidence, Verdict } from '../core/types';
import { VERDICT_LOOK } from '../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../shared/verdict-style';
import { TERMINAL_COLOUR } from './terminal-style';
import { detailLine } from '../shared/detail-words';

/** One checked claim as the command line prints it. */
export interface Checked {
  /** The file it came from, as named on the command line ("-" for standard input). */
  file: string;
  /** The line number, when each line was checked on its own. */
  line?: number;
  result: CheckResult;
}

/** The JSON line for one claim: what a script needs, in a stable order. */
export function jsonLine({ file, line, result }: Checked): string {
  return JSON.stringify({
    input: result.text,
    verdict: result.verdict,
    reason: result.reason,
    evidence: result.evidence,
    ...(result.details ? { details: result.details } : {}),
    file,
    ...(line !== undefined ? { line } : {}),
    start: result.start,
    end: result.end,
  });
}

/** Verdicts in the vocabulary's order, for the summary line. */
const ORDER = Object.keys(VERDICT_LOOK) as Verdict[];

/** "partly supported", "not about the Albania–Iran dispute": the word, as it reads mid-sentence. */
const midSentence = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

type Paint = (code: string, text: string) => string;
const painter = (colour: boolean): Paint => (colour ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text);

function sourceLine(e: Evidence): string {
  return e.sourceDate ? `${e.sourceTitle}, ${e.sourceDate}` : e.sourceTitle;
}

function claimBlock({ line, result }: Checked, paint: Paint): string {
  const v = result.verdict;
  const where = line !== undefined ? paint('2', `${line}: `) : '';
  const out = [`${where}${paint(`1;${TERMINAL_COLOUR[v]}`, `${VERDICT_STYLE[v].icon} ${VERDICT_LOOK[v].word}`)}  ${result.text || paint('2', '(blank line)')}`];
  if (v === 'offtopic') return out.join('\n');
  out.push(`    ${result.reason}`);
  for (const d of result.details ?? []) out.push(`    ${detailLine(d)}`);
  for (const e of result.evidence) {
    const stance = e.stance === 'supports' ? 'agrees' : e.stance === 'contradicts' ? 'disagrees' : 'related';
    out.push(`    ${paint('2', `${stance}:`)} “${e.quote}”`);
    out.push(`      ${paint('2', `— ${sourceLine(e)}`)}`);
  }
  return out.join('\n');
}

function counts(results: Checked[]): string {
  const n = new Map<Verdict, number>();
  for (const r of results) n.set(r.result.verdict, (n.get(r.result.verdict) ?? 0) + 1);
  return ORDER.filter((v) => n.get(v)).map((v) => `${n.get(v)} ${midSentence(VERDICT_LOOK[v].word)}`).join(', ');
}

/**
 * The readable report of one file: a summary line, then each claim with its verdict word
 * and icon (colour is never the only cue), the reason, how each of its details fared and
 * the quoted evidence with its source.
 */
export function fileReport(file: string, results: Checked[], options: { colour: boolean; eachLine: boolean }): string {
  const paint = painter(options.colour);
  const name = file === '-' ? 'standard input' : file;
  if (!results.length) return `${paint('1', name)}: no sentence about the Albania–Iran dispute found.\n`;
  const what = options.eachLine ? `${results.length} ${results.length === 1 ? 'line' : 'lines'}` : `${results.length} ${results.length === 1 ? 'claim' : 'claims'} about the dispute`;
  const head = `${paint('1', name)}: ${what} (${counts(results)})`;
  return `${head}\n\n${results.map((r) => claimBlock(r, paint)).join(options.eachLine ? '\n' : '\n\n')}\n`;
}

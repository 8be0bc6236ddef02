/**
 * The popup's report of a page's check, as Markdown for the clipboard and as data for a JSON
 * file. Pure: the page's summary and the time in, text out.
 */
import type { DetailResult, Evidence, Verdict } from '../../core/types';
import type { PageSummary } from '../../shared/messages';
import { correctionWords } from '../../shared/corrections';
import { detailOutcome, detailText } from '../../shared/detail-words';
import { COUNTED_VERDICTS, verdictLabel } from './verdict-label';

/** Verdicts a page's claims can have (off-topic sentences are never listed). */
type Counted = (typeof COUNTED_VERDICTS)[number];

/** One detail of a claim in the saved report. */
export interface ReportDetail {
  text: string;
  kind: DetailResult['kind'];
  outcome: DetailResult['outcome'];
  /** How it fared, in the words the note card uses ("the sources say 24 hours"). */
  outcomeWords: string;
  /** What the sources say instead, for a clash or a dispute. */
  sourcesSay: string | null;
  /** The source sentences that decide it. */
  quotes: string[];
}

/** One quoted source sentence in the saved report. */
export interface ReportSource {
  quote: string;
  title: string;
  /** The source's own date (yyyy-mm-dd), or null when it gives none. */
  date: string | null;
  stance: Evidence['stance'];
  /** Details that agreed or clashed ("24 hours, not 48 hours"). */
  points: string[];
}

/** One claim in the saved report, in page order. */
export interface ReportClaim {
  text: string;
  verdict: Verdict;
  /** The verdict's word from the vocabulary. */
  verdictWord: string;
  reason: string;
  details: ReportDetail[];
  sources: ReportSource[];
  /** The reader's own verdict of the claim, kept in this browser; null when the reader made none. */
  correction: ReportCorrection | null;
}

/** A reader's correction in the saved report: the verdict in the scorer's label and in words. */
export interface ReportCorrection {
  label: Verdict;
  word: string;
  comment: string;
}

/** What "Save JSON" writes. */
export interface PageReport {
  /** Names the file's kind, so that a reader of a saved file can tell what it is. */
  format: 'albania-iran-factcheck/page-report';
  version: 1;
  page: { title: string; url: string; host: string };
  /** When the report was made (ISO 8601, UTC). */
  checkedAt: string;
  status: PageSummary['status'];
  counts: Record<Counted, number>;
  claims: ReportClaim[];
}

/** Whether the summary has any claim to report. */
export function hasClaims(summary: PageSummary): boolean {
  return summary.status !== 'paused' && summary.claims.length > 0;
}

/** The report as data: the page, when it was checked, and every claim with its details and sources. */
export function reportData(summary: PageSummary, at: Date): PageReport {
  const counts = Object.fromEntries(COUNTED_VERDICTS.map((v) => [v, summary.counts[v]])) as Record<Counted, number>;
  return {
    format: 'albania-iran-factcheck/page-report',
    version: 1,
    page: { title: summary.title, url: summary.url, host: summary.host },
    checkedAt: at.toISOString(),
    status: summary.status,
    counts,
    claims: summary.claims.map((c) => ({
      text: c.text,
      verdict: c.verdict,
      verdictWord: verdictLabel(c.verdict).word,
      reason: c.reason,
      details: c.details.map((d) => ({
        text: d.text,
        kind: d.kind,
        outcome: d.outcome,
        outcomeWords: detailOutcome(d),
        sourcesSay: d.sourcesSay ?? null,
        quotes: d.quotes,
      })),
      sources: c.evidence.map((e) => ({ quote: e.quote, title: e.sourceTitle, date: e.sourceDate, stance: e.stance, points: e.points })),
      correction: c.correction ? { label: c.correction.label, word: verdictLabel(c.correction.label).word, comment: c.correction.comment } : null,
    })),
  };
}

/** The report as the JSON text of a file, indented for people who open it. */
export function reportJson(summary: PageSummary, at: Date): string {
  return `${JSON.stringify(reportData(summary, at), null, 2)}\n`;
}

/** "albania-iran-factcheck-news.example-2022-09-07.json": the page's host and the day, safe as a file name. */
export function reportFileName(summary: PageSummary, at: Date): string {
  const host = summary.host.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '') || 'local-file';
  return `albania-iran-factcheck-${host}-${at.toISOString().slice(0, 10)}.json`;
}

/**
 * The report as Markdown: the page's title and address, then each claim with its verdict's
 * icon and word, the reason, its details with how each fared and its quoted sources.
 */
export function reportMarkdown(summary: PageSummary, at: Date): string {
  const data = reportData(summary, at);
  const out: string[] = [];
  out.push(`# Fact check: ${inline(data.page.title || data.page.url)}`, '');
  out.push(`- Page: ${link(data.page.url)}`);
  out.push(`- Checked: ${data.checkedAt.slice(0, 16).replace('T', ' ')} UTC`);
  const counted = COUNTED_VERDICTS.filter((v) => data.counts[v] > 0).map((v) => `${data.counts[v]} ${verdictLabel(v).word}`);
  out.push(`- Claims: ${data.claims.length}${counted.length ? ` (${counted.join(', ')})` : ''}`);
  if (!hasClaims(summary)) {
    out.push('', summary.status === 'paused' ? 'Checking is paused on this site.' : 'No claims about the Albania–Iran dispute were found on this page.');
  }
  data.claims.forEach((c, i) => {
    const label = verdictLabel(c.verdict);
    out.push('', `## ${i + 1}. ${label.icon} ${label.word}`, '');
    out.push(`**Claim:** ${inline(c.text)}`, '');
    if (c.correction) {
      out.push(`**Corrected:** ${inline(correctionWords(c.verdict, c.correction.label))}`, '');
      if (c.correction.comment) out.push(`**Your comment:** ${inline(c.correction.comment)}`, '');
    }
    out.push(`**Why:** ${inline(c.reason)}`);
    if (c.details.length) {
      out.push('', '**Details:**', '');
      for (const d of c.details) out.push(`- ${inline(`${detailText(d)}: ${d.outcomeWords}`)}`);
    }
    if (c.sources.length) {
      out.push('', '**Sources:**');
      for (const s of c.sources) {
        out.push('', `> ${inline(s.quote)}`, `> — *${inline(s.title)}*${s.date ? `, ${s.date}` : ''}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}

// Text from a page or a source as one line of Markdown that shows as written: characters that
// would start emphasis, links, code, HTML or a table are escaped, line breaks become spaces.
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) || /^file:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : inline(url);
}

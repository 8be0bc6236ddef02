// The budgets of issue 4, in one place. Sections report values against these ids; the
// runner prints every budget, including those no section measured in this run.

/** Identifier of one budget. */
export type BudgetId =
  | 'scan-ratio'
  | 'scan-ratio-first-read'
  | 'scan-long-task'
  | 'check-median'
  | 'check-p95'
  | 'scale-ratio'
  | 'content-gzip'
  | 'no-network';

/** One budget: what is limited, the limit in words, and which section measures it. */
export interface Budget {
  id: BudgetId;
  what: string;
  limit: string;
  section: string;
}

/** Every budget of issue 4, in the order the issue lists them. */
export const BUDGETS: readonly Budget[] = [
  { id: 'scan-ratio', what: 'Scan cost vs bare text walk, median (off-topic pages)', limit: '<= 2x', section: '1' },
  {
    id: 'scan-ratio-first-read',
    what: 'Same, vs the first read of the page from a fresh script world',
    limit: '<= 2x',
    section: '1',
  },
  { id: 'scan-long-task', what: 'Longest content-script task on the 20 largest pages', limit: '<= 50 ms', section: '1' },
  { id: 'check-median', what: 'Highlight-to-check latency, median', limit: '<= 30 ms', section: '2' },
  { id: 'check-p95', what: 'Highlight-to-check latency, p95', limit: '<= 100 ms', section: '2' },
  { id: 'scale-ratio', what: 'Check latency with 10,000 extra sources vs seeds only (median)', limit: '<= 3x', section: '4' },
  { id: 'content-gzip', what: 'Content script, gzipped', limit: '<= 40 KB', section: '5' },
  { id: 'no-network', what: 'Network requests from scanning or checking', limit: '0', section: '1' },
];

/** Numeric limits the sections compare against. */
export const LIMITS = {
  scanRatio: 2,
  longTaskMs: 50,
  checkMedianMs: 30,
  checkP95Ms: 100,
  scaleRatio: 3,
  contentGzipBytes: 40 * 1024,
} as const;

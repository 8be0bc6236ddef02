// Section 6: a naive checker in the same run, to show what the topic filter and the term
// index buy. The naive checker puts every fact's quote into one Fuse.js index and searches
// it with every sentence of the page: no topic filter, no term index.
//
// Its verdict rule, applied to Fuse's top hit at threshold 0.4 (Fuse's own match rule;
// ignoreLocation, so a match may sit anywhere in the quote):
// - no hit: offtopic (the naive checker shows nothing);
// - a hit whose quote lacks one of the claim's numbers (runs of digits), or where exactly
//   one of claim and quote holds a negation (not, no, never, -n't): contradicted;
// - any other hit: supported. It never answers mixed or unverified.
import Fuse from 'fuse.js';
import { Checker, type Fact, type Verdict } from '../../src/core/index';
import { SCORED_LABELS, macroF1, scoredLabel } from '../../src/eval/scoring';
import { sentencesOf, type BenchContext } from './context';
import type { Section, SectionResult } from './section';
import { count, round, seconds, timed } from './stats';

const THRESHOLD = 0.4;
/** Every how-many-th page sentence the naive checker is timed on (unless --full-baseline). */
const STRIDE = 10;
const NEGATION = /\b(?:not|no|never|none|neither|nor)\b|n't\b/i;

function naiveVerdict(fuse: Fuse<Fact>, text: string): { verdict: Verdict; quote?: string } {
  const [hit] = fuse.search(text, { limit: 1 });
  if (!hit) return { verdict: 'offtopic' };
  const quote = hit.item.quote;
  const numbers = text.match(/\d+/g) ?? [];
  const have = new Set(quote.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+/g) ?? []);
  const missing = numbers.some((n) => !have.has(n));
  const flipped = NEGATION.test(text) !== NEGATION.test(quote);
  return { verdict: missing || flipped ? 'contradicted' : 'supported', quote };
}

/** Section 6 of the benchmark. */
export const baseline: Section = {
  id: '6',
  title: 'Naive baseline: Fuse.js over every sentence against every fact',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const pages = (await ctx.pages()).filter((p) => p.page);
    const seeds = ctx.seeds();
    const stride = ctx.options.fullBaseline ? 1 : STRIDE;

    const index = timed(() => new Fuse(seeds.facts, { keys: ['quote'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true }));
    const fuse = index.value;
    const sentences = pages.flatMap((p) => sentencesOf(p.page).map((text) => ({ page: p.file, text })));
    const sample = sentences.filter((_, i) => i % stride === 0);
    ctx.log(`section 6: naive checker on ${count(sample.length)} of ${count(sentences.length)} page sentences`);
    const naivePages = timed(() => sample.filter((s) => naiveVerdict(fuse, s.text).verdict !== 'offtopic'));
    const naiveMs = naivePages.ms * (sentences.length / sample.length);
    const naiveNotes = naivePages.value.length * (sentences.length / sample.length);

    ctx.log('section 6: our checker on the same pages');
    const checker = new Checker(seeds.sources, seeds.facts);
    const ours = timed(() => pages.reduce((n, p) => n + checker.checkText(p.page).length, 0));

    const claims = ctx.devClaims();
    const naiveLabels = claims.map((c) => naiveVerdict(fuse, c.text).verdict);
    const ourLabels = claims.map((c) => checker.checkClaim(c.text).verdict);
    const labels = claims.map((c) => c.label);
    const naiveScore = macroF1(labels, naiveLabels.map(scoredLabel));
    const ourScore = macroF1(labels, ourLabels.map(scoredLabel));

    const estimated = stride > 1 ? ` (est. from 1 in ${stride})` : '';
    const rows = [
      [
        'naive Fuse.js',
        `${seconds(naiveMs)}${estimated}`,
        `${count(sentences.length / (naiveMs / 1000))}/s`,
        `${count(naiveNotes)}${estimated}`,
        naiveScore.macro.toFixed(3),
        `${naiveScore.correct}/${claims.length}`,
        SCORED_LABELS.map((l) => naiveScore.perLabel[l].toFixed(2)).join(' / '),
      ],
      [
        'ours (Checker)',
        seconds(ours.ms),
        `${count(sentences.length / (ours.ms / 1000))}/s`,
        count(ours.value),
        ourScore.macro.toFixed(3),
        `${ourScore.correct}/${claims.length}`,
        SCORED_LABELS.map((l) => ourScore.perLabel[l].toFixed(2)).join(' / '),
      ],
    ];
    return {
      tables: [{ head: ['checker', '130 pages', 'sentences/s', 'notes on pages', 'macro-F1', 'right', `F1 ${SCORED_LABELS.join(' / ')}`], rows }],
      notes: [
        `Pages: whole-page text walk, ${count(sentences.length)} sentences. Naive: Fuse.js over the ${seeds.facts.length} seed facts' quotes (threshold ${THRESHOLD}, ignoreLocation, index built in ${index.ms.toFixed(1)} ms), every sentence searched${stride > 1 ? `; timed on every ${stride}th sentence (${count(sample.length)}) and scaled up, since all of them would take about ${Math.round(naiveMs / 60000)} minutes (--full-baseline runs them all)` : ''}.`,
        'Naive verdict on the top hit: none -> offtopic; quote lacks a number of the claim, or negation on one side only -> contradicted; otherwise supported (never mixed or unverified).',
        `Accuracy: the ${claims.length} dev claims, checkClaim(text) for ours; macro-F1 over the five labels as ../shared/eval/score.mjs computes it (partly counts as unverified).`,
        `Ours is ${(naiveMs / ours.ms).toFixed(0)}x faster on the pages and writes ${count(ours.value)} notes there against ${count(naiveNotes)}.`,
      ],
      figures: {
        pageSentences: sentences.length,
        sampleStride: stride,
        naive: {
          threshold: THRESHOLD,
          indexMs: round(index.ms),
          pagesSeconds: round(naiveMs / 1000),
          sampleSeconds: round(naivePages.ms / 1000),
          notesOnPages: Math.round(naiveNotes),
          exampleNotes: naivePages.value.slice(0, 5),
          macroF1: round(naiveScore.macro),
          perLabelF1: naiveScore.perLabel,
          correct: naiveScore.correct,
        },
        ours: { pagesSeconds: round(ours.ms / 1000), notesOnPages: ours.value, macroF1: round(ourScore.macro), perLabelF1: ourScore.perLabel, correct: ourScore.correct },
        claims: claims.map((c, i) => ({ id: c.id, label: c.label, naive: naiveLabels[i], ours: ourLabels[i] })),
      },
      budgets: [],
    };
  },
};

// Section 3: how many sentences per second the core gets through, with topic detection
// alone and with the full check, on the text of the 130 evaluation pages. These pages are
// about other things, so every note the checker writes on them is a false one.
import { Checker, mentionsEitherSide } from '../../src/core/index';
import { analyse } from '../../src/core/read/analyse';
import { isAboutDispute } from '../../src/core/read/topic';
import { sentencesOf, type BenchContext } from './context';
import type { PageText } from './pages';
import type { Section, SectionResult } from './section';
import { count, ms, round, seconds } from './stats';

const KINDS: { key: 'page' | 'article'; label: string }[] = [
  { key: 'page', label: 'whole page (text walk)' },
  { key: 'article', label: 'article (Readability)' },
];

interface Note {
  page: string;
  verdict: string;
  text: string;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function measure(pages: PageText[], key: 'page' | 'article', checker: Checker) {
  const texts = pages.map((p) => ({ file: p.file, text: p[key] })).filter((p) => p.text);
  const sentences = texts.flatMap((p) => sentencesOf(p.text));

  const onTopic: string[] = [];
  const topicStart = performance.now();
  for (const s of sentences) if (isAboutDispute(analyse(s))) onTopic.push(s);
  const topicMs = performance.now() - topicStart;

  const notes: Note[] = [];
  let slowest = { page: '', ms: 0 };
  const fullStart = performance.now();
  for (const p of texts) {
    const t = performance.now();
    for (const r of checker.checkText(p.text)) notes.push({ page: p.file, verdict: r.verdict, text: r.text });
    const took = performance.now() - t;
    if (took > slowest.ms) slowest = { page: p.file, ms: took };
  }
  const fullMs = performance.now() - fullStart;
  const gate = texts.filter((p) => mentionsEitherSide(p.text)).length;
  return { pages: texts.length, chars: texts.reduce((n, p) => n + p.text.length, 0), sentences: sentences.length, onTopic, topicMs, fullMs, notes, slowest, gate };
}

/** Section 3 of the benchmark. */
export const throughput: Section = {
  id: '3',
  title: 'Core throughput on the 130 evaluation pages (node, no browser)',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const pages = await ctx.pages();
    const seeds = ctx.seeds();
    const checker = new Checker(seeds.sources, seeds.facts);
    // A short warm-up so the first measured kind does not pay for compiling the core.
    for (const s of ctx.onTopicSentences()) checker.checkClaim(s);

    const rows: string[][] = [];
    const figures: Record<string, unknown> = {};
    const notes: string[] = [];
    for (const kind of KINDS) {
      ctx.log(`section 3: ${kind.label}`);
      const m = measure(pages, kind.key, checker);
      rows.push([
        kind.label,
        count(m.sentences),
        `${seconds(m.topicMs)} (${count(m.sentences / (m.topicMs / 1000))}/s)`,
        `${seconds(m.fullMs)} (${count(m.sentences / (m.fullMs / 1000))}/s)`,
        `${m.slowest.page} ${ms(m.slowest.ms)}`,
        `${m.onTopic.length}`,
        `${m.notes.length}`,
      ]);
      figures[kind.key] = {
        pages: m.pages,
        characters: m.chars,
        sentences: m.sentences,
        pagesNamingEitherSide: m.gate,
        topic: { seconds: round(m.topicMs / 1000), sentencesPerSecond: Math.round(m.sentences / (m.topicMs / 1000)), onTopicSentences: m.onTopic },
        fullCheck: { seconds: round(m.fullMs / 1000), sentencesPerSecond: Math.round(m.sentences / (m.fullMs / 1000)), notes: m.notes },
        slowestPage: { file: m.slowest.page, ms: round(m.slowest.ms) },
      };
      notes.push(`${kind.label}: ${m.pages} pages, ${count(m.chars)} characters; ${m.gate} pages name Albania, Iran or the MEK somewhere (mentionsEitherSide).`);
      for (const t of m.onTopic) notes.push(`  on topic by itself, no note: "${clip(t)}"`);
      for (const n of m.notes) notes.push(`  note on ${n.page}: ${n.verdict}: "${clip(n.text)}"`);
    }
    notes.push('Topic = isAboutDispute(analyse(sentence)) on every sentence; full = checker.checkText(page) with the five seed sources, which also skips questions, headings and menus.');
    notes.push('Sentences are split as checkText splits them (lines, then Intl.Segmenter). Notes = results that are not offtopic; these pages are not about the dispute, so each is a false note.');
    return {
      tables: [{ head: ['text', 'sentences', 'topic only', 'full check', 'slowest page (full)', 'on-topic sent.', 'notes'], rows }],
      notes,
      figures,
      budgets: [],
    };
  },
};

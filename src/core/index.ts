/** The checker core: plain TypeScript, no DOM and no browser API. */
export { Checker, buildFacts } from './checker';
export { splitSentences, splitParagraphs, type Span } from './sentences';
export { mentionsEitherSide } from './prefilter';
export * from './types';

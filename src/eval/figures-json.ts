// The figures of a scoring as data, for `npm run eval -- --json`: what a script or a CI step
// compares from run to run. The claims themselves stay out; the report lists them.
import type { Evaluation, ModeScore } from './evaluate';

function modeFigures(m: ModeScore) {
  return { ...m.all, ...(m.halves ? { halves: m.halves } : {}), ...(m.byKind ? { byKind: m.byKind } : {}), ...(m.groups ? { groups: m.groups } : {}) };
}

/** One JSON-ready object with every figure of a scoring, keyed by mode (`alone`, `page`). */
export function figuresJson(e: Evaluation): Record<string, unknown> {
  if (e.type === 'near-miss') {
    return {
      set: e.type,
      name: e.name,
      pages: e.pages,
      falseNotes: e.falseNotes.length,
      pagesWithFalseNotes: e.pagesWithFalseNotes,
      onTopicNotes: e.onTopicNotes,
      backgroundSupported: e.background.length,
      byKind: e.byKind,
    };
  }
  return {
    set: e.type,
    name: e.name,
    ...(e.pages !== undefined ? { pages: e.pages } : {}),
    modes: Object.fromEntries(e.modes.map((m) => [m.mode, modeFigures(m)])),
  };
}

import type { Correction, CorrectionInput, CorrectionMark } from '../shared/corrections';
import { LIMITS } from '../shared/messages';
import type { CorrectionTarget } from './page-checker';

/** What keeping a reader's correction works with; the content script wires the real ones. */
export interface CorrectorDeps {
  page: { correctionTarget(id: string): CorrectionTarget | null; applyCorrection(c: Correction): void };
  selection: { correctionTarget(): CorrectionTarget | null; applyCorrection(c: Correction): void };
  /** Keeps the correction where the database is (the background) and returns it as kept. */
  save(input: CorrectionInput): Promise<Correction>;
  /** The page the reader is on: its address and title. */
  where(): { url: string; title: string };
}

/** The notes UI's two ways to correct a verdict: a note's, and the selection card's. */
export interface Corrector {
  correct(id: string, mark: CorrectionMark): Promise<void>;
  correctSelection(mark: CorrectionMark): Promise<void>;
}

/**
 * Keeps a reader's correction, attached to the claim's text and the page, and shows it at once
 * wherever the page shows that text: in its notes and in the selection card. A failure
 * rejects, so that the card can say the correction was not kept.
 */
export function createCorrector({ page, selection, save, where }: CorrectorDeps): Corrector {
  const keep = async (target: CorrectionTarget | null, mark: CorrectionMark) => {
    if (!target) throw new Error('This claim is no longer on the page; nothing was kept.');
    const { url, title } = where();
    // A very long address or title is cut rather than the correction refused.
    const correction = await save({ url: url.slice(0, LIMITS.url), title: title.slice(0, LIMITS.title), text: target.text, checker: target.checker, label: mark.label, comment: mark.comment.trim() });
    page.applyCorrection(correction);
    selection.applyCorrection(correction);
  };
  return {
    correct: (id, mark) => keep(page.correctionTarget(id), mark),
    correctSelection: (mark) => keep(selection.correctionTarget(), mark),
  };
}

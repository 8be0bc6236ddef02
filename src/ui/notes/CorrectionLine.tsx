import type { Verdict } from '../../core/types';
import { correctionWords, type CorrectionMark } from '../../shared/corrections';

/**
 * The checker's verdict beside the reader's, plainly, with the reader's comment. Both are
 * words: the card's colour stays the checker's, so the reader's verdict is never told by colour.
 */
export function CorrectionLine({ checker, correction }: { checker: Verdict; correction: CorrectionMark }) {
  return (
    <div class="correction" data-factcheck-correction={correction.label}>
      <p class="correction-line">{correctionWords(checker, correction.label)}</p>
      {correction.comment && <p class="correction-comment">Your comment: {correction.comment}</p>}
    </div>
  );
}

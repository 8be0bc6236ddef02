// Kept tiny on purpose: the content script bundles this file alone, so a page that never
// names either side of the dispute is dismissed with one regular-expression test. The two
// patterns are generated from the checker's names (`npm run facts`).
import { SIDE, SIDE_STEM } from '../generated/side-names';

/** True when the text names Albania, Iran or the MEK in any of their usual forms. */
export function mentionsEitherSide(text: string): boolean {
  return SIDE.test(text);
}

/**
 * False only when no part of the text can name either side, even where words were joined
 * without a space; true whenever `mentionsEitherSide` is true for any part of it.
 */
export function mayMentionEitherSide(text: string): boolean {
  return SIDE_STEM.test(text);
}

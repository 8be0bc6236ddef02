// Kept tiny on purpose: the content script bundles this file alone, so a page that never
// names either side of the dispute is dismissed with one regular-expression test.
const SIDE = /\b(?:albania|albanian|albanians|tirana|iran|iranian|iranians|tehran|teheran|islamic republic|mek|mujahedee?n|mujahideen|mojahedin|mujahedin)\b/i;

/** True when the text names Albania, Iran or the MEK in any of their usual forms. */
export function mentionsEitherSide(text: string): boolean {
  return SIDE.test(text);
}

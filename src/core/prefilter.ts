// Kept tiny on purpose: the content script bundles this file alone, so a page that never
// names either side of the dispute is dismissed with one regular-expression test.
const SIDE = /\b(?:albania|albanian|albanians|tirana|iran|iranian|iranians|tehran|teheran|islamic\s+republic|mek|mujahedee?n|mujahideen|mojahedin|mujahedin)\b/i;

// Every name above, cut to a stem and without word boundaries: a page's whole text joined
// by textContent runs blocks together ("World newsIran cut..."), where \b would miss them.
const SIDE_STEM = /alban|tiran|iran|tehe?ran|islamic\s+republic|mek|m[ou]jah/i;

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

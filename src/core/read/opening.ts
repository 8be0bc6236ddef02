/** How many characters of a page's opening decide whether the page is about the dispute (the page side sends this much). */
export const OPENING_CHARS = 3000;

/** A page's opening as `Checker.checkPageSentence` takes it: its first paragraphs, up to a few thousand characters. */
export function pageOpening(paragraphs: string[]): string {
  let out = '';
  for (const p of paragraphs) {
    if (out.length + p.length > OPENING_CHARS) break;
    out += `${p}\n\n`;
  }
  return out || (paragraphs[0] ?? '').slice(0, OPENING_CHARS);
}

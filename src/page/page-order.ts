/**
 * Sorts things that sit in a page by where they start, top to bottom. Claims are found in
 * the order they are read, which is not the page's: a page about the dispute is read again
 * whole, and content a page adds later may land above what was read before.
 */
export function inPageOrder<T extends { range: Range }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareStarts(a.item.range, b.item.range) || a.i - b.i)
    .map((x) => x.item);
}

// Range.START_TO_START; the constant is read off no global so that any window's ranges compare.
const START_TO_START = 0;

function compareStarts(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(START_TO_START, b);
  } catch {
    // Ranges in different trees (a shadow root, a removed node) have no order: keep the reading order.
    return 0;
  }
}

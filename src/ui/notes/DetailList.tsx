import { useRef, useState } from 'preact/hooks';
import type { DetailResult } from '../../core/types';
import { detailOutcome, detailText } from '../../shared/detail-words';

// Keys that move through the details, as in any list a keyboard user walks with arrows.
const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

// A detail's quote is a reminder, not the evidence: the full sentences are listed below it.
const QUOTE_CHARS = 140;

function clip(quote: string): string {
  if (quote.length <= QUOTE_CHARS) return quote;
  // At a space if there is one (text without spaces, as in some scripts, is cut where it stands).
  const cut = quote.lastIndexOf(' ', QUOTE_CHARS);
  return `${quote.slice(0, cut > 0 ? cut : QUOTE_CHARS)}\u2026`;
}

/**
 * The claim's details, each with how it fared in words ("48 hours: the sources say 24 hours"),
 * in the order given (gravest first). A labelled list, so a screen reader announces what it
 * is and how many details there are; the outcome is in words, its colour only repeats it.
 * Tab reaches the list once; the arrow keys move from detail to detail.
 */
export function DetailList({ id, details }: { id: string; details: DetailResult[] }) {
  const headId = `${id}-head`;
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = STEP[e.key];
    if (!step) return;
    e.preventDefault();
    const next = step(active, details.length);
    setActive(next);
    items.current[next]?.focus();
  };
  return (
    <>
      <p id={headId} class="details-head">
        The claim’s details
      </p>
      <ul id={id} class="details" aria-labelledby={headId} onKeyDown={onKeyDown}>
        {details.map((d, i) => (
          <li
            key={`${i}-${d.text}`}
            ref={(el) => void (items.current[i] = el)}
            class={`detail detail-${d.outcome}`}
            tabIndex={i === active ? 0 : -1}
            onFocus={() => setActive(i)}
          >
            <span class="detail-text">{detailText(d)}</span>
            {': '}
            <span class="detail-outcome">{detailOutcome(d)}</span>
            {/* What the sources say instead, in their words, for the details that matter. */}
            {(d.outcome === 'clashes' || d.outcome === 'disputed') && d.quotes[0] && <q class="detail-quote">{clip(d.quotes[0])}</q>}
          </li>
        ))}
      </ul>
    </>
  );
}

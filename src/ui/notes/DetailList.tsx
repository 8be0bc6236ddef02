import type { DetailResult } from '../../core/types';
import { detailOutcome, detailText } from '../../shared/detail-words';

/**
 * The claim's details, each with how it fared in words ("48 hours: the sources say 24 hours"),
 * in the order given (gravest first). A labelled list, so a screen reader announces what it
 * is and how many details there are; the outcome is in words, its colour only repeats it.
 */
export function DetailList({ id, details }: { id: string; details: DetailResult[] }) {
  const headId = `${id}-head`;
  return (
    <>
      <p id={headId} class="details-head">
        The claim’s details
      </p>
      <ul id={id} class="details" aria-labelledby={headId}>
        {details.map((d, i) => (
          <li key={`${i}-${d.text}`} class={`detail detail-${d.outcome}`}>
            <span class="detail-text">{detailText(d)}</span>
            {': '}
            <span class="detail-outcome">{detailOutcome(d)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

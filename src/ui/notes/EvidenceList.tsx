import type { Evidence } from '../../core/types';
import { sourceLine, STANCE_WORD } from './verdict-words';

/** The source sentences behind a verdict, quoted, each with its source's title and date. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (!evidence.length) return <p class="muted">No source sentence covers this.</p>;
  return (
    // It scrolls when long, so keyboard users can reach it to scroll it.
    <ul class="evidence" tabIndex={0} aria-label="Source sentences">
      {evidence.map((e) => (
        <li key={e.factId} class={`stance-${e.stance}`}>
          <span class="stance">{STANCE_WORD[e.stance]}</span>
          <blockquote>{e.quote}</blockquote>
          <cite>{sourceLine(e.sourceTitle, e.sourceDate)}</cite>
        </li>
      ))}
    </ul>
  );
}

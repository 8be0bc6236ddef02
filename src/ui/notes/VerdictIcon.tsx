import type { Verdict } from '../../core/types';
import { VERDICT_STYLE } from '../../shared/verdict-style';

/**
 * A round icon in the verdict's colour with the verdict's glyph (shared/verdict-style.ts, one per
 * verdict, so that verdicts differ by shape, not only by colour); hidden from screen readers.
 */
export function VerdictIcon({ verdict, size = 16 }: { verdict: Verdict; size?: number }) {
  return (
    <svg class={`icon v-${verdict}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" class="icon-disc" />
      <path d={VERDICT_STYLE[verdict].glyph} class="icon-glyph" />
    </svg>
  );
}

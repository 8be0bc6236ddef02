import type { Verdict } from '../../core/types';

// One glyph per verdict so that verdicts differ by shape, not only by colour.
const GLYPHS: Record<Verdict, string> = {
  supported: 'M4.5 8.5l2.5 2.5 4.5-5.5',
  contradicted: 'M5 5l6 6M11 5l-6 6',
  mixed: 'M4.5 6.5h7M4.5 9.5h7M10 4l-4 8',
  unverified: 'M6.2 6.3a1.9 1.9 0 1 1 2.7 1.7c-.6.3-.9.7-.9 1.3v.6M8 11.6v.2',
  offtopic: 'M4.5 8h7',
};

/** A round icon in the verdict's colour with the verdict's glyph; hidden from screen readers. */
export function VerdictIcon({ verdict, size = 16 }: { verdict: Verdict; size?: number }) {
  return (
    <svg class={`icon v-${verdict}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" class="icon-disc" />
      <path d={GLYPHS[verdict]} class="icon-glyph" />
    </svg>
  );
}

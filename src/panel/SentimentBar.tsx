// A horizontal bar of positive / neutral / negative shares: the picture of one touchpoint or phase.
// Segments are told apart by more than hue (panel.css): a white gap between them, a hatch on the
// negative one, and each at 3:1 or more against the track (WCAG 1.4.1, 1.4.11).
import type { SentimentCounts } from '../core/tally.ts';

/** Props: the counts to draw and, when the numbers are not beside it, the words for its accessible name. */
export interface SentimentBarProps {
  readonly counts: SentimentCounts;
  /** The bar's name for a screen reader; without one the bar is hidden from it, for a bar next to the same numbers. */
  readonly label?: string;
  /** The total a full-width bar stands for, so bars in one list compare; defaults to this bar's own total. */
  readonly scale?: number;
}

/** A bar whose segments are the positive, neutral and negative counts. */
export function SentimentBar({ counts, label, scale }: SentimentBarProps) {
  const total = counts.positive + counts.neutral + counts.negative;
  const width = Math.max(scale ?? total, total, 1);
  const segments = (['positive', 'neutral', 'negative'] as const)
    .filter((sentiment) => counts[sentiment] > 0)
    .map((sentiment) => (
      <span
        key={sentiment}
        class={`segment ${sentiment}`}
        style={{ width: `${(counts[sentiment] / width) * 100}%` }}
      />
    ));
  return label === undefined ? (
    <span class="bar" aria-hidden="true">
      {segments}
    </span>
  ) : (
    <span class="bar" role="img" aria-label={label}>
      {segments}
    </span>
  );
}

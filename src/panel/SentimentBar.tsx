// A horizontal bar of positive / neutral / negative shares: the picture of one touchpoint or phase.
import type { SentimentCounts } from '../core/tally.ts';

const FILL = { positive: '#2e9e57', neutral: '#9a9cab', negative: '#d2314f' } as const;

/** Props: the counts to draw and the words for its accessible name. */
export interface SentimentBarProps {
  readonly counts: SentimentCounts;
  readonly label: string;
  /** The total a full-width bar stands for, so bars in one list compare; defaults to this bar's own total. */
  readonly scale?: number;
}

/** A bar whose segments are the positive, neutral and negative counts. */
export function SentimentBar({ counts, label, scale }: SentimentBarProps) {
  const total = counts.positive + counts.neutral + counts.negative;
  const width = Math.max(scale ?? total, total, 1);
  let offset = 0;
  const segments = (['positive', 'neutral', 'negative'] as const).map((sentiment) => {
    const share = (counts[sentiment] / width) * 100;
    const segment = (
      <rect key={sentiment} x={offset} y="0" width={share} height="10" fill={FILL[sentiment]} />
    );
    offset += share;
    return segment;
  });
  return (
    <svg class="bar" role="img" aria-label={label} viewBox="0 0 100 10" preserveAspectRatio="none">
      <rect x="0" y="0" width="100" height="10" fill="#eef0f4" />
      {segments}
    </svg>
  );
}

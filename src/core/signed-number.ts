/**
 * A number with its sign in front, as the badges, the panel and the terminal table show counts and
 * net scores: `3` → `'+3'`, `-2` → `'−2'` (a minus sign, U+2212; the terminal passes `'-'`), and a
 * plain `'0'`, never `'+0'` or `'−0'`. `text` writes the magnitude, e.g. with digit grouping.
 */
export function signedNumber(
  value: number,
  text: (magnitude: number) => string = String,
  minus = '−',
): string {
  if (value > 0) return `+${text(value)}`;
  if (value < 0) return `${minus}${text(-value)}`;
  return '0';
}

// How the score step writes counts: the sign columns of its tables, a row's counts, net scores
// with their sign, and the stage beside a row's phase.
import { normaliseLabel } from '../core/labels.ts';
import { type Language, SENTIMENTS, type Sentiment } from '../core/model.ts';
import type { SentimentCounts, TallyRow } from '../core/tally.ts';
import { formatCount } from '../i18n/language.ts';
import type { PanelWords } from '../i18n/panel-words.ts';

const SIGNS: Readonly<Record<Sentiment, string>> = { positive: '+', neutral: '=', negative: '−' };

/** The positive, neutral and negative column headers: a sign to see, the word to hear. */
export function CountHeaders({ words }: { readonly words: PanelWords }) {
  return (
    <>
      {SENTIMENTS.map((sentiment) => (
        <th key={sentiment} scope="col" class={`count ${sentiment}`}>
          <span aria-hidden="true">{SIGNS[sentiment]}</span>
          <span class="visually-hidden">{words.sentiments[sentiment]}</span>
        </th>
      ))}
    </>
  );
}

/** A row's positive, neutral and negative counts; each keeps its sign when the table reflows into a list. */
export function CountCells({
  counts,
  language,
}: {
  readonly counts: SentimentCounts;
  readonly language: Language;
}) {
  return (
    <>
      {SENTIMENTS.map((sentiment) => (
        <td key={sentiment} class={`count ${sentiment}`} data-label={SIGNS[sentiment]}>
          {formatCount(language, counts[sentiment])}
        </td>
      ))}
    </>
  );
}

/** The counts in words, for a bar's accessible name, e.g. `'Positive 2, Neutral 0, Negative 3'`. */
export function countsLabel(words: PanelWords, counts: SentimentCounts): string {
  return `${words.sentiments.positive} ${counts.positive}, ${words.sentiments.neutral} ${counts.neutral}, ${words.sentiments.negative} ${counts.negative}`;
}

/** A net score with its sign, e.g. `+3`, `−1 204`, and a plain `0`. */
export function signed(language: Language, value: number): string {
  return value > 0
    ? `+${formatCount(language, value)}`
    : value < 0
      ? `−${formatCount(language, -value)}`
      : '0';
}

/** A count of positive or negative notes with its sign in front, and a plain `0` (never `−0`). */
export function marked(language: Language, sign: '+' | '−', count: number): string {
  return count === 0 ? '0' : `${sign}${formatCount(language, count)}`;
}

/** The stage after the phase, unless it only repeats it (a template's "1. Before purchase"). */
export function stageNote(row: TallyRow, words: PanelWords): string {
  return normaliseLabel(row.stage) === words.phases[row.phase].toLowerCase() ? '' : ` · ${row.stage}`;
}

// The tally as the score step shows it: the totals per phase, the weakest links (with the themes
// of their negative notes), the strongest, every touchpoint's counts (the notes not counted follow in NotCounted.tsx).
import type { Language } from '../core/model.ts';
import { rowKey, type TallyRow } from '../core/tally.ts';
import { shownWeakest } from '../core/weakest-links.ts';
import { formatCount } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import { CountCells, CountHeaders, countsLabel, marked, signed, stageNote } from './CountCells.tsx';
import { PhaseTotals } from './PhaseTotals.tsx';
import type { ScoredBoard } from './panel-state.ts';
import { SentimentBar } from './SentimentBar.tsx';
import { StrongestView, ThemeList } from './Themes.tsx';
import { type ThemesState, useThemes } from './use-themes.ts';

/** The tally: per phase, the weakest and strongest links, every touchpoint. */
export function TallyView({
  scored,
  language,
  onShow,
}: {
  readonly scored: ScoredBoard;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  const words = panelWords(language);
  const { tally } = scored;
  const themes = useThemes(scored);
  if (tally.notes === 0) return null;
  const largest = Math.max(1, ...tally.rows.map((row) => row.total));
  return (
    <div>
      <PhaseTotals tally={tally} language={language} />
      {tally.weakest.length > 0 && (
        <>
          <h2>{words.score.weakest}</h2>
          <p class="muted">{words.score.weakestRule}</p>
          <ol class="weakest" data-testid="weakest">
            {shownWeakest(tally).map((row) => (
              <RowView
                key={rowKey(row)}
                row={row}
                language={language}
                scale={largest}
                onShow={onShow}
                themes={themes}
              />
            ))}
          </ol>
        </>
      )}
      <StrongestView tally={tally} themes={themes} language={language} onShow={onShow} />
      <h2>{words.score.rows}</h2>
      <table class="reflow" data-testid="tally-table">
        <thead>
          <tr>
            <th scope="col">{words.score.touchpoint}</th>
            <CountHeaders words={words} />
            <th scope="col" class="count">
              {words.score.net}
            </th>
          </tr>
        </thead>
        <tbody>
          {tally.rows.map((row) => (
            <tr key={rowKey(row)} data-phase={row.phase}>
              <th scope="row">
                <span class="touchpoint-name">{row.touchpoint}</span>
                <span class="muted">
                  {row.map ? `${row.map} · ` : ''}
                  {words.phases[row.phase]}
                  {stageNote(row, words)}
                </span>
                <SentimentBar counts={row} scale={largest} />
              </th>
              <CountCells counts={row} language={language} />
              <td class="count" data-label={words.score.net}>
                {signed(language, row.net)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowView({
  row,
  language,
  scale,
  onShow,
  themes,
}: {
  readonly row: TallyRow;
  readonly language: Language;
  readonly scale: number;
  readonly onShow: (ids: readonly string[]) => void;
  readonly themes: ThemesState;
}) {
  const words = panelWords(language);
  return (
    <li>
      <div class="touchpoint-row">
        <div>
          <span class="name">{row.touchpoint}</span>
          <div class="meta">
            {row.map ? `${row.map} · ` : ''}
            {words.phases[row.phase]}
            {stageNote(row, words)} ·{' '}
            <span class="counts">
              <span class="positive">{marked(language, '+', row.positive)}</span> ·{' '}
              <span class="neutral">{formatCount(language, row.neutral)}</span> ·{' '}
              <span class="negative">{marked(language, '−', row.negative)}</span>
            </span>
          </div>
        </div>
        <button type="button" class="link" onClick={() => onShow(row.noteIds)}>
          {words.score.show}
          <span class="visually-hidden"> {row.touchpoint}</span>
        </button>
        <SentimentBar counts={row} scale={scale} label={countsLabel(words, row)} />
      </div>
      <ThemeList row={row} sentiment="negative" themes={themes} language={language} onShow={onShow} />
    </li>
  );
}

// What the notes of a row say: its largest themes ("late delivery · 4"), each with a Show that
// selects its notes on the board; under each weakest link its negative themes, and the strongest
// touchpoints with their positive ones.
import { normaliseLabel } from '../core/labels.ts';
import type { Language, Sentiment } from '../core/model.ts';
import { strongestRows } from '../core/strongest.ts';
import { rowKey, type Tally, type TallyRow } from '../core/tally.ts';
import { formatCount } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import { STRONGEST_SHOWN, type ThemesState } from './use-themes.ts';

interface ThemeListProps {
  readonly row: TallyRow;
  readonly sentiment: Sentiment;
  readonly themes: ThemesState;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}

/** A row's themes of one sentiment, largest first, each with a Show; nothing when the notes share no theme. */
export function ThemeList({ row, sentiment, themes, language, onShow }: ThemeListProps) {
  const words = panelWords(language);
  if (themes.kind === 'loading') return <p class="muted themes-status">{words.insight.loadingThemes}</p>;
  if (themes.kind === 'failed') return <p class="muted themes-status">{words.insight.themesFailed}</p>;
  const list = themes.of(row, sentiment);
  if (list.length === 0) return null;
  return (
    <ul
      class={`plain themes ${sentiment}`}
      aria-label={words.insight.themesOf(sentiment, row.touchpoint)}
      data-testid="themes"
    >
      {list.map((theme) => (
        <li key={theme.theme}>
          <span class="text">
            {words.insight.theme(theme.theme, formatCount(language, theme.notes.length))}
          </span>
          <button type="button" class="link" onClick={() => onShow(theme.notes)}>
            {words.score.show}
            <span class="visually-hidden"> {theme.theme}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The strongest touchpoints (most positive notes first), each with its positive themes. */
export function StrongestView({
  tally,
  themes,
  language,
  onShow,
}: {
  readonly tally: Tally;
  readonly themes: ThemesState;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  const words = panelWords(language);
  const rows = strongestRows(tally, STRONGEST_SHOWN);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="strongest-heading">
      <h2 id="strongest-heading">{words.insight.strongest}</h2>
      <p class="muted">{words.insight.strongestRule}</p>
      <ol class="weakest" data-testid="strongest">
        {rows.map((row) => (
          <li key={rowKey(row)}>
            <span class="name">{row.touchpoint}</span>
            <div class="meta">
              {row.map ? `${row.map} · ` : ''}
              {words.phases[row.phase]}
              {normaliseLabel(row.stage) === words.phases[row.phase].toLowerCase() ? '' : ` · ${row.stage}`} ·{' '}
              <span class="positive">+{formatCount(language, row.positive)}</span>
            </div>
            <ThemeList row={row} sentiment="positive" themes={themes} language={language} onShow={onShow} />
          </li>
        ))}
      </ol>
    </section>
  );
}

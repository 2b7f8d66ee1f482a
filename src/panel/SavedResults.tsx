// Compare with last time: save the current scoring to the board's shared history and show, per
// touchpoint, what changed since the previous save (▲ better, ▼ worse, by net score).
import { useState } from 'preact/hooks';
import { changesByMap } from '../core/changes-by-map.ts';
import { changeLabel, type RowComparison } from '../core/compare-with-saved.ts';
import type { Language } from '../core/model.ts';
import { savedScoringOf } from '../core/saved-scores.ts';
import { rowKey } from '../core/tally.ts';
import { type PanelWords, panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { saveScoring } from '../miro/saved-results.ts';
import { boardErrorMessage, type PanelMessage } from './board-errors.ts';
import { ActionMessage } from './LiveMessage.tsx';
import { type HistoryState, previousScoring, type ScoredBoard } from './panel-state.ts';

interface SavedResultsProps {
  readonly board: BoardApi;
  readonly language: Language;
  readonly scored: ScoredBoard;
  readonly history: HistoryState;
  readonly onSaved: (savedAt: number) => void;
}

/** Save button, last save, and the changes since it. */
export function SavedResults({ board, language, scored, history, onSaved }: SavedResultsProps) {
  const words = panelWords(language);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const previous = previousScoring(history, scored);
  const time = (at: number) => new Date(at).toLocaleString(language);

  const save = async () => {
    setSaving(true);
    const savedAt = Date.now();
    const outcome = await saveScoring(board, savedScoringOf(scored.tally, savedAt));
    setSaving(false);
    switch (outcome.kind) {
      case 'saved':
        onSaved(savedAt);
        setMessage({ kind: 'ok', say: (w) => w.score.saved(time(savedAt)) });
        break;
      case 'too-large':
        setMessage({ kind: 'error', say: (w) => w.errors.historyTooLarge });
        break;
      case 'newer-version':
        setMessage({ kind: 'error', say: (w) => w.errors.historyNewer });
        break;
      case 'failed':
        setMessage(boardErrorMessage(outcome));
        break;
      default: {
        const unreachable: never = outcome;
        return unreachable;
      }
    }
  };

  const changes = previous ? changesByMap(scored.tally, previous) : [];
  // The map is named on a board of several maps, and on a one-map board too, so no list is
  // ambiguous; only the notes of a board without any map go unnamed.
  const named = changes.length > 1 || scored.tally.mapTotals.some((totals) => totals.map !== null);

  return (
    <div data-testid="saved-results">
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => void save()}
          disabled={saving || scored.savedAt !== null}
        >
          {words.score.save}
        </button>
      </div>
      <ActionMessage message={message} words={words} testId="save-message" />
      {previous && (
        <>
          <h2>{words.score.sinceLast}</h2>
          <p class="muted">{words.score.saved(time(previous.savedAt))}</p>
          {changes.length === 0 ? (
            <p class="muted">{words.score.noChange}</p>
          ) : (
            <div data-testid="changes">
              {changes.map(({ map, rows }) => (
                <section key={map ?? ''} data-map={map ?? ''}>
                  {named && <h3>{words.score.mapTitle(map)}</h3>}
                  <ul class="plain">
                    {rows.map((row) => (
                      <ChangeView key={rowKey(row)} row={row} words={words} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function ChangeView({ row, words }: { readonly row: RowComparison; readonly words: PanelWords }) {
  return (
    <li>
      <span class="text">
        {row.touchpoint} <span class="muted">· {words.phases[row.phase]}</span>
        {row.kind !== 'kept' && <span class="muted"> · {words.score.rowKinds[row.kind]}</span>}
      </span>
      {/* The arrow is seen; the net score before and now is heard (and a title would be neither on touch). */}
      <span class={row.change.net > 0 ? 'delta-up' : row.change.net < 0 ? 'delta-down' : ''}>
        <span aria-hidden="true">{changeLabel(row.change.net)}</span>
        <span class="visually-hidden">
          {words.score.net}: {row.before.net} → {row.now.net}
        </span>
      </span>
    </li>
  );
}

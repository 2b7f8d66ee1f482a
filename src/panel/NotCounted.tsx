// The notes a scoring could not count, grouped by why, and the notes whose signals disagree,
// each with Show to find it on the board.

import { type CountedPlacement, unassignedByReason } from '../core/tally.ts';
import type { PanelWords } from '../i18n/panel-words.ts';
import type { ScoredBoard } from './panel-state.ts';

/** The notes not counted, by reason. */
export function UnassignedView({
  scored,
  words,
  onShow,
}: {
  readonly scored: ScoredBoard;
  readonly words: PanelWords;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  const groups = unassignedByReason(scored.tally);
  if (groups.length === 0) return null;
  return (
    <div data-testid="unassigned">
      <h2>{words.score.unassigned}</h2>
      {groups.map(({ reason, placements }) => {
        return (
          <details key={reason} open data-reason={reason}>
            <summary>
              {words.reasons[reason]} ({placements.length})
            </summary>
            <p class="muted">{words.reasonHelp[reason]}</p>
            <ul class="plain">
              {placements.map((placement) => (
                <li key={placement.note.id}>
                  <span class="text">{placement.note.text || '—'}</span>
                  <button type="button" class="link" onClick={() => onShow([placement.note.id])}>
                    {words.score.show}
                    <span class="visually-hidden"> {placement.note.text || words.reasons.empty}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

/** The counted notes whose signals disagree, and what each signal said. */
export function ConflictsView({
  conflicted,
  words,
  onShow,
}: {
  readonly conflicted: readonly CountedPlacement[];
  readonly words: PanelWords;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  if (conflicted.length === 0) return null;
  return (
    <details data-testid="conflicts">
      <summary>
        {words.score.conflicts} ({conflicted.length})
      </summary>
      <ul class="plain">
        {conflicted.map((placement) => (
          <li key={placement.note.id}>
            <span class="text">
              {placement.note.text}
              <span class="muted">
                {' '}
                (
                {words.score.conflictText(
                  words.score.noteSentiments[placement.sentiment],
                  words.score.signals[placement.signal],
                  placement.conflicts
                    .map(
                      (conflict) =>
                        `${words.score.signals[conflict.signal]} (${words.score.noteSentiments[conflict.sentiment]})`,
                    )
                    .join(', '),
                )}
                )
              </span>
            </span>
            <button type="button" class="link" onClick={() => onShow([placement.note.id])}>
              {words.score.show}
              <span class="visually-hidden"> {placement.note.text}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

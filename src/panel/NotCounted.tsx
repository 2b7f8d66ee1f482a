// The notes a scoring could not count, grouped by why, and the notes whose signals disagree,
// each with Show to find it on the board. A board can have thousands of either: a list shows
// its first notes and a button for the next ones, and the conflicts are laid out only once opened.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../core/model.ts';
import type { CountedPlacement, Tally } from '../core/tally.ts';
import { formatCount } from '../i18n/language.ts';
import { type PanelWords, panelWords } from '../i18n/panel-words.ts';
import { notCountedOf } from './per-scoring.ts';

/** How many notes a list shows at first, and how many more each click on its button. */
const NOTES_SHOWN = 50;

/** The notes not counted, by reason, and the counted notes whose signals disagree. */
export function NotCounted({
  tally,
  language,
  onShow,
}: {
  readonly tally: Tally;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  const words = panelWords(language);
  const { groups, conflicted } = notCountedOf(tally);
  return (
    <>
      <UnassignedView groups={groups} words={words} language={language} onShow={onShow} />
      <ConflictsView conflicted={conflicted} words={words} language={language} onShow={onShow} />
    </>
  );
}

function UnassignedView({
  groups,
  words,
  language,
  onShow,
}: {
  readonly groups: ReturnType<typeof notCountedOf>['groups'];
  readonly words: PanelWords;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  if (groups.length === 0) return null;
  return (
    <div data-testid="unassigned">
      <h2>{words.score.unassigned}</h2>
      {groups.map(({ reason, placements }) => {
        return (
          <details key={reason} open data-reason={reason}>
            <summary>
              {words.reasons[reason]} ({formatCount(language, placements.length)})
            </summary>
            <p class="muted">{words.reasonHelp[reason]}</p>
            <NoteList
              notes={placements}
              words={words}
              language={language}
              item={({ note }) => (
                <li key={note.id}>
                  <span class="text">{note.text || '—'}</span>
                  <button type="button" class="link" onClick={() => onShow([note.id])}>
                    {words.score.show}
                    <span class="visually-hidden"> {note.text || words.reasons.empty}</span>
                  </button>
                </li>
              )}
            />
          </details>
        );
      })}
    </div>
  );
}

/** The counted notes whose signals disagree, and what each signal said. */
function ConflictsView({
  conflicted,
  words,
  language,
  onShow,
}: {
  readonly conflicted: readonly CountedPlacement[];
  readonly words: PanelWords;
  readonly language: Language;
  readonly onShow: (ids: readonly string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  if (conflicted.length === 0) return null;
  const { score } = words;
  return (
    <details data-testid="conflicts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {score.conflicts} ({formatCount(language, conflicted.length)})
      </summary>
      {open && (
        <NoteList
          notes={conflicted}
          words={words}
          language={language}
          item={({ note, sentiment, signal, conflicts }) => (
            <li key={note.id}>
              <span class="text">
                {note.text}
                <span class="muted">
                  {' '}
                  (
                  {score.conflictText(
                    score.noteSentiments[sentiment],
                    score.signals[signal],
                    conflicts
                      .map(
                        (other) =>
                          `${score.signals[other.signal]} (${score.noteSentiments[other.sentiment]})`,
                      )
                      .join(', '),
                  )}
                  )
                </span>
              </span>
              <button type="button" class="link" onClick={() => onShow([note.id])}>
                {score.show}
                <span class="visually-hidden"> {note.text}</span>
              </button>
            </li>
          )}
        />
      )}
    </details>
  );
}

/** The first `NOTES_SHOWN` of a list of notes, and a button that shows as many more. */
function NoteList<T>({
  notes,
  words,
  language,
  item,
}: {
  readonly notes: readonly T[];
  readonly words: PanelWords;
  readonly language: Language;
  readonly item: (note: T) => ComponentChildren;
}) {
  const [shown, setShown] = useState(NOTES_SHOWN);
  const more = Math.min(NOTES_SHOWN, notes.length - shown);
  return (
    <>
      <ul class="plain">{notes.slice(0, shown).map(item)}</ul>
      {more > 0 && (
        <button type="button" class="link" onClick={() => setShown(shown + NOTES_SHOWN)}>
          {words.score.showMore(formatCount(language, more))}
        </button>
      )}
    </>
  );
}

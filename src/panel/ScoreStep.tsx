// Step 2: score the board, show the tally (weakest first), what was not counted and why.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CountSuggestions, countSuggestions } from '../core/count-suggestions.ts';
import type { Language } from '../core/model.ts';
import {
  type ColourMap,
  DEFAULT_COLOUR_MAP,
  PHASES,
  type Phase,
  SENTIMENTS,
  type Sentiment,
  STICKY_COLOURS,
  STICKY_FILLS,
} from '../core/model.ts';
import {
  type CountedPlacement,
  conflictedPlacements,
  rowKey,
  type TallyRow,
  tallyBoard,
  unassignedByReason,
} from '../core/tally.ts';
import { NO_TEAM_WORDS, type TeamWords, withColour, withWord } from '../core/team-words.ts';
import { formatCount, plural } from '../i18n/language.ts';
import { type PanelWords, panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { boardChanges } from '../miro/board-changes.ts';
import { saveBoardWords } from '../miro/board-words.ts';
import { defaultRetry } from '../miro/calls.ts';
import { createBoardReader } from '../miro/read-board.ts';
import { scoreBoard } from '../miro/score-board.ts';
import { showItems } from '../miro/show-items.ts';
import { boardErrorMessage, type PanelMessage } from './board-errors.ts';
import { CountCells, CountHeaders, countsLabel, marked, signed, stageNote } from './CountCells.tsx';
import { EmotionCurveView } from './EmotionCurve.tsx';
import { LiveMessage } from './LiveMessage.tsx';
import { createScoreQueue, startLiveScoring } from './live-scoring.ts';
import type { ScoredBoard } from './Panel.tsx';
import { PhaseTotals } from './PhaseTotals.tsx';
import { loadColourMap, saveColourMap } from './panel-settings.ts';
import { RateLimitNotice, useRateLimitWatch } from './RateLimitNotice.tsx';
import { ResultsOnBoard } from './ResultsOnBoard.tsx';
import { SavedResults } from './SavedResults.tsx';
import { SentimentBar } from './SentimentBar.tsx';
import { StrongestView, ThemeList } from './Themes.tsx';
import { type HistoryState, useScoreHistory } from './use-score-history.ts';
import { type ThemesState, useThemes } from './use-themes.ts';

/** Workshops move many notes at once: wait for a quiet second before reading the board again. */
const LIVE_DELAY_MS = 1000;

interface ScoreStepProps {
  readonly board: BoardApi;
  readonly language: Language;
  readonly scored: ScoredBoard | null;
  /** Takes a new scoring, or an update of the current one (a save that finished). */
  readonly onScored: (update: ScoredBoard | ((current: ScoredBoard | null) => ScoredBoard | null)) => void;
  /** The board's saved scorings, for the export step too. */
  readonly onHistory: (history: HistoryState) => void;
}

/** The score step: a Score button, a live toggle, and the result. */
export function ScoreStep({ board, language, scored, onScored, onHistory }: ScoreStepProps) {
  const words = panelWords(language);
  const history = useScoreHistory(board);
  useEffect(() => onHistory(history), [history, onHistory]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PanelMessage | null>(null);
  const errorRef = useRef(error);
  errorRef.current = error;
  const [live, setLive] = useState(false);
  const [colours, setColours] = useState<ColourMap>(() => loadColourMap(DEFAULT_COLOUR_MAP));
  // The board calls' waits for Miro's rate limit, said while they last.
  const waits = useRateLimitWatch();
  const retry = useMemo(() => defaultRetry({ onRetry: waits.onRetry }), [waits]);
  // One reader per panel: template marks found once are not read again at every scoring.
  const reader = useMemo(() => createBoardReader(board, { retry }), [board, retry]);
  useEffect(() => () => reader.close(), [reader]);
  const coloursRef = useRef(colours);
  coloursRef.current = colours;
  const scoreOnce = async (): Promise<void> => {
    const result = await scoreBoard(board, coloursRef.current, reader, retry).finally(waits.reset);
    setError(result.kind === 'failed' ? boardErrorMessage(result) : null);
    if (result.kind === 'failed') return;
    // A file name says what was scored: the map's name when the board holds exactly one map;
    // otherwise the CSV module's own neutral name.
    const maps = result.tally.mapTotals.filter((totals) => totals.map !== null);
    onScored({ ...result, boardName: maps.length === 1 ? (maps[0]?.map ?? '') : '', savedAt: null });
  };
  const scoreOnceRef = useRef(scoreOnce);
  scoreOnceRef.current = scoreOnce;
  // One score at a time; a request while one runs becomes exactly one more run after it.
  const [queue] = useState(() => createScoreQueue(() => scoreOnceRef.current()));

  // Scorings the user asked for (the button, a colour) show progress; a live one does not, so the
  // panel does not flash at every change on the board.
  const asked = useRef(0);
  const score = async (shown: boolean): Promise<void> => {
    if (shown) {
      asked.current += 1;
      setBusy(true);
    }
    setError(null);
    try {
      await queue.request();
    } finally {
      if (shown) {
        asked.current -= 1;
        setBusy(asked.current > 0);
      }
    }
  };
  const scoreRef = useRef(score);
  scoreRef.current = score;
  // After Score, the keyboard goes to the result (or the error), not to the page as the button
  // is disabled meanwhile; a live rescoring never moves the focus.
  const [focusAsked, setFocusAsked] = useState(0);
  const scoreAndFocus = async (): Promise<void> => {
    await score(true);
    setFocusAsked((asked) => asked + 1);
  };
  useEffect(() => {
    if (focusAsked === 0) return;
    document.getElementById(errorRef.current ? 'score-error' : 'score-result')?.focus();
  }, [focusAsked]);

  useEffect(() => {
    if (!live) return;
    return startLiveScoring({
      subscribe: boardChanges(board),
      score: () => scoreRef.current(false),
      delayMs: LIVE_DELAY_MS,
      timers: {
        setTimeout: (run, ms) => setTimeout(run, ms),
        clearTimeout: (handle) => clearTimeout(handle as number),
      },
    });
  }, [live, board]);

  // The board's words, and the ones before each choice made here, for Undo.
  const boardWords = scored?.snapshot.words ?? NO_TEAM_WORDS;
  const [undoStack, setUndoStack] = useState<readonly TeamWords[]>([]);
  const [wordsMessage, setWordsMessage] = useState<PanelMessage | null>(null);
  // The colours in force: the board's own when its words have some, else this panel's.
  const shownColours = boardWords.colours ?? colours;

  // A choice counts at once: the board read last is tallied again with the new words, no board call.
  const applyWords = (next: TeamWords, undoing: boolean) => {
    if (!scored) return;
    const snapshot = { ...scored.snapshot, words: next };
    onScored({
      ...scored,
      snapshot,
      tally: tallyBoard(snapshot, next.colours ?? coloursRef.current, next),
      savedAt: null,
    });
    setUndoStack((stack) => (undoing ? stack.slice(0, -1) : [...stack, boardWords]));
    setWordsMessage(null);
    void saveBoardWords(board, next).then((outcome) => {
      if (outcome.kind === 'failed') setWordsMessage({ kind: 'error', say: (w) => w.teamWords.saveFailed });
      if (outcome.kind === 'newer') setWordsMessage({ kind: 'error', say: (w) => w.teamWords.newer });
    });
  };
  const undoWords = () => {
    const previous = undoStack[undoStack.length - 1];
    if (previous) applyWords(previous, true);
  };

  const chooseColour = (colour: string, sentiment: Sentiment | 'none') => {
    const next: Record<string, Sentiment> = {};
    for (const [name, value] of Object.entries(shownColours))
      if (value && name !== colour) next[name] = value;
    if (sentiment !== 'none') next[colour] = sentiment;
    // The board's colours belong to the team: a change to them is a change of the board's words.
    if (boardWords.colours) {
      applyWords({ ...boardWords, colours: next }, false);
      return;
    }
    setColours(next);
    saveColourMap(next);
    coloursRef.current = next;
    if (scored) void score(true);
  };

  const show = (ids: readonly string[]) => {
    void showItems(board, ids).then((shown) => {
      if (shown.kind === 'failed') setError(boardErrorMessage(shown));
    });
  };

  return (
    <div>
      <p class="muted">{words.score.intro}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void scoreAndFocus()} disabled={busy}>
          {busy ? words.score.scoring : scored ? words.score.rescore : words.score.score}
        </button>
      </div>
      <label class="inline">
        <input type="checkbox" checked={live} onChange={(event) => setLive(event.currentTarget.checked)} />
        {words.score.live}
      </label>
      {busy && <progress aria-label={words.score.scoring} />}
      <RateLimitNotice watch={waits} language={language} />
      <LiveMessage role="alert" tone="error" text={error?.say(words) ?? null} id="score-error" />
      {/* Only the one-line summary is announced when a score arrives, not the whole table. */}
      <LiveMessage
        role="status"
        tone={scored && scored.tally.notes > 0 ? 'ok' : 'plain'}
        text={scored ? scoreSummary(scored, language) : null}
        testId="score-summary"
        id="score-result"
      />
      <details>
        <summary>{words.score.colours}</summary>
        <ul class="colour-map">
          {STICKY_COLOURS.map((colour) => (
            <li key={colour}>
              <label for={`colour-${colour}`}>
                <span class="swatch" aria-hidden="true" style={{ background: STICKY_FILLS[colour] }} />
                {words.stickyColours[colour]}
              </label>
              <select
                id={`colour-${colour}`}
                value={shownColours[colour] ?? 'none'}
                onChange={(event) => chooseColour(colour, event.currentTarget.value as Sentiment | 'none')}
              >
                <option value="none">—</option>
                {SENTIMENTS.map((sentiment) => (
                  <option key={sentiment} value={sentiment}>
                    {words.sentiments[sentiment]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </details>
      {(scored?.snapshot.unreadableMarks?.newer ?? 0) > 0 && (
        <p class="message">{words.errors.newerTemplate}</p>
      )}
      {scored && <TallyView scored={scored} language={language} onShow={show} />}
      {scored && scored.tally.notes > 0 && (
        <EmotionCurveView board={board} scored={scored} language={language} />
      )}
      {scored && (
        <CountMoreView
          suggestions={countSuggestions(scored.snapshot, scored.tally)}
          language={language}
          words={words}
          canUndo={undoStack.length > 0}
          message={wordsMessage}
          onStage={(label, list) => applyWords(withWord(boardWords, list, label), false)}
          onColour={(colour, sentiment) =>
            applyWords(withColour(boardWords, colour, sentiment, shownColours), false)
          }
          onUndo={undoWords}
        />
      )}
      {scored && scored.tally.notes > 0 && (
        <>
          <ResultsOnBoard board={board} scored={scored} language={language} retry={retry} />
          <SavedResults
            board={board}
            language={language}
            scored={scored}
            history={history}
            // A live scoring may have replaced this one while it was being saved: mark only this one.
            onSaved={(savedAt) =>
              onScored((current) => (current === scored ? { ...scored, savedAt } : current))
            }
          />
        </>
      )}
    </div>
  );
}

function TallyView({
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
  const themes = useThemes(tally);
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
            {tally.weakest.slice(0, 5).map((row) => (
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
      <UnassignedView scored={scored} words={words} onShow={onShow} />
      <ConflictsView conflicted={conflictedPlacements(tally)} words={words} onShow={onShow} />
    </div>
  );
}

function CountMoreView({
  suggestions,
  language,
  words,
  canUndo,
  message,
  onStage,
  onColour,
  onUndo,
}: {
  readonly suggestions: CountSuggestions;
  readonly language: Language;
  readonly words: PanelWords;
  readonly canUndo: boolean;
  readonly message: PanelMessage | null;
  readonly onStage: (label: string, list: Phase | 'ignore') => void;
  readonly onColour: (colour: string, sentiment: Sentiment) => void;
  readonly onUndo: () => void;
}) {
  const { stages, colours } = suggestions;
  if (stages.length === 0 && colours.length === 0 && !canUndo && !message) return null;
  const count = (n: number) => `${n} ${plural(language, n, words.notes)}`;
  return (
    <section data-testid="count-more" aria-labelledby="count-more-heading">
      <h2 id="count-more-heading">{words.teamWords.heading}</h2>
      <p class="muted">{words.teamWords.intro}</p>
      <ul class="plain">
        {stages.slice(0, 8).map(({ label, noteIds }) => (
          <li key={`stage-${label}`}>
            <span class="text">{words.teamWords.stage(label, count(noteIds.length))}</span>
            <span class="choices">
              {PHASES.map((phase) => (
                <button
                  key={phase}
                  type="button"
                  class="secondary"
                  aria-label={words.teamWords.countAs(label, words.phases[phase])}
                  onClick={() => onStage(label, phase)}
                >
                  {words.phases[phase]}
                </button>
              ))}
              <button type="button" class="link" onClick={() => onStage(label, 'ignore')}>
                {words.teamWords.ignore(label)}
              </button>
            </span>
          </li>
        ))}
        {colours.slice(0, 8).map(({ colour, noteIds }) => {
          const name = colourName(words, colour);
          return (
            <li key={`colour-${colour}`}>
              <span class="text">{words.teamWords.colour(name, count(noteIds.length))}</span>
              <span class="choices">
                {SENTIMENTS.map((sentiment) => (
                  <button
                    key={sentiment}
                    type="button"
                    class="secondary"
                    aria-label={words.teamWords.colourMeans(name, words.sentiments[sentiment])}
                    onClick={() => onColour(colour, sentiment)}
                  >
                    {words.sentiments[sentiment]}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {canUndo && (
        <button type="button" class="link" onClick={onUndo}>
          {words.teamWords.undo}
        </button>
      )}
      {message && (
        <p class={`message ${message.kind}`} role="status">
          {message.say(words)}
        </p>
      )}
    </section>
  );
}

function colourName(words: PanelWords, colour: string): string {
  return (STICKY_COLOURS as readonly string[]).includes(colour)
    ? words.stickyColours[colour as (typeof STICKY_COLOURS)[number]]
    : colour;
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

function UnassignedView({
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

function ConflictsView({
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

/** The line said when a scoring arrives: notes read and counted, or that there is nothing to score. */
function scoreSummary({ tally }: ScoredBoard, language: Language): string {
  const words = panelWords(language);
  if (tally.notes === 0) return words.errors.nothingToScore;
  const count = (n: number) => `${formatCount(language, n)} ${plural(language, n, words.notes)}`;
  const counted = tally.notes - tally.unassigned.length;
  return `${words.score.read(count(tally.notes))} · ${words.score.counted(count(counted))}`;
}

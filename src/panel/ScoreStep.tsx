// Step 2: score the board, show the tally (weakest first), what was not counted and why. The run
// lives in useScoring, the team's words in useTeamWords; this file lays the step out.
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/model.ts';
import { formatCount, plural } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { showItems } from '../miro/show-items.ts';
import { boardErrorMessage } from './board-errors.ts';
import { ColourMapView } from './ColourMap.tsx';
import { CountMoreView } from './CountMore.tsx';
import { EmotionCurveView } from './EmotionCurve.tsx';
import { LiveMessage } from './LiveMessage.tsx';
import { NotCounted } from './NotCounted.tsx';
import type { PanelStore, ScoredBoard } from './panel-state.ts';
import { curvesOf, MADE_WHEN_READ, notCountedOf, suggestionsOf } from './per-scoring.ts';
import { RateLimitNotice } from './RateLimitNotice.tsx';
import { ResultsOnBoard } from './ResultsOnBoard.tsx';
import { SavedResults } from './SavedResults.tsx';
import { ScoreProgress } from './ScoreProgress.tsx';
import { TallyView } from './TallyView.tsx';
import { useScoring } from './use-scoring.ts';
import { useSettled } from './use-settled.ts';
import { useTeamWords } from './use-team-words.ts';

/** The score step: a Score button, a live toggle, and the result. */
export function ScoreStep({
  board,
  language,
  store,
}: {
  readonly board: BoardApi;
  readonly language: Language;
  /** Where the scoring goes, for the export step too. */
  readonly store: PanelStore;
}) {
  const words = panelWords(language);
  const scoring = useScoring(board, store);
  const teamWords = useTeamWords(board, scoring);
  const { scored, busy, error } = scoring;
  // What is below the table follows a new score a few tasks later, each part worked out in a task
  // of its own (see useSettled), beginning with what the core makes only when first read.
  const later = useSettled(scored, SETTLED_PARTS);
  const suggestions = later && suggestionsOf(later);

  // After Score, the keyboard goes to the result (or the error), not to the page as the button
  // is disabled meanwhile; a live rescoring never moves the focus.
  const [focusAsked, setFocusAsked] = useState(0);
  const scoreAndFocus = async (): Promise<void> => {
    await scoring.score();
    setFocusAsked((asked) => asked + 1);
  };
  useEffect(() => {
    if (focusAsked === 0) return;
    // Once the frame showing the result is drawn: focusing lays the page out, and in the render's
    // own task that added the layout of a large result to it (about 50 ms in one profile).
    const id = error ? 'score-error' : 'score-result';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => document.getElementById(id)?.focus());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [focusAsked]);

  // The first number a language formats sets up its formatter (about 50 ms in Chromium): done
  // when the step shows, not in the render that shows the first tally.
  useEffect(() => void formatCount(language, 0), [language]);

  const show = (ids: readonly string[]) => {
    void showItems(board, ids).then((shown) => {
      if (shown.kind === 'failed') scoring.setError(boardErrorMessage(shown));
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
        <input
          type="checkbox"
          checked={scoring.live}
          onChange={(event) => scoring.setLive(event.currentTarget.checked)}
        />
        {words.score.live}
      </label>
      {busy && <ScoreProgress progress={scoring.progress} label={words.score.scoring} />}
      <RateLimitNotice watch={scoring.waits} language={language} />
      <LiveMessage role="alert" tone="error" text={error?.say(words) ?? null} id="score-error" />
      {/* Only the one-line summary is announced when a score arrives, not the whole table. */}
      <LiveMessage
        role="status"
        tone={scored && scored.tally.notes > 0 ? 'ok' : 'plain'}
        text={scored ? scoreSummary(scored, language) : null}
        testId="score-summary"
        id="score-result"
      />
      <ColourMapView colours={teamWords.colours} words={words} onChoose={teamWords.chooseColour} />
      {(scored?.snapshot.unreadableMarks?.newer ?? 0) > 0 && (
        <p class="message">{words.errors.newerTemplate}</p>
      )}
      {scored && <TallyView scored={scored} language={language} onShow={show} />}
      {later && later.tally.notes > 0 && (
        <>
          <NotCounted tally={later.tally} language={language} onShow={show} />
          <EmotionCurveView board={board} scored={later} language={language} />
        </>
      )}
      {suggestions && (
        <CountMoreView
          suggestions={suggestions}
          language={language}
          words={words}
          canUndo={teamWords.canUndo}
          message={teamWords.message}
          onStage={teamWords.countStage}
          onColour={teamWords.colourMeans}
          onUndo={teamWords.undo}
        />
      )}
      {later && later.tally.notes > 0 && (
        <>
          <ResultsOnBoard board={board} scored={later} language={language} retry={scoring.retry} />
          <SavedResults
            board={board}
            language={language}
            scored={later}
            history={scoring.history}
            // A live scoring may have replaced this one while it was being saved: mark only this one.
            onSaved={(savedAt) => scoring.markSaved(later, savedAt)}
          />
        </>
      )}
    </div>
  );
}

const SETTLED_PARTS: readonly ((scored: ScoredBoard | null) => unknown)[] = [
  ...MADE_WHEN_READ.map((part) => (scored: ScoredBoard | null) => scored && part(scored)),
  (scored) => scored && notCountedOf(scored.tally),
  (scored) => scored && curvesOf(scored.tally),
  (scored) => scored && suggestionsOf(scored),
];

/** The line said when a scoring arrives: notes read and counted, or that there is nothing to score. */
function scoreSummary({ tally }: ScoredBoard, language: Language): string {
  const words = panelWords(language);
  if (tally.notes === 0) return words.errors.nothingToScore;
  const count = (n: number) => `${formatCount(language, n)} ${plural(language, n, words.notes)}`;
  const counted = tally.notes - tally.unassigned.length;
  return `${words.score.read(count(tally.notes))} · ${words.score.counted(count(counted))}`;
}

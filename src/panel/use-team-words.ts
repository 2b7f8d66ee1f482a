// The team's own words chosen in the score step ("count «Awareness» as before purchase", "yellow
// means neutral", a colour in the colour list): each counts at once (the board read last is
// tallied again), is saved as the board's words, and Undo takes the last one back.
import { useState } from 'preact/hooks';
import { chooseColour, coloursInForce } from '../core/colour-choice.ts';
import type { ColourMap, Phase, Sentiment } from '../core/model.ts';
import { NO_TEAM_WORDS, type TeamWords, withColour, withWord } from '../core/team-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { saveBoardWords } from '../miro/board-words.ts';
import type { PanelMessage } from './board-errors.ts';
import type { Scoring } from './use-scoring.ts';

/** The team's words as the score step offers them. */
export interface TeamWordsChoices {
  /** The colours in force: the board's own when its words have some, else the panel's. */
  readonly colours: ColourMap;
  readonly canUndo: boolean;
  /** Why the words could not be saved, if they could not. */
  readonly message: PanelMessage | null;
  readonly countStage: (label: string, list: Phase | 'ignore') => void;
  readonly colourMeans: (colour: string, sentiment: Sentiment) => void;
  /** A choice in the colour list: the board's words when they have colours, else the panel's map. */
  readonly chooseColour: (colour: string, sentiment: Sentiment | 'none') => void;
  readonly undo: () => void;
}

/** The choices of the team's words for the board `scoring` read last. */
export function useTeamWords(board: BoardApi, scoring: Scoring): TeamWordsChoices {
  const words = scoring.scored?.snapshot.words ?? NO_TEAM_WORDS;
  // The words before each choice made here, for Undo.
  const [undoStack, setUndoStack] = useState<readonly TeamWords[]>([]);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const colours = coloursInForce(words, scoring.panelColours);

  const apply = (next: TeamWords, undoing: boolean) => {
    if (!scoring.scored) return;
    scoring.retally(next);
    setUndoStack((stack) => (undoing ? stack.slice(0, -1) : [...stack, words]));
    setMessage(null);
    void saveBoardWords(board, next).then((outcome) => {
      if (outcome.kind === 'failed') setMessage({ kind: 'error', say: (w) => w.teamWords.saveFailed });
      if (outcome.kind === 'newer') setMessage({ kind: 'error', say: (w) => w.teamWords.newer });
    });
  };

  return {
    colours,
    canUndo: undoStack.length > 0,
    message,
    countStage: (label, list) => apply(withWord(words, list, label), false),
    colourMeans: (colour, sentiment) => apply(withColour(words, colour, sentiment, colours), false),
    chooseColour(colour, sentiment) {
      const choice = chooseColour(words, scoring.panelColours, colour, sentiment);
      if (choice.kind === 'board') apply(choice.words, false);
      else scoring.setPanelColours(choice.colours);
    },
    undo() {
      const previous = undoStack[undoStack.length - 1];
      if (previous) apply(previous, true);
    },
  };
}

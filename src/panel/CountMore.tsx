// "Count more notes": from what could not be counted, one click per label holding notes outside
// every phase and per colour of notes without a sentiment; Undo takes the last choice back.
import type { CountSuggestions } from '../core/count-suggestions.ts';
import {
  type Language,
  PHASES,
  type Phase,
  SENTIMENTS,
  type Sentiment,
  STICKY_COLOURS,
} from '../core/model.ts';
import { plural } from '../i18n/language.ts';
import type { PanelWords } from '../i18n/panel-words.ts';
import type { PanelMessage } from './board-errors.ts';

/** The suggestions, their buttons, Undo and a message. */
export function CountMoreView({
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

// Which sticky colour means which sentiment: a list of Miro's colours, each with a swatch and a
// choice of sentiment (or none).
import { type ColourMap, SENTIMENTS, type Sentiment, STICKY_COLOURS, STICKY_FILLS } from '../core/model.ts';
import type { PanelWords } from '../i18n/panel-words.ts';

/** The colour list, folded away under "Colours". */
export function ColourMapView({
  colours,
  words,
  onChoose,
}: {
  /** The colours in force. */
  readonly colours: ColourMap;
  readonly words: PanelWords;
  readonly onChoose: (colour: string, sentiment: Sentiment | 'none') => void;
}) {
  return (
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
              value={colours[colour] ?? 'none'}
              onChange={(event) => onChoose(colour, event.currentTarget.value as Sentiment | 'none')}
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
  );
}

// The `--colours` option: which sticky colours mean which sentiment, replacing the default map.
import { type ColourMap, SENTIMENTS, type Sentiment, STICKY_COLOURS } from '../core/model.ts';

// A name outside the sticky note palette is a typo, not a colour.
const COLOUR_NAMES: readonly string[] = STICKY_COLOURS;
const SENTIMENT_NAMES: readonly string[] = SENTIMENTS;

/** The colour map an option gives, or a message saying what is wrong; e.g. `'green=positive,red=negative'` → `{ green: 'positive', red: 'negative' }`. */
export function parseColourOption(
  option: string,
):
  | { readonly kind: 'colours'; readonly colours: ColourMap }
  | { readonly kind: 'error'; readonly message: string } {
  const colours: Record<string, Sentiment> = {};
  const entries = option.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => entry === '')) {
    return {
      kind: 'error',
      message: '--colours is empty; write it as colour=sentiment pairs, e.g. green=positive,red=negative.',
    };
  }
  for (const entry of entries) {
    if (entry === '') continue;
    const [colour = '', sentiment = '', ...rest] = entry.split('=').map((part) => part.trim().toLowerCase());
    if (rest.length > 0 || colour === '' || sentiment === '') {
      return {
        kind: 'error',
        message: `--colours: "${entry}" is not colour=sentiment, e.g. green=positive.`,
      };
    }
    if (!COLOUR_NAMES.includes(colour)) {
      return {
        kind: 'error',
        message: `--colours: "${colour}" is not a sticky note colour (${COLOUR_NAMES.join(', ')}).`,
      };
    }
    if (!SENTIMENT_NAMES.includes(sentiment)) {
      return {
        kind: 'error',
        message: `--colours: "${sentiment}" is not a sentiment (positive, neutral or negative).`,
      };
    }
    const known = colours[colour];
    if (known !== undefined && known !== sentiment) {
      return {
        kind: 'error',
        message: `--colours gives ${colour} two sentiments (${known} and ${sentiment}).`,
      };
    }
    colours[colour] = sentiment as Sentiment;
  }
  return { kind: 'colours', colours };
}

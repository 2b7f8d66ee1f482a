// docs/scoring.md step 5: the sentiment of a counted note, from its signals in order (the zone it
// lies in, its tags, a marker at the start of its text, its colour), and the lower signals that
// disagree with the one that decided.
import { markedSentiment, tagSentiment } from './labels.ts';
import {
  type ColourMap,
  SENTIMENT_SIGNALS,
  SENTIMENTS,
  type Sentiment,
  type SentimentSignal,
} from './model.ts';
import type { Note } from './snapshot.ts';
import type { TeamWords } from './team-words.ts';
import { unreachable } from './unreachable.ts';

/** A lower signal that answered differently from the one that decided; e.g. a note in the negative zone coloured green. */
export interface Conflict {
  readonly signal: SentimentSignal;
  readonly sentiment: Sentiment;
}

/** The sentiment a note's signals decide, with the signal that decided and the lower ones that disagree. */
export interface Decided {
  readonly signal: SentimentSignal;
  readonly sentiment: Sentiment;
  readonly conflicts: readonly Conflict[];
}

/** Reads the signals of the notes of one board: tag titles and colours are read once each, not once per note. */
export interface SentimentReader {
  /** The sentiment of a note (its text, colour and tags) in the smallest zone `zone` (null when in none); null when no signal answers. */
  decide(
    text: Note['text'],
    colour: Note['colour'],
    tags: Note['tags'],
    zone: Sentiment | null,
  ): Decided | null;
}

/** A reader for one board's team words and colour map in force. */
export function sentimentReader(words: TeamWords, colours: ColourMap): SentimentReader {
  const tagSentiments = new Map<string, Sentiment | null>();
  const ofTag = (title: string): Sentiment | null => {
    let sentiment = tagSentiments.get(title);
    if (sentiment === undefined) {
      sentiment = tagSentiment(title, words);
      tagSentiments.set(title, sentiment);
    }
    return sentiment;
  };
  // Own keys only: a board colour named "constructor" must not reach Object.prototype.
  const ofColour = new Map<string, Sentiment>();
  for (const colour of Object.keys(colours)) {
    const sentiment = colours[colour];
    if (sentiment !== undefined) ofColour.set(colour, sentiment);
  }

  // How one signal answers for a note, or null when it gives no answer.
  const answer = (
    signal: SentimentSignal,
    text: string,
    colour: string | null,
    tags: readonly string[],
    zone: Sentiment | null,
  ): Sentiment | null => {
    switch (signal) {
      case 'zone':
        return zone;
      case 'tag':
        return tags.length === 0 ? null : tagsSentiment(tags, ofTag);
      case 'marker':
        return markedSentiment(text);
      case 'colour':
        return colour === null ? null : (ofColour.get(colour) ?? null);
      default:
        return unreachable(signal);
    }
  };

  // A note's decision follows from what its four signals said: decided once for each such
  // combination (at most 4⁴), so deciding a note makes nothing.
  const decisions = new Map<number, Decided | null>();
  return {
    decide(text, colour, tags, zone) {
      let said = 0;
      for (let index = SENTIMENT_SIGNALS.length - 1; index >= 0; index--) {
        const sentiment = answer(SENTIMENT_SIGNALS[index] as SentimentSignal, text, colour, tags, zone);
        said = said * 4 + (sentiment === null ? 0 : SENTIMENTS.indexOf(sentiment) + 1);
      }
      let decided = decisions.get(said);
      if (decided === undefined) {
        decided = decisionOf(said);
        decisions.set(said, decided);
      }
      return decided;
    },
  };
}

// The first signal that answers decides; every later one that answers differently is a conflict,
// in signal order. `said` holds each signal's answer in signal order, two bits each (0: none).
function decisionOf(said: number): Decided | null {
  let signal: SentimentSignal | null = null;
  let sentiment: Sentiment | null = null;
  const conflicts: Conflict[] = [];
  for (let index = 0; index < SENTIMENT_SIGNALS.length; index++) {
    const answer = SENTIMENTS[((said >> (2 * index)) & 3) - 1];
    if (answer === undefined) continue;
    const next = SENTIMENT_SIGNALS[index] as SentimentSignal;
    if (sentiment === null) {
      signal = next;
      sentiment = answer;
    } else if (answer !== sentiment) conflicts.push({ signal: next, sentiment: answer });
  }
  if (signal === null || sentiment === null) return null;
  return { signal, sentiment, conflicts: conflicts.length > 0 ? conflicts : NO_CONFLICTS };
}

const NO_CONFLICTS: readonly Conflict[] = [];

// Tags naming two different sentiments give no answer; tags naming none are not counted against.
function tagsSentiment(
  tags: readonly string[],
  tagSentiment: (title: string) => Sentiment | null,
): Sentiment | null {
  let found: Sentiment | null = null;
  for (let index = 0; index < tags.length; index++) {
    const sentiment = tagSentiment(tags[index] as string);
    if (sentiment === null) continue;
    if (found !== null && found !== sentiment) return null;
    found = sentiment;
  }
  return found;
}

import { describe, expect, it } from 'vitest';
import {
  labelCore,
  labelMeaning,
  markedSentiment,
  namedPhase,
  namedSentiment,
  names,
  normaliseLabel,
  PHASE_WORDS,
  SENTIMENT_WORDS,
  tagSentiment,
} from '../../src/core/labels.ts';
import { readTeamWords, type TeamWords } from '../../src/core/team-words.ts';

describe('normaliseLabel and labelCore', () => {
  it('lowercases and removes a leading step number followed by . or ) and a space', () => {
    expect(normaliseLabel('1. Before purchase')).toBe('before purchase');
    expect(normaliseLabel('2) Zakup')).toBe('zakup');
    expect(normaliseLabel('ДО ПОКУПКИ')).toBe('до покупки');
    expect(normaliseLabel('10. After')).toBe('after');
    expect(normaliseLabel('3.   Zakup')).toBe('zakup');
    expect(normaliseLabel('2)\tAfter')).toBe('after');
  });

  it('keeps a number that is not a step number', () => {
    expect(normaliseLabel('1.Before')).toBe('1.before');
    expect(normaliseLabel('24/7 support')).toBe('24/7 support');
    expect(normaliseLabel('Top 3. Complaints')).toBe('top 3. complaints');
    expect(normaliseLabel('1. Step 2) Zakup')).toBe('step 2) zakup');
  });

  it('strips non-alphanumerics at both ends for the core, or keeps the label when nothing would remain', () => {
    expect(labelCore('➕ plusy')).toBe('plusy');
    expect(labelCore('«before purchase»!')).toBe('before purchase');
    expect(labelCore('(+)')).toBe('(+)');
    expect(labelCore('-')).toBe('-');
    expect(labelCore('plusy!')).toBe('plusy');
    expect(labelCore('plusy 👍')).toBe('plusy');
    expect(labelCore('👍 😊')).toBe('👍 😊');
  });

  it('keeps a letter outside the Basic Multilingual Plane whole at either end of the core', () => {
    // U+20000 and U+203FF (CJK, the lowest and highest low surrogates), U+10000 (Linear B, the lowest
    // high surrogate), U+1D7CF (mathematical digit one).
    for (const letter of ['\u{20000}', '\u{203FF}', '\u{10000}', '\u{1D7CF}']) {
      expect(labelCore(letter), letter).toBe(letter);
      expect(labelCore(`«${letter}»`), letter).toBe(letter);
      expect(labelCore(`👍 ${letter}${letter} 👍`), letter).toBe(`${letter}${letter}`);
      expect(labelCore(`plusy ${letter}`), letter).toBe(`plusy ${letter}`);
    }
  });
});

describe('names', () => {
  it('matches docs/scoring.md examples', () => {
    expect(names('Before purchase: awareness', 'before purchase')).toBe(true);
    expect(names('Before — awareness', 'before')).toBe(true);
    expect(names('1. Before purchase', 'before purchase')).toBe(true);
    expect(names('➕ Plusy', 'plusy')).toBe(true);
  });

  it('accepts the separators directly or after spaces, and a dash only after a space', () => {
    expect(names('Before: awareness', 'before')).toBe(true);
    expect(names('Before  (awareness)', 'before')).toBe(true);
    expect(names('Before/Awareness', 'before')).toBe(true);
    expect(names('Before, awareness', 'before')).toBe(true);
    expect(names('Before - awareness', 'before')).toBe(true);
    expect(names('Before – awareness', 'before')).toBe(true);
    expect(names('Before-awareness', 'before')).toBe(false);
    expect(names('Before awareness', 'before')).toBe(false);
    expect(names('Beforehand', 'before')).toBe(false);
  });

  it('does not name a phase in "After-sales support" or "Purchase history"', () => {
    expect(namedPhase('After-sales support')).toBeNull();
    expect(namedPhase('Purchase history')).toBeNull();
    // A separator later in the label does not make the word before it a phase name.
    expect(namedPhase('After-sales support, returns')).toBeNull();
    expect(namedPhase('Purchase history (online)')).toBeNull();
    expect(namedSentiment('Plus-size range: fit')).toBeNull();
  });
});

describe('namedPhase', () => {
  it('recognises every phase word in English, Russian and Polish', () => {
    for (const [phase, words] of Object.entries(PHASE_WORDS)) {
      for (const word of words) expect(namedPhase(word.toUpperCase()), word).toBe(phase);
    }
  });

  it('reads real labels', () => {
    expect(namedPhase('2) During purchase')).toBe('during');
    expect(namedPhase('Purchase (online)')).toBe('during');
    expect(namedPhase('Post-purchase')).toBe('after');
    expect(namedPhase('Перед покупкой: поиск')).toBe('before');
    expect(namedPhase('Po zakupie — reklamacje')).toBe('after');
    expect(namedPhase('W trakcie zakupu')).toBe('during');
    expect(namedPhase('Website')).toBeNull();
    expect(namedPhase('')).toBeNull();
  });
});

describe('namedSentiment', () => {
  it('recognises every sentiment word', () => {
    for (const [sentiment, words] of Object.entries(SENTIMENT_WORDS)) {
      for (const word of words) expect(namedSentiment(word), word).toBe(sentiment);
    }
  });

  it('reads zone labels with decoration', () => {
    expect(namedSentiment('(+) Positive')).toBe('positive');
    expect(namedSentiment('👍 Pros')).toBe('positive');
    expect(namedSentiment('Минусы:')).toBe('negative');
    expect(namedSentiment('Neutralne')).toBe('neutral');
    expect(namedSentiment('+/-')).toBe('positive');
    expect(namedSentiment('Plusy i minusy')).toBeNull();
    expect(namedSentiment('Pricing')).toBeNull();
    expect(namedSentiment('1.  (+)')).toBe('positive');
  });
});

describe('markedSentiment', () => {
  it('reads each marker at the very start of the text', () => {
    for (const marker of ['+', '(+)', '👍', '✅', '😊', '🙂'])
      expect(markedSentiment(`${marker}x`)).toBe('positive');
    for (const marker of ['-', '−', '–', '(-)', '👎', '❌', '😞', '🙁'])
      expect(markedSentiment(`${marker} x`)).toBe('negative');
    for (const marker of ['=', '~', '(=)', '😐']) expect(markedSentiment(`${marker} x`)).toBe('neutral');
  });

  it('takes the longest marker that matches', () => {
    expect(markedSentiment('(-) slow')).toBe('negative');
    expect(markedSentiment('(=) fine')).toBe('neutral');
    expect(markedSentiment('👍🏻 nice')).toBe('positive');
  });

  it('gives no answer for a marker elsewhere or an unlisted sign', () => {
    expect(markedSentiment('Fast +')).toBeNull();
    expect(markedSentiment('— em dash is not a marker')).toBeNull();
    expect(markedSentiment('(5) items')).toBeNull();
    for (const text of ['', 'undefined', 'Slow checkout', '5 stars', '[+] x'])
      expect(markedSentiment(text), text).toBeNull();
  });
});

describe("the team's words with punctuation of their own", () => {
  const words = ((): TeamWords => {
    const reading = readTeamWords({ positive: ['Wow!', '+1'], ignore: ['(parking lot)'] }, '"words"');
    if (reading.kind !== 'words') throw new Error(reading.message);
    return reading.words;
  })();

  it('names a word whose punctuation is part of it, written exactly so', () => {
    expect(labelMeaning('WOW!', words)).toEqual({ kind: 'sentiment', sentiment: 'positive' });
    expect(labelMeaning('+1', words)).toEqual({ kind: 'sentiment', sentiment: 'positive' });
    expect(labelMeaning('(Parking lot)', words)).toEqual({ kind: 'ignore' });
    expect(tagSentiment('Wow!', words)).toBe('positive');
    expect(tagSentiment('+1', words)).toBe('positive');
    expect(labelMeaning('Wow', words)).toEqual({ kind: 'none' });
  });
});

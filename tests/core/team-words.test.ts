import { describe, expect, it } from 'vitest';
import {
  coloursInForce,
  combineTeamWords,
  hasTeamWords,
  NO_TEAM_WORDS,
  normaliseWord,
  readTeamWords,
  type TeamWords,
} from '../../src/core/team-words.ts';

const read = (value: unknown): TeamWords => {
  const reading = readTeamWords(value, '"words"');
  if (reading.kind !== 'words') throw new Error(reading.message);
  return reading.words;
};

describe('normaliseWord', () => {
  it('lowercases, collapses and trims whitespace and removes one leading step number, as a label is normalised', () => {
    expect(normaliseWord('  1.   Buy \t online ')).toBe('buy online');
    expect(normaliseWord('2) ZAKUP')).toBe('zakup');
    expect(normaliseWord('1.Before')).toBe('1.before');
    expect(normaliseWord('1. 2. Discover')).toBe('2. discover');
  });
});

describe('readTeamWords', () => {
  it('normalises every list, drops repeats and empty words, and leaves colours null when not given', () => {
    const words = read({ before: ['Discover', ' discover ', '', '1. DISCOVER'], ignore: ['Parking lot'] });
    expect(words.lists.before).toEqual(['discover']);
    expect(words.lists.ignore).toEqual(['parking lot']);
    expect(words.lists.after).toEqual([]);
    expect(words.colours).toBeNull();
    expect(hasTeamWords(words)).toBe(true);
    expect(hasTeamWords(read({}))).toBe(false);
  });

  it('keeps the colour map as given, an empty one included', () => {
    expect(read({ colours: { yellow: 'neutral', orange: 'negative' } }).colours).toEqual({
      yellow: 'neutral',
      orange: 'negative',
    });
    expect(read({ colours: {} }).colours).toEqual({});
    expect(hasTeamWords(read({ colours: {} }))).toBe(true);
  });

  it('says in one line which part is wrong, naming where the words came from', () => {
    const message = (value: unknown): string => {
      const reading = readTeamWords(value, 'The board\'s "words"');
      return reading.kind === 'invalid' ? reading.message : '';
    };
    expect(message([])).toBe(
      'The board\'s "words" must be an object of word lists, e.g. { "before": ["Discover"] }.',
    );
    expect(message({ neutral: [1] })).toBe(
      'The board\'s "words": "neutral" must be a list of strings, e.g. ["Discover"].',
    );
    expect(message({ colours: { 'pur\nple': 'neutral' } })).toMatch(
      /^The board's "words": "colours" names "pur\\nple", which is not a sticky note colour \(gray, light_yellow, .*\)\.$/,
    );
    expect(message({ colours: { red: 'Negative' } })).toBe(
      'The board\'s "words": "colours" gives red "Negative", which is not a sentiment (positive, neutral or negative).',
    );
    // A board colour named like an Object property is no colour either.
    expect(message(JSON.parse('{ "colours": { "__proto__": "neutral" } }'))).toMatch(/names "__proto__"/);
  });
});

describe('combineTeamWords', () => {
  it("joins each list without repeats and lets the added words' colours replace the board's", () => {
    const board = read({ before: ['Discover'], ignore: ['Legend'], colours: { yellow: 'neutral' } });
    const added = read({ before: ['discover', 'Explore'], colours: { orange: 'negative' } });
    const combined = combineTeamWords(board, added);
    expect(combined.lists.before).toEqual(['discover', 'explore']);
    expect(combined.lists.ignore).toEqual(['legend']);
    expect(combined.colours).toEqual({ orange: 'negative' });
    expect(combineTeamWords(board, read({ after: ['Use'] })).colours).toEqual({ yellow: 'neutral' });
  });

  it('does not normalise twice: a word that keeps a step number after normalising stays as it is', () => {
    const board = read({ before: ['1. 2. Discover'] });
    expect(combineTeamWords(board, NO_TEAM_WORDS).lists.before).toEqual(['2. discover']);
  });
});

describe('coloursInForce', () => {
  it('takes the command line colours first, then the team colours, then the default map', () => {
    const team = read({ colours: { yellow: 'neutral' } });
    expect(coloursInForce(team, { red: 'positive' })).toEqual({ red: 'positive' });
    expect(coloursInForce(team)).toEqual({ yellow: 'neutral' });
    expect(coloursInForce(NO_TEAM_WORDS)).toMatchObject({
      green: 'positive',
      red: 'negative',
      gray: 'neutral',
    });
  });
});

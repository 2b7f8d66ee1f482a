import { describe, expect, it } from 'vitest';
import { parseColourOption } from '../../src/cli/colour-option.ts';

describe('parseColourOption', () => {
  it('reads colour=sentiment pairs, ignoring spaces, case and empty entries', () => {
    expect(parseColourOption('green=positive, RED = negative,,gray=neutral')).toEqual({
      kind: 'colours',
      colours: { green: 'positive', red: 'negative', gray: 'neutral' },
    });
  });

  it.each([
    ['', /is empty/],
    ['green', /"green" is not colour=sentiment/],
    ['green=positive=x', /not colour=sentiment/],
    ['teal=positive', /"teal" is not a sticky note colour/],
    ['green=happy', /"happy" is not a sentiment/],
    ['green=positive,green=negative', /gives green two sentiments/],
  ])('rejects %j with a message', (option, message) => {
    const reading = parseColourOption(option);
    expect(reading.kind).toBe('error');
    if (reading.kind === 'error') expect(reading.message).toMatch(message);
  });
});

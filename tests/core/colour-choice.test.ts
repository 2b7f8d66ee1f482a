import { describe, expect, it } from 'vitest';
import { chooseColour, coloursInForce, recolour } from '../../src/core/colour-choice.ts';
import { NO_TEAM_WORDS } from '../../src/core/team-words.ts';

describe('choosing what a colour means', () => {
  const mine = { green: 'positive', red: 'negative' } as const;

  it('gives a colour a sentiment, takes it away with none, and leaves the other colours alone', () => {
    expect(recolour(mine, 'yellow', 'neutral')).toEqual({
      green: 'positive',
      red: 'negative',
      yellow: 'neutral',
    });
    expect(recolour(mine, 'green', 'negative')).toEqual({ green: 'negative', red: 'negative' });
    expect(recolour(mine, 'red', 'none')).toEqual({ green: 'positive' });
  });

  it("changes the panel's own map while the board has no colours of its own", () => {
    expect(chooseColour(NO_TEAM_WORDS, mine, 'yellow', 'neutral')).toEqual({
      kind: 'panel',
      colours: { green: 'positive', red: 'negative', yellow: 'neutral' },
    });
    expect(coloursInForce(NO_TEAM_WORDS, mine)).toBe(mine);
  });

  it("changes the board's words once the team has colours there: they belong to the team", () => {
    const words = { ...NO_TEAM_WORDS, colours: { blue: 'positive' } } as const;
    expect(coloursInForce(words, mine)).toEqual({ blue: 'positive' });
    expect(chooseColour(words, mine, 'yellow', 'neutral')).toEqual({
      kind: 'board',
      words: { ...words, colours: { blue: 'positive', yellow: 'neutral' } },
    });
  });
});

// Choosing what a sticky colour means, in the score step's colour list. The board's colours, once
// the team has set some, belong to the team: a choice changes the board's words. Until then the
// panel keeps its own colour map (remembered per browser).
import type { ColourMap, Sentiment } from './model.ts';
import type { TeamWords } from './team-words.ts';

/** Where a colour choice goes: the board's words, or the panel's own colour map. */
export type ColourChoice =
  | { readonly kind: 'board'; readonly words: TeamWords }
  | { readonly kind: 'panel'; readonly colours: ColourMap };

/** The colours in force: the board's when its words have some, else the panel's. */
export function coloursInForce(words: TeamWords, panelColours: ColourMap): ColourMap {
  return words.colours ?? panelColours;
}

/** The map with `colour` meaning `sentiment`, or nothing at all (`'none'`); the other colours keep theirs. */
export function recolour(colours: ColourMap, colour: string, sentiment: Sentiment | 'none'): ColourMap {
  const next: Record<string, Sentiment> = {};
  for (const [name, value] of Object.entries(colours)) if (value && name !== colour) next[name] = value;
  if (sentiment !== 'none') next[colour] = sentiment;
  return next;
}

/** A choice in the colour list, e.g. `chooseColour(words, mine, 'yellow', 'neutral')`. */
export function chooseColour(
  words: TeamWords,
  panelColours: ColourMap,
  colour: string,
  sentiment: Sentiment | 'none',
): ColourChoice {
  const colours = recolour(coloursInForce(words, panelColours), colour, sentiment);
  return words.colours ? { kind: 'board', words: { ...words, colours } } : { kind: 'panel', colours };
}

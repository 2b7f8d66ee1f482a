// The touchpoint map's vocabulary: plain, readonly data shared by every layer.
// Nothing here knows about Miro, the DOM or the clock.

/** The languages in the order the switch offers them: a new language is one entry here, and the compiler then asks for its words. */
export const LANGUAGES = ['en', 'ru', 'pl'] as const;

/** A language the app writes in (panel, board labels, CSV), e.g. `'pl'` for Polish. */
export type Language = (typeof LANGUAGES)[number];

/** A stage of the customer journey, e.g. `'before'` for "before purchase". */
export type Phase = 'before' | 'during' | 'after';

/** The three phases in journey order. */
export const PHASES: readonly Phase[] = ['before', 'during', 'after'];

/** A customer's reaction written on a sticky note, e.g. `'negative'` for "delivery was late". */
export type Sentiment = 'positive' | 'neutral' | 'negative';

/** The three sentiments in the order they are shown and exported. */
export const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

/** Why a sticky note could not be counted, e.g. `'no-phase'` when it lies outside every phase. */
export type UnassignedReason = 'empty' | 'no-phase' | 'ambiguous' | 'no-touchpoint' | 'no-sentiment';

/** The unassigned reasons in the order the panel lists them. */
export const UNASSIGNED_REASONS: readonly UnassignedReason[] = [
  'empty',
  'no-phase',
  'ambiguous',
  'no-touchpoint',
  'no-sentiment',
];

/**
 * The sentiment signals in the order scoring consults them, strongest first: the note's zone, its
 * tags, a marker in its text, its colour. The first that answers decides; later ones may conflict.
 */
export const SENTIMENT_SIGNALS = ['zone', 'tag', 'marker', 'colour'] as const;

/** What decided a note's sentiment, e.g. `'marker'` for a note whose text starts with "+". */
export type SentimentSignal = (typeof SENTIMENT_SIGNALS)[number];

/** The kind of touchpoint, e.g. `'digital'` for a website. */
export type TouchpointType = 'physical' | 'digital' | 'human';
export const TOUCHPOINT_TYPES: readonly TouchpointType[] = ['physical', 'digital', 'human'];

/** The optional details shown under a touchpoint row's name, in the order they are shown. */
export const TOUCHPOINT_DETAILS = ['channels', 'owner', 'targetAction'] as const;
/** One of the optional details, e.g. `'owner'`. */
export type TouchpointDetail = (typeof TOUCHPOINT_DETAILS)[number];

/** The 16 sticky note colours of the Web SDK, in Miro's palette order. */
export const STICKY_COLOURS = [
  'gray',
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'black',
] as const;

/** A sticky note colour, e.g. `'light_green'`. */
export type StickyColour = (typeof STICKY_COLOURS)[number];

/** How Miro draws each sticky note colour, e.g. `'#d5f692'` for `light_green`: the panel's swatches and the playground's notes. */
export const STICKY_FILLS: Readonly<Record<StickyColour, string>> = {
  gray: '#e6e6e6',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#1a1a1a',
};

/** Which sticky colour means which sentiment, e.g. `{ green: 'positive', red: 'negative' }`. */
export type ColourMap = Readonly<Partial<Record<string, Sentiment>>>;

/** docs/scoring.md's default colour map. */
export const DEFAULT_COLOUR_MAP: ColourMap = {
  light_green: 'positive',
  green: 'positive',
  dark_green: 'positive',
  light_pink: 'negative',
  pink: 'negative',
  red: 'negative',
  gray: 'neutral',
};

/** An axis-aligned rectangle in board coordinates (y grows downwards). */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The rectangle an item covers from its centre and size, as the board places items, e.g. `{ x: 0, y: 0, width: 10, height: 4 }` → left −5, top −2, right 5, bottom 2. */
export function rectOf(item: {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}): Rect {
  return {
    left: item.x - item.width / 2,
    top: item.y - item.height / 2,
    right: item.x + item.width / 2,
    bottom: item.y + item.height / 2,
  };
}

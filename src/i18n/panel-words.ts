// Every word the panel shows, one file per language. The `PanelWords` type makes a missing
// translation a compile error. Each language is its own chunk: the panel loads the one it shows
// before showing it, so the words of the other languages stay out of the first load.
import type {
  Language,
  Phase,
  Sentiment,
  SentimentSignal,
  StickyColour,
  TouchpointType,
  UnassignedReason,
} from '../core/model.ts';
import type { PluralForms } from './language.ts';

/** The panel's words in one language. */
export interface PanelWords {
  readonly appName: string;
  readonly language: string;
  readonly steps: { readonly template: string; readonly score: string; readonly export: string };
  readonly phases: Readonly<Record<Phase, string>>;
  readonly sentiments: Readonly<Record<Sentiment, string>>;
  readonly touchpointTypes: Readonly<Record<TouchpointType, string>>;
  /** Miro's sticky note colours by their SDK names, for the colour map. */
  readonly stickyColours: Readonly<Record<StickyColour, string>>;
  readonly reasons: Readonly<Record<UnassignedReason, string>>;
  readonly reasonHelp: Readonly<Record<UnassignedReason, string>>;
  readonly notes: PluralForms;
  readonly items: PluralForms;
  readonly frames: PluralForms;
  readonly touchpoints: PluralForms;
  readonly template: {
    readonly intro: string;
    readonly mapName: string;
    readonly labelsLanguage: string;
    readonly catalogue: string;
    readonly phasesOf: (touchpoint: string) => string;
    readonly custom: string;
    readonly customName: string;
    readonly customType: string;
    readonly customAdd: string;
    readonly details: string;
    readonly channels: string;
    readonly owner: string;
    readonly targetAction: string;
    readonly remove: string;
    readonly preview: (frames: string, items: string, width: number, height: number) => string;
    readonly insert: string;
    /** A link at the top of the step that takes the keyboard straight to the Insert button. */
    readonly skipToInsert: string;
    readonly inserting: string;
    readonly cancel: string;
    readonly inserted: (map: string) => string;
    readonly rolledBack: string;
    /** The template stopped with `created` of its `total` items on the board. */
    readonly keptPartial: (created: number, total: number) => string;
    readonly onFailure: string;
    readonly onFailureRollback: string;
    readonly onFailureKeep: string;
    readonly resume: string;
    readonly discard: string;
    readonly discarding: string;
    /** `count` items could not be removed from the board. */
    readonly leftovers: (count: number) => string;
    readonly finishedWithWarnings: string;
  };
  /** Telling the app the team's own words, from what could not be counted. */
  readonly teamWords: {
    readonly heading: string;
    readonly intro: string;
    /** e.g. `('Awareness', '4 notes')` → `'«Awareness» holds 4 notes outside any phase. Count it as:'`. */
    readonly stage: (label: string, notes: string) => string;
    /** The accessible name of a phase button, e.g. `'Count «Awareness» as Before purchase'`. */
    readonly countAs: (label: string, phase: string) => string;
    readonly ignore: (label: string) => string;
    /** e.g. `('Yellow', '5 notes')` → `'Yellow: 5 notes without a sentiment. Yellow means:'`. */
    readonly colour: (colour: string, notes: string) => string;
    /** The accessible name of a sentiment button, e.g. `'Yellow means Neutral'`. */
    readonly colourMeans: (colour: string, sentiment: string) => string;
    readonly undo: string;
    readonly saveFailed: string;
    readonly newer: string;
  };
  readonly score: {
    readonly intro: string;
    readonly score: string;
    readonly rescore: string;
    readonly scoring: string;
    readonly live: string;
    readonly read: (notes: string) => string;
    readonly counted: (counted: string) => string;
    readonly totals: string;
    readonly weakest: string;
    readonly weakestRule: string;
    readonly rows: string;
    readonly touchpoint: string;
    readonly net: string;
    readonly unassigned: string;
    readonly conflicts: string;
    /** A conflicted note's line: the sentiment it was counted as, the signal that decided, the others (`'marker (negative)'`). */
    readonly conflictText: (sentiment: string, decidedBy: string, others: string) => string;
    /** A sentiment as one note's reaction (singular), e.g. in the conflict line. */
    readonly noteSentiments: Readonly<Record<Sentiment, string>>;
    readonly show: string;
    /** The button under a long list of notes that shows the next ones, e.g. 'Show 50 more'. */
    readonly showMore: (count: string) => string;
    readonly noNotes: string;
    readonly signals: Readonly<Record<SentimentSignal, string>>;
    readonly save: string;
    readonly saved: (when: string) => string;
    readonly sinceLast: string;
    /** A map named in the score step, e.g. `'Anna'`; null for the notes outside every map. */
    readonly mapTitle: (map: string | null) => string;
    readonly noChange: string;
    readonly rowKinds: { readonly new: string; readonly vanished: string };
    /** Badges were put on `rows` touchpoint rows. */
    readonly shownOnBoard: (rows: number) => string;
    readonly summaryOnBoard: string;
    /** `items` result items were removed from the board. */
    readonly clearedFromBoard: (items: number) => string;
    readonly showOnBoard: string;
    readonly clearBoard: string;
    readonly colours: string;
  };
  readonly export: {
    readonly intro: string;
    readonly table: string;
    readonly summary: string;
    readonly notesTable: string;
    readonly delimiter: string;
    readonly comma: string;
    readonly semicolon: string;
    readonly tab: string;
    readonly bom: string;
    readonly download: string;
    readonly copy: string;
    readonly copied: string;
    readonly downloaded: (name: string) => string;
    readonly copyFailed: string;
    readonly needScore: string;
    readonly fileName: (name: string) => string;
    /** The label of the box showing the CSV text. */
    readonly csvText: string;
  };
  readonly errors: {
    readonly rateLimited: string;
    /** Said while the app waits for Miro's rate limit, e.g. `('12')` → `'Waiting for Miro's rate limit: about 12 s'`. */
    readonly rateLimitWait: (seconds: string) => string;
    readonly deleted: string;
    readonly failed: string;
    readonly nothingToScore: string;
    readonly newerTemplate: string;
    readonly historyTooLarge: string;
    readonly historyNewer: string;
    readonly loadFailed: string;
    readonly retry: string;
  };
  /** Why a touchpoint is weak or strong (themes of its notes), and how the journey feels (the emotion curve). */
  readonly insight: {
    /** The accessible name of a row's theme list, e.g. `'What the negative notes on Delivery say'`. */
    readonly themesOf: (sentiment: Sentiment, touchpoint: string) => string;
    /** A theme and how many notes share it, e.g. `'late delivery · 4'`. */
    readonly theme: (theme: string, notes: string) => string;
    readonly loadingThemes: string;
    readonly themesFailed: string;
    readonly strongest: string;
    readonly strongestRule: string;
    readonly curve: string;
    readonly curveIntro: string;
    /** The picture's name, e.g. `'Emotion curve of Anna: net score per stage'`; `map` null for notes outside every map. */
    readonly curveOf: (map: string | null) => string;
    /** The title written above a curve on the board, e.g. `'Emotion curve · Anna'`. */
    readonly boardTitle: (map: string | null) => string;
    readonly stage: string;
    readonly drawCurve: string;
    readonly clearCurve: string;
    /** `curves` curves were drawn under their maps. */
    readonly curveDrawn: (curves: number) => string;
    /** `items` curve items were removed from the board. */
    readonly curveCleared: (items: number) => string;
  };
  /** Why template options were refused (see `templateErrorMessage`). */
  readonly templateErrors: {
    /** The phase names used inside messages (lower case, unnumbered). */
    readonly phaseNames: Readonly<Record<Phase, string>>;
    /** What a name would be read as: a phase, e.g. `'the phase "during purchase"'`. */
    readonly phaseWord: (phase: string) => string;
    /** What a name would be read as: a zone, e.g. `'the zone "positive"'` (pl in the accusative, after „uznana za”). */
    readonly zoneWord: (zone: string) => string;
    readonly mapIdInvalid: string;
    readonly mapNameEmpty: string;
    readonly mapNameTooLong: (max: number) => string;
    readonly mapNameNamesWord: (word: string) => string;
    readonly noTouchpoints: string;
    readonly tooManyTouchpoints: (max: number) => string;
    readonly touchpointNameEmpty: (position: number) => string;
    readonly touchpointNameTooLong: (name: string, max: number) => string;
    readonly touchpointNamesWord: (name: string, word: string) => string;
    readonly touchpointDuplicate: (name: string) => string;
    readonly touchpointNoPhase: (name: string) => string;
    readonly detailTooLong: (detail: string, name: string, max: number) => string;
  };
}

const LOADERS: Readonly<Record<Language, () => Promise<PanelWords>>> = {
  en: () => import('./panel-words.en.ts').then((module) => module.en),
  ru: () => import('./panel-words.ru.ts').then((module) => module.ru),
  pl: () => import('./panel-words.pl.ts').then((module) => module.pl),
};

const loaded = new Map<Language, PanelWords>();

/** Fetches a language's words once, so `panelWords` can answer for it; rejects if its file cannot be fetched. */
export async function loadPanelWords(language: Language): Promise<PanelWords> {
  const known = loaded.get(language);
  if (known) return known;
  const words = await LOADERS[language]();
  loaded.set(language, words);
  return words;
}

/** The words of a language already loaded by `loadPanelWords`, e.g. `panelWords('pl').steps.score` → `'2. Liczenie'`. */
export function panelWords(language: Language): PanelWords {
  const words = loaded.get(language);
  if (!words) throw new Error(`The ${language} panel words are used before loadPanelWords('${language}').`);
  return words;
}

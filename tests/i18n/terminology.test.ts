// One concept, one word, per language: the panel, the labels the template writes on the board and
// the CSV name each concept alike, and the words the method's sources avoid appear nowhere.
import { describe, expect, it } from 'vitest';
import { BOARD_WORDS } from '../../src/core/board-words.ts';
import { CATALOGUE } from '../../src/core/catalogue.ts';
import { CSV_WORDS } from '../../src/core/csv-words.ts';
import {
  LANGUAGES,
  type Language,
  PHASES,
  SENTIMENT_SIGNALS,
  SENTIMENTS,
  STICKY_COLOURS,
  type TouchpointDetail,
} from '../../src/core/model.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';

/** A word as the surfaces are compared: lower case, without a step number. */
function plain(word: string): string {
  return word.toLowerCase().replace(/^[0-9]+\. /, '');
}

/** A word without its grammatical ending (two letters of each longer word), so «позитивные» and «позитивная» agree. */
function stem(word: string): string {
  return plain(word)
    .split(' ')
    .map((part) => (part.length > 4 ? part.slice(0, -2) : part))
    .join(' ');
}

const DETAILS: readonly TouchpointDetail[] = ['channels', 'owner', 'targetAction'];

/** Each concept with the word every surface gives it, e.g. the phase "during" in the panel, on the board, in the CSV. */
function concepts(
  language: Language,
): readonly { concept: string; same: 'word' | 'stem'; words: string[] }[] {
  const panel = PANEL_WORDS[language];
  const board = BOARD_WORDS[language];
  const csv = CSV_WORDS[language];
  return [
    ...PHASES.map((phase) => ({
      concept: `phase ${phase}`,
      same: 'word' as const,
      words: [
        panel.phases[phase],
        board.phaseTitles[phase],
        csv.phases[phase],
        panel.templateErrors.phaseNames[phase],
      ],
    })),
    ...SENTIMENTS.map((sentiment) => ({
      concept: `sentiment ${sentiment}`,
      same: 'stem' as const,
      words: [
        panel.sentiments[sentiment],
        board.zoneLabels[sentiment],
        csv.summary[sentiment],
        panel.score.noteSentiments[sentiment],
        csv.sentiments[sentiment],
      ],
    })),
    ...(['physical', 'digital', 'human'] as const).map((type) => ({
      concept: `touchpoint type ${type}`,
      same: 'stem' as const,
      words: [panel.touchpointTypes[type], csv.types[type]],
    })),
    ...DETAILS.map((detail) => ({
      concept: `detail ${detail}`,
      same: 'word' as const,
      words: [panel.template[detail], board.detailLabels[detail]],
    })),
    ...STICKY_COLOURS.map((colour) => ({
      concept: `colour ${colour}`,
      same: 'word' as const,
      words: [panel.stickyColours[colour], csv.colours[colour]],
    })),
    ...SENTIMENT_SIGNALS.map((signal) => ({
      concept: `signal ${signal}`,
      same: 'stem' as const,
      // The CSV may say more ("marker in text"): its cell starts with the panel's word.
      words: [panel.score.signals[signal], csv.signals[signal].slice(0, panel.score.signals[signal].length)],
    })),
    { concept: 'net score', same: 'word', words: [panel.score.net, csv.summary.net] },
    {
      concept: 'touchpoint',
      same: 'word',
      words: [panel.score.touchpoint, csv.summary.touchpoint, csv.notes.touchpoint],
    },
  ];
}

/** Words that drift from the method's sources or from the rest of the app, per language. */
const AVOIDED: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [/\bgray\b/i, /\bevery phase\b/i, /share negative/i, /\bscore board\b/i, /clear from board/i],
  ru: [
    /владел/i, // «ответственный»
    /заметк/i, // «стикер»
    /рамк/i, // «фрейм», as Miro users say
    /оценк/i, // «реакция»
    /человеческ/i, // «через людей»
    /(^|[^а-яё])итог($|[^а-яё])/i, // «баланс» for the net score
    /путь клиента/i, // «путешествие клиента»
    /вживую/i,
  ],
  pl: [
    /właściciel/i, // „osoba odpowiedzialna”
    /w trakcie/i, // „podczas zakupu”
    /ścieżka klienta/i, // „podróż klienta”
    /ludzk/i, // „z ludźmi”
    /notatk/i, // „karteczka”
    /wdrożeni/i,
    /czyta się/i,
    /powstanie/i,
  ],
};

/** Every string a word table holds, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings(value(...Array.from({ length: value.length }, () => 2)));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('terminology', () => {
  for (const language of LANGUAGES) {
    it(`names each concept with one word in the panel, on the board and in the CSV (${language})`, () => {
      for (const { concept, same, words } of concepts(language)) {
        const compared = words.map(same === 'word' ? plain : stem);
        expect(new Set(compared).size, `${concept}: ${words.join(' / ')}`).toBe(1);
      }
    });

    it(`says phase with the CSV's word for it where the panel names one (${language})`, () => {
      const phase = CSV_WORDS[language].notes.phase;
      const errors = PANEL_WORDS[language].templateErrors;
      for (const message of [
        errors.phaseWord('x'),
        errors.touchpointNoPhase('x'),
        PANEL_WORDS[language].reasonHelp['no-phase'],
      ]) {
        expect(message.toLowerCase(), message).toContain(phase);
      }
    });

    it(`keeps to the method's words everywhere (${language})`, () => {
      const all = [
        ...strings(PANEL_WORDS[language]),
        ...strings(BOARD_WORDS[language]),
        ...strings(CSV_WORDS[language]),
        ...CATALOGUE.map((touchpoint) => touchpoint.names[language]),
      ];
      for (const avoided of AVOIDED[language]) {
        expect(
          all.filter((text) => avoided.test(text)),
          String(avoided),
        ).toEqual([]);
      }
    });
  }
});

// Every message that carries a count, run on the numbers where the three languages' plural rules
// part ways. The expected nouns are the grammar of each language, written out here.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model.ts';
import { plural } from '../../src/i18n/language.ts';
import type { PanelWords } from '../../src/i18n/panel-words.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';

const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25, 101] as const;

/** The plural category each count takes: en 1 / other; ru 1, 21, 101 / 2, 22 / the rest; pl 1 / 2, 22 / the rest. */
const CATEGORY: Readonly<Record<Language, (n: number) => 'one' | 'few' | 'many'>> = {
  en: (n) => (n === 1 ? 'one' : 'many'),
  ru: (n) => ([1, 21, 101].includes(n) ? 'one' : [2, 22].includes(n) ? 'few' : 'many'),
  pl: (n) => (n === 1 ? 'one' : [2, 22].includes(n) ? 'few' : 'many'),
};

type Forms = Readonly<Record<'one' | 'few' | 'many', string>>;

/** A counted noun table of the panel and the forms it must give, e.g. "21 стикер", "22 стикера", "25 стикеров". */
const NOUNS: Readonly<
  Record<Language, Readonly<Record<'notes' | 'items' | 'frames' | 'touchpoints', Forms>>>
> = {
  en: {
    notes: { one: 'note', few: 'notes', many: 'notes' },
    items: { one: 'item', few: 'items', many: 'items' },
    frames: { one: 'frame', few: 'frames', many: 'frames' },
    touchpoints: { one: 'touchpoint', few: 'touchpoints', many: 'touchpoints' },
  },
  ru: {
    notes: { one: 'стикер', few: 'стикера', many: 'стикеров' },
    items: { one: 'элемент', few: 'элемента', many: 'элементов' },
    frames: { one: 'фрейм', few: 'фрейма', many: 'фреймов' },
    touchpoints: { one: 'точка контакта', few: 'точки контакта', many: 'точек контакта' },
  },
  pl: {
    notes: { one: 'karteczka', few: 'karteczki', many: 'karteczek' },
    items: { one: 'element', few: 'elementy', many: 'elementów' },
    frames: { one: 'ramka', few: 'ramki', many: 'ramek' },
    touchpoints: { one: 'punkt styku', few: 'punkty styku', many: 'punktów styku' },
  },
};

/** Emotion curves drawn, e.g. "Нарисованы 2 кривые", "Narysowano 5 krzywych". */
const CURVES: Readonly<Record<Language, Forms>> = {
  en: { one: 'emotion curve', few: 'emotion curves', many: 'emotion curves' },
  ru: { one: 'кривая', few: 'кривые', many: 'кривых' },
  pl: { one: 'krzywą', few: 'krzywe', many: 'krzywych' },
};

/** "at most N characters" in each language. */
const CHARACTERS: Readonly<Record<Language, Forms>> = {
  en: { one: 'character', few: 'characters', many: 'characters' },
  ru: { one: 'символ', few: 'символа', many: 'символов' },
  pl: { one: 'znak', few: 'znaki', many: 'znaków' },
};

/** The messages a count goes into, each with the phrase that must carry the count's form. */
function countedMessages(
  language: Language,
  words: PanelWords,
  n: number,
): readonly { readonly message: string; readonly text: string; readonly expected: string }[] {
  const form = CATEGORY[language](n);
  const nouns = NOUNS[language];
  const noun = (name: keyof typeof nouns) => `${n} ${nouns[name][form]}`;
  const counted = (name: keyof typeof nouns) => `${n} ${plural(language, n, words[name])}`;
  const chars = `${n} ${CHARACTERS[language][form]}`;
  const errors = words.templateErrors;
  const messages = [
    { message: 'score.read', text: words.score.read(counted('notes')), expected: noun('notes') },
    { message: 'score.counted', text: words.score.counted(counted('notes')), expected: noun('notes') },
    {
      message: 'template.preview',
      text: words.template.preview(counted('frames'), counted('items'), 100, 100),
      expected: `${noun('frames')}`,
    },
    {
      message: 'template.preview (items)',
      text: words.template.preview(counted('frames'), counted('items'), 100, 100),
      expected: `${noun('items')}`,
    },
    { message: 'touchpoints', text: counted('touchpoints'), expected: noun('touchpoints') },
    { message: 'mapNameTooLong', text: errors.mapNameTooLong(n), expected: chars },
    { message: 'touchpointNameTooLong', text: errors.touchpointNameTooLong('X', n), expected: chars },
    { message: 'detailTooLong', text: errors.detailTooLong('D', 'X', n), expected: chars },
    { message: 'tooManyTouchpoints', text: errors.tooManyTouchpoints(n), expected: String(n) },
    { message: 'template.leftovers', text: words.template.leftovers(n), expected: String(n) },
    { message: 'template.keptPartial', text: words.template.keptPartial(n, n), expected: String(n) },
    { message: 'score.shownOnBoard', text: words.score.shownOnBoard(n), expected: String(n) },
    { message: 'score.clearedFromBoard', text: words.score.clearedFromBoard(n), expected: String(n) },
    {
      message: 'insight.curveCleared',
      text: words.insight.curveCleared(n),
      expected: language === 'en' ? `${n} curve ${n === 1 ? 'item' : 'items'}` : noun('items'),
    },
    {
      message: 'insight.curveDrawn',
      text: words.insight.curveDrawn(n),
      expected: `${n} ${CURVES[language][form]}`,
    },
  ];
  if (language === 'en') {
    const one = n === 1;
    messages.push(
      {
        message: 'shownOnBoard',
        text: words.score.shownOnBoard(n),
        expected: `${n} touchpoint ${one ? 'row' : 'rows'}`,
      },
      {
        message: 'clearedFromBoard',
        text: words.score.clearedFromBoard(n),
        expected: `${n} result ${one ? 'item' : 'items'}`,
      },
      { message: 'leftovers', text: words.template.leftovers(n), expected: `${n} ${one ? 'item' : 'items'}` },
      {
        message: 'leftovers (pronoun)',
        text: words.template.leftovers(n),
        expected: one ? 'show it' : 'show them',
      },
      {
        message: 'keptPartial',
        text: words.template.keptPartial(n, n),
        expected: `${n} of ${n} ${one ? 'item was' : 'items were'} created`,
      },
    );
  }
  if (language === 'pl') {
    const from = n === 1 ? 'elementu' : 'elementów';
    messages.push(
      { message: 'keptPartial', text: words.template.keptPartial(n, n), expected: `${n} z ${n} ${from}` },
      {
        message: 'leftovers (pronoun)',
        text: words.template.leftovers(n),
        expected: n === 1 ? 'Pokaż go' : 'Pokaż je',
      },
    );
  }
  if (language === 'ru') {
    messages.push({
      message: 'leftovers (pronoun)',
      text: words.template.leftovers(n),
      expected: n === 1 ? 'Покажите его' : 'Покажите их',
    });
  }
  return messages;
}

describe('counted messages', () => {
  for (const language of LANGUAGES) {
    it(`take the right plural form on ${COUNTS.join(', ')} (${language})`, () => {
      for (const n of COUNTS) {
        for (const { message, text, expected } of countedMessages(language, PANEL_WORDS[language], n)) {
          expect(text, `${message} on ${n}`).toContain(expected);
        }
      }
    });
  }
});

// The words the inserted template writes on the board, and the messages for options it refuses.
// Phase titles and zone labels are read back by the scorer: each must name its phase or
// sentiment under SCORING.md's word lists (tests/core/template-layout.test.ts checks every one).
import type { Phase, Sentiment } from '../core/model.ts';
import type { Language } from './language.ts';

/** A phase frame's title, numbered in journey order, e.g. `('pl', 'before')` → `'1. Przed zakupem'`. */
export const PHASE_TITLES: Readonly<Record<Language, Readonly<Record<Phase, string>>>> = {
  en: { before: '1. Before purchase', during: '2. During purchase', after: '3. After purchase' },
  ru: { before: '1. До покупки', during: '2. Во время покупки', after: '3. После покупки' },
  pl: { before: '1. Przed zakupem', during: '2. W trakcie zakupu', after: '3. Po zakupie' },
};

/** A zone's label, e.g. `('ru', 'negative')` → `'Негативные'`. */
export const ZONE_LABELS: Readonly<Record<Language, Readonly<Record<Sentiment, string>>>> = {
  en: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  ru: { positive: 'Позитивные', neutral: 'Нейтральные', negative: 'Негативные' },
  pl: { positive: 'Pozytywne', neutral: 'Neutralne', negative: 'Negatywne' },
};

/** The optional details shown under a row's name. */
export type TouchpointDetail = 'channels' | 'owner' | 'targetAction';

/** A detail's caption on the row label, e.g. `('pl', 'owner')` → `'Właściciel'`. */
export const DETAIL_LABELS: Readonly<Record<Language, Readonly<Record<TouchpointDetail, string>>>> = {
  en: { channels: 'Channels', owner: 'Owner', targetAction: 'Target action' },
  ru: { channels: 'Каналы', owner: 'Владелец', targetAction: 'Целевое действие' },
  pl: { channels: 'Kanały', owner: 'Właściciel', targetAction: 'Działanie docelowe' },
};

/** What a label would accidentally name, which makes the scorer read it as a phase or a zone. */
export type NamedWord =
  | { readonly kind: 'phase'; readonly phase: Phase }
  | { readonly kind: 'sentiment'; readonly sentiment: Sentiment };

/** Why template options were refused, e.g. `{ code: 'touchpoint-names-word', name: 'Purchase', word: { kind: 'phase', phase: 'during' } }`. */
export type TemplateError =
  | { readonly code: 'map-id-invalid' }
  | { readonly code: 'map-name-empty' }
  | { readonly code: 'map-name-too-long'; readonly max: number }
  | { readonly code: 'map-name-names-word'; readonly name: string; readonly word: NamedWord }
  | { readonly code: 'no-touchpoints' }
  | { readonly code: 'too-many-touchpoints'; readonly max: number }
  | { readonly code: 'touchpoint-name-empty'; readonly position: number }
  | { readonly code: 'touchpoint-name-too-long'; readonly name: string; readonly max: number }
  | { readonly code: 'touchpoint-names-word'; readonly name: string; readonly word: NamedWord }
  | { readonly code: 'touchpoint-duplicate'; readonly name: string }
  | { readonly code: 'touchpoint-no-phase'; readonly name: string }
  | {
      readonly code: 'detail-too-long';
      readonly name: string;
      readonly detail: TouchpointDetail;
      readonly max: number;
    };

/** The phase names used inside error messages (lower case, unnumbered). */
const PHASE_NAMES: Readonly<Record<Language, Readonly<Record<Phase, string>>>> = {
  en: { before: 'before purchase', during: 'during purchase', after: 'after purchase' },
  ru: { before: 'до покупки', during: 'во время покупки', after: 'после покупки' },
  pl: { before: 'przed zakupem', during: 'w trakcie zakupu', after: 'po zakupie' },
};

function wordName(language: Language, word: NamedWord): string {
  switch (word.kind) {
    case 'phase':
      return PHASE_NAMES[language][word.phase];
    case 'sentiment':
      return ZONE_LABELS[language][word.sentiment].toLowerCase();
    default: {
      const unreachable: never = word;
      return unreachable;
    }
  }
}

/** A refused option explained to the user, e.g. `'"Purchase" reads as the phase "during purchase": rename it.'`. */
export function templateErrorMessage(error: TemplateError, language: Language): string {
  switch (error.code) {
    case 'map-id-invalid':
      return {
        en: 'Internal error: the map id is invalid.',
        ru: 'Внутренняя ошибка: неверный идентификатор карты.',
        pl: 'Błąd wewnętrzny: nieprawidłowy identyfikator mapy.',
      }[language];
    case 'map-name-empty':
      return {
        en: 'Give the map a name (a persona or a path).',
        ru: 'Дайте карте название (персона или путь).',
        pl: 'Nadaj mapie nazwę (persona lub ścieżka).',
      }[language];
    case 'map-name-too-long':
      return {
        en: `The map name is too long: at most ${error.max} characters.`,
        ru: `Название карты слишком длинное: не более ${error.max} символов.`,
        pl: `Nazwa mapy jest za długa: najwyżej ${error.max} znaków.`,
      }[language];
    case 'map-name-names-word':
      return {
        en: `The map name "${error.name}" reads as "${wordName('en', error.word)}": choose another name.`,
        ru: `Название карты «${error.name}» читается как «${wordName('ru', error.word)}»: выберите другое.`,
        pl: `Nazwa mapy „${error.name}” czyta się jako „${wordName('pl', error.word)}”: wybierz inną.`,
      }[language];
    case 'no-touchpoints':
      return {
        en: 'Choose at least one touchpoint.',
        ru: 'Выберите хотя бы одну точку контакта.',
        pl: 'Wybierz co najmniej jeden punkt styku.',
      }[language];
    case 'too-many-touchpoints':
      return {
        en: `Too many touchpoints: at most ${error.max} per map.`,
        ru: `Слишком много точек контакта: не более ${error.max} на карту.`,
        pl: `Za dużo punktów styku: najwyżej ${error.max} na mapę.`,
      }[language];
    case 'touchpoint-name-empty':
      return {
        en: `Touchpoint ${error.position} has no name.`,
        ru: `У точки контакта №${error.position} нет названия.`,
        pl: `Punkt styku nr ${error.position} nie ma nazwy.`,
      }[language];
    case 'touchpoint-name-too-long':
      return {
        en: `"${error.name}" is too long: at most ${error.max} characters.`,
        ru: `«${error.name}» — слишком длинное название: не более ${error.max} символов.`,
        pl: `„${error.name}” — nazwa za długa: najwyżej ${error.max} znaków.`,
      }[language];
    case 'touchpoint-names-word':
      return {
        en: `"${error.name}" reads as "${wordName('en', error.word)}", so its notes would not count: rename it.`,
        ru: `«${error.name}» читается как «${wordName('ru', error.word)}», и его заметки не посчитаются: переименуйте.`,
        pl: `„${error.name}” czyta się jako „${wordName('pl', error.word)}”, więc jego notatki się nie policzą: zmień nazwę.`,
      }[language];
    case 'touchpoint-duplicate':
      return {
        en: `"${error.name}" appears twice: touchpoint names must differ.`,
        ru: `«${error.name}» встречается дважды: названия точек контакта должны различаться.`,
        pl: `„${error.name}” występuje dwa razy: nazwy punktów styku muszą się różnić.`,
      }[language];
    case 'touchpoint-no-phase':
      return {
        en: `"${error.name}" is in no phase: tick at least one.`,
        ru: `«${error.name}» не отнесена ни к одной фазе: отметьте хотя бы одну.`,
        pl: `„${error.name}” nie należy do żadnej fazy: zaznacz co najmniej jedną.`,
      }[language];
    case 'detail-too-long':
      return {
        en: `${DETAIL_LABELS.en[error.detail]} of "${error.name}" is too long: at most ${error.max} characters.`,
        ru: `${DETAIL_LABELS.ru[error.detail]} для «${error.name}»: слишком длинно, не более ${error.max} символов.`,
        pl: `${DETAIL_LABELS.pl[error.detail]} dla „${error.name}”: za długie, najwyżej ${error.max} znaków.`,
      }[language];
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

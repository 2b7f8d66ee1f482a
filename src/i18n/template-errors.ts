// Refused template options worded for the user, from the core's `TemplateError` values.
import { BOARD_WORDS } from '../core/board-words.ts';
import type { Language } from '../core/model.ts';
import type { NamedWord, TemplateError } from '../core/template-error.ts';
import { panelWords } from './panel-words.ts';

function wordName(language: Language, word: NamedWord): string {
  switch (word.kind) {
    case 'phase':
      return panelWords(language).templateErrors.phaseWord(
        panelWords(language).templateErrors.phaseNames[word.phase],
      );
    case 'sentiment':
      return panelWords(language).templateErrors.zoneWord(
        BOARD_WORDS[language].zoneLabels[word.sentiment].toLowerCase(),
      );
    default: {
      const unreachable: never = word;
      return unreachable;
    }
  }
}

/** A refused option explained to the user, e.g. `'Rename "Purchase": it reads as the phase "during purchase".'`. */
export function templateErrorMessage(error: TemplateError, language: Language): string {
  const words = panelWords(language).templateErrors;
  switch (error.code) {
    case 'map-id-invalid':
      return words.mapIdInvalid;
    case 'map-name-empty':
      return words.mapNameEmpty;
    case 'map-name-too-long':
      return words.mapNameTooLong(error.max);
    case 'map-name-names-word':
      return words.mapNameNamesWord(wordName(language, error.word));
    case 'no-touchpoints':
      return words.noTouchpoints;
    case 'too-many-touchpoints':
      return words.tooManyTouchpoints(error.max);
    case 'touchpoint-name-empty':
      return words.touchpointNameEmpty(error.position);
    case 'touchpoint-name-too-long':
      return words.touchpointNameTooLong(error.name, error.max);
    case 'touchpoint-names-word':
      return words.touchpointNamesWord(error.name, wordName(language, error.word));
    case 'touchpoint-duplicate':
      return words.touchpointDuplicate(error.name);
    case 'touchpoint-no-phase':
      return words.touchpointNoPhase(error.name);
    case 'detail-too-long':
      return words.detailTooLong(BOARD_WORDS[language].detailLabels[error.detail], error.name, error.max);
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

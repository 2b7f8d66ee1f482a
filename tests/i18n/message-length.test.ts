// Messages and labels that must fit where they are shown. Miro shows at most 80 characters in a
// notification: every message that reports an outcome or an error could go into one, so each fits,
// in every language, with a 20-character name in it.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model.ts';
import type { TemplateError } from '../../src/core/template-error.ts';
import { loadPanelWords } from '../../src/i18n/panel-words.ts';
import { templateErrorMessage } from '../../src/i18n/template-errors.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';

const NAME = 'Customer support hub';
const LIMIT = 80;

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadPanelWords));
});

// The longest phase and zone names, the largest limits and counts a board can reach.
const ERRORS: readonly TemplateError[] = [
  { code: 'map-id-invalid' },
  { code: 'map-name-empty' },
  { code: 'map-name-too-long', max: 60 },
  { code: 'map-name-names-word', name: NAME, word: { kind: 'phase', phase: 'during' } },
  { code: 'map-name-names-word', name: NAME, word: { kind: 'sentiment', sentiment: 'negative' } },
  { code: 'map-name-names-word', name: NAME, word: { kind: 'sentiment', sentiment: 'neutral' } },
  { code: 'no-touchpoints' },
  { code: 'too-many-touchpoints', max: 30 },
  { code: 'touchpoint-name-empty', position: 30 },
  { code: 'touchpoint-name-too-long', name: NAME, max: 40 },
  { code: 'touchpoint-names-word', name: NAME, word: { kind: 'phase', phase: 'during' } },
  { code: 'touchpoint-names-word', name: NAME, word: { kind: 'phase', phase: 'before' } },
  { code: 'touchpoint-names-word', name: NAME, word: { kind: 'sentiment', sentiment: 'negative' } },
  { code: 'touchpoint-names-word', name: NAME, word: { kind: 'sentiment', sentiment: 'neutral' } },
  { code: 'touchpoint-duplicate', name: NAME },
  { code: 'touchpoint-no-phase', name: NAME },
  { code: 'detail-too-long', name: NAME, detail: 'targetAction', max: 120 },
  { code: 'detail-too-long', name: NAME, detail: 'owner', max: 120 },
];

function messages(language: Language): readonly string[] {
  const words = PANEL_WORDS[language];
  const { errors } = words;
  return [
    errors.rateLimited,
    errors.rateLimitWait('60'),
    errors.deleted,
    errors.failed,
    errors.nothingToScore,
    errors.newerTemplate,
    errors.historyTooLarge,
    errors.historyNewer,
    errors.loadFailed,
    words.template.inserted(NAME),
    words.template.finishedWithWarnings,
    words.template.rolledBack,
    words.template.keptPartial(999, 999),
    words.template.leftovers(999),
    words.score.shownOnBoard(999),
    words.score.summaryOnBoard,
    words.score.clearedFromBoard(999),
    words.insight.curveDrawn(999),
    words.insight.curveCleared(999),
    words.insight.themesFailed,
    words.score.noChange,
    words.export.copied,
    words.export.copyFailed,
    words.export.needScore,
    ...ERRORS.map((error) => templateErrorMessage(error, language)),
  ];
}

describe('messages a notification could show', () => {
  for (const language of LANGUAGES) {
    it(`fit in ${LIMIT} characters (${language})`, () => {
      const tooLong = messages(language).filter((message) => [...message].length > LIMIT);
      expect(tooLong.map((message) => `${[...message].length}: ${message}`)).toEqual([]);
    });
  }
});

// The closed separator select shows about 38 characters of its option in the panel's width.
describe('separator options', () => {
  for (const language of LANGUAGES) {
    it(`read whole in the closed select (${language})`, () => {
      const { comma, semicolon, tab } = PANEL_WORDS[language].export;
      for (const option of [comma, semicolon, tab])
        expect([...option].length, option).toBeLessThanOrEqual(38);
    });
  }
});

// The panel words a failed board call by its kind, in the user's language; the board's own
// (English) text never reaches the user, only the console.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model.ts';
import type { BoardErrorKind, BoardFailure } from '../../src/miro/board-errors.ts';
import { boardErrorMessage, describeBoardError } from '../../src/panel/board-errors.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';

const SAID: Readonly<Record<Language, Readonly<Record<BoardErrorKind, string>>>> = {
  en: {
    'rate-limited': 'Miro is limiting how fast the app may work. Wait a minute and try again.',
    deleted: 'An item was deleted while the app worked on it. Try again.',
    failed: 'The board did not answer. Try again in a moment.',
  },
  ru: {
    'rate-limited': 'Miro ограничил скорость работы приложения. Подождите минуту и повторите.',
    deleted: 'Элемент удалили, пока приложение с ним работало. Попробуйте снова.',
    failed: 'Доска не ответила. Попробуйте снова через минуту.',
  },
  pl: {
    'rate-limited': 'Miro ogranicza tempo pracy aplikacji. Poczekaj minutę i spróbuj ponownie.',
    deleted: 'Element został usunięty, gdy aplikacja na nim pracowała. Spróbuj ponownie.',
    failed: 'Tablica nie odpowiedziała. Spróbuj ponownie za chwilę.',
  },
};

const failure = (error: BoardErrorKind): BoardFailure => ({
  kind: 'failed',
  error,
  message: 'Rate limit exceeded: createShape needs 50 credits',
});

describe('the panel words a failed board call', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const language of LANGUAGES)
    for (const kind of ['rate-limited', 'deleted', 'failed'] as const)
      it(`says ${kind} in ${language}, and follows a switch of language`, () => {
        vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        expect(describeBoardError(failure(kind), PANEL_WORDS[language])).toBe(SAID[language][kind]);
        // A message made in English is said in the language the panel shows when it is shown.
        expect(boardErrorMessage(failure(kind)).say(PANEL_WORDS[language])).toBe(SAID[language][kind]);
      });

  it("sends the board's own words to the console, never to the user", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const said = describeBoardError(failure('failed'), PANEL_WORDS.en);
    expect(said).not.toContain('Rate limit exceeded');
    expect(warn).toHaveBeenCalledWith(
      expect.any(String),
      'Rate limit exceeded: createShape needs 50 credits',
    );
  });
});

// Demo boards for the playground, as board files (the form `miro.board.get()` returns, plus the
// app's metadata per item): the same files the simulator loads and the command line scores. The
// boards themselves: filled-template.ts, polish-board.ts, journey-board.ts.

import type { Language } from '../core/model.ts';
import { unreachable } from '../core/unreachable.ts';
import type { BoardFile } from './demo-items.ts';
import { filledTemplate } from './filled-template.ts';
import { journeyBoard } from './journey-board.ts';
import { polishHandBuilt } from './polish-board.ts';

/** The demo boards the playground's menu offers, in menu order. */
export const DEMO_BOARDS = [
  'empty',
  'filled',
  'polish',
  'journey-en',
  'journey-ru',
  'journey-pl',
  'large',
] as const;

/** One of the demo boards, e.g. `'filled'`. */
export type DemoBoard = (typeof DEMO_BOARDS)[number];

/** The board file of a demo board. */
export function demoBoard(name: DemoBoard): BoardFile {
  switch (name) {
    case 'empty':
      return [];
    case 'filled':
      return filledTemplate('en', 6, 90, 11);
    case 'polish':
      return polishHandBuilt();
    case 'journey-en':
      return journeyBoard(JOURNEY_LABELS.en);
    case 'journey-ru':
      return journeyBoard(JOURNEY_LABELS.ru);
    case 'journey-pl':
      return journeyBoard(JOURNEY_LABELS.pl);
    case 'large':
      return filledTemplate('en', 12, 5000, 5);
    default: {
      return unreachable(name);
    }
  }
}

/** The labels of a five-stage journey board as teams draw it, in one language. */
export const JOURNEY_LABELS: Readonly<
  Record<Language, { readonly stages: readonly string[]; readonly rows: readonly string[] }>
> = {
  en: {
    stages: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'],
    rows: ['Website', 'Mobile app', 'Store', 'Call centre'],
  },
  ru: {
    stages: ['Осведомлённость', 'Рассмотрение', 'Покупка', 'Удержание', 'Рекомендации'],
    rows: ['Сайт', 'Приложение', 'Магазин', 'Колл-центр'],
  },
  pl: {
    stages: ['Świadomość', 'Rozważanie', 'Zakup', 'Utrzymanie', 'Rekomendacje'],
    rows: ['Strona internetowa', 'Aplikacja', 'Sklep', 'Infolinia'],
  },
};

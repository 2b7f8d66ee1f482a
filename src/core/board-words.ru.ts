// The template's words in Russian.
import type { BoardWords } from './board-words.ts';

export const ru: BoardWords = {
  defaultMapName: 'Путешествие клиента',
  phaseTitles: { before: '1. До покупки', during: '2. Во время покупки', after: '3. После покупки' },
  zoneLabels: { positive: 'Позитивные', neutral: 'Нейтральные', negative: 'Негативные' },
  detailLabels: { channels: 'Каналы', owner: 'Ответственный', targetAction: 'Целевое действие' },
};

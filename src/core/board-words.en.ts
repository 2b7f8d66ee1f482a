// The template's words in English.
import type { BoardWords } from './board-words.ts';

export const en: BoardWords = {
  defaultMapName: 'Customer journey',
  phaseTitles: { before: '1. Before purchase', during: '2. During purchase', after: '3. After purchase' },
  zoneLabels: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  detailLabels: { channels: 'Channels', owner: 'Owner', targetAction: 'Target action' },
};

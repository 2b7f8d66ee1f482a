// The template's words in Polish.
import type { BoardWords } from './board-words.ts';

export const pl: BoardWords = {
  defaultMapName: 'Podróż klienta',
  phaseTitles: { before: '1. Przed zakupem', during: '2. Podczas zakupu', after: '3. Po zakupie' },
  zoneLabels: { positive: 'Pozytywne', neutral: 'Neutralne', negative: 'Negatywne' },
  detailLabels: { channels: 'Kanały', owner: 'Osoba odpowiedzialna', targetAction: 'Działanie docelowe' },
};

import { describe, expect, it } from 'vitest';
import { BOARD_WORDS } from '../../src/core/board-words.ts';
import { PHASE_WORDS, SENTIMENT_WORDS } from '../../src/core/labels.ts';
import { LANGUAGES, PHASES, SENTIMENTS } from '../../src/core/model.ts';

// The template's titles are contract data: each one is a word of the scorer's own lists, not
// merely a label that happens to match today, so a change to the matching cannot orphan a board.
/** A title as the scorer's lists spell it: lower case, without its step number. */
function listed(title: string): string {
  return title.toLowerCase().replace(/^[0-9]+\. /, '');
}

describe('the words the template writes on the board', () => {
  for (const language of LANGUAGES) {
    it(`names every phase with a word of the scorer's list (${language})`, () => {
      for (const phase of PHASES) {
        const title = BOARD_WORDS[language].phaseTitles[phase];
        expect(PHASE_WORDS[phase], title).toContain(listed(title));
      }
    });

    it(`names every zone with a word of the scorer's list (${language})`, () => {
      for (const sentiment of SENTIMENTS) {
        const label = BOARD_WORDS[language].zoneLabels[sentiment];
        expect(SENTIMENT_WORDS[sentiment], label).toContain(listed(label));
      }
    });
  }
});

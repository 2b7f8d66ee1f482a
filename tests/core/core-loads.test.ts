import { describe, expect, it } from 'vitest';

// The tables the scoring core builds when it loads (the index of note markers by their first
// character): a mistake in them stops the app before any board is read. Imported here inside a
// test, so such a mistake fails this test, where a file importing the core at its top would fail
// to load and report no failed test at all (which mutation testing reads as a surviving mutant).
describe('the scoring core loads', () => {
  it('reads the marker of a note after loading labels.ts on its own', async () => {
    const { markedSentiment } = await import('../../src/core/labels.ts');
    expect(['👍 fast', '(=) ok', '− slow', '+ kind', 'plain'].map(markedSentiment)).toEqual([
      'positive',
      'neutral',
      'negative',
      'positive',
      null,
    ]);
  });
});

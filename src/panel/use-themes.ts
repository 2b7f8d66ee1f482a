// The themes the score step shows, worked out after the tally is shown: the negative themes of
// the weakest links listed and the positive ones of the strongest touchpoints, one row at a time
// with the page free between rows. The grouping and the stemmers are loaded on first use (their
// own chunks), never with the panel's first load.
import { useEffect, useState } from 'preact/hooks';
import type { Sentiment } from '../core/model.ts';
import { strongestRows } from '../core/strongest.ts';
import { rowKey, type Tally, type TallyRow } from '../core/tally.ts';
import type { Theme } from '../core/themes.ts';
import { shownWeakest } from '../core/weakest-links.ts';
import { nextTask } from '../miro/next-task.ts';
import type { ScoredBoard } from './panel-state.ts';
import { MADE_WHEN_READ } from './per-scoring.ts';

/** How many themes of each sentiment the panel shows under a row. */
export const THEMES_SHOWN = 3;

/** How many strongest touchpoints are shown. */
export const STRONGEST_SHOWN = 3;

/** A scoring's themes: still loading, ready (a row's themes of a sentiment it shows), or not loadable. */
export type ThemesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly of: (row: TallyRow, sentiment: Sentiment) => readonly Theme[] }
  | { readonly kind: 'failed' };

let grouping: Promise<Grouping> | null = null;

type Grouping = (tally: Tally) => (row: TallyRow, sentiment: Sentiment) => readonly Theme[];

// One load per panel; a failed load (offline) is tried again at the next scoring.
function loadGrouping(): Promise<Grouping> {
  grouping ??= Promise.all([import('../core/themes.ts'), import('../core/stemmers.ts')]).then(
    async ([themes, stemmers]) => {
      const loaded = await stemmers.loadStemmers();
      return (tally: Tally) => {
        const notesOf = themes.rowNotes(tally);
        return (row, sentiment) => themes.rowThemes(notesOf(row)[sentiment], loaded, THEMES_SHOWN);
      };
    },
  );
  grouping.catch(() => {
    grouping = null;
  });
  return grouping;
}

const themeKey = (row: TallyRow, sentiment: Sentiment): string => `${sentiment} ${rowKey(row)}`;

/** The themes of the rows the score step shows, e.g. `state.of(row, 'negative')` once ready. */
export function useThemes(scored: Pick<ScoredBoard, 'snapshot' | 'tally'>): ThemesState {
  const { tally } = scored;
  const [state, setState] = useState<{ tally: Tally; themes: ThemesState }>({
    tally,
    themes: { kind: 'loading' },
  });
  useEffect(() => {
    let active = true;
    const shown: readonly [TallyRow, Sentiment][] = [
      ...shownWeakest(tally).map((row): [TallyRow, Sentiment] => [row, 'negative']),
      ...strongestRows(tally, STRONGEST_SHOWN).map((row): [TallyRow, Sentiment] => [row, 'positive']),
    ];
    const found = new Map<string, readonly Theme[]>();
    const work = async () => {
      const group = await loadGrouping();
      // A task each for what the core makes only when first read (the score step may have made
      // it already), then one to find each row's notes among the placements.
      for (const part of MADE_WHEN_READ) {
        await nextTask();
        if (!active) return;
        part(scored);
      }
      await nextTask();
      if (!active) return;
      const themesOf = group(tally);
      for (const [row, sentiment] of shown) {
        await nextTask();
        if (!active) return;
        found.set(themeKey(row, sentiment), themesOf(row, sentiment));
      }
      const of = (row: TallyRow, sentiment: Sentiment) => found.get(themeKey(row, sentiment)) ?? [];
      if (active) setState({ tally, themes: { kind: 'ready', of } });
    };
    work().catch(() => {
      if (active) setState({ tally, themes: { kind: 'failed' } });
    });
    return () => {
      active = false;
    };
  }, [tally]);
  // A new tally shows the last themes only once its own are ready.
  return state.tally === tally ? state.themes : { kind: 'loading' };
}

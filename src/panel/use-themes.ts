// The themes of a scoring's rows, worked out after the tally is shown: the grouping and the
// stemmers are loaded on first use (their own chunks), never with the panel's first load.
import { useEffect, useState } from 'preact/hooks';
import { rowKey, type Tally } from '../core/tally.ts';
import type { RowThemes } from '../core/themes.ts';

/** How many themes of each sentiment the panel shows under a row. */
export const THEMES_SHOWN = 3;

/** A scoring's themes: still loading, by row (`rowKey`), or not loadable. */
export type ThemesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly rows: ReadonlyMap<string, RowThemes> }
  | { readonly kind: 'failed' };

type Grouping = (tally: Tally) => readonly RowThemes[];

let grouping: Promise<Grouping> | null = null;

// One load per panel; a failed load (offline) is tried again at the next scoring.
function loadGrouping(): Promise<Grouping> {
  grouping ??= Promise.all([import('../core/themes.ts'), import('../core/stemmers.ts')]).then(
    async ([themes, stemmers]) => {
      const loaded = await stemmers.loadStemmers();
      return (tally: Tally) => themes.tallyThemes(tally, loaded, THEMES_SHOWN);
    },
  );
  grouping.catch(() => {
    grouping = null;
  });
  return grouping;
}

/** The themes of every row of `tally`, e.g. `state.rows.get(rowKey(row))?.negative`. */
export function useThemes(tally: Tally): ThemesState {
  const [state, setState] = useState<{ tally: Tally; themes: ThemesState }>({
    tally,
    themes: { kind: 'loading' },
  });
  useEffect(() => {
    let active = true;
    loadGrouping().then(
      (group) => {
        const themes = group(tally);
        const rows = new Map(tally.rows.map((row, index) => [rowKey(row), themes[index] as RowThemes]));
        if (active) setState({ tally, themes: { kind: 'ready', rows } });
      },
      () => {
        if (active) setState({ tally, themes: { kind: 'failed' } });
      },
    );
    return () => {
      active = false;
    };
  }, [tally]);
  // A new tally shows the last themes only once its own are ready.
  return state.tally === tally ? state.themes : { kind: 'loading' };
}

// The per-phase totals the panel shows: one set per map, since two personas' maps added together
// say nothing about either, and the scale their bars share.
import { PHASES, type Phase } from './model.ts';
import { type SentimentCounts, sumCounts, type Tally } from './tally.ts';

/** A map's counts per phase; `map` null for notes outside every map. */
export interface MapPhaseTotals {
  readonly map: string | null;
  readonly phases: Readonly<Record<Phase, SentimentCounts>>;
}

/** Each map's phase totals in the tally's map order, e.g. the maps of Anna and Boris → two entries. */
export function phaseTotalsByMap(tally: Tally): readonly MapPhaseTotals[] {
  return tally.mapTotals.map(({ map }) => {
    const rows = tally.rows.filter((row) => row.map === map);
    const phases = Object.fromEntries(
      PHASES.map((phase) => [phase, sumCounts(rows.filter((row) => row.phase === phase))]),
    ) as Record<Phase, SentimentCounts>;
    return { map, phases };
  });
}

/** The largest phase total (positive + neutral + negative) of all maps, at least 1: the bars' common scale. */
export function largestPhaseTotal(totals: readonly MapPhaseTotals[]): number {
  let largest = 1;
  for (const { phases } of totals) {
    for (const phase of PHASES) {
      const { positive, neutral, negative } = phases[phase];
      largest = Math.max(largest, positive + neutral + negative);
    }
  }
  return largest;
}

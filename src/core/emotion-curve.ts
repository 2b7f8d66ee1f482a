// The emotion curve: how a journey feels stage by stage, the net score of each stage and phase of
// each map, in journey order. Derived from the notes, not typed in by hand.
import { PHASES, type Phase } from './model.ts';
import type { SentimentCounts, Tally } from './tally.ts';

/** One point of the curve: a stage (or a phase) and its counts; e.g. `{ phase: 'before', stage: 'Awareness', net: -2, ... }`. */
export interface CurvePoint extends SentimentCounts {
  readonly phase: Phase;
  /** The stage's label as written; for a phase point, null. */
  readonly stage: string | null;
  /** positive − negative. */
  readonly net: number;
}

/** One map's curve: its stages in journey order, and its phases' totals. */
export interface EmotionCurve {
  /** The map's title; null for the notes outside every map. */
  readonly map: string | null;
  readonly stages: readonly CurvePoint[];
  /** The phases that have counted notes, in journey order. */
  readonly phases: readonly CurvePoint[];
}

/** The emotion curve of each map, in the tally's map order; e.g. one map with Awareness +2, Purchase −1, Retention −3. */
export function emotionCurves(tally: Tally): readonly EmotionCurve[] {
  const maps = new Map<
    string | null,
    Map<string, { phase: Phase; stage: string; counts: SentimentCounts }>
  >();
  for (const row of tally.rows) {
    let stages = maps.get(row.map);
    if (!stages) {
      stages = new Map();
      maps.set(row.map, stages);
    }
    const key = JSON.stringify([row.phase, row.stage]);
    const known = stages.get(key);
    stages.set(key, { phase: row.phase, stage: row.stage, counts: add(known?.counts, row) });
  }
  return [...maps].map(([map, stages]) => {
    const points = [...stages.values()].map(({ phase, stage, counts }) => point(phase, stage, counts));
    const phases = PHASES.flatMap((phase) => {
      const ofPhase = points.filter((stagePoint) => stagePoint.phase === phase);
      if (ofPhase.length === 0) return [];
      return [
        point(
          phase,
          null,
          ofPhase.reduce<SentimentCounts>((sum, next) => add(sum, next), add(undefined, undefined)),
        ),
      ];
    });
    return { map, stages: points, phases };
  });
}

function add(a: SentimentCounts | undefined, b: SentimentCounts | undefined): SentimentCounts {
  return {
    positive: (a?.positive ?? 0) + (b?.positive ?? 0),
    neutral: (a?.neutral ?? 0) + (b?.neutral ?? 0),
    negative: (a?.negative ?? 0) + (b?.negative ?? 0),
  };
}

function point(phase: Phase, stage: string | null, counts: SentimentCounts): CurvePoint {
  const { positive, neutral, negative } = counts;
  return { phase, stage, positive, neutral, negative, net: positive - negative };
}

// The marker on the items of an emotion curve the app draws under a map (points, lines, the zero
// line, labels), so drawing again updates them in place and Clear removes exactly them.
import { readStored, type StoredFormat } from './stored-format.ts';

/** The metadata key of a drawn curve's items, e.g. `{ v: 1, part: 'point' }`. */
export const CURVE_KEY = 'touchpointTallyCurve';

/** The parts a drawn curve is made of. */
export const CURVE_PARTS = ['title', 'axis', 'line', 'point', 'label'] as const;

/** Which part of a drawn curve an item is. */
export type CurvePartRole = (typeof CURVE_PARTS)[number];

/** The stored form of the curve marker: version 1 is the first and only one. */
export const CURVE_MARKER_FORMAT: StoredFormat<CurvePartRole, { part: CurvePartRole }> = {
  name: 'curve marker',
  version: 1,
  migrations: {},
  parse: (record) => CURVE_PARTS.find((part) => part === record.part) ?? null,
  write: (part) => ({ part }),
};

/** The part a stored curve marker names, or null for anything else (no marker, damaged, newer). */
export function readCurvePart(stored: unknown): CurvePartRole | null {
  const reading = readStored(CURVE_MARKER_FORMAT, stored);
  return reading.kind === 'value' ? reading.value : null;
}

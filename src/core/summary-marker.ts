// The marker on the summary frame and its text, the results the app puts beside a hand-built map
// (a board without the template), so Show replaces them and Clear removes them.
import { readStored, type StoredFormat } from './stored-format.ts';

/** The metadata key of the summary frame and its text, e.g. `{ v: 1, part: 'frame' }`. */
export const SUMMARY_KEY = 'touchpointTallySummary';

/** Which part of the summary an item is. */
export type SummaryPart = 'frame' | 'text';

/** The stored form of the summary marker: version 1 is the first and only one. */
export const SUMMARY_MARKER_FORMAT: StoredFormat<SummaryPart, { part: SummaryPart }> = {
  name: 'summary marker',
  version: 1,
  migrations: {},
  parse: (record) => (record.part === 'frame' || record.part === 'text' ? record.part : null),
  write: (part) => ({ part }),
};

/** The part a stored summary marker names, or null for anything else (no marker, damaged, newer). */
export function readSummaryPart(stored: unknown): SummaryPart | null {
  const reading = readStored(SUMMARY_MARKER_FORMAT, stored);
  return reading.kind === 'value' ? reading.value : null;
}

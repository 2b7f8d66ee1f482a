// The identity the app stores in the metadata of every template part it creates, so a
// template is recognised after people rename or move its parts. Boards outlive releases:
// what is written carries a version, what is read is validated, and a version this release
// does not know is reported rather than misread.
import {
  PHASES,
  type Phase,
  SENTIMENTS,
  type Sentiment,
  TOUCHPOINT_TYPES,
  type TouchpointType,
} from './model.ts';
import { readStored, type StoredFormat, type StoredRecord, writeStored } from './stored-format.ts';

/** The metadata key the app writes on each template item. */
export const MARK_KEY = 'touchpointTally';

/** The version of the mark this release writes. */
export const MARK_VERSION = 1;

/** The part of a template an item is, e.g. `{ role: 'zone', mapId: 'm1', phase: 'before', touchpoint: 'website', sentiment: 'negative' }`. */
export type TemplateMark =
  | { readonly role: 'map'; readonly mapId: string }
  | { readonly role: 'phase'; readonly mapId: string; readonly phase: Phase }
  | {
      readonly role: 'row';
      readonly mapId: string;
      readonly phase: Phase;
      readonly touchpoint: string;
      /** The touchpoint's type, so a custom touchpoint keeps it (rows written before it have none). */
      readonly type?: TouchpointType;
    }
  | {
      readonly role: 'zone';
      readonly mapId: string;
      readonly phase: Phase;
      readonly touchpoint: string;
      readonly sentiment: Sentiment;
    }
  | { readonly role: 'badge'; readonly mapId: string; readonly phase: Phase; readonly touchpoint: string };

/** The result of reading a mark: the mark, nothing (not ours), or a version this release cannot read. */
export type MarkReading =
  | { readonly kind: 'mark'; readonly mark: TemplateMark }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly version: unknown; readonly reason: 'newer' | 'invalid' };

/** The stored form of a mark: version 1 is the first and only one (see src/core/stored-format.ts for adding the next). */
export const TEMPLATE_MARK_FORMAT: StoredFormat<TemplateMark, Record<string, string>> = {
  name: 'template mark',
  version: MARK_VERSION,
  migrations: {},
  parse: parseCurrent,
  // Compact keys: item metadata is limited to 256 bytes.
  write: (mark) => {
    const stored: Record<string, string> = { r: mark.role, m: mark.mapId };
    if ('phase' in mark) stored.p = mark.phase;
    if ('touchpoint' in mark) stored.t = mark.touchpoint;
    if ('sentiment' in mark) stored.s = mark.sentiment;
    // An optional key: a release that does not know it reads the rest of the mark as before.
    if (mark.role === 'row' && mark.type) stored.k = mark.type;
    return stored;
  },
};

/** The compact form written to the board, e.g. `{ v: 1, r: 'map', m: 'm1' }`. */
export function writeMark(mark: TemplateMark): Record<string, string | number> {
  return writeStored(TEMPLATE_MARK_FORMAT, mark);
}

/** Validates metadata read from the board; never throws. */
export function readMark(stored: unknown): MarkReading {
  const reading = readStored(TEMPLATE_MARK_FORMAT, stored);
  return reading.kind === 'value' ? { kind: 'mark', mark: reading.value } : reading;
}

function parseCurrent(record: StoredRecord): TemplateMark | null {
  const { r: role, m: mapId, p: phase, t: touchpoint, s: sentiment, k: kind } = record;
  if (typeof mapId !== 'string' || mapId === '') return null;
  if (role === 'map') return { role, mapId };
  const p: Phase | undefined = PHASES.find((known) => known === phase);
  if (!p) return null;
  if (role === 'phase') return { role, mapId, phase: p };
  if (typeof touchpoint !== 'string' || touchpoint === '') return null;
  if (role === 'row') {
    const type: TouchpointType | undefined = TOUCHPOINT_TYPES.find((known) => known === kind);
    return type ? { role, mapId, phase: p, touchpoint, type } : { role, mapId, phase: p, touchpoint };
  }
  if (role === 'badge') return { role, mapId, phase: p, touchpoint };
  const named: Sentiment | undefined = SENTIMENTS.find((known) => known === sentiment);
  if (role !== 'zone' || !named) return null;
  return { role, mapId, phase: p, touchpoint, sentiment: named };
}

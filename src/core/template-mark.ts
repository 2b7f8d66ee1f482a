// The identity the app stores in the metadata of every template part it creates, so a
// template is recognised after people rename or move its parts. Boards outlive releases:
// what is written carries a version, what is read is validated, and a version this release
// does not know is reported rather than misread.
import { PHASES, type Phase, SENTIMENTS, type Sentiment } from './model.ts';

/** The metadata key the app writes on each template item. */
export const MARK_KEY = 'touchpointTally';

/** The version of the mark this release writes. */
export const MARK_VERSION = 1;

/** The part of a template an item is, e.g. `{ role: 'zone', mapId: 'm1', phase: 'before', touchpoint: 'website', sentiment: 'negative' }`. */
export type TemplateMark =
  | { readonly role: 'map'; readonly mapId: string }
  | { readonly role: 'phase'; readonly mapId: string; readonly phase: Phase }
  | { readonly role: 'row'; readonly mapId: string; readonly phase: Phase; readonly touchpoint: string }
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

/** The compact form written to the board (item metadata is limited to 256 bytes). */
export function writeMark(mark: TemplateMark): Record<string, string | number> {
  const stored: Record<string, string | number> = { v: MARK_VERSION, r: mark.role, m: mark.mapId };
  if ('phase' in mark) stored.p = mark.phase;
  if ('touchpoint' in mark) stored.t = mark.touchpoint;
  if ('sentiment' in mark) stored.s = mark.sentiment;
  return stored;
}

/** Validates metadata read from the board; never throws. */
export function readMark(stored: unknown): MarkReading {
  if (stored === undefined || stored === null) return { kind: 'none' };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { kind: 'unreadable', version: undefined, reason: 'invalid' };
  }
  let record = stored as StoredMark;
  const version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', version, reason: 'invalid' };
  }
  if (version > MARK_VERSION) return { kind: 'unreadable', version, reason: 'newer' };
  for (let from = version; from < MARK_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return { kind: 'unreadable', version, reason: 'invalid' };
    record = step(record);
  }
  const mark = parseCurrent(record);
  return mark ? { kind: 'mark', mark } : { kind: 'unreadable', version, reason: 'invalid' };
}

/** A mark as stored on the board, before validation. */
type StoredMark = Readonly<Record<string, unknown>>;

/**
 * The numbered migration sequence: `MIGRATIONS[n]` turns a stored version n into version n + 1,
 * so a board written by any older release reads as the current mark. Version 1 is the first
 * and only one: when version 2 ships, bump MARK_VERSION, add `1: (v1) => v2` here and make
 * `parseCurrent` read version 2. A gap in the sequence reads as invalid, never as a guess.
 */
const MIGRATIONS: Readonly<Record<number, (stored: StoredMark) => StoredMark>> = {};

function parseCurrent(record: StoredMark): TemplateMark | null {
  const { r: role, m: mapId, p: phase, t: touchpoint, s: sentiment } = record;
  if (typeof mapId !== 'string' || mapId === '') return null;
  if (role === 'map') return { role, mapId };
  const p: Phase | undefined = PHASES.find((known) => known === phase);
  if (!p) return null;
  if (role === 'phase') return { role, mapId, phase: p };
  if (typeof touchpoint !== 'string' || touchpoint === '') return null;
  if (role === 'row' || role === 'badge') return { role, mapId, phase: p, touchpoint };
  const named: Sentiment | undefined = SENTIMENTS.find((known) => known === sentiment);
  if (role !== 'zone' || !named) return null;
  return { role, mapId, phase: p, touchpoint, sentiment: named };
}

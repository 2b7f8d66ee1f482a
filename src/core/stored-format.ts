// One pattern for everything the app stores on a board (template marks, saved results, summary
// markers, the board's words): boards outlive releases, so every stored record carries a version
// `v`, is validated when read, and an older version is brought up to date by a numbered
// migration sequence, one step per version. A version this release does not know (newer, or
// damaged) is reported as unreadable, never misread; callers keep such a record instead of
// writing over it. Each version ever written has a frozen fixture under tests/fixtures/stored/.

/** A record as stored on the board, before validation, e.g. `{ v: 1, r: 'map', m: 'm1' }`. */
export type StoredRecord = Readonly<Record<string, unknown>>;

/**
 * A stored format, e.g. the template mark: `{ name: 'template mark', version: 1, migrations: {}, parse, write }`.
 * When version n + 1 ships: set `version` to n + 1, add `migrations[n]` (stored v n → stored v n + 1),
 * make `parse` and `write` speak n + 1, and freeze a fixture of n + 1 beside the older ones.
 */
export interface StoredFormat<T, W extends object = Record<string, unknown>> {
  /** What is stored, for messages and tests, e.g. `'saved history'`. */
  readonly name: string;
  /** The version this release writes; versions start at 1. */
  readonly version: number;
  /** `migrations[n]` turns a stored version n into version n + 1 (its `v` is set by the sequence). */
  readonly migrations: Readonly<Record<number, (stored: StoredRecord) => StoredRecord>>;
  /** Validates a record of the current version: the value, or null when it is damaged. */
  readonly parse: (stored: StoredRecord) => T | null;
  /** The record of the current version, without `v` (added by `writeStored`). */
  readonly write: (value: T) => W;
}

/** What reading a stored record found: a value, nothing stored, or a record this release cannot read. */
export type StoredReading<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly version: unknown; readonly reason: 'newer' | 'invalid' };

/** The record to store for a value, stamped with the format's version, e.g. `{ v: 1, part: 'frame' }`. */
export function writeStored<T, W extends object>(format: StoredFormat<T, W>, value: T): W & { v: number } {
  return { v: format.version, ...format.write(value) };
}

/** Validates and migrates whatever was read from the board; never throws. `undefined` and `null` read as nothing stored. */
export function readStored<T, W extends object>(
  format: StoredFormat<T, W>,
  stored: unknown,
): StoredReading<T> {
  if (stored === undefined || stored === null) return { kind: 'none' };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { kind: 'unreadable', version: undefined, reason: 'invalid' };
  }
  let record = stored as StoredRecord;
  const version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', version, reason: 'invalid' };
  }
  if (version > format.version) return { kind: 'unreadable', version, reason: 'newer' };
  for (let from = version; from < format.version; from += 1) {
    const step = format.migrations[from];
    // A gap in the sequence reads as damaged, never as a guess.
    if (!step) return { kind: 'unreadable', version, reason: 'invalid' };
    record = { ...step(record), v: from + 1 };
  }
  const value = format.parse(record);
  return value === null ? { kind: 'unreadable', version, reason: 'invalid' } : { kind: 'value', value };
}

/** The versions a format has ever written, oldest first, e.g. `[1, 2]`: each needs a frozen fixture. */
export function writtenVersions(format: { readonly version: number }): number[] {
  return Array.from({ length: format.version }, (_, index) => index + 1);
}

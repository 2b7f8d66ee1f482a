import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURVE_MARKER_FORMAT } from '../../src/core/curve-marker.ts';
import { SAVED_HISTORY_FORMAT } from '../../src/core/saved-history-format.ts';
import {
  readStored,
  type StoredFormat,
  type StoredRecord,
  writeStored,
  writtenVersions,
} from '../../src/core/stored-format.ts';
import { SUMMARY_MARKER_FORMAT } from '../../src/core/summary-marker.ts';
import { BOARD_WORDS_FORMAT } from '../../src/core/team-words.ts';
import { TEMPLATE_MARK_FORMAT } from '../../src/core/template-mark.ts';

// Every format the app stores on a board, with the file stem of its frozen fixtures: one file per
// version ever written, never edited once a release wrote that version.
interface Entry {
  readonly fixture: string;
  readonly name: string;
  readonly version: number;
  read(stored: unknown): unknown;
  write(value: unknown): unknown;
}

function entry<T, W extends object>(fixture: string, format: StoredFormat<T, W>): Entry {
  return {
    fixture,
    name: format.name,
    version: format.version,
    read: (stored) => readStored(format, stored),
    // The fixture's value was written by this format, so it has the format's type.
    write: (value) => writeStored(format, value as T),
  };
}

const FORMATS: readonly Entry[] = [
  entry('template-mark', TEMPLATE_MARK_FORMAT),
  entry('saved-history', SAVED_HISTORY_FORMAT),
  entry('summary-marker', SUMMARY_MARKER_FORMAT),
  entry('board-words', BOARD_WORDS_FORMAT),
  entry('curve-marker', CURVE_MARKER_FORMAT),
];

interface FixtureCase {
  readonly stored: unknown;
  readonly value: unknown;
}

function fixturePath(stem: string, version: number): URL {
  return new URL(`../fixtures/stored/${stem}.v${version}.json`, import.meta.url);
}

describe('stored formats', () => {
  for (const format of FORMATS) {
    const { fixture } = format;
    describe(format.name, () => {
      it('has a frozen fixture of every version ever written, and each still reads as the value it held', () => {
        for (const version of writtenVersions(format)) {
          const path = fixturePath(fixture, version);
          expect(existsSync(path), `${fixture}.v${version}.json`).toBe(true);
          const cases = JSON.parse(readFileSync(path, 'utf8')) as FixtureCase[];
          expect(cases.length).toBeGreaterThan(0);
          for (const { stored, value } of cases) {
            expect(format.read(stored), JSON.stringify(stored)).toEqual({ kind: 'value', value });
          }
        }
      });

      it('writes the current fixture exactly, so a change of the written form needs a new version', () => {
        const path = fixturePath(fixture, format.version);
        const cases = JSON.parse(readFileSync(path, 'utf8')) as FixtureCase[];
        for (const { stored, value } of cases) {
          expect(JSON.parse(JSON.stringify(format.write(value)))).toEqual(stored);
        }
      });

      it('reports a newer version as unreadable, not as a guess', () => {
        expect(format.read({ v: format.version + 1 })).toEqual({
          kind: 'unreadable',
          version: format.version + 1,
          reason: 'newer',
        });
      });

      it('reads nothing stored as none and damage as invalid, never throwing', () => {
        expect(format.read(undefined)).toEqual({ kind: 'none' });
        expect(format.read(null)).toEqual({ kind: 'none' });
        for (const damaged of ['x', 3, [], {}, { v: 0 }, { v: 1.5 }, { v: '1' }]) {
          expect(format.read(damaged)).toMatchObject({ kind: 'unreadable', reason: 'invalid' });
        }
      });
    });
  }
});

describe('the migration sequence', () => {
  // A format at version 3 whose fields were renamed twice: `name` (v1) → `title` (v2) → `label` (v3).
  const format: StoredFormat<string, { label: string }> = {
    name: 'example',
    version: 3,
    migrations: {
      1: ({ name, ...rest }: StoredRecord) => ({ ...rest, title: name }),
      2: ({ title, ...rest }: StoredRecord) => ({ ...rest, label: title }),
    },
    parse: (record) => (typeof record.label === 'string' ? record.label : null),
    write: (label) => ({ label }),
  };

  it('brings every older version up to the current one, step by step', () => {
    expect(readStored(format, { v: 1, name: 'a' })).toEqual({ kind: 'value', value: 'a' });
    expect(readStored(format, { v: 2, title: 'b' })).toEqual({ kind: 'value', value: 'b' });
    expect(readStored(format, writeStored(format, 'c'))).toEqual({ kind: 'value', value: 'c' });
  });

  it('reads a version whose step is missing as invalid', () => {
    const gap = { ...format, migrations: { 2: format.migrations[2] as (s: StoredRecord) => StoredRecord } };
    expect(readStored(gap, { v: 1, name: 'a' })).toEqual({
      kind: 'unreadable',
      version: 1,
      reason: 'invalid',
    });
  });
});

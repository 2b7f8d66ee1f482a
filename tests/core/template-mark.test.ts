import { describe, expect, it } from 'vitest';
import {
  MARK_KEY,
  MARK_VERSION,
  readMark,
  type TemplateMark,
  writeMark,
} from '../../src/core/template-mark.ts';

const MARKS: readonly TemplateMark[] = [
  { role: 'map', mapId: 'm1' },
  { role: 'phase', mapId: 'm1', phase: 'during' },
  { role: 'row', mapId: 'm1', phase: 'after', touchpoint: 'Mobile app' },
  { role: 'row', mapId: 'm1', phase: 'after', touchpoint: 'Pop-up stand', type: 'physical' },
  { role: 'zone', mapId: 'm1', phase: 'before', touchpoint: 'Сайт', sentiment: 'negative' },
  { role: 'badge', mapId: 'm1', phase: 'before', touchpoint: 'Website' },
];

describe('template marks', () => {
  it('reads back every role exactly as written, through JSON as the board stores it', () => {
    for (const mark of MARKS) {
      const stored = JSON.parse(JSON.stringify(writeMark(mark)));
      expect(readMark(stored)).toEqual({ kind: 'mark', mark });
    }
  });

  it('reads a row with a type it does not know as a row without one', () => {
    const stored = {
      ...writeMark({ role: 'row', mapId: 'm1', phase: 'after', touchpoint: 'Kiosk' }),
      k: 'robotic',
    };
    expect(readMark(stored)).toEqual({
      kind: 'mark',
      mark: { role: 'row', mapId: 'm1', phase: 'after', touchpoint: 'Kiosk' },
    });
  });

  it('writes the current version under the app key, compactly', () => {
    expect(MARK_KEY).toBe('touchpointTally');
    const stored = writeMark({
      role: 'zone',
      mapId: 'abc',
      phase: 'before',
      touchpoint: 'Website',
      sentiment: 'positive',
    });
    expect(stored.v).toBe(MARK_VERSION);
    expect(JSON.stringify(stored).length).toBeLessThan(100);
  });

  it('reports a mark from a newer release instead of misreading it', () => {
    expect(readMark({ v: MARK_VERSION + 1, r: 'zone', m: 'x', future: true })).toEqual({
      kind: 'unreadable',
      version: MARK_VERSION + 1,
      reason: 'newer',
    });
  });

  it('says "none" for items without the app mark, "invalid" for damaged ones', () => {
    expect(readMark(undefined)).toEqual({ kind: 'none' });
    expect(readMark(null)).toEqual({ kind: 'none' });
    for (const damaged of [
      'zone',
      [1, 2],
      {},
      { v: 0, r: 'map', m: 'm' },
      { v: 1.5, r: 'map', m: 'm' },
      { v: '1', r: 'map', m: 'm' },
      { v: 1, r: 'map', m: '' },
      { v: 1, r: 'phase', m: 'm', p: 'someday' },
      { v: 1, r: 'row', m: 'm', p: 'before' },
      { v: 1, r: 'zone', m: 'm', p: 'before', t: 'Website', s: 'happy' },
      { v: 1, r: 'legend', m: 'm', p: 'before', t: 'Website' },
    ]) {
      expect(readMark(damaged), JSON.stringify(damaged)).toMatchObject({
        kind: 'unreadable',
        reason: 'invalid',
      });
    }
  });
});

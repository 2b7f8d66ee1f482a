import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BoardFormatError, readBoard } from '../../src/core/snapshot.ts';
import { writeMark } from '../../src/core/template-mark.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url), 'utf8'));

const noteAt = (json: unknown, id: string) => readBoard(json).notes.find((note) => note.id === id);
const regionOf = (json: unknown, id: string) => readBoard(json).regions.find((region) => region.id === id);

describe('readBoard: the three forms', () => {
  it('reads Web SDK items (form 1): notes with decoded text, colours, tag titles; frames and shapes as regions', () => {
    const snapshot = readBoard(fixture('en-web-sdk.json'));
    expect(snapshot.notes).toHaveLength(11);
    expect(snapshot.notes[1]).toEqual({
      id: '3458764564249021002',
      text: 'Slow & confusing search',
      x: 700,
      y: 300,
      colour: 'green',
      tags: [],
    });
    // A text item is neither a note nor a region.
    expect(snapshot.regions.map((region) => region.id)).not.toContain('3458764564249000030');
    expect(snapshot.regions).toHaveLength(8);
    expect(regionOf(fixture('en-web-sdk.json'), '3458764564249000001')?.label).toBe('Persona: Anna & kids');
  });

  it('drops a tag that has no title from the notes it is on, and still reads the note', () => {
    const json = [
      { type: 'tag', id: 't1' },
      { type: 'tag', id: 't2', title: 'Urgent' },
      { type: 'sticky_note', id: 'n', content: 'a', x: 0, y: 0, tagIds: ['t1', 't2'] },
    ];
    expect(noteAt(json, 'n')?.tags).toEqual(['Urgent']);
  });

  it('resolves tagIds through tag items, dropping unknown ids', () => {
    expect(noteAt(fixture('en-web-sdk.json'), '3458764564249021005')?.tags).toEqual([
      'Quick win',
      'Positive',
    ]);
  });

  it('reads a list of REST pages (form 2) with numbers as strings and nested frames', () => {
    const json = fixture('ru-rest-pages.json');
    const snapshot = readBoard(json);
    expect(snapshot.notes.map((note) => note.id)).toEqual(['200', '201', '202', '203', '204', '205', '206']);
    // 110 is at (500, 300) from the top-left of 100, which spans (0, 0)–(1000, 1200).
    expect(regionOf(json, '110')?.rect).toEqual({ left: 100, top: 100, right: 900, bottom: 500 });
    // 120 sits inside 110 inside 100: frames nest.
    expect(regionOf(json, '120')?.rect).toEqual({ left: 100, top: 100, right: 500, bottom: 500 });
    expect(noteAt(json, '201')).toMatchObject({ x: 800, y: 400, text: 'Долгая загрузка' });
    expect(noteAt(json, '204')?.tags).toEqual([]);
  });

  it('reads one REST page', () => {
    const snapshot = readBoard({
      data: [{ id: '1', type: 'sticky_note', data: { content: '<p>a</p>' }, position: { x: 1, y: 2 } }],
      cursor: null,
    });
    expect(snapshot.notes).toEqual([{ id: '1', text: 'a', x: 1, y: 2, colour: null, tags: [] }]);
  });

  it('reads { items, tags } (form 3) with tags coloured by color or fillColor and items of both forms', () => {
    const json = fixture('pl-items-and-tags.json');
    expect(noteAt(json, 'n2')?.tags).toEqual(['Negatywne', 'Pilne']);
    expect(noteAt(json, 'n1')?.tags).toEqual(['Pozytywne']);
    expect(regionOf(json, 'p1')?.rect).toEqual({ left: 0, top: 0, right: 600, bottom: 800 });
    expect(regionOf(json, 'p3')?.rect).toEqual({ left: 1200, top: 0, right: 1800, bottom: 800 });
  });

  it('reads a board with no notes, and an empty array, as empty boards', () => {
    expect(readBoard([]).notes).toEqual([]);
    expect(readBoard({ items: [] }).regions).toEqual([]);
    expect(readBoard({ data: [] }).notes).toEqual([]);
  });
});

describe('readBoard: coordinates', () => {
  const parent = { type: 'frame', id: 'F', title: 'Before', x: 1000, y: 500, width: 400, height: 200 };

  it('places a child relative to its parent top-left, also when relativeTo is missing', () => {
    const child = { type: 'sticky_note', id: 'n', content: 'a', x: 10, y: 20, parentId: 'F' };
    expect(noteAt([parent, { ...child, relativeTo: 'parent_top_left' }], 'n')).toMatchObject({
      x: 810,
      y: 420,
    });
    expect(noteAt([parent, child], 'n')).toMatchObject({ x: 810, y: 420 });
  });

  it('places a parent_center child relative to its parent centre', () => {
    const child = {
      type: 'sticky_note',
      id: 'n',
      content: 'a',
      x: 10,
      y: -20,
      parentId: 'F',
      relativeTo: 'parent_center',
    };
    expect(noteAt([parent, child], 'n')).toMatchObject({ x: 1010, y: 480 });
  });

  it('resolves nested frames recursively, whatever order the file lists them in', () => {
    const inner = {
      type: 'frame',
      id: 'G',
      title: 'x',
      x: 100,
      y: 50,
      width: 100,
      height: 50,
      parentId: 'F',
    };
    const child = { type: 'sticky_note', id: 'n', content: 'a', x: 5, y: 5, parentId: 'G' };
    // F's top-left (800, 400); G's centre (900, 450), top-left (850, 425).
    expect(noteAt([child, inner, parent], 'n')).toMatchObject({ x: 855, y: 430 });
    expect(regionOf([child, inner, parent], 'G')?.rect).toEqual({
      left: 850,
      top: 425,
      right: 950,
      bottom: 475,
    });
  });

  it('mixes parent_center and parent_top_left down a nesting', () => {
    const inner = {
      type: 'frame',
      id: 'G',
      title: 'x',
      x: -100,
      y: 0,
      width: 100,
      height: 50,
      parentId: 'F',
      relativeTo: 'parent_center',
    };
    const child = {
      type: 'sticky_note',
      id: 'n',
      content: 'a',
      x: 5,
      y: 5,
      parentId: 'G',
      relativeTo: 'parent_top_left',
    };
    // G's centre is F's centre (1000, 500) moved by (-100, 0): (900, 500); its top-left (850, 475).
    expect(noteAt([parent, inner, child], 'n')).toMatchObject({ x: 855, y: 480 });
    const centred = { ...child, relativeTo: 'parent_center' };
    expect(noteAt([parent, inner, centred], 'n')).toMatchObject({ x: 905, y: 505 });
  });

  it('leaves a frame or shape placed relative to the canvas centre where it is, even inside a parent', () => {
    const inner = {
      type: 'shape',
      id: 'S',
      content: 'x',
      x: 50,
      y: 60,
      width: 20,
      height: 10,
      parentId: 'F',
    };
    expect(regionOf([parent, { ...inner, relativeTo: 'canvas_center' }], 'S')?.rect).toEqual({
      left: 40,
      top: 55,
      right: 60,
      bottom: 65,
    });
    const frameInside = { ...inner, type: 'frame', title: 'x', relativeTo: 'canvas_center' };
    expect(regionOf([parent, frameInside], 'S')?.rect).toEqual({ left: 40, top: 55, right: 60, bottom: 65 });
    // Nested one level deeper, through the chain of parents placed first.
    const deeper = { type: 'shape', id: 'D', content: 'x', x: 5, y: 5, width: 2, height: 2, parentId: 'S' };
    expect(regionOf([{ ...deeper, relativeTo: 'canvas_center' }, frameInside, parent], 'D')?.rect).toEqual({
      left: 4,
      top: 4,
      right: 6,
      bottom: 6,
    });
  });

  it('places an item whose parent is not in the file as if in board coordinates', () => {
    const child = {
      type: 'sticky_note',
      id: 'n',
      content: 'a',
      x: 10,
      y: 20,
      parentId: 'missing',
      relativeTo: 'parent_top_left',
    };
    expect(noteAt([child], 'n')).toMatchObject({ x: 10, y: 20 });
  });

  it('survives a parent cycle in a broken file', () => {
    const a = { type: 'frame', id: 'A', title: 'a', x: 10, y: 10, width: 20, height: 20, parentId: 'B' };
    const b = { type: 'frame', id: 'B', title: 'b', x: 100, y: 100, width: 20, height: 20, parentId: 'A' };
    expect(readBoard([a, b]).regions).toHaveLength(2);
  });

  it('accepts numbers as strings and ignores rotation', () => {
    const json = [
      { type: 'shape', id: 's', content: 'x', x: '10', y: ' 20 ', width: '4', height: '2', rotation: 45 },
    ];
    expect(regionOf(json, 's')?.rect).toEqual({ left: 8, top: 19, right: 12, bottom: 21 });
  });

  it('drops frames and shapes without area or position, and keeps a note without position (it lies nowhere)', () => {
    const json = [
      { type: 'shape', id: 'flat', content: 'x', x: 0, y: 0, width: 10, height: 0 },
      { type: 'frame', id: 'nowhere', title: 'x', width: 10, height: 10 },
      { type: 'sticky_note', id: 'n', content: 'a' },
      { type: 'shape', id: 'blank-x', content: 'x', x: '', y: 0, width: 10, height: 10 },
      { type: 'shape', id: 'blank-y', content: 'x', x: 0, y: '  ', width: 10, height: 10 },
    ];
    const snapshot = readBoard(json);
    expect(snapshot.regions).toEqual([]);
    expect(Number.isNaN(snapshot.notes[0]?.x)).toBe(true);
  });

  it('reads infinite, NaN and overflowing geometry as no place: no region, a note that lies nowhere', () => {
    const json = JSON.parse(`[
      { "type": "frame", "id": "infinite", "title": "Before purchase", "x": 0, "y": 0, "width": 1e999, "height": 10 },
      { "type": "frame", "id": "words", "title": "x", "x": "Infinity", "y": "NaN", "width": 10, "height": 10 },
      { "type": "frame", "id": "overflow", "title": "x", "x": 1.7e308, "y": 0, "width": 1e308, "height": 10 },
      { "type": "shape", "id": "huge", "content": "x", "x": 0, "y": 0, "width": 1e308, "height": 1e308 },
      { "type": "frame", "id": "far", "title": "x", "x": 1e308, "y": 0, "width": 10, "height": 10 },
      { "type": "sticky_note", "id": "n", "content": "a", "x": 5, "y": 1e999 },
      { "type": "sticky_note", "id": "m", "content": "b", "x": 1e308, "y": 1e308, "parentId": "far" }
    ]`);
    const snapshot = readBoard(json);
    // Huge but finite is still a place: a frame whose edges are numbers is a region.
    expect(snapshot.regions.map((region) => region.id)).toEqual(['huge', 'far']);
    expect(Number.isNaN(noteAt(json, 'n')?.y)).toBe(true);
    expect(noteAt(json, 'm')?.x).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('readBoard: template marks', () => {
  it('reads the app metadata into Region.mark and counts marks it cannot read', () => {
    const mark = writeMark({ role: 'phase', mapId: 'm1', phase: 'during' });
    const json = [
      {
        type: 'frame',
        id: 'a',
        title: 'Kasa',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: mark },
      },
      {
        type: 'frame',
        id: 'b',
        title: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: { v: 99 } },
      },
      {
        type: 'frame',
        id: 'c',
        title: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: 'junk' },
      },
      { type: 'frame', id: 'd', title: 'x', x: 0, y: 0, width: 10, height: 10 },
      {
        type: 'shape',
        id: 'e',
        content: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: { v: 0 } },
      },
    ];
    const snapshot = readBoard(json);
    expect(snapshot.regions.map((region) => region.mark)).toEqual([
      { role: 'phase', mapId: 'm1', phase: 'during' },
      null,
      null,
      null,
      null,
    ]);
    // Counted apart: one from a newer release, two broken.
    expect(snapshot.unreadableMarks).toEqual({ newer: 1, invalid: 2 });
  });
});

describe('readBoard: files that are not boards', () => {
  it.each([
    ['a number', 42],
    ['a string', 'board'],
    ['null', null],
    ['an object without data or items', { boards: [] }],
    ['items that are not objects', [1, 2]],
    ['items without a type', [{ id: '1', x: 0 }]],
    ['a REST page with a non-item', { data: [null] }],
  ])('rejects %s with one clear sentence', (_name, json) => {
    expect(() => readBoard(json)).toThrow(BoardFormatError);
    try {
      readBoard(json);
    } catch (error) {
      expect((error as Error).message).toMatch(/^[A-Z].*[.)]$/);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

// Tag facts: their own colour set, unique titles, 8 per item and 100 per board.
import { describe, expect, it } from 'vitest';
import { isStickyNote } from '../../src/miro/board-api.ts';
import { createSimulatedMiro, TAG_COLOURS } from '../../src/simulator/index.ts';

describe('simulated tags', () => {
  it('accepts tag colours and rejects sticky-only colours such as light_yellow', async () => {
    const { board } = createSimulatedMiro();
    for (const [index, color] of TAG_COLOURS.entries()) {
      await expect(board.createTag({ title: `t${index}`, color })).resolves.toMatchObject({
        type: 'tag',
        color,
      });
    }
    // @ts-expect-error light_yellow is a sticky colour, not a tag colour
    await expect(board.createTag({ title: 'x', color: 'light_yellow' })).rejects.toThrow(/tag color/);
    expect((await board.createTag({ title: 'default' })).color).toBe('red');
  });

  it('rejects a second tag with the same title, so the app must reuse the existing one', async () => {
    const { board } = createSimulatedMiro();
    const pros = await board.createTag({ title: 'Pros', color: 'green' });
    await expect(board.createTag({ title: 'Pros', color: 'blue' })).rejects.toThrow(/already exists/);
    const cons = await board.createTag({ title: 'Cons' });
    cons.title = 'Pros';
    await expect(cons.sync()).rejects.toThrow(/unique/);
    expect(pros.title).toBe('Pros');
  });

  it('rejects a 101st tag on a board', async () => {
    const { board } = createSimulatedMiro();
    for (let index = 0; index < 100; index += 1) await board.createTag({ title: `tag ${index}` });
    await expect(board.createTag({ title: 'one too many' })).rejects.toThrow(/at most 100 tags/);
  });

  it('rejects a ninth tag on a sticky note, on create and on sync', async () => {
    const { board } = createSimulatedMiro();
    const tags = [];
    for (let index = 0; index < 9; index += 1) tags.push(await board.createTag({ title: `tag ${index}` }));
    const ids = tags.map((tag) => tag.id);
    await expect(board.createStickyNote({ tagIds: ids })).rejects.toThrow(/at most 8 tags/);
    const note = await board.createStickyNote({ tagIds: ids.slice(0, 8) });
    expect(note.tagIds).toHaveLength(8);
    note.tagIds = ids;
    await expect(note.sync()).rejects.toThrow(/at most 8 tags/);
  });

  it('rejects tagIds naming no tag on the board', async () => {
    const { board } = createSimulatedMiro();
    await expect(board.createStickyNote({ tagIds: ['3458764600000099999'] })).rejects.toThrow(
      /does not exist/,
    );
  });

  it('drops a deleted tag from the notes that carried it', async () => {
    const { board } = createSimulatedMiro();
    const tag = await board.createTag({ title: 'Minus' });
    const note = await board.createStickyNote({ tagIds: [tag.id] });
    await board.remove(tag);
    const [reread] = (await board.get({ id: note.id })).filter(isStickyNote);
    expect(reread?.tagIds).toEqual([]);
  });
});

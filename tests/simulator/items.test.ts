// Item facts a real board enforces; each test names what would break on Miro if the
// simulator were more lenient than the board.
import { describe, expect, it } from 'vitest';
import { isFrame, isShape, isStickyNote, isTag, isText } from '../../src/miro/board-api.ts';
import { createSimulatedMiro, STICKY_COLOURS } from '../../src/simulator/index.ts';

describe('simulated items', () => {
  it('hands out ids as long digit strings, so code never parses or orders them as small numbers', async () => {
    const { board } = createSimulatedMiro();
    const note = await board.createStickyNote({ content: '<p>a</p>' });
    const frame = await board.createFrame({ title: 'Before' });
    expect(note.id).toMatch(/^\d{19}$/);
    expect(frame.id).toMatch(/^\d{19}$/);
    expect(Number(frame.id) - Number(note.id)).not.toBe(1);
  });

  it('reports x and y as the centre with origin "center", so placing by top-left puts items off by half a size', async () => {
    const { board, control } = createSimulatedMiro();
    const shape = await board.createShape({ x: 100, y: 200, width: 300, height: 100 });
    expect(shape.origin).toBe('center');
    expect(shape.relativeTo).toBe('canvas_center');
    expect(shape.parentId).toBeNull();
    const [drawn] = control.items();
    expect(drawn).toMatchObject({ boardX: 100, boardY: 200, width: 300, height: 100 });
  });

  it('carries the SDK fields a panel reads: stamps, style, content, tagIds, shape', async () => {
    const { board } = createSimulatedMiro({ now: () => Date.UTC(2025, 0, 2) });
    const note = await board.createStickyNote({
      content: '<p>Late &amp; rude</p>',
      style: { fillColor: 'red' },
    });
    expect(note).toMatchObject({
      type: 'sticky_note',
      shape: 'square',
      content: '<p>Late &amp; rude</p>',
      style: { fillColor: 'red', textAlign: 'center', textAlignVertical: 'middle' },
      tagIds: [],
      createdAt: '2025-01-02T00:00:00.000Z',
      modifiedAt: '2025-01-02T00:00:00.000Z',
    });
    expect(note.createdBy).toMatch(/^\d+$/);
  });

  it('keeps sticky content as HTML, so code that shows it raw would show tags and entities', async () => {
    const { board } = createSimulatedMiro();
    await board.createStickyNote({ content: '<p>a</p><p>b &lt;3</p>' });
    const [note] = (await board.get({ type: 'sticky_note' })).filter(isStickyNote);
    expect(note?.content).toBe('<p>a</p><p>b &lt;3</p>');
  });

  it('makes parentId read-only: assigning it throws instead of silently moving nothing', async () => {
    const { board } = createSimulatedMiro();
    const note = await board.createStickyNote({});
    expect(() => {
      // @ts-expect-error parentId is read-only in the SDK's types too
      note.parentId = '123';
    }).toThrow(TypeError);
  });

  it('rejects creating an item with a parentId: Miro wants create, then frame.add', async () => {
    const { board } = createSimulatedMiro();
    const frame = await board.createFrame({ width: 400, height: 400 });
    await expect(board.createStickyNote({ parentId: frame.id })).rejects.toThrow(/frame\.add/);
  });

  it('reports a square sticky created 199 wide as 199 × 228, so layouts by width alone overlap rows', async () => {
    const { board } = createSimulatedMiro();
    const square = await board.createStickyNote({ width: 199 });
    expect([square.width, square.height]).toEqual([199, 228]);
    const defaultSquare = await board.createStickyNote({});
    expect([defaultSquare.width, defaultSquare.height]).toEqual([199, 228]);
    const rectangle = await board.createStickyNote({ shape: 'rectangle' });
    expect([rectangle.width, rectangle.height]).toEqual([350, 228]);
    const byHeight = await board.createStickyNote({ height: 456 });
    expect([byHeight.width, byHeight.height]).toEqual([398, 456]);
  });

  it('rejects a sticky note given both width and height, on create and on sync', async () => {
    const { board } = createSimulatedMiro();
    await expect(board.createStickyNote({ width: 200, height: 200 })).rejects.toThrow(
      /width or height, not both/,
    );
    const note = await board.createStickyNote({});
    note.width = 300;
    note.height = 300;
    await expect(note.sync()).rejects.toThrow(/not both/);
    note.height = 228;
    note.width = 398;
    await note.sync();
    expect([note.width, note.height]).toEqual([398, 456]);
  });

  it('accepts exactly the 16 sticky colours and rejects others such as a hex code or "magenta"', async () => {
    const { board } = createSimulatedMiro();
    expect(STICKY_COLOURS).toHaveLength(16);
    for (const fillColor of STICKY_COLOURS) {
      await expect(board.createStickyNote({ style: { fillColor } })).resolves.toBeTruthy();
    }
    // @ts-expect-error not a sticky colour
    await expect(board.createStickyNote({ style: { fillColor: '#ff0000' } })).rejects.toThrow(/fillColor/);
    const note = await board.createStickyNote({});
    // @ts-expect-error a tag colour, not a sticky colour
    note.style.fillColor = 'magenta';
    await expect(note.sync()).rejects.toThrow(/fillColor/);
  });

  it('applies sync() only to the fields an app may change and refreshes the object', async () => {
    const { board } = createSimulatedMiro();
    const note = await board.createStickyNote({ content: '<p>old</p>' });
    note.content = '<p>new</p>';
    note.x = 40;
    await note.sync();
    const again = await board.getById(note.id);
    expect(again).toMatchObject({ content: '<p>new</p>', x: 40 });
  });

  it('rejects resizing a shape after creation, so the app creates template parts at their final size', async () => {
    const { board } = createSimulatedMiro();
    const shape = await board.createShape({ width: 200, height: 100 });
    expect(() => {
      // @ts-expect-error width is read-only on shapes
      shape.width = 300;
    }).toThrow(TypeError);
  });

  it('narrows items by guards, since a type check does not narrow the Item union', async () => {
    const { board } = createSimulatedMiro();
    await board.createStickyNote({});
    await board.createFrame({});
    await board.createShape({});
    await board.createText({ content: 'hello' });
    await board.createTag({ title: 'Pros', color: 'green' });
    const all = await board.get();
    expect(all.filter(isStickyNote)).toHaveLength(1);
    expect(all.filter(isFrame)).toHaveLength(1);
    expect(all.filter(isShape)).toHaveLength(1);
    expect(all.filter(isText)).toHaveLength(1);
    expect(all.filter(isTag)).toHaveLength(1);
  });

  it("grows a text item's height with its content: a line per paragraph, more where one wraps", async () => {
    const { board } = createSimulatedMiro();
    const style = { fontSize: 16 };
    const one = await board.createText({ content: '<p>Owner: Anna</p>', width: 512, style });
    const three = await board.createText({
      content: '<p>Channels: web</p><p>Owner: Anna</p><p>Target action: order</p>',
      width: 512,
      style,
    });
    const wrapped = await board.createText({ content: `<p>${'word '.repeat(60)}</p>`, width: 512, style });
    expect(three.height).toBeCloseTo(3 * one.height);
    expect(wrapped.height).toBeGreaterThan(one.height * 3);
    three.content = '<p>Owner: Anna</p>';
    await three.sync();
    expect(three.height).toBeCloseTo(one.height);
  });

  it('keeps a sticky note as Miro does: over 6,000 characters refused, tags other than p a strong b em i u s br stripped', async () => {
    const { board } = createSimulatedMiro();
    await expect(board.createStickyNote({ content: `<p>${'x'.repeat(6000)}</p>` })).rejects.toThrow(
      /at most 6000 characters/,
    );
    const note = await board.createStickyNote({
      content:
        '<p><strong>Slow</strong> <span style="color:red">checkout</span></p><h1>Big</h1><br><img src=x>',
    });
    expect(note.content).toBe('<p><strong>Slow</strong> checkout</p>Big<br>');
    note.content = `<p>${'y'.repeat(6001)}</p>`;
    await expect(note.sync()).rejects.toThrow(/at most 6000 characters/);
  });

  it('refuses a notification over 80 characters, as Miro does', async () => {
    const { board, control } = createSimulatedMiro();
    await board.notifications.showInfo('x'.repeat(80));
    await expect(board.notifications.showError('x'.repeat(81))).rejects.toThrow(/at most 80 characters/);
    expect(control.notifications()).toHaveLength(1);
  });

  it('filters get by id, type and tags like the SDK', async () => {
    const { board } = createSimulatedMiro();
    const tag = await board.createTag({ title: 'Cons', color: 'red' });
    const tagged = await board.createStickyNote({ tagIds: [tag.id] });
    const plain = await board.createStickyNote({});
    await board.createShape({});
    expect((await board.get({ id: plain.id })).map((item) => item.id)).toEqual([plain.id]);
    expect((await board.get({ id: [plain.id, tagged.id, '999'] })).map((item) => item.id)).toEqual([
      plain.id,
      tagged.id,
    ]);
    expect((await board.get({ type: 'sticky_note' })).map((item) => item.id)).toEqual([tagged.id, plain.id]);
    expect((await board.get({ type: 'sticky_note', tags: tag.id })).map((item) => item.id)).toEqual([
      tagged.id,
    ]);
    await expect(board.getById('42')).rejects.toThrow(/not found/);
  });

  it('keeps layer order: sendToBack puts an item behind everything, bringToFront on top', async () => {
    const { board, control } = createSimulatedMiro();
    const first = await board.createShape({});
    const second = await board.createShape({});
    await board.sendToBack(second);
    expect(control.items().map((item) => item.id)).toEqual([second.id, first.id]);
    await second.bringToFront();
    expect(control.items().map((item) => item.id)).toEqual([first.id, second.id]);
    expect(await second.getLayerIndex()).toBe(1);
  });
});

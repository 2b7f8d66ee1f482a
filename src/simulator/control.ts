// The simulated board seen from outside the app: tests and the playground load and save
// boards, make edits as another user (which fire the events Miro would), click the app icon,
// read what the app showed, and turn the knobs. Nothing here passes the call gate: no
// latency, no credits, no failures.
import type { Rect, StickyNoteColorType, StickyNoteShape } from '@mirohq/websdk-types';
import { commit, removeItems, synced } from './board-edits.ts';
import { type BoardFileItem, loadBoard, saveBoard } from './board-file.ts';
import { type BoardState, boardCentre, placed } from './board-state.ts';
import type { CallGate, SimulatorOptions, SimulatorStats } from './call-gate.ts';
import { reparented } from './frames.ts';
import { plainItem } from './live-items.ts';
import {
  type Actor,
  existing,
  existingPlaced,
  insert,
  newStickyRecord,
  newTagRecord,
} from './new-records.ts';
import { cloneJson, type Metadata, type PlacedRecord, type StickyRecord, type TagRecord } from './records.ts';

/** A placed item as the playground draws it: its plain fields plus its centre in board coordinates. */
export type RenderedItem = PlacedRecord & {
  readonly boardX: number;
  readonly boardY: number;
  readonly metadata?: Metadata;
};

/** A notification the app showed, e.g. `{ type: 'error', message: 'Could not insert the map' }`. */
export interface NotificationRecord {
  readonly type: 'info' | 'error';
  readonly message: string;
}

/** A panel the app opened, e.g. `{ url: 'app.html' }`. */
export interface PanelRecord {
  readonly url: string;
  readonly height?: number;
  readonly data?: unknown;
}

/** Another user's edit of an item; `x` / `y` are board coordinates (where the person drops it). */
export interface UserEdit {
  readonly x?: number;
  readonly y?: number;
  readonly content?: string;
  readonly fillColor?: StickyNoteColorType;
  readonly width?: number;
  readonly title?: string;
}

/** The outside of a simulated board, for tests and the playground. */
export interface SimulatorControl {
  /** The shared board; pass it as `store` to open a second session (a second panel or user). */
  readonly store: BoardState;
  /** Changes the knobs, e.g. `setOptions({ failureRate: 0.2 })`. */
  setOptions(options: SimulatorOptions): void;
  /** Replaces the board with a file's items (form 1 of docs/scoring.md, plus `metadata` per item). */
  load(json: unknown): void;
  /** The board as a file; `load(save())` round-trips exactly, ids kept. */
  save(): BoardFileItem[];
  /** Placed items in layer order (back to front), with their board-coordinate centres. */
  items(): readonly RenderedItem[];
  /** The board's tags. */
  tags(): readonly TagRecord[];
  /** Calls `listener` after any change to the board or to what the app showed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** What the app's calls have cost so far. */
  stats(): SimulatorStats;
  resetStats(): void;
  /** Another user adds a sticky note at a board point; it lands in the smallest frame around it. */
  addStickyNote(note: {
    readonly x: number;
    readonly y: number;
    readonly content?: string;
    readonly fillColor?: StickyNoteColorType;
    readonly shape?: StickyNoteShape;
    readonly width?: number;
  }): StickyRecord;
  /** Another user moves, recolours, resizes or retexts an item. */
  update(id: string, edit: UserEdit): void;
  /** Another user deletes an item (a frame with its children). */
  remove(id: string): void;
  /** Another user tags a sticky note, creating the tag when no tag has that title. */
  tagItem(id: string, title: string, color?: TagRecord['color']): TagRecord;
  /** The user selects items on the board (fires `selection:update`). */
  select(ids: readonly string[]): void;
  /** The user clicks the app's icon in the toolbar (fires `icon:click`). */
  clickIcon(): void;
  /** Notifications the app showed, oldest first. */
  notifications(): readonly NotificationRecord[];
  /** The board rectangle the user sees, the one `viewport.get()` gives the app, e.g. `{ x: -640, y: -360, width: 1280, height: 720 }`. */
  viewport(): Rect;
  /** The user pans or zooms: shows this board rectangle (whole, at the screen's aspect ratio). */
  showArea(area: Rect): void;
  /** The size of the user's screen (the drawn board) in pixels; zoom and centre stay. */
  setScreen(size: { readonly width: number; readonly height: number }): void;
  /** Calls `listener` whenever the viewport moves (the user's pan or zoom, or the app's `viewport` calls); returns the unsubscribe. */
  subscribeViewport(listener: () => void): () => void;
  /** Panels the app opened, oldest first. */
  openedPanels(): readonly PanelRecord[];
}

/** What the control needs from its session. */
export interface ControlLink {
  readonly state: BoardState;
  readonly gate: CallGate;
  readonly selection: Set<string>;
  readonly notifications: readonly NotificationRecord[];
  readonly panels: readonly PanelRecord[];
  readonly subscribers: Set<() => void>;
  emit(event: string, ...args: unknown[]): void;
  emitSelection(): void;
  readonly view: {
    get(): Rect;
    show(area: Rect): void;
    setScreen(size: { readonly width: number; readonly height: number }): void;
    subscribe(listener: () => void): () => void;
  };
}

const OTHER_USER_ID = '3458764517517819001';

/** The control of one session. */
export function createControl(link: ControlLink): SimulatorControl {
  const { state, gate } = link;
  const other: Actor = { userId: OTHER_USER_ID, now: () => gate.options().now() };

  function toRecordCoordinates(record: PlacedRecord, x: number, y: number): { x: number; y: number } {
    const parent = record.parentId === null ? undefined : placed(state, record.parentId);
    if (!parent) return { x, y };
    const centre = boardCentre(state, parent);
    if (record.relativeTo === 'parent_center') return { x: x - centre.x, y: y - centre.y };
    return { x: x - (centre.x - parent.width / 2), y: y - (centre.y - parent.height / 2) };
  }

  return {
    store: state,
    setOptions: (options) => gate.setOptions(options),
    load: (json) => loadBoard(state, json, other),
    save: () => saveBoard(state),
    items: () =>
      [...state.records.values()].flatMap((record) => {
        if (record.type === 'tag') return [];
        const centre = boardCentre(state, record);
        const metadata = state.metadata.get(record.id);
        const rendered = {
          ...(plainItem(state, record) as PlacedRecord),
          boardX: centre.x,
          boardY: centre.y,
        };
        return [metadata ? { ...rendered, metadata: cloneJson(metadata) } : rendered];
      }),
    tags: () =>
      [...state.records.values()].flatMap((record) => (record.type === 'tag' ? [cloneJson(record)] : [])),
    subscribe(listener) {
      link.subscribers.add(listener);
      return () => link.subscribers.delete(listener);
    },
    stats: () => gate.stats(),
    resetStats: () => gate.resetStats(),
    addStickyNote(note) {
      const fresh = newStickyRecord(
        state,
        {
          x: note.x,
          y: note.y,
          content: note.content,
          shape: note.shape,
          width: note.width,
          style: note.fillColor === undefined ? undefined : { fillColor: note.fillColor },
        },
        other,
      );
      const record = reparented(state, fresh);
      insert(state, [record]);
      return cloneJson(record);
    },
    update(id, edit) {
      const stored = existingPlaced(state, id);
      const moved =
        edit.x === undefined && edit.y === undefined
          ? {}
          : toRecordCoordinates(
              stored,
              edit.x ?? boardCentre(state, stored).x,
              edit.y ?? boardCentre(state, stored).y,
            );
      const next = synced(state, stored, {
        ...moved,
        content: edit.content,
        width: edit.width,
        title: edit.title,
        style: edit.fillColor === undefined ? undefined : { fillColor: edit.fillColor },
      });
      commit(state, next, other, 'user');
    },
    remove(id) {
      removeItems(state, [id]);
    },
    tagItem(id, title, color) {
      const note = existing(state, id);
      if (note.type !== 'sticky_note') throw new Error(`Item ${id} is not a sticky note.`);
      let tag = [...state.records.values()].find(
        (record): record is TagRecord => record.type === 'tag' && record.title === title,
      );
      if (!tag) {
        tag = newTagRecord(state, { title, color });
        insert(state, [tag]);
      }
      if (!note.tagIds.includes(tag.id)) {
        commit(state, synced(state, note, { tagIds: [...note.tagIds, tag.id] }), other, 'user');
      }
      return cloneJson(tag);
    },
    select(ids) {
      for (const id of ids) existingPlaced(state, id);
      link.selection.clear();
      for (const id of ids) link.selection.add(id);
      link.emitSelection();
      for (const subscriber of [...link.subscribers]) subscriber();
    },
    clickIcon() {
      link.emit('icon:click');
    },
    notifications: () => link.notifications.map((notification) => ({ ...notification })),
    openedPanels: () => link.panels.map((panel) => cloneJson(panel)),
    viewport: () => link.view.get(),
    showArea(area) {
      if (!(area.width > 0 && area.height > 0)) throw new Error('An area needs a positive width and height.');
      link.view.show(area);
    },
    setScreen: (size) => link.view.setScreen(size),
    subscribeViewport: (listener) => link.view.subscribe(listener),
  };
}

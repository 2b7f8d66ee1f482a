// The simulated board drawn as Miro draws it: frames, shapes, texts and sticky notes in their
// colours (each drawn by ItemShape.tsx), with pan (drag the background, arrow keys), zoom (wheel,
// + / −) and notes that can be dragged.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RenderedItem } from '../simulator/index.ts';
import { ItemShape } from './ItemShape.tsx';

/** Where the board is seen from: the board point at the canvas's top-left and the zoom. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

interface BoardCanvasProps {
  readonly items: readonly RenderedItem[];
  readonly tagTitles: ReadonlyMap<string, string>;
  readonly selected: ReadonlySet<string>;
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly onSelect: (id: string | null) => void;
  readonly onMove: (id: string, x: number, y: number) => void;
  /** Told the canvas's size on screen whenever it changes, so the board can be fitted to it. */
  readonly onResize?: (size: { readonly width: number; readonly height: number }) => void;
}

/** Below this zoom, note texts are not drawn: a 5,000-note board stays fluid. */
const TEXT_MIN_SCALE = 0.12;

/** The drawn board. */
export function BoardCanvas({
  items,
  tagTitles,
  selected,
  view,
  onView,
  onSelect,
  onMove,
  onResize,
}: BoardCanvasProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);
  const gesture = useRef<
    | { kind: 'pan'; startX: number; startY: number; view: View }
    | { kind: 'note'; id: string; startX: number; startY: number }
    | null
  >(null);
  const [size, setSize] = useState({ width: 900, height: 700 });
  const onResizeRef = useRef(onResize);
  onResizeRef.current = onResize;

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const box = element.getBoundingClientRect();
      const next = { width: box.width, height: box.height };
      setSize(next);
      onResizeRef.current?.(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const box = svg.current?.getBoundingClientRect();
    if (!box) return;
    const factor = Math.exp(-event.deltaY * 0.0015);
    const scale = Math.min(2, Math.max(0.01, view.scale * factor));
    const pointX = view.x + (event.clientX - box.left) / view.scale;
    const pointY = view.y + (event.clientY - box.top) / view.scale;
    onView({
      scale,
      x: pointX - (event.clientX - box.left) / scale,
      y: pointY - (event.clientY - box.top) / scale,
    });
  };

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  });

  const onPointerDown = (event: PointerEvent) => {
    const target = (event.target as Element).closest('[data-note-id]');
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    if (target) {
      const id = target.getAttribute('data-note-id') ?? '';
      gesture.current = { kind: 'note', id, startX: event.clientX, startY: event.clientY };
      onSelect(id);
    } else {
      gesture.current = { kind: 'pan', startX: event.clientX, startY: event.clientY, view };
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    const current = gesture.current;
    if (!current) return;
    const dx = (event.clientX - current.startX) / view.scale;
    const dy = (event.clientY - current.startY) / view.scale;
    if (current.kind === 'pan') {
      onView({ ...current.view, x: current.view.x - dx, y: current.view.y - dy });
    } else {
      setDrag({ id: current.id, dx, dy });
    }
  };

  const onPointerUp = (event: PointerEvent) => {
    const current = gesture.current;
    gesture.current = null;
    if (current?.kind === 'pan') {
      const moved = Math.abs(event.clientX - current.startX) + Math.abs(event.clientY - current.startY);
      if (moved < 3) onSelect(null);
    }
    if (current?.kind === 'note' && drag && (drag.dx !== 0 || drag.dy !== 0)) {
      const item = items.find((candidate) => candidate.id === drag.id);
      if (item) onMove(item.id, item.boardX + drag.dx, item.boardY + drag.dy);
    }
    setDrag(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = 80 / view.scale;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const noteId = (event.target as Element).getAttribute?.('data-note-id');
    const move = moves[event.key];
    if (move && noteId && event.shiftKey) {
      // Shift + arrows move the focused note, as dragging would.
      const item = items.find((candidate) => candidate.id === noteId);
      if (item) onMove(item.id, item.boardX + move[0] / 4, item.boardY + move[1] / 4);
      event.preventDefault();
    } else if (move) {
      onView({ ...view, x: view.x + move[0], y: view.y + move[1] });
      event.preventDefault();
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      const factor = event.key === '-' ? 1 / 1.25 : 1.25;
      const centreX = view.x + size.width / 2 / view.scale;
      const centreY = view.y + size.height / 2 / view.scale;
      const scale = Math.min(2, Math.max(0.01, view.scale * factor));
      onView({ scale, x: centreX - size.width / 2 / scale, y: centreY - size.height / 2 / scale });
      event.preventDefault();
    } else if (event.key === 'Enter' && noteId) {
      onSelect(noteId);
    }
  };

  const drawn = useMemo(
    () =>
      items.map((item) => {
        const offset = drag && drag.id === item.id ? drag : null;
        return (
          <ItemShape
            key={item.id}
            item={item}
            dx={offset?.dx ?? 0}
            dy={offset?.dy ?? 0}
            selected={selected.has(item.id)}
            showText={view.scale >= TEXT_MIN_SCALE}
            scale={view.scale}
            tagTitles={tagTitles}
          />
        );
      }),
    [items, drag, selected, view.scale, tagTitles],
  );

  return (
    <svg
      ref={svg}
      class="board-canvas"
      role="application"
      aria-label="Simulated Miro board: drag or use the arrow keys to pan, wheel or + and − to zoom; Tab to a note, Enter to edit it, Shift + arrows to move it"
      // SVG attributes are case-sensitive and Preact sets them as written: only the lower-case
      // `tabindex` makes an SVG element focusable. The canvas takes the keys that pan and zoom it.
      tabindex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <g transform={`scale(${view.scale}) translate(${-view.x} ${-view.y})`}>{drawn}</g>
    </svg>
  );
}

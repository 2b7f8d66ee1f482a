// The simulated board drawn as Miro draws it: frames, shapes, texts and sticky notes in their
// colours, with pan (drag the background, arrow keys), zoom (wheel, + / −) and notes that can be
// dragged. Text from the board is rendered as text, never as HTML.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STICKY_FILLS, type StickyColour } from '../core/model.ts';
import { htmlToText } from '../core/text.ts';
import type { RenderedItem } from '../simulator/index.ts';

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

/** The most board units a frame title's line takes: zoomed far out, titles shrink rather than spill over the frame above. */
const TITLE_MAX_LINE = 90;

/**
 * Frame titles keep their size on screen and end in an ellipsis, as Miro draws them (until zoomed
 * far out); drawn with their frame, so notes on the board lie on top of them, never under.
 */
function FrameTitle({ item, scale }: { readonly item: RenderedItem; readonly scale: number }) {
  const line = Math.min(18 / scale, TITLE_MAX_LINE);
  return (
    <foreignObject
      x={item.boardX - item.width / 2}
      y={item.boardY - item.height / 2 - line - 2 / scale}
      width={item.width}
      height={line}
    >
      <div class="frame-title" style={{ fontSize: `${(line * 13) / 18}px`, lineHeight: `${line}px` }}>
        {item.type === 'frame' ? htmlToText(item.title) : ''}
      </div>
    </foreignObject>
  );
}

/** A paragraph of HTML content per line, each decoded as text (never rendered as HTML). */
function paragraphs(html: string): string[] {
  return html
    .split(/<\/p>|<br\s*\/?>/i)
    .map((part) => htmlToText(part))
    .filter((line) => line !== '');
}

/** Miro fits a note's text to the note: short texts large, long ones smaller. */
function noteFontSize(text: string, width: number, height: number): number {
  const characters = Math.max(text.length, 4);
  // A character takes about 0.6 em by 1.25 em; leave a third of the area as slack for line ends.
  const fitted = Math.sqrt((width * height) / (characters * 0.6 * 1.25 * 1.5));
  return Math.max(8, Math.min(fitted, width / 5));
}

function ItemShape({
  item,
  dx,
  dy,
  selected,
  showText,
  scale,
  tagTitles,
}: {
  readonly item: RenderedItem;
  readonly dx: number;
  readonly dy: number;
  readonly selected: boolean;
  readonly showText: boolean;
  readonly scale: number;
  readonly tagTitles: ReadonlyMap<string, string>;
}) {
  const left = item.boardX - item.width / 2 + dx;
  const top = item.boardY - item.height / 2 + dy;
  const outline = selected ? { stroke: '#4262ff', strokeWidth: 8 } : {};
  switch (item.type) {
    case 'frame':
      return (
        <g data-item-id={item.id} data-type="frame">
          <rect
            x={left}
            y={top}
            width={item.width}
            height={item.height}
            fill={item.style.fillColor}
            stroke="#c7cad1"
            strokeWidth={2}
            {...outline}
          />
          <FrameTitle item={item} scale={scale} />
        </g>
      );
    case 'shape':
      return (
        <g data-item-id={item.id} data-type="shape">
          <rect
            x={left}
            y={top}
            width={item.width}
            height={item.height}
            rx={item.shape === 'round_rectangle' ? 16 : 0}
            fill={item.style.fillColor ?? '#ffffff'}
            stroke={item.style.borderColor ?? '#1a1a1a'}
            strokeWidth={item.style.borderWidth ?? 2}
            {...outline}
          />
          {showText && (
            <foreignObject
              x={left + 16}
              y={top + 12}
              width={Math.max(item.width - 32, 1)}
              height={Math.max(item.height - 24, 1)}
            >
              <div
                class="shape-text"
                style={{
                  color: item.style.color,
                  fontSize: `${item.style.fontSize ?? 24}px`,
                  textAlign: item.style.textAlign ?? 'center',
                }}
              >
                {htmlToText(item.content)}
              </div>
            </foreignObject>
          )}
        </g>
      );
    case 'text':
      return showText ? (
        <foreignObject
          data-item-id={item.id}
          data-type="text"
          x={left}
          y={top}
          width={item.width}
          height={Math.max(item.height, 1)}
        >
          <div
            class="text-item"
            style={{
              color: item.style.color,
              fontSize: `${item.style.fontSize ?? 16}px`,
              background: item.style.fillColor === 'transparent' ? undefined : item.style.fillColor,
            }}
          >
            {paragraphs(item.content).map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        </foreignObject>
      ) : null;
    case 'sticky_note': {
      const fill = STICKY_FILLS[item.style.fillColor as StickyColour] ?? '#fff9b1';
      const tags = item.tagIds
        .map((id) => tagTitles.get(id))
        .filter((title): title is string => Boolean(title));
      const text = htmlToText(item.content);
      return (
        // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group acts as one
        <g
          data-note-id={item.id}
          data-item-id={item.id}
          data-type="sticky_note"
          data-colour={item.style.fillColor}
          tabindex={0}
          role="button"
          aria-label={`Sticky note: ${text || 'empty'}`}
          class="note"
        >
          <rect x={left} y={top} width={item.width} height={item.height} fill={fill} {...outline} />
          {showText && (
            <foreignObject x={left + 10} y={top + 10} width={item.width - 20} height={item.height - 20}>
              <div
                class={`note-text${item.style.fillColor === 'black' ? ' on-dark' : ''}`}
                style={{ fontSize: `${noteFontSize(text, item.width - 20, item.height - 20)}px` }}
              >
                <span>{text}</span>
                {tags.length > 0 && (
                  <span class="note-tags">
                    {tags.map((tag) => (
                      <span key={tag} class="note-tag">
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </div>
            </foreignObject>
          )}
        </g>
      );
    }
    default:
      return null;
  }
}

// One board item drawn as Miro draws it: a frame with its title, a shape with its text, a text,
// a sticky note in its colour with its tags. Text from the board is rendered as text, never as HTML.
import { STICKY_FILLS, type StickyColour } from '../core/model.ts';
import { htmlToText } from '../core/text.ts';
import type { RenderedItem } from '../simulator/index.ts';

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

/** An item at its place on the board, moved by (dx, dy) while it is dragged; texts only when `showText`. */
export function ItemShape({
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

// The touchpoint map as a plan of board items: a pure function from what the designer chose to
// frames, shapes and texts in board coordinates. The adapter only executes the plan, so every
// question of size, spacing and naming is answered (and tested) here, without Miro.
//
// Geometry (board units, y down):
//   map frame ⊃ three phase frames side by side ⊃ one row shape per touchpoint of that phase;
//   each row has a label column (name, details text, badge slot) then three zones (shapes) that
//   lie inside the row's rectangle but are siblings of it in the phase frame.
// The scorer reads the phase from the phase frame's title, the touchpoint from the smallest
// touchpoint region (the row) and the sentiment from the zone, by centre point alone.
// What the designer may choose and how it is checked: template-choices.ts; the plan's items:
// template-plan.ts.
import { BOARD_WORDS } from './board-words.ts';
import { escapeHtml } from './html.ts';
import { type Language, PHASES, type Rect, SENTIMENTS, type Sentiment, TOUCHPOINT_DETAILS } from './model.ts';
import { type CheckedTouchpoint, checkTemplateOptions, type TemplateOptions } from './template-choices.ts';
import type { LayoutResult, PlanItem, PlannedRow, PlanShapeStyle } from './template-plan.ts';

/** A default square sticky note's bounding box (199 × 228, as Miro documents it). */
export const NOTE_SIZE = { width: 199, height: 228 } as const;

// Zones hold 3 × 2 default notes below their label; measures are multiples of 8 where a
// designer would look (outer sizes, paddings), notes get what is left.
const ZONE_WIDTH = 680;
const ZONE_HEIGHT = 576;
/** Height of a zone's label band; notes go below it. */
export const ZONE_HEADER = 56;
const ZONE_GAP = 16;
const LABEL_WIDTH = 560;
const ROW_PADDING = 24;
const ROW_WIDTH = LABEL_WIDTH + 3 * ZONE_WIDTH + 2 * ZONE_GAP + ROW_PADDING;
const ROW_HEIGHT = ROW_PADDING + ZONE_HEIGHT + ROW_PADDING;
const ROW_GAP = 32;
const PHASE_PADDING = 48;
const PHASE_WIDTH = PHASE_PADDING + ROW_WIDTH + PHASE_PADDING;
const PHASE_GAP = 96;
const MAP_PADDING = 96;
// Miro draws a frame's title above its top edge: room for the phase titles inside the map.
const MAP_TOP = 176;
const NAME_BAND = 72;
const DETAIL_LINE_HEIGHT = 24;
const DETAIL_FONT_SIZE = 16;
const BADGE_HEIGHT = 160;

const MAP_FILL = '#ffffff';
const PHASE_FILL = '#f4f5f7';
const ROW_STYLE: PlanShapeStyle = {
  fillColor: '#ffffff',
  fillOpacity: 1,
  borderColor: '#c7cad1',
  borderWidth: 2,
  borderOpacity: 1,
  color: '#1a1b1f',
  fontSize: 24,
  textAlign: 'left',
  textAlignVertical: 'top',
};
// Tints of the default colour map of docs/scoring.md (light_green, gray, light_pink), light enough that a
// note of any colour stays readable on top, with a darker shade of the same hue for the label.
/** How each sentiment's zone is drawn, e.g. `ZONE_COLOURS.negative` → `{ fill: '#fddde4', ink: '#a32643' }`; the badges wear the same colours. */
export const ZONE_COLOURS: Readonly<Record<Sentiment, { readonly fill: string; readonly ink: string }>> = {
  positive: { fill: '#dcf2cc', ink: '#2f6b1f' },
  neutral: { fill: '#e9ebef', ink: '#4a4f59' },
  negative: { fill: '#fddde4', ink: '#a32643' },
};

/** Where a row's score badge goes: the bottom of its label column, clear of the name, details and zones. */
export function badgeSlot(rowRect: Rect): Rect {
  const left = rowRect.left + ROW_PADDING;
  const bottom = rowRect.bottom - ROW_PADDING;
  return { left, top: bottom - BADGE_HEIGHT, right: left + LABEL_WIDTH - 2 * ROW_PADDING, bottom };
}

/** The plan of a touchpoint map, or the reasons the options cannot make one; never throws. */
export function layoutTemplate(options: TemplateOptions): LayoutResult {
  const checked = checkTemplateOptions(options);
  if (!checked.ok) return checked;
  const { mapName, touchpoints } = checked;
  const { mapId, language, origin } = options;

  const rowsPerPhase = PHASES.map((phase) =>
    touchpoints.filter((touchpoint) => touchpoint.phases.includes(phase)),
  );
  const mostRows = Math.max(1, ...rowsPerPhase.map((rows) => rows.length));
  const phaseHeight = PHASE_PADDING + mostRows * ROW_HEIGHT + (mostRows - 1) * ROW_GAP + PHASE_PADDING;
  const mapRect: Rect = {
    left: origin.x,
    top: origin.y,
    right: origin.x + MAP_PADDING + 3 * PHASE_WIDTH + 2 * PHASE_GAP + MAP_PADDING,
    bottom: origin.y + MAP_TOP + phaseHeight + MAP_PADDING,
  };

  const items: PlanItem[] = [
    {
      kind: 'frame',
      ref: 'map',
      parentRef: null,
      layer: 0,
      ...centre(mapRect),
      title: escapeHtml(mapName),
      label: mapName,
      style: { fillColor: MAP_FILL },
      mark: { role: 'map', mapId },
    },
  ];
  const rows: PlannedRow[] = [];
  PHASES.forEach((phase, phaseIndex) => {
    const left = mapRect.left + MAP_PADDING + phaseIndex * (PHASE_WIDTH + PHASE_GAP);
    const top = mapRect.top + MAP_TOP;
    const phaseRect: Rect = { left, top, right: left + PHASE_WIDTH, bottom: top + phaseHeight };
    const title = BOARD_WORDS[language].phaseTitles[phase];
    items.push({
      kind: 'frame',
      ref: `phase:${phase}`,
      parentRef: 'map',
      layer: 1,
      ...centre(phaseRect),
      title: escapeHtml(title),
      label: title,
      style: { fillColor: PHASE_FILL },
      mark: { role: 'phase', mapId, phase },
    });
  });
  // Rows after all phase frames, zones after all rows: creation order is also stacking order.
  const zoneItems: PlanItem[] = [];
  PHASES.forEach((phase, phaseIndex) => {
    const phaseLeft = mapRect.left + MAP_PADDING + phaseIndex * (PHASE_WIDTH + PHASE_GAP);
    (rowsPerPhase[phaseIndex] ?? []).forEach((touchpoint, rowIndex) => {
      const rowLeft = phaseLeft + PHASE_PADDING;
      const rowTop = mapRect.top + MAP_TOP + PHASE_PADDING + rowIndex * (ROW_HEIGHT + ROW_GAP);
      const rowRect: Rect = {
        left: rowLeft,
        top: rowTop,
        right: rowLeft + ROW_WIDTH,
        bottom: rowTop + ROW_HEIGHT,
      };
      const key = `${phase}:${touchpoints.indexOf(touchpoint)}`;
      const phaseRef = `phase:${phase}`;
      items.push({
        kind: 'shape',
        ref: `row:${key}`,
        parentRef: phaseRef,
        layer: 2,
        ...centre(rowRect),
        shape: 'round_rectangle',
        content: escapeHtml(touchpoint.name),
        label: touchpoint.name,
        style: ROW_STYLE,
        mark: { role: 'row', mapId, phase, touchpoint: touchpoint.name, type: touchpoint.type },
      });
      const zones = zoneRects(rowRect);
      for (const sentiment of SENTIMENTS) {
        const label = BOARD_WORDS[language].zoneLabels[sentiment];
        zoneItems.push({
          kind: 'shape',
          ref: `zone:${key}:${sentiment}`,
          parentRef: phaseRef,
          layer: 3,
          ...centre(zones[sentiment]),
          shape: 'round_rectangle',
          content: escapeHtml(label),
          label,
          style: zoneStyle(sentiment),
          mark: { role: 'zone', mapId, phase, touchpoint: touchpoint.name, sentiment },
        });
      }
      const details = detailsText(touchpoint, language, rowRect);
      if (details) zoneItems.push({ ...details, ref: `details:${key}`, parentRef: phaseRef, layer: 3 });
      rows.push({ phase, touchpoint: touchpoint.name, rect: rowRect, zones });
    });
  });
  items.push(...zoneItems);

  const frames = items.filter((item) => item.kind === 'frame').length;
  const texts = items.filter((item) => item.kind === 'text').length;
  return {
    ok: true,
    plan: {
      mapId,
      name: mapName,
      language,
      bounds: mapRect,
      items,
      rows,
      counts: { frames, shapes: items.length - frames - texts, texts, items: items.length },
    },
  };
}

/** The three zone rectangles of a row, left to right: positive, neutral, negative. */
function zoneRects(row: Rect): Record<Sentiment, Rect> {
  const top = row.top + ROW_PADDING;
  const at = (index: number): Rect => {
    const left = row.left + LABEL_WIDTH + index * (ZONE_WIDTH + ZONE_GAP);
    return { left, top, right: left + ZONE_WIDTH, bottom: top + ZONE_HEIGHT };
  };
  return { positive: at(0), neutral: at(1), negative: at(2) };
}

function zoneStyle(sentiment: Sentiment): PlanShapeStyle {
  const { fill, ink } = ZONE_COLOURS[sentiment];
  return {
    fillColor: fill,
    fillOpacity: 1,
    borderColor: fill,
    borderWidth: 1,
    borderOpacity: 0,
    color: ink,
    fontSize: 18,
    textAlign: 'left',
    textAlignVertical: 'top',
  };
}

type PlannedText = Omit<Extract<PlanItem, { kind: 'text' }>, 'ref' | 'parentRef' | 'layer'>;

/** Channels, owner and target action under the row's name, or nothing when none is given. */
function detailsText(touchpoint: CheckedTouchpoint, language: Language, row: Rect): PlannedText | null {
  const lines = TOUCHPOINT_DETAILS.flatMap((detail) => {
    const value = touchpoint[detail];
    return value ? [{ caption: BOARD_WORDS[language].detailLabels[detail], value }] : [];
  });
  if (lines.length === 0) return null;
  const width = LABEL_WIDTH - 2 * ROW_PADDING;
  // About 9 units per character at 16 px: enough to reserve the height the text will take.
  const perLine = Math.floor(width / 9);
  const height =
    DETAIL_LINE_HEIGHT *
    lines.reduce((sum, line) => sum + Math.ceil((line.caption.length + 2 + line.value.length) / perLine), 0);
  const left = row.left + ROW_PADDING;
  const top = row.top + NAME_BAND;
  return {
    kind: 'text',
    x: left + width / 2,
    y: top + height / 2,
    width,
    height,
    content: lines
      .map((line) => `<p><strong>${escapeHtml(line.caption)}:</strong> ${escapeHtml(line.value)}</p>`)
      .join(''),
    label: lines.map((line) => `${line.caption}: ${line.value}`).join(' '),
    style: { color: '#4a4f59', fontSize: DETAIL_FONT_SIZE, textAlign: 'left' },
    mark: null,
  };
}

function centre(rect: Rect): { x: number; y: number; width: number; height: number } {
  const width = rect.right - rect.left;
  const height = rect.bottom - rect.top;
  return { x: rect.left + width / 2, y: rect.top + height / 2, width, height };
}

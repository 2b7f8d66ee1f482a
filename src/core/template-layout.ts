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
import { BOARD_WORDS } from './board-words.ts';
import { escapeHtml } from './html.ts';
import { namedPhase, namedSentiment } from './labels.ts';
import {
  type Language,
  PHASES,
  type Phase,
  type Rect,
  SENTIMENTS,
  type Sentiment,
  type TouchpointDetail,
  type TouchpointType,
} from './model.ts';
import type { NamedWord, TemplateError } from './template-error.ts';
import { type TemplateMark, writeMark } from './template-mark.ts';

/** One touchpoint the designer chose, e.g. `{ name: 'Website', type: 'digital', phases: ['before', 'after'] }`. */
export interface TouchpointChoice {
  readonly name: string;
  readonly type: TouchpointType;
  readonly phases: readonly Phase[];
  readonly channels?: readonly string[];
  readonly owner?: string;
  readonly targetAction?: string;
  /** The catalogue entry it came from, e.g. `'website'`; absent for a custom touchpoint. */
  readonly catalogueKey?: string;
}

/** Everything the layout needs, e.g. `{ mapId: newMapId(Math.random), name: 'Anna, first order', language: 'en', touchpoints, origin: { x: 0, y: 0 } }`. */
export interface TemplateOptions {
  /** A fresh id per insertion (see `newMapId`), so two maps on one board never share marks. */
  readonly mapId: string;
  /** The map frame's title: a persona or a path. */
  readonly name: string;
  readonly language: Language;
  readonly touchpoints: readonly TouchpointChoice[];
  /** The map's top-left corner in board coordinates. */
  readonly origin: { readonly x: number; readonly y: number };
}

/** A shape's style as the Web SDK takes it (colours in hex). */
export interface PlanShapeStyle {
  readonly fillColor: string;
  readonly fillOpacity: number;
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly borderOpacity: number;
  readonly color: string;
  readonly fontSize: number;
  readonly textAlign: 'left' | 'center' | 'right';
  readonly textAlignVertical: 'top' | 'middle' | 'bottom';
}

/** A text item's style as the Web SDK takes it. */
export interface PlanTextStyle {
  readonly color: string;
  readonly fontSize: number;
  readonly textAlign: 'left' | 'center' | 'right';
}

interface PlanItemBase {
  /** A name local to the plan, e.g. `'zone:before:0:positive'`. */
  readonly ref: string;
  /** The frame this item belongs in, `null` for the map frame. */
  readonly parentRef: string | null;
  /**
   * Creation wave: items of one layer may be created in any order, each layer after the one
   * before (map 0, phase frames 1, rows 2, zones and details 3). Parents come in earlier layers,
   * and what is created later stacks on top, so zones are never hidden behind their row.
   */
  readonly layer: number;
  /** Centre and size in board coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The plain text the scorer will read from the item (title or decoded content). */
  readonly label: string;
}

/** One item to create, e.g. a zone shape labelled `Positive` inside the `before` phase frame. */
export type PlanItem =
  | (PlanItemBase & {
      readonly kind: 'frame';
      /** Frame titles may carry HTML entities, so the text is escaped. */
      readonly title: string;
      readonly style: { readonly fillColor: string };
      readonly mark: TemplateMark;
    })
  | (PlanItemBase & {
      readonly kind: 'shape';
      readonly shape: 'round_rectangle';
      /** HTML content: the label, escaped. */
      readonly content: string;
      readonly style: PlanShapeStyle;
      readonly mark: TemplateMark;
    })
  | (PlanItemBase & {
      readonly kind: 'text';
      readonly content: string;
      readonly style: PlanTextStyle;
      /** Texts are not template parts the scorer reads, so they carry no mark. */
      readonly mark: null;
    });

/** A row of the plan, for tests, previews and the score badges, e.g. Website before purchase. */
export interface PlannedRow {
  readonly phase: Phase;
  readonly touchpoint: string;
  readonly rect: Rect;
  readonly zones: Readonly<Record<Sentiment, Rect>>;
}

/** What the layout produces: items in creation order (by layer, every parent before its children). */
export interface TemplatePlan {
  readonly mapId: string;
  readonly name: string;
  readonly language: Language;
  /** The map frame's rectangle in board coordinates. */
  readonly bounds: Rect;
  readonly items: readonly PlanItem[];
  readonly rows: readonly PlannedRow[];
  /** The preview the panel shows before anything is written. */
  readonly counts: {
    readonly frames: number;
    readonly shapes: number;
    readonly texts: number;
    readonly items: number;
  };
}

/** The layout's answer: a plan, or every reason the options were refused. */
export type LayoutResult =
  | { readonly ok: true; readonly plan: TemplatePlan }
  | { readonly ok: false; readonly errors: readonly TemplateError[] };

/** Longest map name, in characters. */
export const MAX_MAP_NAME = 60;
/** Longest touchpoint name, in characters: it must fit the row's label column on one line. */
export const MAX_TOUCHPOINT_NAME = 40;
/** Longest channels list, owner or target action, in characters. */
export const MAX_DETAIL = 120;
/** Most touchpoints in one map. */
export const MAX_TOUCHPOINTS = 30;

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

/** A fresh map id from a random source, e.g. `newMapId(Math.random)` → `'k3x9q2m7ab'`. */
export function newMapId(random: () => number): string {
  let id = '';
  for (let index = 0; index < 10; index += 1) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** Where a row's score badge goes: the bottom of its label column, clear of the name, details and zones. */
export function badgeSlot(rowRect: Rect): Rect {
  const left = rowRect.left + ROW_PADDING;
  const bottom = rowRect.bottom - ROW_PADDING;
  return { left, top: bottom - BADGE_HEIGHT, right: left + LABEL_WIDTH - 2 * ROW_PADDING, bottom };
}

/** The plan of a touchpoint map, or the reasons the options cannot make one; never throws. */
export function layoutTemplate(options: TemplateOptions): LayoutResult {
  const checked = checkOptions(options);
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
  const lines = DETAILS.flatMap((detail) => {
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

const DETAILS: readonly TouchpointDetail[] = ['channels', 'owner', 'targetAction'];

interface CheckedTouchpoint {
  readonly name: string;
  /** Stored in the row's mark; `"k":"physical"` is as long as a zone's `"s":"negative"`, so marksFit holds for rows too. */
  readonly type: TouchpointType;
  readonly phases: readonly Phase[];
  readonly channels: string;
  readonly owner: string;
  readonly targetAction: string;
}

type CheckedOptions =
  | { readonly ok: true; readonly mapName: string; readonly touchpoints: readonly CheckedTouchpoint[] }
  | { readonly ok: false; readonly errors: readonly TemplateError[] };

const MAP_ID = /^[A-Za-z0-9_-]{1,36}$/;
const MAX_MARK_BYTES = 256;
const utf8 = new TextEncoder();

/** Tidies the options and collects every reason to refuse them, so the panel can show them all at once. */
function checkOptions(options: TemplateOptions): CheckedOptions {
  const errors: TemplateError[] = [];
  if (!MAP_ID.test(options.mapId)) errors.push({ code: 'map-id-invalid' });

  const mapName = tidy(options.name);
  if (mapName === '') errors.push({ code: 'map-name-empty' });
  else if ([...mapName].length > MAX_MAP_NAME) errors.push({ code: 'map-name-too-long', max: MAX_MAP_NAME });
  else {
    const word = namedWord(mapName);
    if (word) errors.push({ code: 'map-name-names-word', name: mapName, word });
  }

  if (options.touchpoints.length === 0) errors.push({ code: 'no-touchpoints' });
  if (options.touchpoints.length > MAX_TOUCHPOINTS)
    errors.push({ code: 'too-many-touchpoints', max: MAX_TOUCHPOINTS });

  const seen = new Set<string>();
  const touchpoints: CheckedTouchpoint[] = [];
  options.touchpoints.forEach((choice, index) => {
    const name = tidy(choice.name);
    if (name === '') {
      errors.push({ code: 'touchpoint-name-empty', position: index + 1 });
      return;
    }
    const word = namedWord(name);
    const sameName = name.toLocaleLowerCase(options.language);
    if ([...name].length > MAX_TOUCHPOINT_NAME || !marksFit(options.mapId, name)) {
      errors.push({ code: 'touchpoint-name-too-long', name, max: MAX_TOUCHPOINT_NAME });
    } else if (word) errors.push({ code: 'touchpoint-names-word', name, word });
    else if (seen.has(sameName)) errors.push({ code: 'touchpoint-duplicate', name });
    seen.add(sameName);

    const phases = PHASES.filter((phase) => choice.phases.includes(phase));
    if (phases.length === 0) errors.push({ code: 'touchpoint-no-phase', name });
    const details = {
      channels: tidy((choice.channels ?? []).map(tidy).filter(Boolean).join(', ')),
      owner: tidy(choice.owner ?? ''),
      targetAction: tidy(choice.targetAction ?? ''),
    };
    for (const detail of DETAILS) {
      if ([...details[detail]].length > MAX_DETAIL)
        errors.push({ code: 'detail-too-long', name, detail, max: MAX_DETAIL });
    }
    touchpoints.push({ name, type: choice.type, phases, ...details });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapName, touchpoints };
}

/** Whitespace (line breaks, tabs, control characters) collapsed to single spaces, trimmed. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

function namedWord(label: string): NamedWord | null {
  const phase = namedPhase(label);
  if (phase) return { kind: 'phase', phase };
  const sentiment = namedSentiment(label);
  return sentiment ? { kind: 'sentiment', sentiment } : null;
}

/** The largest mark carrying this name (a zone's) fits the SDK's 256-byte metadata limit. */
function marksFit(mapId: string, touchpoint: string): boolean {
  const mark: TemplateMark = { role: 'zone', mapId, phase: 'during', touchpoint, sentiment: 'negative' };
  return utf8.encode(JSON.stringify(writeMark(mark))).length <= MAX_MARK_BYTES;
}

function centre(rect: Rect): { x: number; y: number; width: number; height: number } {
  const width = rect.right - rect.left;
  const height = rect.bottom - rect.top;
  return { x: rect.left + width / 2, y: rect.top + height / 2, width, height };
}

// A template plan: the board items a touchpoint map is made of, as src/core/template-layout.ts
// lays them out and the adapter creates them (frames, shapes and texts in board coordinates).
import type { Language, Phase, Rect, Sentiment } from './model.ts';
import type { TemplateError } from './template-error.ts';
import type { TemplateMark } from './template-mark.ts';

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

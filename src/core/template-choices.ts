// What the designer chose for a touchpoint map (a name, touchpoints with their phases and
// details), and the checks that turn it into what the layout takes or into every reason to refuse it.
import { namedPhase, namedSentiment } from './labels.ts';
import { type Language, PHASES, type Phase, TOUCHPOINT_DETAILS, type TouchpointType } from './model.ts';
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

/** Longest map name, in characters. */
export const MAX_MAP_NAME = 60;
/** Longest touchpoint name, in characters: it must fit the row's label column on one line. */
export const MAX_TOUCHPOINT_NAME = 40;
/** Longest channels list, owner or target action, in characters. */
export const MAX_DETAIL = 120;
/** Most touchpoints in one map. */
export const MAX_TOUCHPOINTS = 30;

/** A fresh map id from a random source, e.g. `newMapId(Math.random)` → `'k3x9q2m7ab'`. */
export function newMapId(random: () => number): string {
  let id = '';
  for (let index = 0; index < 10; index += 1) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** A touchpoint as the layout takes it: names tidied, phases in order, details joined and tidied. */
export interface CheckedTouchpoint {
  readonly name: string;
  /** Stored in the row's mark; `"k":"physical"` is as long as a zone's `"s":"negative"`, so marksFit holds for rows too. */
  readonly type: TouchpointType;
  readonly phases: readonly Phase[];
  readonly channels: string;
  readonly owner: string;
  readonly targetAction: string;
}

/** The options tidied, or every reason to refuse them. */
export type CheckedOptions =
  | { readonly ok: true; readonly mapName: string; readonly touchpoints: readonly CheckedTouchpoint[] }
  | { readonly ok: false; readonly errors: readonly TemplateError[] };

const MAP_ID = /^[A-Za-z0-9_-]{1,36}$/;
const MAX_MARK_BYTES = 256;
const utf8 = new TextEncoder();

/** Tidies the options and collects every reason to refuse them, so the panel can show them all at once. */
export function checkTemplateOptions(options: TemplateOptions): CheckedOptions {
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
    for (const detail of TOUCHPOINT_DETAILS) {
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

// The touchpoints as the designer is choosing them in the template step, and what they become:
// the layout's choices. A pick from the catalogue is named in the labels' language at the moment
// of insertion, so switching that language renames every catalogue row; its details are text
// fields until then (channels a comma-separated list).
import { findInCatalogue } from './catalogue.ts';
import { type Language, PHASES, type Phase, type TouchpointType } from './model.ts';
import type { TouchpointChoice } from './template-choices.ts';

/** A touchpoint being chosen, from the catalogue (by key) or typed in, e.g. `cataloguePick('website')`. */
export interface TouchpointPick {
  readonly id: string;
  readonly catalogueKey: string | null;
  readonly customName: string;
  readonly type: TouchpointType;
  readonly phases: readonly Phase[];
  readonly channels: string;
  readonly owner: string;
  readonly targetAction: string;
}

/** Pre-ticked so a first insert is one click: a short journey across all three phases. */
export const DEFAULT_PICK_KEYS: readonly string[] = [
  'advertising',
  'website',
  'store',
  'staff',
  'delivery',
  'reviews',
];

const NO_DETAILS = { channels: '', owner: '', targetAction: '' } as const;

/** A catalogue entry as a pick, in the phases the catalogue gives it; null for an unknown key. */
export function cataloguePick(key: string): TouchpointPick | null {
  const entry = findInCatalogue(key);
  if (!entry) return null;
  return {
    id: key,
    catalogueKey: key,
    customName: '',
    type: entry.type,
    phases: entry.phases,
    ...NO_DETAILS,
  };
}

/** The picks a new template step starts with (`DEFAULT_PICK_KEYS`). */
export function defaultPicks(): readonly TouchpointPick[] {
  return DEFAULT_PICK_KEYS.flatMap((key) => cataloguePick(key) ?? []);
}

/** A touchpoint typed in, in every phase; null for a name that is only spaces. `id` must be new among the picks. */
export function customPick(id: string, name: string, type: TouchpointType): TouchpointPick | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  return { id, catalogueKey: null, customName: trimmed, type, phases: PHASES, ...NO_DETAILS };
}

/** The pick with `phase` on or off, phases kept in journey order. */
export function withPhase(pick: TouchpointPick, phase: Phase, on: boolean): TouchpointPick {
  return {
    ...pick,
    phases: PHASES.filter((candidate) => (candidate === phase ? on : pick.phases.includes(candidate))),
  };
}

/** A comma-separated list as its parts, e.g. `'app, web ,'` → `['app', 'web']`. */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The layout's choices for the picks, catalogue names in `labels`, empty details left out, e.g.
 * `choicesOf([cataloguePick('website')], 'pl')` → `[{ name: 'Strona internetowa', type: 'digital', … }]`.
 */
export function choicesOf(picks: readonly TouchpointPick[], labels: Language): TouchpointChoice[] {
  return picks.map((pick) => {
    const entry = pick.catalogueKey ? findInCatalogue(pick.catalogueKey) : undefined;
    return {
      name: entry ? entry.names[labels] : pick.customName,
      type: pick.type,
      phases: pick.phases,
      ...(pick.channels.trim() ? { channels: splitList(pick.channels) } : {}),
      ...(pick.owner.trim() ? { owner: pick.owner.trim() } : {}),
      ...(pick.targetAction.trim() ? { targetAction: pick.targetAction.trim() } : {}),
      ...(entry ? { catalogueKey: entry.key } : {}),
    };
  });
}

// Why the template refuses options: values, worded for the user by the panel (src/i18n).
import type { Phase, Sentiment, TouchpointDetail } from './model.ts';

/** What a label would accidentally name, which makes the scorer read it as a phase or a zone. */
export type NamedWord =
  | { readonly kind: 'phase'; readonly phase: Phase }
  | { readonly kind: 'sentiment'; readonly sentiment: Sentiment };

/** Why template options were refused, e.g. `{ code: 'touchpoint-names-word', name: 'Purchase', word: { kind: 'phase', phase: 'during' } }`. */
export type TemplateError =
  | { readonly code: 'map-id-invalid' }
  | { readonly code: 'map-name-empty' }
  | { readonly code: 'map-name-too-long'; readonly max: number }
  | { readonly code: 'map-name-names-word'; readonly name: string; readonly word: NamedWord }
  | { readonly code: 'no-touchpoints' }
  | { readonly code: 'too-many-touchpoints'; readonly max: number }
  | { readonly code: 'touchpoint-name-empty'; readonly position: number }
  | { readonly code: 'touchpoint-name-too-long'; readonly name: string; readonly max: number }
  | { readonly code: 'touchpoint-names-word'; readonly name: string; readonly word: NamedWord }
  | { readonly code: 'touchpoint-duplicate'; readonly name: string }
  | { readonly code: 'touchpoint-no-phase'; readonly name: string }
  | {
      readonly code: 'detail-too-long';
      readonly name: string;
      readonly detail: TouchpointDetail;
      readonly max: number;
    };

import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueGroup, findInCatalogue, TOUCHPOINT_TYPES } from '../../src/core/catalogue.ts';
import { namedPhase, namedSentiment } from '../../src/core/labels.ts';
import { LANGUAGES, PHASES } from '../../src/core/model.ts';
import { layoutTemplate } from '../../src/core/template-layout.ts';

describe('the touchpoint catalogue', () => {
  it('offers every touchpoint the journey-map method names', () => {
    const required = [
      'advertising',
      'social-media',
      'community',
      'events',
      'staff',
      'pr',
      'sales-process',
      'delivery',
      'onboarding',
      'reviews',
      'signage',
      'brand-name',
      'call-centre',
      'website',
      'mobile-app',
      'chatbot',
      'store',
    ];
    for (const key of required) expect(findInCatalogue(key), key).toBeDefined();
  });

  it('groups physical, digital and human touchpoints, each group non-empty, every entry in exactly one group', () => {
    const grouped = TOUCHPOINT_TYPES.flatMap((type) => catalogueGroup(type));
    expect(grouped).toHaveLength(CATALOGUE.length);
    for (const type of TOUCHPOINT_TYPES) expect(catalogueGroup(type).length).toBeGreaterThan(0);
    expect(catalogueGroup('digital').map((touchpoint) => touchpoint.key)).toContain('website');
    expect(catalogueGroup('human').map((touchpoint) => touchpoint.key)).toContain('staff');
    expect(catalogueGroup('physical').map((touchpoint) => touchpoint.key)).toContain('store');
  });

  it('has unique keys and unique names within each language', () => {
    expect(new Set(CATALOGUE.map((touchpoint) => touchpoint.key)).size).toBe(CATALOGUE.length);
    for (const language of LANGUAGES) {
      const names = CATALOGUE.map((touchpoint) => touchpoint.names[language].toLowerCase());
      expect(new Set(names).size, language).toBe(CATALOGUE.length);
    }
  });

  it('names no phase and no sentiment in any language, so every row scores as a touchpoint', () => {
    for (const touchpoint of CATALOGUE) {
      for (const language of LANGUAGES) {
        const name = touchpoint.names[language];
        expect(namedPhase(name), `${language}: ${name}`).toBeNull();
        expect(namedSentiment(name), `${language}: ${name}`).toBeNull();
      }
    }
  });

  it('gives every touchpoint at least one default phase, in journey order', () => {
    for (const touchpoint of CATALOGUE) {
      expect(touchpoint.phases.length, touchpoint.key).toBeGreaterThan(0);
      expect(touchpoint.phases).toEqual(PHASES.filter((phase) => touchpoint.phases.includes(phase)));
    }
  });

  it('lays out as a valid template with the whole catalogue in every language', () => {
    for (const language of LANGUAGES) {
      const result = layoutTemplate({
        mapId: 'catalogue',
        name: 'Everyone',
        language,
        origin: { x: 0, y: 0 },
        touchpoints: CATALOGUE.map((touchpoint) => ({
          name: touchpoint.names[language],
          type: touchpoint.type,
          phases: touchpoint.phases,
          catalogueKey: touchpoint.key,
        })),
      });
      expect(result.ok ? [] : result.errors, language).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findInCatalogue } from '../../src/core/catalogue.ts';
import {
  cataloguePick,
  choicesOf,
  customPick,
  DEFAULT_PICK_KEYS,
  defaultPicks,
  withPhase,
} from '../../src/core/touchpoint-picks.ts';

describe('touchpoint picks', () => {
  it('starts with a short journey from the catalogue, in the phases the catalogue gives', () => {
    const picks = defaultPicks();
    expect(picks.map((pick) => pick.catalogueKey)).toEqual(DEFAULT_PICK_KEYS);
    expect(picks[1]?.phases).toEqual(findInCatalogue('website')?.phases);
    expect(cataloguePick('no-such-touchpoint')).toBeNull();
  });

  it('names catalogue picks in the labels language at the time of insertion', () => {
    const website = cataloguePick('website');
    if (!website) throw new Error('website is in the catalogue');
    const entry = findInCatalogue('website');
    expect(choicesOf([website], 'pl')[0]?.name).toBe(entry?.names.pl);
    expect(choicesOf([website], 'ru')[0]).toMatchObject({ name: entry?.names.ru, catalogueKey: 'website' });
  });

  it('turns the detail fields into details: a channel list, trimmed texts, empty ones left out', () => {
    const custom = customPick('c1', '  Hotline ', 'human');
    if (!custom) throw new Error('a name was given');
    const choice = choicesOf(
      [{ ...custom, channels: 'phone, chat ,, ', owner: ' Support ', targetAction: '  ' }],
      'en',
    );
    expect(choice).toEqual([
      {
        name: 'Hotline',
        type: 'human',
        phases: ['before', 'during', 'after'],
        channels: ['phone', 'chat'],
        owner: 'Support',
      },
    ]);
    expect(customPick('c2', '   ', 'digital')).toBeNull();
  });

  it('turns a phase on or off, keeping journey order', () => {
    const custom = customPick('c1', 'Hotline', 'human');
    if (!custom) throw new Error('a name was given');
    const duringOnly = withPhase(withPhase(custom, 'before', false), 'after', false);
    expect(duringOnly.phases).toEqual(['during']);
    expect(withPhase(duringOnly, 'before', true).phases).toEqual(['before', 'during']);
  });
});

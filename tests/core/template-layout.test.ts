import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeNotes } from '../../src/core/classify.ts';
import { namedPhase, namedSentiment } from '../../src/core/labels.ts';
import {
  LANGUAGES,
  PHASES,
  type Phase,
  type Rect,
  SENTIMENTS,
  type Sentiment,
} from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import {
  MAX_TOUCHPOINT_NAME,
  newMapId,
  type TemplateOptions,
  type TouchpointChoice,
} from '../../src/core/template-choices.ts';
import { badgeSlot, layoutTemplate, NOTE_SIZE, ZONE_HEADER } from '../../src/core/template-layout.ts';
import { readMark, writeMark } from '../../src/core/template-mark.ts';
import type { PlanItem, TemplatePlan } from '../../src/core/template-plan.ts';
import { htmlToText } from '../../src/core/text.ts';
import { loadPanelWords } from '../../src/i18n/panel-words.ts';
import { templateErrorMessage } from '../../src/i18n/template-errors.ts';

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadPanelWords));
});

const ALL: readonly Phase[] = PHASES;

const TOUCHPOINTS: readonly TouchpointChoice[] = [
  { name: 'Website', type: 'digital', phases: ALL, channels: ['web', 'SEO'], owner: 'Marketing' },
  { name: 'Store', type: 'physical', phases: ['before', 'during'] },
  { name: 'Delivery', type: 'physical', phases: ['after'], targetAction: 'Confirm the time slot' },
  { name: 'Call centre', type: 'human', phases: ['during', 'after'] },
];

function options(overrides: Partial<TemplateOptions> = {}): TemplateOptions {
  return {
    mapId: 'map1',
    name: 'Anna, first order',
    language: 'en',
    origin: { x: 1000, y: -500 },
    touchpoints: TOUCHPOINTS,
    ...overrides,
  };
}

function plan(overrides: Partial<TemplateOptions> = {}): TemplatePlan {
  const result = layoutTemplate(options(overrides));
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function rectOf(item: { x: number; y: number; width: number; height: number }): Rect {
  return {
    left: item.x - item.width / 2,
    top: item.y - item.height / 2,
    right: item.x + item.width / 2,
    bottom: item.y + item.height / 2,
  };
}

const inside = (outer: Rect, inner: Rect): boolean =>
  inner.left >= outer.left &&
  inner.right <= outer.right &&
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom;
const overlap = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const holds = (rect: Rect, x: number, y: number): boolean =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

function byRole(items: readonly PlanItem[], role: string): PlanItem[] {
  return items.filter((item) => item.mark?.role === role);
}

/** The plan as Web SDK items (form 1 of docs/scoring.md) in board coordinates, plus notes. */
function boardJson(items: readonly PlanItem[], notes: readonly object[], withMarks: boolean): unknown {
  return [
    ...items.map((item, index) => ({
      id: `i${index}`,
      type: item.kind === 'frame' ? 'frame' : item.kind,
      x: item.x,
      y: item.y,
      width: item.width,
      height: item.height,
      parentId: null,
      ...(item.kind === 'frame' ? { title: item.title } : { content: item.content }),
      ...(withMarks && item.mark ? { metadata: { touchpointTally: writeMark(item.mark) } } : {}),
    })),
    ...notes,
  ];
}

describe('layoutTemplate: structure', () => {
  it('makes a map frame holding three phase frames, a row per touchpoint of each phase and three zones per row', () => {
    const { items, counts, rows } = plan();
    expect(byRole(items, 'map')).toHaveLength(1);
    expect(byRole(items, 'phase').map((item) => item.label)).toEqual([
      '1. Before purchase',
      '2. During purchase',
      '3. After purchase',
    ]);
    // Website ×3, Store ×2, Delivery ×1, Call centre ×2.
    expect(byRole(items, 'row')).toHaveLength(8);
    expect(byRole(items, 'zone')).toHaveLength(24);
    expect(rows.filter((row) => row.phase === 'during').map((row) => row.touchpoint)).toEqual([
      'Website',
      'Store',
      'Call centre',
    ]);
    // Website (3 rows) and Delivery (1 row) have details: 4 texts.
    expect(counts).toEqual({ frames: 4, shapes: 32, texts: 4, items: 40 });
    expect(items).toHaveLength(counts.items);
  });

  it('lists items by layer, every parent in an earlier layer, and refers only to frames', () => {
    const { items } = plan();
    const seen = new Map<string, PlanItem>();
    for (const item of items) {
      if (item.parentRef !== null) {
        const parent = seen.get(item.parentRef);
        expect(parent?.kind, item.ref).toBe('frame');
        expect(parent?.layer, item.ref).toBeLessThan(item.layer);
      }
      seen.set(item.ref, item);
    }
    expect(items.map((item) => item.layer)).toEqual([...items.map((item) => item.layer)].sort());
    // Zones are created after (so stack above) every row.
    expect(Math.min(...byRole(items, 'zone').map((item) => item.layer))).toBeGreaterThan(
      Math.max(...byRole(items, 'row').map((item) => item.layer)),
    );
    expect(new Set(items.map((item) => item.ref)).size).toBe(items.length);
  });

  it('places every item inside its parent frame, every zone inside its row', () => {
    const { items, rows } = plan();
    const byRef = new Map(items.map((item) => [item.ref, item]));
    for (const item of items) {
      if (item.parentRef === null) continue;
      const parent = byRef.get(item.parentRef);
      if (!parent) throw new Error(item.ref);
      expect(inside(rectOf(parent), rectOf(item)), item.ref).toBe(true);
    }
    for (const row of rows) {
      for (const sentiment of SENTIMENTS) expect(inside(row.rect, row.zones[sentiment])).toBe(true);
    }
  });

  it('never overlaps rows, zones, phase frames or a row label with its zones', () => {
    const { items, rows } = plan();
    const phases = byRole(items, 'phase').map(rectOf);
    const rowRects = rows.map((row) => row.rect);
    const zones = rows.flatMap((row) => SENTIMENTS.map((sentiment) => row.zones[sentiment]));
    for (const group of [phases, rowRects, zones]) {
      group.forEach((a, i) => {
        group.forEach((b, j) => {
          if (i < j) expect(overlap(a, b), `${i} × ${j}`).toBe(false);
        });
      });
    }
    const texts = items.filter((item) => item.kind === 'text').map(rectOf);
    for (const text of texts) for (const zone of zones) expect(overlap(text, zone)).toBe(false);
  });

  it('makes all phase frames the same size so the grid lines up', () => {
    const phases = byRole(plan().items, 'phase');
    expect(new Set(phases.map((item) => `${item.width}×${item.height}`)).size).toBe(1);
    expect(new Set(phases.map((item) => item.y)).size).toBe(1);
  });

  it('starts the map at the origin and moves everything with it', () => {
    const a = plan({ origin: { x: 0, y: 0 } });
    const b = plan({ origin: { x: 5000, y: -300 } });
    expect(a.bounds).toMatchObject({ left: 0, top: 0 });
    expect(b.bounds).toMatchObject({ left: 5000, top: -300 });
    a.items.forEach((item, index) => {
      expect(b.items[index]?.x).toBe(item.x + 5000);
      expect(b.items[index]?.y).toBe(item.y - 300);
    });
  });

  it('returns the same plan for the same options', () => {
    expect(plan()).toEqual(plan());
  });
});

describe('layoutTemplate: room for sticky notes', () => {
  it('fits at least 6 default sticky notes in each zone below its label, without overlapping', () => {
    for (const row of plan().rows) {
      for (const sentiment of SENTIMENTS) {
        const zone = row.zones[sentiment];
        const columns = Math.floor((zone.right - zone.left) / NOTE_SIZE.width);
        const lines = Math.floor((zone.bottom - zone.top - ZONE_HEADER) / NOTE_SIZE.height);
        expect(columns * lines).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('puts the centre of any note lying wholly in a zone in exactly that zone, that row and that phase frame', () => {
    const { items, rows } = plan();
    const zones = rows.flatMap((row) =>
      SENTIMENTS.map((sentiment) => ({ row, sentiment, rect: row.zones[sentiment] })),
    );
    const phaseFrames = byRole(items, 'phase');
    fc.assert(
      fc.property(
        fc.nat(zones.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (zoneIndex, fx, fy) => {
          const zone = zones[zoneIndex];
          if (!zone) return;
          const { rect } = zone;
          const x = rect.left + NOTE_SIZE.width / 2 + fx * (rect.right - rect.left - NOTE_SIZE.width);
          const y = rect.top + NOTE_SIZE.height / 2 + fy * (rect.bottom - rect.top - NOTE_SIZE.height);
          expect(zones.filter((other) => holds(other.rect, x, y))).toEqual([zone]);
          expect(rows.filter((row) => holds(row.rect, x, y))).toEqual([zone.row]);
          const frames = phaseFrames.filter((frame) => holds(rectOf(frame), x, y));
          expect(frames.map((frame) => frame.mark?.role === 'phase' && frame.mark.phase)).toEqual([
            zone.row.phase,
          ]);
        },
      ),
    );
  });
});

describe('layoutTemplate: labels the scorer reads', () => {
  it('titles phase frames with their phase and labels zones with their sentiment, in every language', () => {
    for (const language of LANGUAGES) {
      const { items } = plan({ language });
      for (const item of byRole(items, 'phase')) {
        if (item.mark?.role !== 'phase') throw new Error(item.ref);
        expect(namedPhase(item.label), item.label).toBe(item.mark.phase);
      }
      for (const item of byRole(items, 'zone')) {
        if (item.mark?.role !== 'zone') throw new Error(item.ref);
        expect(namedPhase(item.label), item.label).toBeNull();
        expect(namedSentiment(item.label), item.label).toBe(item.mark.sentiment);
      }
    }
    const polish = plan({ language: 'pl' });
    expect(byRole(polish.items, 'phase')[0]?.label).toBe('1. Przed zakupem');
    expect(
      byRole(polish.items, 'zone')
        .slice(0, 3)
        .map((item) => item.label),
    ).toEqual(['Pozytywne', 'Neutralne', 'Negatywne']);
  });

  it('labels each row with exactly the touchpoint name, escaped for HTML and read back unchanged', () => {
    const { items } = plan({
      touchpoints: [{ name: 'Q&A <live> "chat"', type: 'digital', phases: ['before'] }],
    });
    const [row] = byRole(items, 'row');
    if (row?.kind !== 'shape') throw new Error('no row shape');
    expect(row.label).toBe('Q&A <live> "chat"');
    expect(row.content).not.toContain('<live>');
    expect(htmlToText(row.content)).toBe('Q&A <live> "chat"');
    expect(row.mark).toEqual({
      role: 'row',
      mapId: 'map1',
      phase: 'before',
      touchpoint: 'Q&A <live> "chat"',
      type: 'digital',
    });
  });

  it('writes channels, owner and target action as a text in the label column, never into the row label', () => {
    const { items } = plan({ language: 'ru' });
    const details = items.find((item) => item.ref === 'details:before:0');
    if (details?.kind !== 'text') throw new Error('no details text');
    expect(htmlToText(details.content)).toBe('Каналы: web, SEO Ответственный: Marketing');
    expect(details.mark).toBeNull();
    const row = items.find((item) => item.ref === 'row:before:0');
    expect(row?.label).toBe('Website');
    expect(items.some((item) => item.ref === 'details:before:1')).toBe(false);
  });

  it('stores a readable mark under 256 bytes on every part, with the map id', () => {
    const { items } = plan({ mapId: newMapId(() => 0.99), touchpoints: [longest()] });
    for (const item of items) {
      if (!item.mark) continue;
      const stored = JSON.stringify(writeMark(item.mark));
      expect(new TextEncoder().encode(stored).length, item.ref).toBeLessThanOrEqual(256);
      expect(readMark(JSON.parse(stored))).toEqual({ kind: 'mark', mark: item.mark });
      expect(item.mark.mapId).toBe('zzzzzzzzzz');
    }
  });
});

function longest(): TouchpointChoice {
  return { name: '😀'.repeat(MAX_TOUCHPOINT_NAME), type: 'human', phases: ALL };
}

describe('badgeSlot', () => {
  it('reserves room in the label column, below the name and details, clear of every zone', () => {
    const { items, rows } = plan();
    const texts = items.filter((item) => item.kind === 'text').map(rectOf);
    for (const row of rows) {
      const slot = badgeSlot(row.rect);
      expect(inside(row.rect, slot)).toBe(true);
      expect(slot.right - slot.left).toBeGreaterThanOrEqual(200);
      expect(slot.bottom - slot.top).toBeGreaterThanOrEqual(100);
      for (const sentiment of SENTIMENTS) expect(overlap(slot, row.zones[sentiment])).toBe(false);
      for (const text of texts) expect(overlap(slot, text)).toBe(false);
      expect(slot.right).toBeLessThanOrEqual(row.zones.positive.left);
    }
  });
});

describe('layoutTemplate: refused options', () => {
  const codes = (overrides: Partial<TemplateOptions>): string[] => {
    const result = layoutTemplate(options(overrides));
    return result.ok ? [] : result.errors.map((error) => error.code);
  };
  const custom = (name: string): TouchpointChoice => ({ name, type: 'human', phases: ['during'] });

  it('refuses touchpoint names that would score as a phase or a sentiment', () => {
    for (const name of [
      'Purchase',
      'Plus',
      'before',
      '2) Zakup',
      'Покупка',
      'Minusy',
      '+',
      'Pros: quick',
      'After — support',
    ]) {
      expect(codes({ touchpoints: [custom(name)] }), name).toEqual(['touchpoint-names-word']);
    }
    for (const name of ['After-sales support', 'Purchase history', 'Plus size shop', 'Prosperity club']) {
      expect(codes({ touchpoints: [custom(name)] }), name).toEqual([]);
    }
  });

  it('refuses a map name that would score as a phase or sentiment, or is empty or too long', () => {
    expect(codes({ name: 'After purchase' })).toEqual(['map-name-names-word']);
    expect(codes({ name: 'Negatywne' })).toEqual(['map-name-names-word']);
    expect(codes({ name: '  \n ' })).toEqual(['map-name-empty']);
    expect(codes({ name: 'x'.repeat(61) })).toEqual(['map-name-too-long']);
  });

  it('refuses empty, duplicate, phaseless and over-long touchpoints, and an empty list', () => {
    expect(codes({ touchpoints: [] })).toEqual(['no-touchpoints']);
    expect(codes({ touchpoints: [custom('  ')] })).toEqual(['touchpoint-name-empty']);
    expect(codes({ touchpoints: [custom('Website'), custom(' website ')] })).toEqual([
      'touchpoint-duplicate',
    ]);
    expect(codes({ touchpoints: [{ name: 'Kiosk', type: 'physical', phases: [] }] })).toEqual([
      'touchpoint-no-phase',
    ]);
    expect(codes({ touchpoints: [custom('x'.repeat(MAX_TOUCHPOINT_NAME + 1))] })).toEqual([
      'touchpoint-name-too-long',
    ]);
    expect(codes({ touchpoints: [{ ...custom('Kiosk'), owner: 'o'.repeat(121) }] })).toEqual([
      'detail-too-long',
    ]);
    expect(
      codes({ touchpoints: Array.from({ length: 31 }, (_, index) => custom(`Touchpoint ${index}`)) }),
    ).toEqual(['too-many-touchpoints']);
    expect(codes({ mapId: 'has space' })).toEqual(['map-id-invalid']);
  });

  it('tidies whitespace in names rather than refusing them', () => {
    const { rows } = plan({ touchpoints: [custom('  Mobile\n\tapp  ')] });
    expect(rows.map((row) => row.touchpoint)).toEqual(['Mobile app']);
  });

  it('reports every problem at once, each with a message in the chosen language', () => {
    const result = layoutTemplate(options({ name: '', touchpoints: [custom('Purchase'), custom('')] }));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((error) => error.code)).toEqual([
      'map-name-empty',
      'touchpoint-names-word',
      'touchpoint-name-empty',
    ]);
    const [, purchase] = result.errors;
    if (!purchase) throw new Error('missing error');
    expect(templateErrorMessage(purchase, 'en')).toBe(
      'Rename "Purchase": it reads as the phase "during purchase".',
    );
    expect(templateErrorMessage(purchase, 'pl')).toContain('podczas zakupu');
    expect(templateErrorMessage(purchase, 'ru')).toContain('во время покупки');
  });
});

describe('layoutTemplate: scores correctly from labels and geometry alone', () => {
  it('puts a note dropped in each zone in its map, phase, touchpoint and sentiment, with and without marks', () => {
    for (const language of LANGUAGES) {
      const { items, rows } = plan({ language });
      const expected: { phase: Phase; touchpoint: string; sentiment: Sentiment }[] = [];
      const notes = rows.flatMap((row, rowIndex) =>
        SENTIMENTS.map((sentiment) => {
          const zone = row.zones[sentiment];
          expected.push({ phase: row.phase, touchpoint: row.touchpoint, sentiment });
          return {
            id: `n${rowIndex}-${sentiment}`,
            type: 'sticky_note',
            content: '<p>a note</p>',
            x: zone.right - NOTE_SIZE.width / 2,
            y: zone.bottom - NOTE_SIZE.height / 2,
            width: NOTE_SIZE.width,
            height: NOTE_SIZE.height,
            style: { fillColor: 'light_yellow' },
            tagIds: [],
          };
        }),
      );
      for (const withMarks of [true, false]) {
        const placements = placeNotes(readBoard(boardJson(items, notes, withMarks)));
        expect(
          placements.map((placement) =>
            placement.kind === 'counted'
              ? {
                  map: placement.map,
                  phase: placement.phase,
                  touchpoint: placement.touchpoint,
                  sentiment: placement.sentiment,
                }
              : placement.reason,
          ),
          `${language}, marks: ${withMarks}`,
        ).toEqual(expected.map((cell) => ({ map: 'Anna, first order', ...cell })));
      }
    }
  });
});

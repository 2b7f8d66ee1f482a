// Demo boards for the playground, as board files (the form `miro.board.get()` returns, plus the
// app's metadata per item): the same files the simulator loads and the command line scores.

import { CATALOGUE } from '../core/catalogue.ts';
import type { Language, Phase, Rect, Sentiment } from '../core/model.ts';
import type { TouchpointChoice } from '../core/template-choices.ts';
import { layoutTemplate, NOTE_SIZE, ZONE_HEADER } from '../core/template-layout.ts';
import { MARK_KEY, writeMark } from '../core/template-mark.ts';
import type { PlanItem, TemplatePlan } from '../core/template-plan.ts';
import { unreachable } from '../core/unreachable.ts';
// A seeded random source, so a demo board is the same at every load.
import { seededRandom } from '../simulator/index.ts';

/** The demo boards the playground's menu offers. */
export type DemoBoard = 'empty' | 'filled' | 'polish' | 'journey-en' | 'journey-ru' | 'journey-pl' | 'large';

/** Menu order. */
export const DEMO_BOARDS: readonly DemoBoard[] = [
  'empty',
  'filled',
  'polish',
  'journey-en',
  'journey-ru',
  'journey-pl',
  'large',
];

type BoardFile = Record<string, unknown>[];

/** Ids as Miro writes them: long strings of digits. */
function idMaker(start: bigint): () => string {
  let next = start;
  return () => {
    next += 1n;
    return next.toString();
  };
}

/** The board file of a demo board. */
export function demoBoard(name: DemoBoard): BoardFile {
  switch (name) {
    case 'empty':
      return [];
    case 'filled':
      return filledTemplate('en', 6, 90, 11);
    case 'polish':
      return polishHandBuilt();
    case 'journey-en':
      return journeyBoard('en');
    case 'journey-ru':
      return journeyBoard('ru');
    case 'journey-pl':
      return journeyBoard('pl');
    case 'large':
      return filledTemplate('en', 12, 5000, 5);
    default: {
      return unreachable(name);
    }
  }
}

const PHRASES: Readonly<Record<Sentiment, readonly string[]>> = {
  positive: [
    'Friendly and quick',
    'Found it <strong>easily</strong>',
    'Clear prices',
    'Helpful advice',
    'Felt welcome',
    'Fast &amp; free',
  ],
  neutral: [
    'As expected',
    'Nothing special',
    'Took a while to find',
    'Standard process',
    'OK, not memorable',
  ],
  negative: [
    'Waited too long',
    'Confusing steps',
    'Hidden fees',
    'Nobody answered',
    'Broke after a week',
    '<p>Had to ask twice</p><p>still no answer</p>',
  ],
};

const ZONE_COLOURS: Readonly<Record<Sentiment, string>> = {
  positive: 'light_green',
  neutral: 'gray',
  negative: 'light_pink',
};

/** A template inserted and filled in by a team: notes in every zone, a few conflicts and strays. */
function filledTemplate(language: Language, touchpoints: number, notes: number, seed: number): BoardFile {
  const random = seededRandom(seed);
  const choices: TouchpointChoice[] = CATALOGUE.slice(0, touchpoints).map((entry) => ({
    name: entry.names[language],
    type: entry.type,
    phases: entry.phases,
    catalogueKey: entry.key,
  }));
  const layout = layoutTemplate({
    mapId: 'demo000001',
    name: 'First-time buyer',
    language,
    touchpoints: choices,
    origin: { x: -4000, y: -1500 },
  });
  if (!layout.ok) throw new Error(`The demo template is invalid: ${JSON.stringify(layout.errors)}`);
  const nextId = idMaker(3458764560000000000n);
  const { file, idOfRef } = planFile(layout.plan, nextId);
  const phaseFrames = new Map<Phase, { id: string } & Rect>();
  for (const item of layout.plan.items) {
    if (item.kind === 'frame' && item.mark.role === 'phase') {
      phaseFrames.set(item.mark.phase, { id: idOfRef.get(item.ref) ?? '', ...rectOf(item) });
    }
  }
  // Each row gets its own health, so the map has clear strengths and a few weak links.
  const cells = layout.plan.rows.flatMap((row) => {
    const weakness = random();
    const weights: Readonly<Record<Sentiment, number>> = {
      positive: 1 + 3 * (1 - weakness),
      neutral: 1,
      negative: 0.3 + 4 * weakness * weakness,
    };
    return (['positive', 'neutral', 'negative'] as const).map((sentiment) => ({
      row,
      sentiment,
      weight: weights[sentiment],
    }));
  });
  const totalWeight = cells.reduce((sum, cell) => sum + cell.weight, 0);
  const pickCell = () => {
    let left = random() * totalWeight;
    for (const cell of cells) {
      left -= cell.weight;
      if (left < 0) return cell;
    }
    return cells.at(-1);
  };
  // Notes go into their zone's free area in a grid, each readable: a crowded zone gets smaller
  // notes rather than notes stacked over one another.
  const placed: {
    readonly id: string;
    readonly zone: Rect;
    readonly frame: { id: string } & Rect;
    readonly text: string;
    readonly colour: string;
  }[] = [];
  for (let index = 0; index < notes; index += 1) {
    const cell = pickCell();
    if (!cell) break;
    const zone = cell.row.zones[cell.sentiment];
    const frame = phaseFrames.get(cell.row.phase);
    if (!frame) continue;
    const phrases = PHRASES[cell.sentiment];
    // One note in nine carries a colour that disagrees with its zone: a conflict to report.
    const colour =
      index % 9 === 4
        ? cell.sentiment === 'negative'
          ? 'light_green'
          : 'red'
        : ZONE_COLOURS[cell.sentiment];
    placed.push({ id: nextId(), zone, frame, text: phrases[index % phrases.length] ?? '', colour });
  }
  const byZone = new Map<Rect, number>();
  for (const { zone } of placed) byZone.set(zone, (byZone.get(zone) ?? 0) + 1);
  const slotOf = new Map<Rect, number>();
  for (const { id, zone, frame, text, colour } of placed) {
    const slot = slotOf.get(zone) ?? 0;
    slotOf.set(zone, slot + 1);
    const at = gridSlot(zone, byZone.get(zone) ?? 1, slot);
    file.push(note(id, frame, at.x, at.y, text, colour, [], at.width));
  }
  // Strays a real workshop leaves: an empty note, one outside the map, one in a row's label column.
  const before = phaseFrames.get('before');
  if (!before) return file;
  const firstRow = layout.plan.rows[0];
  const secondRow = layout.plan.rows.find((row, index) => index > 0 && row.phase === 'before');
  if (secondRow)
    file.push(note(nextId(), before, secondRow.rect.left + 280, secondRow.rect.top + 330, '', 'yellow'));
  file.push({
    ...note(
      nextId(),
      null,
      layout.plan.bounds.right + 400,
      layout.plan.bounds.top + 200,
      'Parking lot idea: loyalty card',
      'yellow',
    ),
  });
  if (firstRow) {
    file.push(
      note(
        nextId(),
        before,
        firstRow.rect.left + 280,
        firstRow.rect.top + 330,
        'Ask legal about this',
        'yellow',
      ),
    );
  }
  return file;
}

/** Turns a template plan into board-file items, children relative to their frame's top-left. */
function planFile(
  plan: TemplatePlan,
  nextId: () => string,
): { file: BoardFile; idOfRef: Map<string, string> } {
  const idOfRef = new Map<string, string>();
  const rectOfRef = new Map<string, Rect>();
  const file: BoardFile = [];
  for (const item of plan.items) {
    const id = nextId();
    idOfRef.set(item.ref, id);
    rectOfRef.set(item.ref, rectOf(item));
    const parent = item.parentRef === null ? null : (rectOfRef.get(item.parentRef) ?? null);
    const position = parent
      ? { x: item.x - parent.left, y: item.y - parent.top, relativeTo: 'parent_top_left' }
      : { x: item.x, y: item.y, relativeTo: 'canvas_center' };
    const base = {
      id,
      parentId: item.parentRef === null ? null : idOfRef.get(item.parentRef),
      ...position,
      width: item.width,
      height: item.height,
    };
    switch (item.kind) {
      case 'frame':
        file.push({ type: 'frame', ...base, title: item.title, style: item.style, metadata: marked(item) });
        break;
      case 'shape':
        file.push({
          type: 'shape',
          ...base,
          shape: item.shape,
          content: item.content,
          style: item.style,
          metadata: marked(item),
        });
        break;
      case 'text':
        file.push({ type: 'text', ...base, content: item.content, style: item.style });
        break;
      default: {
        return unreachable(item);
      }
    }
  }
  return { file, idOfRef };
}

function marked(item: PlanItem): Record<string, unknown> | undefined {
  return item.mark ? { [MARK_KEY]: writeMark(item.mark) } : undefined;
}

function rectOf(item: { x: number; y: number; width: number; height: number }): Rect {
  return {
    left: item.x - item.width / 2,
    top: item.y - item.height / 2,
    right: item.x + item.width / 2,
    bottom: item.y + item.height / 2,
  };
}

/** Where the `slot`-th of `count` notes goes in a zone: a grid below the zone's label, notes as large as fit (at most the default size). */
function gridSlot(zone: Rect, count: number, slot: number): { x: number; y: number; width: number } {
  const gap = 12;
  const left = zone.left + 16;
  const top = zone.top + ZONE_HEADER;
  const width = zone.right - zone.left - 32;
  const height = zone.bottom - zone.top - ZONE_HEADER - 16;
  const ratio = NOTE_SIZE.height / NOTE_SIZE.width;
  let best = { columns: 1, size: 0 };
  for (let columns = 1; columns <= count; columns += 1) {
    const rows = Math.ceil(count / columns);
    const size = Math.min(
      NOTE_SIZE.width,
      (width - (columns - 1) * gap) / columns,
      (height - (rows - 1) * gap) / rows / ratio,
    );
    if (size > best.size) best = { columns, size };
  }
  const size = Math.floor(best.size);
  const column = slot % best.columns;
  const row = Math.floor(slot / best.columns);
  return {
    x: left + column * (size + gap) + size / 2,
    y: top + row * (size * ratio + gap) + (size * ratio) / 2,
    width: size,
  };
}

/** The labels of a five-stage journey board as teams draw it, in one language. */
export const JOURNEY_LABELS: Readonly<
  Record<Language, { readonly stages: readonly string[]; readonly rows: readonly string[] }>
> = {
  en: {
    stages: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'],
    rows: ['Website', 'Mobile app', 'Store', 'Call centre'],
  },
  ru: {
    stages: ['Осведомлённость', 'Рассмотрение', 'Покупка', 'Удержание', 'Рекомендации'],
    rows: ['Сайт', 'Приложение', 'Магазин', 'Колл-центр'],
  },
  pl: {
    stages: ['Świadomość', 'Rozważanie', 'Zakup', 'Utrzymanie', 'Rekomendacje'],
    rows: ['Strona internetowa', 'Aplikacja', 'Sklep', 'Infolinia'],
  },
};

/**
 * A common journey-map layout, built by hand: five stage columns (frames), touchpoint rows as
 * shapes across them, and yellow notes, most with no other sign of their sentiment. Only a few
 * notes count until the team says what yellow means (and, in Russian and Polish, what the
 * "recommendations" column is): the board the "Count more notes" choices are for.
 */
function journeyBoard(language: Language): BoardFile {
  const nextId = idMaker(3458764580000000000n);
  const { stages, rows } = JOURNEY_LABELS[language];
  const file: BoardFile = [];
  const column = { width: 1200, gap: 100 };
  const row = { top: 200, height: 560, gap: 60 };
  const height = row.top + rows.length * (row.height + row.gap);
  stages.forEach((title, index) => {
    const left = index * (column.width + column.gap);
    file.push({
      type: 'frame',
      id: nextId(),
      parentId: null,
      x: left + column.width / 2,
      y: height / 2,
      width: column.width,
      height,
      title,
      style: { fillColor: '#f4f5f7' },
    });
  });
  const width = stages.length * (column.width + column.gap) - column.gap;
  rows.forEach((label, rowIndex) => {
    const top = row.top + rowIndex * (row.height + row.gap);
    file.push({
      type: 'shape',
      id: nextId(),
      parentId: null,
      x: width / 2,
      y: top + row.height / 2,
      width,
      height: row.height,
      shape: 'rectangle',
      content: `<p>${label}</p>`,
      style: { fillColor: '#ffffff', borderColor: '#c7cad1', textAlign: 'left', textAlignVertical: 'top' },
    });
    stages.forEach((_, stageIndex) => {
      const left = stageIndex * (column.width + column.gap);
      for (let index = 0; index < 3; index += 1) {
        // One note in six carries a marker; the rest are plain yellow.
        const marker = (rowIndex + stageIndex + index) % 6 === 0 ? (index % 2 === 0 ? '+ ' : '− ') : '';
        const text = PHRASES.neutral[(rowIndex + stageIndex + index) % PHRASES.neutral.length] ?? '';
        file.push(note(nextId(), null, left + 250 + index * 350, top + 320, `${marker}${text}`, 'yellow'));
      }
    });
  });
  return file;
}

function note(
  id: string,
  frame: ({ id: string } & Rect) | null,
  x: number,
  y: number,
  text: string,
  colour: string,
  tagIds: readonly string[] = [],
  width: number = NOTE_SIZE.width,
): Record<string, unknown> {
  const content = text === '' ? '' : text.startsWith('<p>') ? text : `<p>${text}</p>`;
  return {
    type: 'sticky_note',
    id,
    parentId: frame ? frame.id : null,
    x: frame ? x - frame.left : x,
    y: frame ? y - frame.top : y,
    relativeTo: frame ? 'parent_top_left' : 'canvas_center',
    width,
    height: Math.round((width * NOTE_SIZE.height) / NOTE_SIZE.width),
    shape: 'square',
    content,
    style: { fillColor: colour, textAlign: 'center', textAlignVertical: 'middle' },
    tagIds: [...tagIds],
  };
}

/** A board built by hand in Polish: phase frames, touchpoint rows as shapes, no zones; notes by colour, marker and tag. */
function polishHandBuilt(): BoardFile {
  const nextId = idMaker(3458764570000000000n);
  const tagPlus = nextId();
  const tagMinus = nextId();
  const file: BoardFile = [
    { type: 'tag', id: tagPlus, title: 'plusy', color: 'green' },
    { type: 'tag', id: tagMinus, title: 'minusy', color: 'red' },
  ];
  const phases: readonly [Phase, string][] = [
    ['before', '1. Przed zakupem'],
    ['during', '2. W trakcie zakupu'],
    ['after', '3. Po zakupie'],
  ];
  const touchpoints = ['Strona internetowa', 'Sklep stacjonarny', 'Infolinia'];
  const random = seededRandom(3);
  const texts = {
    positive: ['Szybka dostawa', 'Miła obsługa', 'Jasny cennik', 'Łatwy zwrot'],
    negative: ['Długie czekanie', 'Ukryte opłaty', 'Nikt nie odbiera', 'Zepsuty formularz'],
    neutral: ['Bez zaskoczeń', 'Standardowo'],
  };
  phases.forEach(([, title], phaseIndex) => {
    const frameId = nextId();
    const frame = { left: phaseIndex * 2600, top: 0, right: phaseIndex * 2600 + 2400, bottom: 2400 };
    file.push({
      type: 'frame',
      id: frameId,
      parentId: null,
      x: frame.left + 1200,
      y: 1200,
      width: 2400,
      height: 2400,
      title,
      style: { fillColor: '#f4f5f7' },
    });
    touchpoints.forEach((touchpoint, rowIndex) => {
      const top = 100 + rowIndex * 760;
      file.push({
        type: 'shape',
        id: nextId(),
        parentId: frameId,
        relativeTo: 'parent_top_left',
        x: 1200,
        y: top + 340,
        width: 2300,
        height: 680,
        shape: 'rectangle',
        content: `<p>${touchpoint}</p>`,
        style: { fillColor: '#ffffff', borderColor: '#c7cad1', textAlign: 'left', textAlignVertical: 'top' },
      });
      for (let index = 0; index < 5; index += 1) {
        const kind = index % 5 === 4 ? 'neutral' : index % 2 === 0 ? 'positive' : 'negative';
        const pool = texts[kind];
        const text = pool[Math.floor(random() * pool.length)] ?? '';
        const x = frame.left + 300 + index * 420;
        const y = top + 380;
        // Hand-built boards mix signals: colour, a leading marker, or a tag.
        const signal = (phaseIndex + rowIndex + index) % 3;
        const colour =
          signal === 0 ? (kind === 'positive' ? 'green' : kind === 'negative' ? 'red' : 'gray') : 'yellow';
        const marker = signal === 1 ? (kind === 'positive' ? '+ ' : kind === 'negative' ? '− ' : '= ') : '';
        const tags = signal === 2 && kind !== 'neutral' ? [kind === 'positive' ? tagPlus : tagMinus] : [];
        file.push(note(nextId(), { id: frameId, ...frame }, x, y, `${marker}${text}`, colour, tags));
      }
    });
  });
  return file;
}

// The filled demo template: the app's template inserted and filled in by a team, with notes in
// every zone, a few conflicts and the strays a real workshop leaves.
import { CATALOGUE } from '../core/catalogue.ts';
import { type Language, type Phase, type Rect, rectOf, type Sentiment } from '../core/model.ts';
import type { TouchpointChoice } from '../core/template-choices.ts';
import { layoutTemplate, NOTE_SIZE, ZONE_HEADER } from '../core/template-layout.ts';
import { MARK_KEY, writeMark } from '../core/template-mark.ts';
import type { PlanItem, TemplatePlan } from '../core/template-plan.ts';
import { unreachable } from '../core/unreachable.ts';
// A seeded random source, so a demo board is the same at every load.
import { seededRandom } from '../simulator/index.ts';
import { type BoardFile, idMaker, note, PHRASES } from './demo-items.ts';

// The sticky colour a team uses for each zone's notes.
const NOTE_COLOURS: Readonly<Record<Sentiment, string>> = {
  positive: 'light_green',
  neutral: 'gray',
  negative: 'light_pink',
};

/** A template inserted and filled in by a team: `touchpoints` rows from the catalogue, `notes` notes in every zone (seeded by `seed`), a few conflicts and strays. */
export function filledTemplate(
  language: Language,
  touchpoints: number,
  notes: number,
  seed: number,
): BoardFile {
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
        : NOTE_COLOURS[cell.sentiment];
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

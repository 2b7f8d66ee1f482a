// The hand-built journey board: the layout many teams draw without the app's template.
import { type BoardFile, idMaker, note, PHRASES } from './demo-items.ts';

/**
 * A common journey-map layout, built by hand: five stage columns (frames), touchpoint rows as
 * shapes across them, and yellow notes, most with no other sign of their sentiment. Only a few
 * notes count until the team says what yellow means (and, in Russian and Polish, what the
 * "recommendations" column is): the board the "Count more notes" choices are for.
 */
export function journeyBoard(labels: {
  readonly stages: readonly string[];
  readonly rows: readonly string[];
}): BoardFile {
  const nextId = idMaker(3458764580000000000n);
  const { stages, rows } = labels;
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

// The hand-built Polish board: the app's words in another language, and every sentiment signal.
import type { Phase } from '../core/model.ts';
// A seeded random source, so a demo board is the same at every load.
import { seededRandom } from '../simulator/index.ts';
import { type BoardFile, idMaker, note } from './demo-items.ts';

/** A board built by hand in Polish: phase frames, touchpoint rows as shapes, no zones; notes by colour, marker and tag. */
export function polishHandBuilt(): BoardFile {
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

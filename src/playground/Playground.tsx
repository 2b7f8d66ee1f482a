// The playground page: toolbar (demo boards, knobs, load / save), the drawn board, a note editor,
// and Miro's two app pages in iframes running on the simulated board.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SimulatedMiro } from '../simulator/index.ts';
import { BoardCanvas, type View } from './BoardCanvas.tsx';
import { boardJsonOf, loadBoardJson, skippedMessage } from './board-json.ts';
import { DEMO_BOARDS, type DemoBoard, demoBoard } from './demo-boards.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { type CanvasSize, openingArea } from './opening-area.ts';
import { SimulatorKnobs } from './SimulatorKnobs.tsx';

const DEMO_NAMES: Readonly<Record<DemoBoard, string>> = {
  empty: 'Empty board',
  filled: 'Filled template (≈100 notes)',
  polish: 'Hand-built board, Polish labels',
  'journey-en': 'Five-stage journey, hand-built (English)',
  'journey-ru': 'Five-stage journey, hand-built (Russian)',
  'journey-pl': 'Five-stage journey, hand-built (Polish)',
  large: 'Large board (5,000 notes)',
};

interface PlaygroundProps {
  readonly simulated: SimulatedMiro;
  readonly initialBoard: DemoBoard;
}

/** The whole playground. */
export function Playground({ simulated, initialBoard }: PlaygroundProps) {
  const { control, board } = simulated;
  const [items, setItems] = useState(() => control.items());
  const [tags, setTags] = useState(() => control.tags());
  const [panels, setPanels] = useState(() => control.openedPanels());
  const [demo, setDemo] = useState<DemoBoard>(initialBoard);
  // What Save names the file: the demo board shown, or the file the user loaded last.
  const [fileName, setFileName] = useState(`board-${initialBoard}.json`);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [appSelection, setAppSelection] = useState<ReadonlySet<string>>(new Set());
  const [canvasSize, setCanvasSize] = useState<CanvasSize | null>(null);
  // The drawn view is the simulated viewport: what the app's viewport.get() gives, what its
  // zoomTo and viewport.set move, and what the user's pan and zoom change.
  const [area, setArea] = useState(() => control.viewport());
  const screen = canvasSize ?? { width: 900, height: 700 };
  const view: View = { x: area.x, y: area.y, scale: screen.width / area.width };
  // A board just loaded opens at its opening area once the canvas's size is known.
  const opening = useRef(true);
  const [message, setMessage] = useState<string | null>(null);
  // Drawing a board of tens of thousands of notes weighs on this page, the panel's too (in Miro,
  // Miro draws the board in its own page): the board can go undrawn, e.g. `?draw=off`.
  const [drawn, setDrawn] = useState(() => new URLSearchParams(location.search).get('draw') !== 'off');

  useEffect(() => control.subscribeViewport(() => setArea(control.viewport())), [control]);

  const openBoard = (size: CanvasSize | null) => {
    if (!size) return;
    opening.current = false;
    control.showArea(openingArea(control.items(), size));
  };
  const onResize = (size: CanvasSize) => {
    setCanvasSize(size);
    control.setScreen(size);
    if (opening.current) openBoard(size);
  };
  const setView = (next: View) =>
    control.showArea({
      x: next.x,
      y: next.y,
      width: screen.width / next.scale,
      height: screen.height / next.scale,
    });

  useEffect(
    () =>
      control.subscribe(() => {
        setItems(control.items());
        setTags(control.tags());
        setPanels(control.openedPanels());
      }),
    [control],
  );

  // What the app selects (e.g. "Show" on an unassigned note) is highlighted; the app's own
  // zoomTo brings it into view.
  useEffect(() => {
    const onSelection = (event: { items: readonly { id: string }[] }) => {
      setAppSelection(new Set(event.items.map((item) => item.id)));
    };
    void board.ui.on('selection:update', onSelection);
    return () => void board.ui.off('selection:update', onSelection);
  }, [board, control]);

  const tagTitles = useMemo(() => new Map(tags.map((tag) => [tag.id, tag.title])), [tags]);
  const selected = items.find((item) => item.id === selectedId && item.type === 'sticky_note');
  const highlighted = useMemo(() => {
    const ids = new Set(appSelection);
    if (selectedId) ids.add(selectedId);
    return ids;
  }, [appSelection, selectedId]);

  const loadDemo = (name: DemoBoard) => {
    setDemo(name);
    control.load(demoBoard(name));
    setFileName(`board-${name}.json`);
    setSelectedId(null);
    openBoard(canvasSize);
  };

  // Form 3 of docs/scoring.md: the items, with the board's words (src/playground/board-json.ts).
  const save = async () => {
    const file = await boardJsonOf(simulated);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const loadFile = async (file: File) => {
    try {
      const skipped = await loadBoardJson(simulated, JSON.parse(await file.text()));
      setFileName(file.name);
      openBoard(canvasSize);
      setMessage(skippedMessage(skipped));
    } catch (error) {
      setMessage(`Could not load ${file.name}: ${(error as Error).message}`);
    }
  };

  const addNote = () => {
    const note = control.addStickyNote({
      x: area.x + area.width / 2,
      y: area.y + area.height / 2,
      content: '<p>New note</p>',
      fillColor: 'light_yellow',
    });
    setSelectedId(note.id);
  };

  return (
    <div class="playground">
      {/* Every note on the board is a Tab stop: a keyboard user can jump straight to the app. */}
      <a class="skip-link" href="#app-panel">
        Skip to the app panel
      </a>
      <header class="toolbar">
        <h1 class="title">Touchpoint Tally · playground</h1>
        <label>
          Board{' '}
          <select value={demo} onChange={(event) => loadDemo(event.currentTarget.value as DemoBoard)}>
            {DEMO_BOARDS.map((name) => (
              <option key={name} value={name}>
                {DEMO_NAMES[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={addNote}>
          Add sticky note
        </button>
        <button type="button" onClick={() => void save()}>
          Save board JSON
        </button>
        <label class="file">
          Load board JSON
          <input
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void loadFile(file);
            }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={drawn}
            onChange={(event) => setDrawn(event.currentTarget.checked)}
          />{' '}
          Draw the board
        </label>
        <SimulatorKnobs simulated={simulated} />
        <button type="button" onClick={() => control.clickIcon()} title="The app's icon in Miro's toolbar">
          Open app panel
        </button>
      </header>
      {message && (
        <p class="playground-message" role="alert">
          {message}
        </p>
      )}
      <main class="workspace">
        {drawn ? (
          <BoardCanvas
            items={items}
            tagTitles={tagTitles}
            selected={highlighted}
            view={view}
            onView={setView}
            onResize={onResize}
            onSelect={setSelectedId}
            onMove={(id, x, y) => control.update(id, { x, y })}
          />
        ) : (
          <p class="board-off" data-testid="board-off">
            The board ({items.length.toLocaleString('en')} items) is not drawn: tick Draw the board to see it.
          </p>
        )}
        {selected && selected.type === 'sticky_note' && (
          <NoteEditor
            key={selected.id}
            note={selected}
            simulated={simulated}
            tagTitles={tagTitles}
            onClose={() => {
              setSelectedId(null);
              // Back where the keyboard was: the note just edited.
              document.querySelector<SVGElement>(`[data-note-id="${CSS.escape(selected.id)}"]`)?.focus();
            }}
          />
        )}
        <aside class="panels" id="app-panel" tabindex={-1} aria-label="App panel">
          {/* Miro's headless entry: it opens the panel when the app icon is clicked. */}
          <iframe
            title="Touchpoint Tally headless entry"
            src="/index.html?sdk=simulated"
            class="headless"
            onLoad={() => control.clickIcon()}
          />
          {panels.slice(-1).map((panel) => (
            <iframe
              key={panel.url}
              title="Touchpoint Tally panel"
              class="panel-frame"
              src={`/${panel.url.replace(/^\//, '')}${panel.url.includes('?') ? '&' : '?'}sdk=simulated`}
            />
          ))}
        </aside>
      </main>
    </div>
  );
}

// The playground page: toolbar (demo boards, knobs, load / save), the drawn board, a note editor,
// and Miro's two app pages in iframes running on the simulated board.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { escapeHtml } from '../core/html.ts';
import { STICKY_FILLS } from '../core/model.ts';
import { htmlToText } from '../core/text.ts';
import type { RenderedItem, SimulatedMiro } from '../simulator/index.ts';
import { STICKY_COLOURS } from '../simulator/index.ts';
import { BoardCanvas, type View } from './BoardCanvas.tsx';
import { boardJsonOf, loadBoardJson, skippedMessage } from './board-json.ts';
import { DEMO_BOARDS, type DemoBoard, demoBoard } from './demo-boards.ts';

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

/** The size of the drawn board on screen, in CSS pixels. */
interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/** A board rectangle, as the simulated viewport takes it. */
interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Below this zoom a note's text and a row's label are too small to read on screen. */
const READABLE_SCALE = 0.5;

/**
 * Where a board opens: the whole board when it reads at that size; otherwise its top-left corner
 * (a map's title, its first phase and rows) at a zoom where labels and notes read.
 */
function openingArea(items: readonly RenderedItem[], { width, height }: CanvasSize): Area {
  if (items.length === 0) return { x: -width, y: -height, width: width * 2, height: height * 2 };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    left = Math.min(left, item.boardX - item.width / 2);
    // Room for a frame's title above its top edge.
    top = Math.min(top, item.boardY - item.height / 2 - (item.type === 'frame' ? 100 : 0));
    right = Math.max(right, item.boardX + item.width / 2);
    bottom = Math.max(bottom, item.boardY + item.height / 2);
  }
  const margin = 40;
  const whole = {
    x: left - margin,
    y: top - margin,
    width: right - left + 2 * margin,
    height: bottom - top + 2 * margin,
  };
  if (Math.min(width / whole.width, height / whole.height) >= READABLE_SCALE) return whole;
  return { x: whole.x, y: whole.y, width: width / READABLE_SCALE, height: height / READABLE_SCALE };
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
  const [knobs, setKnobs] = useState(() => {
    const params = new URLSearchParams(location.search);
    return {
      latency: Number(params.get('latency') ?? 40),
      failures: Number(params.get('failures') ?? 0),
      lost: Number(params.get('lost') ?? 0),
      credits: Number(params.get('credits') ?? 100_000),
    };
  });
  const [message, setMessage] = useState<string | null>(null);

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

  const changeKnobs = (next: typeof knobs) => {
    setKnobs(next);
    control.setOptions({
      latencyMs: next.latency,
      failureRate: next.failures,
      lostRate: next.lost,
      creditsPerMinute: next.credits,
    });
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
        <details class="knobs">
          <summary>Simulated Miro</summary>
          <label>
            Latency per call (ms){' '}
            <input
              type="number"
              min={0}
              step={10}
              value={knobs.latency}
              onChange={(event) => changeKnobs({ ...knobs, latency: Number(event.currentTarget.value) })}
            />
          </label>
          <label>
            Failure rate (0–1){' '}
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={knobs.failures}
              onChange={(event) => changeKnobs({ ...knobs, failures: Number(event.currentTarget.value) })}
            />
          </label>
          <label title="Share of calls that take effect on the board but whose answer is lost, as after a time-out">
            Lost answers (0–1){' '}
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={knobs.lost}
              onChange={(event) => changeKnobs({ ...knobs, lost: Number(event.currentTarget.value) })}
            />
          </label>
          <label>
            Rate limit (credits / minute){' '}
            <input
              type="number"
              min={0}
              step={1000}
              value={knobs.credits}
              onChange={(event) => changeKnobs({ ...knobs, credits: Number(event.currentTarget.value) })}
            />
          </label>
          <StatsLine simulated={simulated} />
        </details>
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

function StatsLine({ simulated }: { readonly simulated: SimulatedMiro }) {
  const [stats, setStats] = useState(() => simulated.control.stats());
  useEffect(() => {
    const timer = setInterval(() => setStats(simulated.control.stats()), 500);
    return () => clearInterval(timer);
  }, [simulated]);
  return (
    <p class="stats" data-testid="simulator-stats">
      {stats.calls} calls · {stats.credits} credits · {stats.failures} failed · {stats.lost} answers lost
    </p>
  );
}

function NoteEditor({
  note,
  simulated,
  tagTitles,
  onClose,
}: {
  readonly note: RenderedItem & { type: 'sticky_note' };
  readonly simulated: SimulatedMiro;
  readonly tagTitles: ReadonlyMap<string, string>;
  readonly onClose: () => void;
}) {
  const { control } = simulated;
  const [text, setText] = useState(() => htmlToText(note.content));
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // Opening the editor puts the keyboard in it, rather than behind every note on the board.
  useEffect(() => textArea.current?.focus(), []);
  const attempt = (edit: () => void) => {
    try {
      edit();
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const saveText = () => {
    if (text === htmlToText(note.content)) return;
    attempt(() => control.update(note.id, { content: `<p>${escapeHtml(text)}</p>` }));
  };
  return (
    <section
      class="note-editor"
      aria-label="Edit sticky note"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        saveText();
        onClose();
      }}
    >
      <h2>Sticky note</h2>
      <label for="note-text">Text</label>
      <textarea
        id="note-text"
        ref={textArea}
        rows={3}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={saveText}
      />
      <fieldset>
        <legend>Colour</legend>
        <div class="swatches">
          {STICKY_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              class="swatch"
              aria-pressed={note.style.fillColor === colour}
              aria-label={colour.replace('_', ' ')}
              title={colour.replace('_', ' ')}
              style={{ background: STICKY_FILLS[colour] }}
              onClick={() => attempt(() => control.update(note.id, { fillColor: colour }))}
            />
          ))}
        </div>
      </fieldset>
      <p>Tags: {note.tagIds.map((id) => tagTitles.get(id) ?? id).join(', ') || 'none'}</p>
      <label for="note-tag">Add a tag</label>
      <input id="note-tag" type="text" value={tag} onInput={(event) => setTag(event.currentTarget.value)} />
      <div class="row">
        <button
          type="button"
          disabled={tag.trim() === ''}
          onClick={() =>
            attempt(() => {
              control.tagItem(note.id, tag.trim());
              setTag('');
            })
          }
        >
          Add tag
        </button>
        <button
          type="button"
          onClick={() =>
            attempt(() => {
              control.remove(note.id);
              onClose();
            })
          }
        >
          Delete note
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {error && (
        <p role="alert" class="playground-message">
          {error}
        </p>
      )}
    </section>
  );
}

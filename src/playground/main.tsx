// The local playground: a simulated Miro board drawn in the page, Miro's headless entry and the
// real panel in iframes whose `window.miro` is the simulator. No Miro account needed.
import { render } from 'preact';
import { createSimulatedMiro, type SimulatedMiro } from '../simulator/index.ts';
import { DEMO_BOARDS, type DemoBoard, demoBoard } from './demo-boards.ts';
import { Playground } from './Playground.tsx';
import './playground.css';

/** What the playground puts on its window for the iframes (and for browser tests). */
export interface PlaygroundWindow {
  readonly touchpointTallyPlayground: {
    readonly miro: { readonly board: SimulatedMiro['board']; readonly clientVersion: string };
    readonly control: SimulatedMiro['control'];
  };
}

const params = new URLSearchParams(location.search);
const number = (name: string, fallback: number) => {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
};

const simulated = createSimulatedMiro({
  latencyMs: number('latency', 40),
  jitterMs: number('jitter', 20),
  failureRate: number('failures', 0),
  lostRate: number('lost', 0),
  creditsPerMinute: number('credits', 100_000),
  seed: number('seed', 1),
});
const chosen = params.get('board');
const initial: DemoBoard = DEMO_BOARDS.find((board) => board === chosen) ?? 'filled';
simulated.control.load(demoBoard(initial));

(
  window as unknown as { touchpointTallyPlayground: PlaygroundWindow['touchpointTallyPlayground'] }
).touchpointTallyPlayground = {
  miro: { board: simulated.board, clientVersion: 'simulated' },
  control: simulated.control,
};

const root = document.getElementById('playground');
if (root) render(<Playground simulated={simulated} initialBoard={initial} />, root);

// The emotion curve of each map in the panel: a small picture of the net score stage by stage,
// side by side for several maps (personas), with the numbers in a table beside it for screen
// readers and for reading off; and, on request, the same curve drawn on the board under its map,
// drawn again at each new scoring until it is removed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CURVE_FILLS, netTone } from '../core/curve-layout.ts';
import type { EmotionCurve } from '../core/emotion-curve.ts';
import type { Language } from '../core/model.ts';
import { signedNumber } from '../core/signed-number.ts';
import { ZONE_COLOURS } from '../core/template-layout.ts';
import { formatCount } from '../i18n/language.ts';
import { type PanelWords, panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { clearCurves, drawCurves } from '../miro/curve-on-board.ts';
import { boardErrorMessage, type PanelMessage } from './board-errors.ts';
import { ActionMessage } from './LiveMessage.tsx';
import type { ScoredBoard } from './panel-state.ts';
import { curvesOf } from './per-scoring.ts';

const WIDTH = 280;
const HEIGHT = 120;
const PAD = 14;

/** The curves of a scoring, and the buttons that draw them on the board and remove them. */
export function EmotionCurveView({
  board,
  scored,
  language,
}: {
  readonly board: BoardApi;
  readonly scored: ScoredBoard;
  readonly language: Language;
}) {
  const words = panelWords(language);
  const curves = curvesOf(scored.tally);
  const [onBoard, setOnBoard] = useState(false);
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  // One board write at a time: a redraw asked for meanwhile runs after it.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const titleOf = (map: string | null) => panelWords(language).insight.boardTitle(map);
  const run = (task: () => Promise<PanelMessage>) => {
    setWriting(true);
    queue.current = queue.current.then(async () => {
      setMessage(await task());
      setWriting(false);
    });
  };
  const draw = (target: ScoredBoard) =>
    run(async () => {
      const outcome = await drawCurves(board, target, { titleOf });
      return outcome.kind === 'drawn'
        ? { kind: 'ok', say: (w) => w.insight.curveDrawn(outcome.curves) }
        : boardErrorMessage(outcome);
    });
  const clear = () =>
    run(async () => {
      const outcome = await clearCurves(board, scored, { titleOf });
      return outcome.kind === 'cleared'
        ? { kind: 'ok', say: (w) => w.insight.curveCleared(outcome.removed) }
        : boardErrorMessage(outcome);
    });
  // A new scoring redraws a curve that is on the board.
  const drawn = useRef(scored);
  useEffect(() => {
    if (!onBoard || drawn.current === scored) return;
    drawn.current = scored;
    draw(scored);
  }, [scored, onBoard]);

  if (curves.length === 0) return null;
  return (
    <section aria-labelledby="curve-heading" data-testid="emotion-curve">
      <h2 id="curve-heading">{words.insight.curve}</h2>
      <p class="muted">{words.insight.curveIntro}</p>
      <div class="curves">
        {curves.map((curve, index) => (
          <CurveFigure
            key={curve.map ?? ''}
            curve={curve}
            id={`curve-${index}`}
            language={language}
            words={words}
          />
        ))}
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={writing}
          onClick={() => {
            drawn.current = scored;
            setOnBoard(true);
            draw(scored);
          }}
        >
          {words.insight.drawCurve}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={writing}
          onClick={() => {
            setOnBoard(false);
            clear();
          }}
        >
          {words.insight.clearCurve}
        </button>
      </div>
      <ActionMessage message={message} words={words} testId="curve-message" />
    </section>
  );
}

function CurveFigure({
  curve,
  id,
  language,
  words,
}: {
  readonly curve: EmotionCurve;
  readonly id: string;
  readonly language: Language;
  readonly words: PanelWords;
}) {
  const largest = Math.max(1, ...curve.stages.map((point) => Math.abs(point.net)));
  const step = (WIDTH - 2 * PAD) / Math.max(1, curve.stages.length);
  const zero = HEIGHT / 2;
  const points = curve.stages.map((point, index) => ({
    point,
    x: PAD + step * (index + 0.5),
    y: zero - (point.net / largest) * (HEIGHT / 2 - PAD),
  }));
  const title = words.insight.curveOf(curve.map);
  return (
    <figure class="curve" data-map={curve.map ?? ''}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <line stroke={CURVE_FILLS.axis} x1={0} x2={WIDTH} y1={zero} y2={zero} />
        <polyline
          fill="none"
          stroke={CURVE_FILLS.line}
          stroke-width={2}
          points={points.map(({ x, y }) => `${x},${y}`).join(' ')}
        />
        {points.map(({ point, x, y }) => (
          <circle
            key={`${point.phase}-${point.stage}`}
            fill={ZONE_COLOURS[netTone(point.net)].ink}
            cx={x}
            cy={y}
            r={5}
          />
        ))}
      </svg>
      {curve.map !== null && <figcaption>{curve.map}</figcaption>}
      <table class="curve-numbers" data-testid="curve-numbers">
        <caption class="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{words.insight.stage}</th>
            <th scope="col" class="count">
              {words.score.net}
            </th>
          </tr>
        </thead>
        <tbody>
          {curve.stages.map((point) => (
            <tr key={`${point.phase}-${point.stage}`}>
              <th scope="row">
                {point.stage}
                <span class="muted"> · {words.phases[point.phase]}</span>
              </th>
              <td class="count">{net(language, point.net)}</td>
            </tr>
          ))}
          {curve.phases.map((point) => (
            <tr key={point.phase}>
              <th scope="row">
                <strong>{words.phases[point.phase]}</strong>
              </th>
              <td class="count">{net(language, point.net)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

// The curve's numbers as the board writes them, in the panel's number format.
function net(language: Language, value: number): string {
  return signedNumber(value, (magnitude) => formatCount(language, magnitude));
}

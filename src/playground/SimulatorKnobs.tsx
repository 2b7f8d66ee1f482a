// "Simulated Miro": the knobs of the simulated board (latency, failures, lost answers, rate
// limit), read first from the page's address, and a line of what the simulator has counted.
import { useEffect, useState } from 'preact/hooks';
import type { SimulatedMiro } from '../simulator/index.ts';

interface Knobs {
  readonly latency: number;
  readonly failures: number;
  readonly lost: number;
  readonly credits: number;
}

/** The knobs, set on the simulator as they change, and its call counts. */
export function SimulatorKnobs({ simulated }: { readonly simulated: SimulatedMiro }) {
  const { control } = simulated;
  const [knobs, setKnobs] = useState((): Knobs => {
    const params = new URLSearchParams(location.search);
    return {
      latency: Number(params.get('latency') ?? 40),
      failures: Number(params.get('failures') ?? 0),
      lost: Number(params.get('lost') ?? 0),
      credits: Number(params.get('credits') ?? 100_000),
    };
  });
  const change = (knob: keyof Knobs) => (value: number) => {
    const next = { ...knobs, [knob]: value };
    setKnobs(next);
    control.setOptions({
      latencyMs: next.latency,
      failureRate: next.failures,
      lostRate: next.lost,
      creditsPerMinute: next.credits,
    });
  };
  return (
    <details class="knobs">
      <summary>Simulated Miro</summary>
      <Knob label="Latency per call (ms)" step={10} value={knobs.latency} onChange={change('latency')} />
      <Knob
        label="Failure rate (0–1)"
        max={1}
        step={0.05}
        value={knobs.failures}
        onChange={change('failures')}
      />
      <Knob
        label="Lost answers (0–1)"
        title="Share of calls that take effect on the board but whose answer is lost, as after a time-out"
        max={1}
        step={0.05}
        value={knobs.lost}
        onChange={change('lost')}
      />
      <Knob
        label="Rate limit (credits / minute)"
        step={1000}
        value={knobs.credits}
        onChange={change('credits')}
      />
      <StatsLine simulated={simulated} />
    </details>
  );
}

function Knob({
  label,
  title,
  max,
  step,
  value,
  onChange,
}: {
  readonly label: string;
  readonly title?: string;
  readonly max?: number;
  readonly step: number;
  readonly value: number;
  readonly onChange: (value: number) => void;
}) {
  return (
    <label title={title}>
      {label}{' '}
      <input
        type="number"
        min={0}
        max={max}
        step={step}
        value={value}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
    </label>
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

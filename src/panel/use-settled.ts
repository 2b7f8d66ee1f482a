// A large board's result is shown in steps: what the user looks at first (the summary, the weakest
// links, the table) in the task that brings the score; then what lies below it, each part worked
// out in a task of its own and all of it shown in the task after, so no task holds the page long.
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from '../miro/next-task.ts';

/**
 * `value` once the `parts` of it have been worked out, each in a task of its own (until then the
 * value before), e.g. `const later = useSettled(scored, [(s) => s && curvesOf(s.tally)])` with
 * `parts` that keep what they work out (see per-scoring.ts).
 */
export function useSettled<T>(value: T, parts: readonly ((value: T) => unknown)[]): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    let active = true;
    void (async () => {
      for (const part of parts) {
        await nextTask();
        if (!active) return;
        part(value);
      }
      await nextTask();
      if (active) setSettled(() => value);
    })();
    return () => {
      active = false;
    };
  }, [value]);
  return settled;
}

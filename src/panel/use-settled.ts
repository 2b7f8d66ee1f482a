// A large board's result is shown in two renders: what the user looks at first (the summary, the
// weakest links, the table) in the task that brings the score, the rest in the next task, so no
// single render holds the page for long.
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from '../miro/next-task.ts';

/** `value` one task after it last changed (until then the one before), e.g. `const later = useSettled(scored)`. */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    let active = true;
    void nextTask().then(() => {
      if (active) setSettled(() => value);
    });
    return () => {
      active = false;
    };
  }, [value]);
  return settled;
}

// Steps beyond the first are loaded after the panel has shown itself: the panel opens with only
// what inserting a template needs, and scoring and export arrive a moment later (at once when
// the user opens their step first).
import { useEffect, useState } from 'preact/hooks';

/** A step's module once it has loaded, e.g. `useLazyStep(() => import('./ScoreStep.tsx'), step === 'score')`. */
export function useLazyStep<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (asked) return;
    // Wanted now, or when the browser is idle after the first paint.
    const start = () => setAsked(true);
    if (wanted) return start();
    const idle = window.requestIdleCallback?.(start, { timeout: 1500 });
    const timer = idle === undefined ? setTimeout(start, 300) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback?.(idle);
      clearTimeout(timer);
    };
  }, [wanted, asked]);
  useEffect(() => {
    if (!asked) return;
    let active = true;
    void load().then((module) => {
      if (active) setLoaded(() => module);
    });
    return () => {
      active = false;
    };
  }, [asked]);
  return loaded;
}

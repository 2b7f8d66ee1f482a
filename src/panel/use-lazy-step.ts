// Steps beyond the first are loaded after the panel has shown itself: the panel opens with only
// what inserting a template needs, and scoring and export arrive a moment later (at once when
// the user opens their step first).
import { useEffect, useState } from 'preact/hooks';

/** A step's module as it loads, e.g. `useLazyStep(() => import('./ScoreStep.tsx'), step === 'score')`. */
export function useLazyStep<T>(load: () => Promise<T>, wanted: boolean): LazyStep<T> {
  const [loaded, setLoaded] = useState<LazyStep<T>>({ kind: 'loading' });
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
    load().then(
      (module) => {
        if (active) setLoaded({ kind: 'loaded', module });
      },
      () => {
        // The app's files could not be fetched (offline, or a new release replaced them).
        if (active) setLoaded({ kind: 'failed', retry: () => setAsked(false) });
      },
    );
    return () => {
      active = false;
    };
  }, [asked]);
  return loaded;
}

/** A step's module: still loading, loaded, or failed to load (with a way to try again). */
export type LazyStep<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly module: T }
  | { readonly kind: 'failed'; readonly retry: () => void };

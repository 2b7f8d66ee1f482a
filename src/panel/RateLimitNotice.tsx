// What the panel says while Miro's rate limit holds the app back: that it is waiting, and about
// how long, counting down, so a progress bar that stands still does not look like a hang.
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/model.ts';
import { formatCount } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import { LiveMessage } from './LiveMessage.tsx';
import type { RateLimitWatch } from './rate-limit-wait.ts';

/** "Waiting for Miro's rate limit: about 12 s" while a wait is in force; an empty status region otherwise. */
export function RateLimitNotice({
  watch,
  language,
}: {
  readonly watch: RateLimitWatch;
  readonly language: Language;
}) {
  const [seconds, setSeconds] = useState<number | null>(() => watch.secondsLeft());
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const tick = () => {
      const left = watch.secondsLeft();
      setSeconds(left);
      if (left === null && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    };
    const onWait = () => {
      tick();
      timer ??= setInterval(tick, 1000);
    };
    const stop = watch.subscribe(onWait);
    return () => {
      stop();
      if (timer !== undefined) clearInterval(timer);
    };
  }, [watch]);
  const text =
    seconds === null ? null : panelWords(language).errors.rateLimitWait(formatCount(language, seconds));
  return <LiveMessage role="status" text={text} testId="rate-limit-wait" />;
}

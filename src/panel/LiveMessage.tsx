// A status or alert region that stays in the page while its text comes and goes: a region
// inserted together with its text is missed by some screen readers, a changed text is not.
import type { ComponentChildren } from 'preact';

/** Props: the region's role and, while there is something to say, the text and its tone. */
export interface LiveMessageProps {
  /** `status` waits for a pause in speech; `alert` interrupts, for what went wrong. */
  readonly role: 'status' | 'alert';
  /** What to say now, or null while the region is empty (and takes no room). */
  readonly text: ComponentChildren | null;
  readonly tone?: 'ok' | 'error' | 'plain';
  readonly testId?: string;
}

/** A live region, empty or with a message. */
export function LiveMessage({ role, text, tone = 'plain', testId }: LiveMessageProps) {
  const shown = text !== null && text !== '';
  return (
    <div
      role={role}
      class={shown ? `message ${tone === 'plain' ? '' : tone}`.trim() : 'live-empty'}
      data-testid={testId}
    >
      {shown ? text : null}
    </div>
  );
}

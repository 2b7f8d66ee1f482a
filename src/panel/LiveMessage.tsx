// A status or alert region that stays in the page while its text comes and goes: a region
// inserted together with its text is missed by some screen readers, a changed text is not.
import type { ComponentChildren } from 'preact';
import type { PanelWords } from '../i18n/panel-words.ts';
import type { PanelMessage } from './board-errors.ts';

/** Props: the region's role and, while there is something to say, the text and its tone. */
export interface LiveMessageProps {
  /** `status` waits for a pause in speech; `alert` interrupts, for what went wrong. */
  readonly role: 'status' | 'alert';
  /** What to say now, or null while the region is empty (and takes no room). */
  readonly text: ComponentChildren | null;
  readonly tone?: 'ok' | 'error' | 'plain';
  readonly testId?: string;
  /** Given when the panel moves the keyboard here after an action (the region then takes focus from script, not from Tab). */
  readonly id?: string;
}

/** A live region, empty or with a message. */
export function LiveMessage({ role, text, tone = 'plain', testId, id }: LiveMessageProps) {
  const shown = text !== null && text !== '';
  return (
    <div
      role={role}
      class={shown ? `message ${tone === 'plain' ? '' : tone}`.trim() : 'live-empty'}
      data-testid={testId}
      id={id}
      tabIndex={id === undefined ? undefined : -1}
    >
      {shown ? text : null}
    </div>
  );
}

/** The status line under a step's buttons: what the last action did, said in the panel's language. */
export function ActionMessage({
  message,
  words,
  testId,
  id,
}: {
  readonly message: PanelMessage | null;
  readonly words: PanelWords;
  readonly testId: string;
  /** Given when the panel moves the keyboard here after the action. */
  readonly id?: string;
}) {
  return (
    <LiveMessage
      role="status"
      tone={message?.kind}
      text={message?.say(words) ?? null}
      testId={testId}
      {...(id === undefined ? {} : { id })}
    />
  );
}

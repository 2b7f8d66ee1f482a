// `miro.board.notifications`: messages the app shows, kept for the playground and the tests, and
// refused as Miro refuses them (empty, or over its length limit).
import type { Notifications } from '@mirohq/websdk-types/stable/features/notifications';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import type { NotificationRecord } from './control.ts';
import type { Public } from './live-items.ts';
import { LIMITS } from './records.ts';

/** The notifications API of one session, writing to `shown` and telling `changed`. */
export function createNotifications(
  gate: CallGate,
  shown: NotificationRecord[],
  changed: () => void,
): Public<Notifications> {
  function notify(type: 'info' | 'error', message: string): Promise<void> {
    return gate.run(`notifications.${type}`, CREDIT_COSTS.free, () => {
      if (typeof message !== 'string' || message.trim() === '')
        throw new Error('A notification needs a message.');
      // Miro refuses a longer message (Web SDK reference, "Notifications").
      if ([...message].length > LIMITS.notificationLength)
        throw new Error(
          `A notification message has at most ${LIMITS.notificationLength} characters, got ${[...message].length}.`,
        );
      shown.push({ type, message });
      changed();
    });
  }
  return {
    showInfo: (message) => notify('info', message),
    showError: (message) => notify('error', message),
    show: ({ type, message }) => notify(type === 'error' ? 'error' : 'info', message),
  };
}

// Board changes (notes created, deleted, moved or edited by anyone) as one subscription, for
// the panel's live scoring. Registering for events is a Web SDK call, so it lives here.

/** Board events after which a live panel scores again. */
export const CHANGE_EVENTS = ['items:create', 'items:delete', 'experimental:items:update'] as const;

/** A board change event the live panel follows. */
export type ChangeEvent = (typeof CHANGE_EVENTS)[number];

/** Subscribes `onChange` to board changes and returns the function that unsubscribes it. */
export type SubscribeToChanges = (onChange: () => void) => () => void;

/** The board's event registration, as `miro.board.ui` offers it. */
export interface BoardEvents {
  readonly ui: {
    on(event: ChangeEvent, handler: () => void): unknown;
    off(event: ChangeEvent, handler: () => void): unknown;
  };
}

/** Board changes as a subscription, e.g. `startLiveScoring({ subscribe: boardChanges(miro.board), ... })`. */
export function boardChanges(board: BoardEvents): SubscribeToChanges {
  return (onChange) => {
    // One handler object for all events, so `off` finds exactly what `on` registered.
    const handler = () => onChange();
    for (const event of CHANGE_EVENTS) void board.ui.on(event, handler);
    return () => {
      for (const event of CHANGE_EVENTS) void board.ui.off(event, handler);
    };
  };
}

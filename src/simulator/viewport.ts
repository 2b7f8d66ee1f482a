// The viewport: the board rectangle on the user's screen. Miro shows a requested rectangle whole,
// at the screen's aspect ratio; the playground draws exactly this rectangle, so what the app's
// `viewport.get()` reads is what the user sees.
import type { OneOrMany, Rect } from '@mirohq/websdk-types';
import type { Viewport } from '@mirohq/websdk-types/stable/features/viewport';
import { type BoardState, boardRect } from './board-state.ts';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import type { ControlLink } from './control.ts';
import type { Public } from './live-items.ts';
import { existingPlaced } from './new-records.ts';

const SCREEN = { width: 1280, height: 720 } as const;

/** The ids of one item or several, as the SDK's `OneOrMany` calls take them. */
export function idsOf(items: OneOrMany<{ id: string }>): string[] {
  return (Array.isArray(items) ? items : [items]).map((item) => item.id);
}

/** One user's view: the SDK's `viewport` for the app and the control's view for the playground. */
export function createViewport(
  state: BoardState,
  gate: CallGate,
): { readonly api: Public<Viewport>; readonly view: ControlLink['view'] } {
  const view = {
    screen: { ...SCREEN } as { width: number; height: number },
    rect: { x: -SCREEN.width / 2, y: -SCREEN.height / 2, ...SCREEN } as Rect,
  };
  const viewSubscribers = new Set<() => void>();
  function showRect(wanted: Rect): void {
    const scale = Math.max(wanted.width / view.screen.width, wanted.height / view.screen.height);
    const width = view.screen.width * scale;
    const height = view.screen.height * scale;
    view.rect = {
      x: wanted.x + wanted.width / 2 - width / 2,
      y: wanted.y + wanted.height / 2 - height / 2,
      width,
      height,
    };
    for (const subscriber of [...viewSubscribers]) subscriber();
  }

  const api: Public<Viewport> = {
    get: () => gate.run('viewport.get', CREDIT_COSTS.free, () => ({ ...view.rect })),
    set: (setOptions) =>
      gate.run('viewport.set', CREDIT_COSTS.free, () => {
        const { x, y, width, height } = setOptions.viewport;
        if (!(width > 0 && height > 0)) throw new Error('A viewport needs a positive width and height.');
        const padding = setOptions.padding ?? { top: 0, left: 0, bottom: 0, right: 0 };
        showRect({
          x: x - padding.left,
          y: y - padding.top,
          width: width + padding.left + padding.right,
          height: height + padding.top + padding.bottom,
        });
        return { ...view.rect };
      }),
    zoomTo: (items) =>
      gate.run('viewport.zoomTo', CREDIT_COSTS.free, () => {
        const rects = idsOf(items).map((id) => boardRect(state, existingPlaced(state, id)));
        if (rects.length === 0) return;
        const left = Math.min(...rects.map((rect) => rect.left));
        const top = Math.min(...rects.map((rect) => rect.top));
        const right = Math.max(...rects.map((rect) => rect.right));
        const bottom = Math.max(...rects.map((rect) => rect.bottom));
        // A margin around the items, as Miro's zoomTo leaves one.
        const width = (right - left) * 1.1;
        const height = (bottom - top) * 1.1;
        showRect({ x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height });
      }),
    getZoom: () => gate.run('viewport.getZoom', CREDIT_COSTS.free, () => view.screen.width / view.rect.width),
    setZoom: (zoom) =>
      gate.run('viewport.setZoom', CREDIT_COSTS.free, () => {
        if (!(zoom > 0)) throw new Error('Zoom must be positive.');
        const centreX = view.rect.x + view.rect.width / 2;
        const centreY = view.rect.y + view.rect.height / 2;
        const width = view.screen.width / zoom;
        const height = view.screen.height / zoom;
        showRect({ x: centreX - width / 2, y: centreY - height / 2, width, height });
      }),
  };

  return {
    api,
    view: {
      get: () => ({ ...view.rect }),
      show: showRect,
      subscribe(listener) {
        viewSubscribers.add(listener);
        return () => viewSubscribers.delete(listener);
      },
      setScreen(size) {
        if (!(size.width > 0 && size.height > 0)) return;
        // The same zoom and centre on a screen of another size.
        const zoom = view.screen.width / view.rect.width;
        const centreX = view.rect.x + view.rect.width / 2;
        const centreY = view.rect.y + view.rect.height / 2;
        view.screen = { width: size.width, height: size.height };
        const width = size.width / zoom;
        const height = size.height / zoom;
        showRect({ x: centreX - width / 2, y: centreY - height / 2, width, height });
      },
    },
  };
}

// In the playground, the panel's and the headless page's `window.miro` is the simulated board of
// the page around them (the dev server puts this script where Miro's SDK script would be).
import type { PlaygroundWindow } from './main.tsx';

const host = window.parent as unknown as PlaygroundWindow;
(window as unknown as { miro: unknown }).miro = host.touchpointTallyPlayground.miro;

// The panel (app.html): Miro's SDK script has put `miro` on the window before this runs.
import { render } from 'preact';
import { Panel } from './Panel.tsx';
import './panel.css';

const root = document.getElementById('root');
if (root) render(<Panel board={miro.board} />, root);

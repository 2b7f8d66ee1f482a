// The panel (app.html): Miro's SDK script has put `miro` on the window before this runs.
import { render } from 'preact';
import { loadPanelWords } from '../i18n/panel-words.ts';
import { Panel } from './Panel.tsx';
import { loadLanguage } from './panel-settings.ts';
import './panel.css';

const root = document.getElementById('root');
const language = loadLanguage();
// Only the language shown is fetched before the first paint; English if that file cannot be had.
if (root) {
  loadPanelWords(language)
    .then(
      () => language,
      () => loadPanelWords('en').then(() => 'en' as const),
    )
    .then((shown) => render(<Panel board={miro.board} initialLanguage={shown} />, root));
}

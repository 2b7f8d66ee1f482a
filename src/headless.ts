// Miro's headless entry (index.html): open the panel when the app's icon is clicked.
import { openPanelOnIconClick } from './miro/open-panel.ts';

void openPanelOnIconClick(miro.board.ui);

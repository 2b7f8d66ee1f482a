// Miro's headless entry (index.html): open the panel when the app's icon is clicked.
miro.board.ui.on('icon:click', async () => {
  try {
    await miro.board.ui.openPanel({ url: 'app.html' });
  } catch (error) {
    // Miro refuses a second panel while one is open; nothing is lost, the open one stays.
    console.warn('Touchpoint Tally: the panel could not be opened:', error);
  }
});

// Miro's headless entry (index.html): open the panel when the app's icon is clicked.
miro.board.ui.on('icon:click', async () => {
  await miro.board.ui.openPanel({ url: 'app.html' });
});

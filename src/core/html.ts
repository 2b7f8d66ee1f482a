// Text from the user or the board (touchpoint, map and note names) goes into the HTML content
// of board items: it is data, never markup. One escape for every place that writes such content.

/**
 * Text made safe to place in HTML content or an attribute; the board reads it back as the same text.
 * Example: `escapeHtml('Tom & "Jerry" <b>')` → `'Tom &amp; &quot;Jerry&quot; &lt;b&gt;'`.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

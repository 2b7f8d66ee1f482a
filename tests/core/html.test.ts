// Names typed into the template or onto notes reach the board as HTML: they must stay text.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core/html.ts';
import { htmlToText } from '../../src/core/text.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`Tom & "Jerry" <b>'s</b>`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;',
    );
  });

  it('escapes an ampersand first, so an entity typed by the user stays visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(htmlToText(escapeHtml('&lt;'))).toBe('&lt;');
  });

  it('leaves no tag or attribute break in a hostile name, and reads back as the same text', () => {
    const hostile = `"><img src=x onerror='alert(1)'>`;
    const escaped = escapeHtml(hostile);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(htmlToText(`<p>${escaped}</p>`)).toBe(hostile);
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(escapeHtml('Zażółć gęślą jaźń 🙂')).toBe('Zażółć gęślą jaźń 🙂');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/text.ts';

describe('htmlToText', () => {
  it('removes tags and turns block boundaries into spaces', () => {
    expect(htmlToText('<p>Slow</p><p>checkout</p>')).toBe('Slow checkout');
    expect(htmlToText('Slow<br>checkout<br/>page')).toBe('Slow checkout page');
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one two');
    expect(htmlToText('<div>a</div><div>b</div>')).toBe('a b');
  });

  it('removes inline tags without splitting words', () => {
    expect(
      htmlToText('<p>Del<strong>ivery</strong> <a href="https://x.test/?a=1&amp;b=2">late</a></p>'),
    ).toBe('Delivery late');
    expect(htmlToText('<span style="color:red" data-x=\'a>b\'>red</span>')).toBe('red');
  });

  it('decodes named and numeric entities after the tags are gone', () => {
    expect(htmlToText('Fast &amp; free &lt;3 &quot;ok&quot; &apos;x&apos;')).toBe(
      'Fast & free <3 "ok" \'x\'',
    );
    expect(htmlToText('&lt;p&gt;not a tag&lt;/p&gt;')).toBe('<p>not a tag</p>');
    expect(htmlToText('&#x1F44D; &#128078; &#8211; &minus; &mdash; &hellip;')).toBe('👍 👎 – − — …');
    expect(htmlToText('&#150; dash')).toBe('– dash');
    expect(htmlToText('&#0; &#xD800; &#x110000;')).toBe('\ufffd \ufffd \ufffd');
  });

  it('leaves unknown entities and a lone ampersand or angle bracket as written', () => {
    expect(htmlToText('R&D &unknown; a < b &')).toBe('R&D &unknown; a < b &');
    expect(htmlToText('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
  });

  it('collapses whitespace, non-breaking spaces included, and trims', () => {
    expect(htmlToText('  <p>\n  Before&nbsp;&nbsp;purchase \t</p>  ')).toBe('Before purchase');
  });

  it('treats an empty note, and one with only markup, as empty text', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p><br></p>')).toBe('');
    expect(htmlToText('<p>&nbsp;</p><!-- a comment -->')).toBe('');
  });

  it('keeps Cyrillic, Polish letters and emoji', () => {
    expect(htmlToText('<p>До покупки</p><p>Zażółć 🙂</p>')).toBe('До покупки Zażółć 🙂');
  });
});

// The scanner against a plain regular-expression reading of the same rules, on HTML-like noise.
describe('htmlToText against a reference', () => {
  const BLOCKS = /^(?:p|br|li|div|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr)$/i;
  const MARKUP =
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/](?:"[^"]*"|'[^']*'|[^'">])*)?>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>/g;
  const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', quot: '"' };
  const reference = (html: string): string =>
    html
      .replace(MARKUP, (_m, _slash, name?: string) => (name !== undefined && BLOCKS.test(name) ? ' ' : ''))
      .replace(
        /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
        (m, d?: string, h?: string, n?: string) => {
          if (n !== undefined) return ENTITIES[n] ?? m;
          const code = d !== undefined ? Number(d) : Number.parseInt(h ?? '', 16);
          return code >= 1 && code < 0x80 ? String.fromCodePoint(code) : m;
        },
      )
      .replace(/\s+/g, ' ')
      .trim();

  it('agrees on tags, comments, quotes, entities and whitespace', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<br/>',
      '<br >',
      '<strong>',
      '</strong>',
      '<a href="x>y">',
      "<span title='a\"b'>",
      '<li class=x>',
      '<!-- c -->',
      '<!--',
      '<!doctype html>',
      '<?x?>',
      '<',
      '>',
      '< p>',
      '<1>',
      '<a',
      '"',
      "'",
      '&amp;',
      '&lt;',
      '&gt;',
      '&nbsp;',
      '&quot;',
      '&#65;',
      '&#x42;',
      '&#32;',
      '&#9;',
      '&unknown;',
      '&',
      '&#;',
      '&amp',
      ' ',
      '  ',
      '\n',
      '\t',
      'a',
      'Zakup',
      'до',
      '+',
      '👍',
      '=',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const html = pieces.join('');
        expect(htmlToText(html)).toBe(reference(html));
      }),
      { numRuns: 2000 },
    );
  });
});

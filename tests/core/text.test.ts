import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/text.ts';

// The decoder's own lists of HTML5 named references (maps/ of the `entities` package's repository):
// every name with its semicolon, and the legacy names HTML also reads without one.
const fixture = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../fixtures/entities/${name}`, import.meta.url), 'utf8'));
const NAMED = fixture('entities.json');
const LEGACY = fixture('legacy.json');
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

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

  it('reads every Unicode space people type as a space: collapsed, trimmed, never joined to a word', () => {
    // JavaScript's and HTML's spaces, the non-breaking ones, the typographic spaces U+2000–U+200A,
    // the line and paragraph separators, the ideographic space and a stray byte order mark.
    const spaces = [
      ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
      ...Array.from({ length: 11 }, (_, offset) => String.fromCharCode(0x2000 + offset)),
    ];
    for (const space of spaces) {
      const name = `U+${space.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(htmlToText(`Slow${space}checkout`), name).toBe('Slow checkout');
      expect(htmlToText(`Slow ${space}checkout`), name).toBe('Slow checkout');
      expect(htmlToText(`${space}Slow checkout${space}`), name).toBe('Slow checkout');
    }
  });

  it('keeps characters that only look like spaces, or are invisible, as they are', () => {
    // Zero-width space and joiners, next line, control and private characters around the spaces.
    for (const code of [
      0x08, 0x0e, 0x1f, 0x7f, 0x85, 0x9f, 0xa1, 0x167f, 0x1fff, 0x200b, 0x200d, 0x2027, 0x202e, 0x205e,
      0x2060, 0x2fff, 0x3001, 0xfefe,
    ]) {
      const character = String.fromCharCode(code);
      expect(htmlToText(`Slow${character}${character}checkout`), code.toString(16)).toBe(
        `Slow${character}${character}checkout`,
      );
    }
  });

  it('keeps single spaces between words and drops only the ones at the ends', () => {
    expect(htmlToText('Fast free delivery')).toBe('Fast free delivery');
    expect(htmlToText('Fast free delivery ')).toBe('Fast free delivery');
    expect(htmlToText(' Fast')).toBe('Fast');
    expect(htmlToText('<p>Fast </p>')).toBe('Fast');
    expect(htmlToText(' ')).toBe('');
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

describe('htmlToText reads character references as HTML does', () => {
  it('decodes every HTML5 named reference, with its semicolon', () => {
    const names = Object.keys(NAMED);
    expect(names.length).toBe(2125);
    for (const name of names) {
      expect(htmlToText(`x&${name};y`), name).toBe(collapse(`x${NAMED[name]}y`));
    }
  });

  it('decodes the legacy names without a semicolon too, and reads the longest legacy name first', () => {
    const names = Object.keys(LEGACY);
    expect(names.length).toBe(106);
    for (const name of names) {
      expect(htmlToText(`x &${name} y`), name).toBe(collapse(`x ${LEGACY[name]} y`));
      expect(htmlToText(`x&${name}`), name).toBe(collapse(`x${LEGACY[name]}`));
    }
    expect(htmlToText('Tom &amp Jerry, Fast&nbspdelivery, &copy 2024, &notit;')).toBe(
      'Tom & Jerry, Fast delivery, © 2024, ¬it;',
    );
    // A name HTML does not read without its semicolon stays as written.
    expect(htmlToText('&eacute and &zdot')).toBe('é and &zdot');
  });

  it('reads the names boards bring from elsewhere', () => {
    expect(htmlToText('<p>Caf&eacute; was closed</p>')).toBe('Café was closed');
    expect(htmlToText('Za&zdot;&oacute;&lstrok;&cacute; ja&zacute;&ntilde;')).toBe('Zażółć jaźñ');
    expect(htmlToText('&check; &ge; 3 &ne; 4')).toBe('✓ ≥ 3 ≠ 4');
  });

  it('reads numeric references with and without a semicolon, leading zeros and out-of-range numbers', () => {
    expect(htmlToText('&#8211 late')).toBe('– late');
    expect(htmlToText('&#x2013late')).toBe('–late');
    expect(htmlToText('&#0000000039;s &#x000041;')).toBe("'s A");
    expect(htmlToText('&#999999999; &#99999999999999999999999; &#x110000; &#0; &#xD800; &#xDFFF;')).toBe(
      '\ufffd \ufffd \ufffd \ufffd \ufffd \ufffd',
    );
    expect(htmlToText('&#x10FFFF;')).toBe('\u{10FFFF}');
    // 128–159 as Windows-1252 (`&#150;` is an en dash, a marker); the unassigned ones stay as they are.
    expect(htmlToText('&#128; &#150; &#x9F; &#129;')).toBe('€ – Ÿ \u0081');
    expect(htmlToText('&#; &#x; &#xg; &# 1')).toBe('&#; &#x; &#xg; &# 1');
  });

  it('collapses a reference that decodes to several whitespace characters like any other space', () => {
    expect(htmlToText('a&ThickSpace;b&Tab;&NewLine;c&nbsp;&#x2003; d')).toBe('a b c d');
  });

  it('never reads a reference across markup', () => {
    expect(htmlToText('&am<b></b>p; &l<!-- -->t;')).toBe('&amp; &lt;');
  });
});

describe('htmlToText reads markup as HTML does', () => {
  it('ends a comment at -->, at --!>, and at once for <!--> and <!--->', () => {
    expect(htmlToText('<!-->Great service')).toBe('Great service');
    expect(htmlToText('<!--->Great service')).toBe('Great service');
    expect(htmlToText('<!-- note --!>Great service')).toBe('Great service');
    expect(htmlToText('<!---->a<!-- x - -> y ---> b<!-- --!-> --> c')).toBe('a b c');
    expect(htmlToText('<!--[if gte mso 9]><xml><o:x>1</o:x></xml><![endif]-->Slow')).toBe('Slow');
  });

  it('hides the rest of a note after a comment that is never closed, as a browser does', () => {
    expect(htmlToText('Fast <!-- later: slow')).toBe('Fast');
    expect(htmlToText('Fast <!--! -- >')).toBe('Fast');
  });

  it('reads Word and Outlook tags (names with : _ .) as inline tags', () => {
    expect(htmlToText('<p><o:p>+ fast delivery</o:p></p>')).toBe('+ fast delivery');
    expect(htmlToText('<p class=MsoNormal>Slow<o:p></o:p></p>')).toBe('Slow');
    expect(htmlToText('<st1:place w:st="on">Kraków</st1:place> <my_tag>x</my_tag><a.b>y</a.b>')).toBe(
      'Kraków xy',
    );
  });

  it('opens a quoted value only right after =, so quotes inside unquoted values keep the words', () => {
    expect(htmlToText("<p title=it's>Joe's shop was great</p>")).toBe("Joe's shop was great");
    expect(htmlToText("<a href=https://x.test/o'brien>O'Brien</a> called")).toBe("O'Brien called");
    expect(htmlToText('<p data-x=a"b>Say "hi" please</p>')).toBe('Say "hi" please');
    expect(htmlToText('<p "a>b" c=\'d>e\'>text</p>')).toBe("b\" c='d>e'>text");
    expect(htmlToText('<p a = "x>y" b= \'>\'>text</p>')).toBe('text');
  });

  it('separates words at every block element: headings, lists, tables, sections and line breaks', () => {
    // HTML's block-level elements, as a fixed list (not the reader's own).
    const blocks = [
      'address',
      'article',
      'aside',
      'blockquote',
      'caption',
      'dd',
      'details',
      'div',
      'dl',
      'dt',
      'figcaption',
      'figure',
      'footer',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'header',
      'li',
      'main',
      'nav',
      'ol',
      'p',
      'pre',
      'section',
      'summary',
      'table',
      'tbody',
      'td',
      'tfoot',
      'th',
      'thead',
      'tr',
      'ul',
    ];
    for (const block of blocks) {
      expect(htmlToText(`Slow<${block}>check</${block}>out`), block).toBe('Slow check out');
      expect(htmlToText(`Slow<${block.toUpperCase()} class="x">checkout`), block).toBe('Slow checkout');
    }
    expect(htmlToText('Slow<hr>checkout<hr/>page<br />now')).toBe('Slow checkout page now');
    expect(htmlToText('<h2>Checkout</h2><ol><li>slow</li><li>card declined</li></ol>')).toBe(
      'Checkout slow card declined',
    );
    expect(
      htmlToText(
        '<table><thead><tr><th>Stage</th><th>Note</th></tr></thead><tbody><tr><td>Pay</td><td>slow</td></tr></tbody></table>',
      ),
    ).toBe('Stage Note Pay slow');
  });

  it('joins the words around inline elements, and elements whose names only start like a block', () => {
    for (const inline of [
      'b',
      'strong',
      'em',
      'i',
      'u',
      's',
      'span',
      'a',
      'mark',
      'sub',
      'sup',
      'code',
      'font',
      'small',
    ]) {
      expect(htmlToText(`Del<${inline}>iv</${inline}>ery`), inline).toBe('Delivery');
    }
    for (const name of [
      'pa',
      'divx',
      'h7',
      'tdx',
      'lis',
      'br2',
      'section1',
      'blockquotes',
      'figcaptions',
      'x-p',
    ]) {
      expect(htmlToText(`Del<${name}>iv</${name}>ery`), name).toBe('Delivery');
    }
    expect(htmlToText('Del<p:x>ivery')).toBe('Delivery');
  });

  it('separates words at every block element, the ones Miro never writes too', () => {
    const blocks = [
      'center',
      'fieldset',
      'legend',
      'form',
      'dialog',
      'menu',
      'hgroup',
      'option',
      'optgroup',
      'search',
    ];
    for (const block of blocks) {
      expect(htmlToText(`a<${block}>b</${block}>c`), block).toBe('a b c');
      expect(htmlToText(`a<${block.toUpperCase()} x=1>b`), block).toBe('a b');
    }
  });

  it('reads attribute names and values as HTML does, whichever of = / and spaces come between', () => {
    // A value opens only after a name and =; `=` first is part of a name; / starts a new name.
    expect(htmlToText('<p ="x>y">Slow')).toBe('y">Slow');
    expect(htmlToText('<a/="x>y">Slow')).toBe('y">Slow');
    expect(htmlToText('<a b/="x>y">Slow')).toBe('y">Slow');
    expect(htmlToText('<a b /="x>y">Slow')).toBe('y">Slow');
    expect(htmlToText('<a b c="x>y">Slow')).toBe('Slow');
    expect(htmlToText('<a/b="x>y">Slow')).toBe('Slow');
    expect(htmlToText('<a b=x c="y>z">Slow')).toBe('Slow');
    // An unquoted value runs to whitespace or >, whatever = and quotes it holds.
    expect(htmlToText('<a href=x.test/?a=1&b=">"late')).toBe('"late');
    // The tag name runs to whitespace, / or >: = and quotes in it open no value.
    expect(htmlToText('<ab=">"x>Slow')).toBe('"x>Slow');
  });

  it('reads every HTML whitespace character as the end of a tag name and between attributes', () => {
    for (const space of ['\t', '\n', '\f', '\r', ' ']) {
      const name = JSON.stringify(space);
      expect(htmlToText(`Slow<p${space}class="a>b">checkout`), name).toBe('Slow checkout');
      expect(htmlToText(`Del<b title=x${space}lang="a>b">ivery`), name).toBe('Delivery');
    }
  });

  it('reads tag names starting with any ASCII letter, either case', () => {
    expect(htmlToText('x<A>y<Z>z<a>w<z>v</A></Z></a></z>u')).toBe('xyzwvu');
    expect(htmlToText('x<@>y<[>z<`>w<{>v')).toBe('x<@>y<[>z<`>w<{>v');
  });

  it('reads an end tag with attributes to its real end, past a quoted >', () => {
    expect(htmlToText('Slow</p a="x>y">checkout')).toBe('Slow checkout');
  });

  it('ends a comment only at -- followed by > or !>', () => {
    expect(htmlToText('<!--ab>hidden-->Shown')).toBe('Shown');
    expect(htmlToText('<!-- a --x> b -->Shown')).toBe('Shown');
  });

  it('reads </> as nothing, </ x> and <?x> as hidden declarations, and a lone < as text', () => {
    expect(htmlToText('a</>b</ x>c</1>d<?php x ?>e<!doctype html>f')).toBe('abcdef');
    expect(htmlToText('1 < 2, 3 <4, <\u00e9> a</')).toBe('1 < 2, 3 <4, <\u00e9> a</');
  });

  it('keeps markup the note ends inside of as text, where a browser would drop it', () => {
    expect(htmlToText('<p>Slow</p> <a href="x>late')).toBe('Slow <a href="x>late');
    expect(htmlToText('Price <b')).toBe('Price <b');
    expect(htmlToText('ok <!doctype &amp; x')).toBe('ok <!doctype & x');
  });

  it('reads unclosed markup repeated over a long note in one pass', () => {
    // Each repetition would restart the scan of all that follows if a cut-off tag were rescanned.
    const html = '<a "'.repeat(10_000);
    expect(htmlToText(html)).toBe(html);
    expect(htmlToText(`<p>x</p>${'<!--'.repeat(10_000)}`)).toBe('x');
  });

  it('gives text without markup, runs of whitespace or surrounding spaces, whatever the input', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '<',
      '>',
      '&',
      '&amp;',
      ' ',
      '\n',
      '\u00a0',
      'a',
      '"',
      "'",
      '=',
      '<!--',
      '-->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = htmlToText(pieces.join(''));
        expect(text).toBe(collapse(text));
      }),
      { numRuns: 1000 },
    );
  });
});

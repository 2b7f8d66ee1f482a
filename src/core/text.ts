// Board content is HTML written by anyone on the board (Miro's editor, REST payloads, text pasted
// from Office): it is read to plain text here, once, the way a browser's parser reads it, by
// scanning strings (no DOM, so the command line shares it and nothing is ever injected).
// Character references are decoded by `entities`, the decoder htmlparser2 uses, in the mode HTML
// uses for text; the scanner follows HTML's tokenizer for tags and comments. Where the reading
// deliberately differs from a browser, docs/scoring.md ("Reading text") says so.
import { decodeHTML } from 'entities/decode';
import { unreachable } from './unreachable.ts';

// Elements whose start or end separates words the way a line break does; inline ones (`<strong>`,
// `<a>`, `<span>`, Office's `<o:p>`...) are removed without a space so "Del<b>ivery</b>" stays one word.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'optgroup',
  'option',
  'p',
  'pre',
  'search',
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
]);

/** The plain text of board HTML: tags and comments removed, blocks separated by a space, character references decoded, whitespace collapsed; e.g. `'<p>Caf&eacute; &amp <b>free</b></p><p>delivery</p>'` → `'Café & free delivery'`. */
export function htmlToText(html: string): string {
  // Each `<` is looked at once and each markup is scanned once, so the time is linear in the note
  // (this runs once per note, 50,000 times on a big board, on text anyone can write).
  let text = '';
  let space = false; // a block boundary since the last run of text
  let runStart = 0;
  let index = html.indexOf('<');
  while (index >= 0) {
    const end = markupEnd(html, index);
    if (end === NOT_MARKUP) {
      index = html.indexOf('<', index + 1);
      continue;
    }
    // Markup the note ends inside of (a tag never closed) is kept as text with everything after
    // it, where a browser would show nothing: a note cut off mid-tag keeps its words.
    if (end === CUT_OFF) break;
    if (index > runStart) {
      text = appendRun(text, space, html.slice(runStart, index));
      space = false;
    }
    if (isBlockTag(html, index)) space = true;
    runStart = end;
    index = html.indexOf('<', end);
  }
  if (runStart < html.length) text = appendRun(text, space, html.slice(runStart));
  return collapseWhitespace(text);
}

// References never span markup (`&am<b></b>p;` is not `&`), so each run is decoded alone.
function appendRun(text: string, space: boolean, run: string): string {
  const decoded = decodeHTML(run);
  return space && text !== '' ? `${text} ${decoded}` : text + decoded;
}

// Collapsing after decoding, as a reference may decode to several whitespace characters
// (`&ThickSpace;`). Most notes need nothing: the scan finds that without a regular expression.
function collapseWhitespace(text: string): string {
  let previous = SPACE; // so that a leading space needs collapsing
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code) && (code !== SPACE || previous === SPACE))
      return text.replace(WHITESPACE, ' ').trim();
    previous = code;
  }
  return previous === SPACE ? text.slice(0, -1) : text;
}

// JavaScript's `\s`: HTML's spaces and also the non-breaking and other Unicode spaces people type.
const WHITESPACE = /\s+/g;

/** `markupEnd`'s answer for a `<` that is text ("a < b", "<3"). */
const NOT_MARKUP = -1;
/** `markupEnd`'s answer for markup the note ends inside of. */
const CUT_OFF = -2;

// The index after the markup starting at `<`, NOT_MARKUP, or CUT_OFF; as HTML's tokenizer reads it.
function markupEnd(html: string, start: number): number {
  const next = html.charCodeAt(start + 1);
  if (isLetter(next)) return tagEnd(html, start + 2);
  if (next === SLASH) {
    const after = html.charCodeAt(start + 2);
    if (isLetter(after)) return tagEnd(html, start + 3);
    if (after === GREATER_THAN) return start + 3; // `</>` is dropped
    if (Number.isNaN(after)) return NOT_MARKUP; // `</` at the very end is text
    return bogusCommentEnd(html, start + 2); // `</ x>`, `</1>`
  }
  if (next === BANG) {
    if (html.startsWith('--', start + 2)) return commentEnd(html, start + 4);
    return bogusCommentEnd(html, start + 2); // `<!doctype html>`, `<![CDATA[...]]>`
  }
  if (next === QUESTION) return bogusCommentEnd(html, start + 2); // `<?xml ...?>`
  return NOT_MARKUP;
}

// A comment ends at `-->` or `--!>`; `<!-->` and `<!--->` end at once; an unclosed comment hides
// the rest of the note, as in a browser (a comment is text someone chose to hide).
function commentEnd(html: string, from: number): number {
  if (html.charCodeAt(from) === GREATER_THAN) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const close = html.indexOf('--', from);
  if (close < 0) return html.length;
  // From the first `--` on, every later `--` is a candidate: scan once for `>` or `!>` after one.
  let index = close;
  while (index >= 0) {
    let after = index + 2;
    while (html.charCodeAt(after) === DASH) after++;
    const code = html.charCodeAt(after);
    if (code === GREATER_THAN) return after + 1;
    if (code === BANG && html.charCodeAt(after + 1) === GREATER_THAN) return after + 2;
    index = html.indexOf('--', after);
  }
  return html.length;
}

function bogusCommentEnd(html: string, from: number): number {
  const close = html.indexOf('>', from);
  return close < 0 ? CUT_OFF : close + 1;
}

// A tag's end, scanning from just after its name's first letter: the name runs to HTML whitespace,
// `/` or `>`; then attributes, where a quote opens a value only right after `=` (`title=it's` is
// the value `it's`), and `>` inside a quoted value does not end the tag.
function tagEnd(html: string, from: number): number {
  const length = html.length;
  let index = from;
  let state: AttributeState = 'beforeName';
  while (index < length && !isSpace(html.charCodeAt(index))) {
    const code = html.charCodeAt(index);
    if (code === GREATER_THAN) return index + 1;
    if (code === SLASH) break;
    index++;
  }
  for (; index < length; index++) {
    const code = html.charCodeAt(index);
    if (code === GREATER_THAN) return index + 1;
    switch (state) {
      case 'beforeName':
        if (!(isSpace(code) || code === SLASH)) state = 'name'; // `=` first is part of the name
        break;
      case 'name':
        if (code === EQUALS) state = 'beforeValue';
        else if (isSpace(code)) state = 'afterName';
        else if (code === SLASH) state = 'beforeName';
        break;
      case 'afterName':
        if (code === EQUALS) state = 'beforeValue';
        else if (code === SLASH) state = 'beforeName';
        else if (!isSpace(code)) state = 'name';
        break;
      case 'beforeValue':
        if (code === QUOTE || code === APOSTROPHE) {
          const close = html.indexOf(code === QUOTE ? '"' : "'", index + 1);
          if (close < 0) return CUT_OFF;
          index = close;
          state = 'beforeName';
        } else if (!isSpace(code)) state = 'unquotedValue';
        break;
      case 'unquotedValue':
        if (isSpace(code)) state = 'beforeName';
        break;
      default:
        return unreachable(state);
    }
  }
  return CUT_OFF;
}

type AttributeState = 'beforeName' | 'name' | 'afterName' | 'beforeValue' | 'unquotedValue';

function isBlockTag(html: string, start: number): boolean {
  let index = html.charCodeAt(start + 1) === SLASH ? start + 2 : start + 1;
  if (!isLetter(html.charCodeAt(index))) return false;
  const nameStart = index;
  // The longest block name has 10 letters: no need to read a longer name to know it is inline.
  while (index - nameStart <= 10 && isNameCharacter(html.charCodeAt(index))) index++;
  return BLOCK_TAGS.has(html.slice(nameStart, index).toLowerCase());
}

const SPACE = 0x20;
const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

// The characters JavaScript's `\s` matches (non-breaking spaces included).
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// HTML's whitespace inside markup: tab, line feed, form feed, carriage return, space.
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// Any character but the ones ending a tag name (whitespace, `/`, `>`), and not past the end.
function isNameCharacter(code: number): boolean {
  return !(Number.isNaN(code) || isSpace(code) || code === SLASH || code === GREATER_THAN);
}

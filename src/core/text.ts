// Board content is HTML written by anyone on the board: it is decoded to plain text here, once,
// by scanning strings (no DOM, so the command line shares it and nothing is ever injected).

// Tags whose start or end separates words the way a line break does; inline tags
// (`<strong>`, `<a>`, `<span>`...) are removed without a space so "Del<b>ivery</b>" stays one word.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
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
  'hr',
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
]);

// The named entities people and Miro actually produce; an unknown name is left as written.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  AMP: '&',
  LT: '<',
  GT: '>',
  QUOT: '"',
  apos: "'",
  // HTML5's names for the characters markers and labels are made of: `&lpar;&plus;&rpar;` is `(+)`.
  plus: '+',
  equals: '=',
  lpar: '(',
  rpar: ')',
  colon: ':',
  comma: ',',
  sol: '/',
  period: '.',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  ast: '*',
  lowbar: '_',
  dash: '\u2010',
  hyphen: '\u2010',
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  sect: '\u00a7',
  para: '\u00b6',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  micro: '\u00b5',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  sup2: '\u00b2',
  sup3: '\u00b3',
  larr: '\u2190',
  uarr: '\u2191',
  rarr: '\u2192',
  darr: '\u2193',
  harr: '\u2194',
  hearts: '\u2665',
};

// HTML reads numeric references 128–159 as Windows-1252, so `&#150;` is an en dash (a marker).
const WINDOWS_1252: Readonly<Record<number, number>> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

/** The plain text of board HTML: tags removed, blocks separated by a space, entities decoded, whitespace collapsed; e.g. `'<p>Fast&nbsp;&amp; <b>free</b></p><p>delivery</p>'` → `'Fast & free delivery'`. */
export function htmlToText(html: string): string {
  // One scan, appending runs of plain text: this runs once per note, 50,000 times on a big board.
  let text = '';
  let space = false;
  let index = 0;
  const length = html.length;
  while (index < length) {
    const code = html.charCodeAt(index);
    if (isWhitespace(code)) {
      space = true;
      index++;
      continue;
    }
    if (code === LESS_THAN) {
      const end = markupEnd(html, index);
      if (end > 0) {
        if (isBlockTag(html, index)) space = true;
        index = end;
        continue;
      }
    } else if (code === AMPERSAND) {
      const entity = entityAt(html, index);
      if (entity) {
        if (entity.text.length === 1 && isWhitespace(entity.text.charCodeAt(0))) space = true;
        else {
          if (space && text !== '') text += ' ';
          space = false;
          text += entity.text;
        }
        index = entity.end;
        continue;
      }
    }
    // A run of plain text up to the next space, tag or entity; `<` or `&` not starting one is text.
    let end = index + 1;
    while (end < length) {
      const next = html.charCodeAt(end);
      if (next === LESS_THAN || next === AMPERSAND || isWhitespace(next)) break;
      end++;
    }
    if (space && text !== '') text += ' ';
    space = false;
    text += html.slice(index, end);
    index = end;
  }
  return text;
}

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const GREATER_THAN = 0x3e;

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

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameCharacter(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

// The index after the markup starting at `<`, or -1 when the `<` is text ("a < b"). Markup is a
// tag (attribute values may hold `>` inside quotes), a comment (unclosed runs to the end), or a
// `<!...>` / `<?...>` declaration.
function markupEnd(html: string, start: number): number {
  const next = html.charCodeAt(start + 1);
  if (next === 0x21 /* ! */ && html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return close < 0 ? html.length : close + 3;
  }
  if (next === 0x21 || next === 0x3f /* ? */) {
    const close = html.indexOf('>', start + 2);
    return close < 0 ? -1 : close + 1;
  }
  let index = next === 0x2f /* / */ ? start + 2 : start + 1;
  if (!isLetter(html.charCodeAt(index))) return -1;
  while (isNameCharacter(html.charCodeAt(index))) index++;
  const after = html.charCodeAt(index);
  if (after === GREATER_THAN) return index + 1;
  if (!(after === 0x2f || isWhitespace(after))) return -1;
  while (index < html.length) {
    const code = html.charCodeAt(index);
    if (code === GREATER_THAN) return index + 1;
    if (code === 0x22 || code === 0x27) {
      const close = html.indexOf(html[index] as string, index + 1);
      if (close < 0) return -1;
      index = close + 1;
    } else index++;
  }
  return -1;
}

function isBlockTag(html: string, start: number): boolean {
  let index = html.charCodeAt(start + 1) === 0x2f ? start + 2 : start + 1;
  const nameStart = index;
  while (isNameCharacter(html.charCodeAt(index))) index++;
  return index > nameStart && BLOCK_TAGS.has(html.slice(nameStart, index).toLowerCase());
}

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/y;

// The entity starting at `&`, decoded, or null when it is not one ("R&D", "&unknown;").
function entityAt(html: string, start: number): { readonly text: string; readonly end: number } | null {
  ENTITY.lastIndex = start;
  const match = ENTITY.exec(html);
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  const end = start + whole.length;
  if (name !== undefined) {
    // Own keys only: "&constructor;" is text, not Object.prototype.constructor.
    return Object.hasOwn(NAMED_ENTITIES, name) ? { text: NAMED_ENTITIES[name] as string, end } : null;
  }
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return { text: String.fromCodePoint(codePointOf(code)), end };
}

function codePointOf(code: number): number {
  const remapped = WINDOWS_1252[code];
  if (remapped !== undefined) return remapped;
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? 0xfffd : code;
}

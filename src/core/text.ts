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
  apos: "'",
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

// A tag (attribute values may hold `>` inside quotes), a comment, or a `<!...>` / `<?...>` declaration.
// `<` not followed by a letter is text, as in HTML ("a < b").
const MARKUP =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/](?:"[^"]*"|'[^']*'|[^'">])*)?>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>/g;
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
const WHITESPACE = /\s+/g;

/** The plain text of board HTML: tags removed, blocks separated by a space, entities decoded, whitespace collapsed; e.g. `'<p>Fast&nbsp;&amp; <b>free</b></p><p>delivery</p>'` → `'Fast & free delivery'`. */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes('<')) text = text.replace(MARKUP, replaceMarkup);
  if (text.includes('&')) text = text.replace(ENTITY, replaceEntity);
  return text.replace(WHITESPACE, ' ').trim();
}

function replaceMarkup(_match: string, _slash: string | undefined, name: string | undefined): string {
  return name !== undefined && BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : '';
}

function replaceEntity(
  match: string,
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return String.fromCodePoint(codePointOf(code));
}

function codePointOf(code: number): number {
  const remapped = WINDOWS_1252[code];
  if (remapped !== undefined) return remapped;
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? 0xfffd : code;
}

// A board file read as JSON. Up to 128 MB it is one string given to JSON.parse, the fastest way
// there is. A bigger one is never held as one string: a file with any letter beyond Latin-1 is a
// string of twice its size, and a 300 MB board would be 600 MB before parsing began. Its big
// arrays and objects are split at their top-level commas and each part is parsed alone, so what is
// alive at once is the file's bytes and the parsed items. The result is the value JSON.parse gives.
import { firstLine } from './error-line.ts';

/** What a board file holds: JSON, nothing, or text that is not JSON (with JSON.parse's reason). */
export type BoardJson =
  | { readonly kind: 'json'; readonly json: unknown }
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-json'; readonly reason: string };

/** Parses a board file given as text or as UTF-8 bytes (a leading byte order mark is skipped), e.g. `parseBoardJson(await readFile(path))`. */
export function parseBoardJson(content: string | Uint8Array, pieceBytes = PIECE_BYTES): BoardJson {
  if (typeof content === 'string') {
    // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    if (text.trim() === '') return { kind: 'empty' };
    try {
      return { kind: 'json', json: JSON.parse(text) };
    } catch (error) {
      return { kind: 'not-json', reason: firstLine(error) };
    }
  }
  const bom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  const [start, end] = trimmed(content, bom, content.length);
  if (start === end) return { kind: 'empty' };
  try {
    return { kind: 'json', json: parseValue(content, start, end, pieceBytes) };
  } catch {
    // Not JSON somewhere: JSON.parse over the whole text says where, in its usual words.
    try {
      return { kind: 'json', json: JSON.parse(decode(content, start, end)) };
    } catch (error) {
      return { kind: 'not-json', reason: firstLine(error) };
    }
  }
}

// Below this many bytes a value is parsed in one piece (tests pass a smaller size).
const PIECE_BYTES = 128 << 20;
// An array of objects beyond PIECE_BYTES is parsed this many bytes at a time.
const CHUNK_BYTES = 1 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

// Node's own UTF-8 decoder, several times faster than TextDecoder on text beyond Latin-1.
function decode(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
}

// The value in bytes[start, end), already trimmed of whitespace.
function parseValue(bytes: Uint8Array, start: number, end: number, pieceBytes: number): unknown {
  const first = bytes[start];
  const last = bytes[end - 1];
  if (end - start < pieceBytes) return JSON.parse(decode(bytes, start, end));
  if (first === OPEN_ARRAY && last === CLOSE_ARRAY) {
    const chunked = objectsInChunks(bytes, start + 1, end - 1, Math.min(pieceBytes, CHUNK_BYTES));
    if (chunked) return chunked;
    const array: unknown[] = [];
    forEachPart(bytes, start + 1, end - 1, (from, to) => {
      array.push(parseValue(bytes, from, to, pieceBytes));
    });
    return array;
  }
  if (first === OPEN_OBJECT && last === CLOSE_OBJECT) {
    const object: Record<string, unknown> = {};
    forEachPart(bytes, start + 1, end - 1, (from, to) => {
      const colon = memberColon(bytes, from, to);
      const [keyStart, keyEnd] = trimmed(bytes, from, colon);
      const key = JSON.parse(decode(bytes, keyStart, keyEnd));
      if (typeof key !== 'string') throw new SyntaxError('a key that is not a string');
      const [valueStart, valueEnd] = trimmed(bytes, colon + 1, to);
      if (valueStart === valueEnd) throw new SyntaxError('a key without a value');
      // As JSON.parse does: "__proto__" is a key like any other, never the object's prototype.
      Object.defineProperty(object, key, {
        value: parseValue(bytes, valueStart, valueEnd, pieceBytes),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    });
    return object;
  }
  return JSON.parse(decode(bytes, start, end));
}

// An array of objects, the common board, parsed a chunk of elements at a time: each chunk ends at
// a comma between `}` and `{` (whitespace aside), found without reading the bytes one by one in
// JavaScript. Such a comma inside a string, or deeper than the array's own elements, leaves a chunk
// ending inside a string or with a bracket unclosed, which JSON.parse refuses: then null, and the
// array is read part by part instead.
function objectsInChunks(
  bytes: Uint8Array,
  start: number,
  end: number,
  chunkBytes: number,
): unknown[] | null {
  const array: unknown[] = [];
  let from = start;
  while (from < end) {
    let to = end;
    let comma = bytes.indexOf(COMMA, Math.min(end, from + chunkBytes));
    while (comma >= 0 && comma < end) {
      if (byteBefore(bytes, comma, from) === CLOSE_OBJECT && byteAfter(bytes, comma, end) === OPEN_OBJECT) {
        to = comma;
        break;
      }
      comma = bytes.indexOf(COMMA, comma + 1);
    }
    let elements: unknown;
    try {
      elements = JSON.parse(`[${decode(bytes, from, to)}]`);
    } catch {
      return null;
    }
    for (const element of elements as unknown[]) array.push(element);
    from = to + 1;
  }
  return array;
}

function byteBefore(bytes: Uint8Array, index: number, limit: number): number {
  let at = index - 1;
  while (at >= limit && isSpace(bytes[at] as number)) at--;
  return at >= limit ? (bytes[at] as number) : -1;
}

function byteAfter(bytes: Uint8Array, index: number, limit: number): number {
  let at = index + 1;
  while (at < limit && isSpace(bytes[at] as number)) at++;
  return at < limit ? (bytes[at] as number) : -1;
}

// Each trimmed range between the top-level commas of bytes[start, end), in order; none for only whitespace.
function forEachPart(
  bytes: Uint8Array,
  start: number,
  end: number,
  each: (from: number, to: number) => void,
): void {
  let depth = 0;
  let partStart = start;
  let count = 0;
  const emit = (to: number): void => {
    const [from, trimmedTo] = trimmed(bytes, partStart, to);
    if (from === trimmedTo) throw new SyntaxError('an empty element');
    count++;
    each(from, trimmedTo);
  };
  for (let index = start; index < end; index++) {
    const byte = bytes[index];
    if (byte === QUOTE) index = stringEnd(bytes, index, end);
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++;
    else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      if (--depth < 0) throw new SyntaxError('a bracket closed twice');
    } else if (byte === COMMA && depth === 0) {
      emit(index);
      partStart = index + 1;
    }
  }
  if (depth !== 0) throw new SyntaxError('a bracket never closed');
  const [lastStart, lastEnd] = trimmed(bytes, partStart, end);
  if (lastStart === lastEnd && count === 0) return;
  emit(end);
}

// The index of a string's closing quote, from its opening quote.
function stringEnd(bytes: Uint8Array, open: number, end: number): number {
  for (let index = open + 1; index < end; index++) {
    const byte = bytes[index];
    if (byte === BACKSLASH) index++;
    else if (byte === QUOTE) return index;
  }
  throw new SyntaxError('a string never closed');
}

function memberColon(bytes: Uint8Array, start: number, end: number): number {
  if (bytes[start] !== QUOTE) throw new SyntaxError('a key that is not a string');
  const close = stringEnd(bytes, start, end);
  for (let index = close + 1; index < end; index++) {
    if (bytes[index] === COLON) return index;
  }
  throw new SyntaxError('a key without a value');
}

function trimmed(bytes: Uint8Array, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isSpace(bytes[from] as number)) from++;
  while (to > from && isSpace(bytes[to - 1] as number)) to--;
  return [from, to];
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

// A board file parsed from its bytes in pieces gives exactly what JSON.parse gives, and the same
// reason when it is not JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoardJson } from '../../src/cli/board-json.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseBoardJson', () => {
  it('gives the value JSON.parse gives, however small the pieces', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 2, ''),
        fc.integer({ min: 1, max: 40 }),
        (value, space, piece) => {
          const text = JSON.stringify(value, null, space);
          expect(parseBoardJson(bytes(text), piece)).toEqual({ kind: 'json', json: JSON.parse(text) });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads letters beyond Latin-1, a byte order mark, and __proto__ as an ordinary key', () => {
    const text = '\uFEFF [ {"content": "Zażółć 👍 \\" ] }", "__proto__": {"x": 1}, "a": [1, {"b": []}] } ] ';
    const parsed = parseBoardJson(bytes(text), 1);
    expect(parsed).toEqual({ kind: 'json', json: JSON.parse(text.slice(1)) });
    const [item] = (parsed as { json: Record<string, unknown>[] }).json;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.keys(item ?? {})).toEqual(['content', '__proto__', 'a']);
  });

  it('says a file of only whitespace is empty', () => {
    expect(parseBoardJson(bytes(' \n\t'))).toEqual({ kind: 'empty' });
    expect(parseBoardJson(bytes('\uFEFF'))).toEqual({ kind: 'empty' });
    expect(parseBoardJson('\uFEFF  ')).toEqual({ kind: 'empty' });
  });

  it("gives JSON.parse's reason for text that is not JSON", () => {
    for (const text of [
      '[1,,2]',
      '[1 2]',
      '{"a" 1}',
      '{"a":}',
      '[1]]',
      '["a\\"]',
      '[{"a":1]',
      '{1:2}',
      '[1,]',
      'nul',
    ]) {
      let reason = '';
      try {
        JSON.parse(text);
      } catch (error) {
        reason = (error as Error).message.replace(/\.$/, '');
      }
      expect(parseBoardJson(bytes(text), 1), text).toEqual({ kind: 'not-json', reason });
    }
  });
});

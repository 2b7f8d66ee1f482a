// A hostile board on the command line: escape sequences written in notes and labels reach no
// terminal raw, in any format or message; degenerate geometry scores; failed writes are one line.
import { describe, expect, it } from 'vitest';
import { printable, printableJson, writeFailure } from '../../src/cli/printable.ts';
import { runCli } from '../../src/cli/run-cli.ts';

// Every C0 control but tab, LF and CR; DEL; every C1 control.
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  ...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset),
].map((code) => String.fromCharCode(code));
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

async function run(argv: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u0000\u007f';
const hostileBoard = JSON.stringify([
  { type: 'frame', id: 'f', title: `Before ${ESCAPES}`, x: 50, y: 50, width: 100, height: 100 },
  { type: 'shape', id: 's', content: `<p>Website${ESCAPES}</p>`, x: 50, y: 50, width: 100, height: 100 },
  { type: 'sticky_note', id: `n${ESCAPES}`, content: `<p>${ESCAPES} slow&#27;&#x9b;</p>`, x: 50, y: 50 },
  { type: 'sticky_note', id: 'far', content: 'x', x: 1e308, y: -1e308 },
]).replace('"x":1e+308', '"x":1e999');

describe('printable', () => {
  it('replaces every control character but tab, CR and LF, and leaves other text as it is', () => {
    for (const control of CONTROLS) expect(printable(`a${control}b`)).toBe('a\ufffdb');
    expect(printable('tab\tCR\rLF\n Zażółć 👍 \u00a0\u200b\ufeff')).toBe(
      'tab\tCR\rLF\n Zażółć 👍 \u00a0\u200b\ufeff',
    );
  });

  it('writes DEL and C1 controls in JSON as escapes, keeping the JSON value', () => {
    const value = { text: CONTROLS.join('') };
    const json = printableJson(JSON.stringify(value));
    expect(json).not.toMatch(ANY_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('ends quietly on a closed pipe and in one line on a full disk', () => {
    expect(writeFailure(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toEqual({
      exitCode: 0,
      message: null,
    });
    expect(
      writeFailure(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
    ).toEqual({
      exitCode: 1,
      message: 'touchpoint-tally: cannot write the output: no space left on the device.\n',
    });
    const other = writeFailure(Object.assign(new Error('EIO: i/o error\n    at write'), { code: 'EIO' }));
    expect(other.exitCode).toBe(1);
    expect(other.message).toBe('touchpoint-tally: cannot write the output: EIO: i/o error.\n');
  });
});

describe('touchpoint-tally score on a hostile board', () => {
  it.each([
    ['table', ['--format', 'table']],
    ['summary CSV', ['--format', 'csv']],
    ['notes CSV', ['--format', 'csv', '--table', 'notes']],
    ['JSON', ['--format', 'json']],
  ])('writes the %s with no control character from the board', async (_name, options) => {
    const result = await run(['score', 'board.json', ...options], { 'board.json': hostileBoard });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).not.toMatch(ANY_CONTROL);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('keeps the JSON output the same JSON value, escapes included', async () => {
    const result = await run(['score', 'board.json', '--format', 'json'], { 'board.json': hostileBoard });
    const json = JSON.parse(result.stdout);
    expect(json.notes).toBe(2);
    expect(json.unassigned.map((note: { id: string }) => note.id)).toContain(`n${ESCAPES}`);
  });

  it('says what is wrong with a file in a message with no control character from it', async () => {
    const notJson = await run(['score', `bad${ESCAPES}.json`], { [`bad${ESCAPES}.json`]: `${ESCAPES}{` });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).not.toMatch(ANY_CONTROL);
    expect(notJson.stderr.trimEnd().split('\n')).toHaveLength(1);
    const missing = await run(['score', `missing${ESCAPES}.json`], {});
    expect(missing.stderr).toMatch(/^touchpoint-tally: cannot read missing\ufffd\[2J/);
    expect(missing.stderr).not.toMatch(ANY_CONTROL);
  });
});

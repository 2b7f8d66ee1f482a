// What the command line writes goes to a terminal as often as to a file, and carries board text
// anyone can write: an escape sequence in a note must be shown, never run by the terminal. And
// writing can fail (a closed pipe, a full disk), which is the user's situation, not a bug.

import type { CliIo } from './run-cli.ts';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls (U+009B is a CSI too).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// JSON.stringify escapes C0 itself; DEL and C1 it writes raw.
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/** Text with every control character but tab, CR and LF replaced by U+FFFD, e.g. `'\x1b[2Jhi'` → `'\ufffd[2Jhi'`: for the table, CSV and messages. */
export function printable(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

/** JSON text (from JSON.stringify) with DEL and C1 controls written as `\u` escapes: the same JSON value, nothing a terminal runs. */
export function printableJson(json: string): string {
  return json.replace(RAW_IN_JSON, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The command line's input/output with stdout and stderr passed through `printable` (progress, which rewrites its own line, is left as it is). */
export function printableIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(printable(text)),
    stderr: (text) => io.stderr(printable(text)),
  };
}

/** How the process ends when writing its output failed: quietly for a reader that stopped reading (`| head -1`), else one line and exit code 1. */
export function writeFailure(error: unknown): { readonly exitCode: number; readonly message: string | null } {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'EPIPE':
      return { exitCode: 0, message: null };
    case 'ENOSPC':
      return {
        exitCode: 1,
        message: 'touchpoint-tally: cannot write the output: no space left on the device.\n',
      };
    default: {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      return { exitCode: 1, message: printable(`touchpoint-tally: cannot write the output: ${reason}.\n`) };
    }
  }
}

// What the command line says about an error: its first line, without a final full stop.

/** The first line of an error's message, e.g. `Unexpected token } in JSON at position 4`. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\.$/, '');
}

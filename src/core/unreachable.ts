/**
 * The end of an exhaustive switch: the compiler proves it is never reached, so a new case of a
 * union that a switch does not handle is a type error there, not a silent fall-through.
 */
export function unreachable(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

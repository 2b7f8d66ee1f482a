// Boards read from Miro for `fetch` and `score`: one REST client for the whole run (opened on
// the first board), a failed board said in one line while the others go on, and progress
// (boards done, items read) on a terminal.
import { runBounded } from '../miro/calls.ts';
import { type FetchedBoard, fetchBoard } from './fetch-board.ts';
import { BoardReadError, type MiroConnection, RestClient } from './rest-client.ts';

/** A board read, or why not: no token to ask with, or what Miro answered (one sentence). */
export type MiroReading =
  | { readonly kind: 'board'; readonly board: FetchedBoard }
  | { readonly kind: 'no-token' }
  | { readonly kind: 'failed'; readonly message: string };

/** What a board id looks like: letters, digits, `_`, `-` and `=` (e.g. `uXjVOabc=`); a path or a file name with a dot is a file. */
export function looksLikeBoardId(text: string): boolean {
  return /^[A-Za-z0-9_=-]+$/.test(text);
}

// Boards read at once: a board is a chain of cursor pages, so two or three chains in flight cut
// the wait for ten boards by as much, and stay far below Miro's 100,000 credits a minute
// (a board of 1,000 notes costs under 3,000).
const BOARDS_AT_ONCE = 3;

/** Reads boards from Miro, a few at once; `progress` (absent: quiet) gets one line rewritten in place. */
export class MiroBoards {
  private client: Promise<RestClient> | null = null;
  private done = 0;
  private readonly itemsRead = new Map<string, number>();
  private wait: string | null = null;

  constructor(
    private readonly connection: MiroConnection | undefined,
    private readonly progress: ((text: string) => void) | undefined,
  ) {}

  /** Reads every board, results in the order of the ids; never throws for what Miro answers. */
  async readAll(boardIds: readonly string[]): Promise<MiroReading[]> {
    const token = this.connection?.token?.trim();
    if (!this.connection || !token) return boardIds.map(() => ({ kind: 'no-token' }));
    const connection = { ...this.connection, token };
    try {
      return await runBounded(
        boardIds.map((id) => () => this.read(connection, id, boardIds.length)),
        BOARDS_AT_ONCE,
      );
    } finally {
      // The line goes before anything else is said on stderr.
      if (this.progress && boardIds.length > 0) this.progress('\r\x1b[K');
    }
  }

  private async read(
    connection: MiroConnection & { readonly token: string },
    boardId: string,
    total: number,
  ): Promise<MiroReading> {
    try {
      this.client ??= RestClient.open(connection);
      const client = await this.client;
      client.onWait = (message) => {
        this.wait = message;
        this.say(total);
      };
      const board = await fetchBoard(client, boardId, (read) => {
        this.wait = null;
        this.itemsRead.set(boardId, read);
        this.say(total);
      });
      return { kind: 'board', board };
    } catch (error) {
      if (error instanceof BoardReadError) {
        return { kind: 'failed', message: `board ${boardId}: ${error.message}` };
      }
      throw error;
    } finally {
      this.done++;
      this.say(total);
    }
  }

  // One status line, rewritten in place: boards done, items read, and any wait for Miro.
  private say(total: number): void {
    if (!this.progress) return;
    let items = 0;
    for (const count of this.itemsRead.values()) items += count;
    const boards = `${this.done} of ${total} ${total === 1 ? 'board' : 'boards'} read`;
    const wait = this.wait ? `; ${this.wait}…` : '';
    this.progress(`\r\x1b[K${boards}, ${items.toLocaleString('en')} items read${wait}`);
  }
}

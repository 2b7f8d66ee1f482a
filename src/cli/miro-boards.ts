// Boards read from Miro one after another for `fetch` and `score`: one REST client for the
// whole run (opened on the first board), a failed board said in one line while the others go
// on, and progress (boards done, items read) on a terminal.
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

/** Reads boards from Miro in turn; `progress` (absent: quiet) gets one line rewritten in place. */
export class MiroBoards {
  private client: RestClient | null = null;
  private done = 0;
  private items = 0;

  constructor(
    private readonly connection: MiroConnection | undefined,
    private readonly total: number,
    private readonly progress: ((text: string) => void) | undefined,
  ) {}

  /** Reads one board; never throws for what Miro answers. */
  async read(boardId: string): Promise<MiroReading> {
    const token = this.connection?.token?.trim();
    if (!this.connection || !token) return { kind: 'no-token' };
    try {
      this.client ??= await RestClient.open({ ...this.connection, token });
      const client = this.client;
      client.onWait = (message) => this.say(`${message}…`);
      const itemsBefore = this.items;
      const board = await fetchBoard(client, boardId, (read) => {
        this.items = itemsBefore + read;
        this.say(`reading ${boardId}`);
      });
      return { kind: 'board', board };
    } catch (error) {
      if (error instanceof BoardReadError) {
        return { kind: 'failed', message: `board ${boardId}: ${error.message}` };
      }
      throw error;
    } finally {
      this.done++;
      // Cleared after each board, so a line about a failed board never lands inside it.
      this.say(null);
    }
  }

  /** Calls made and credits spent so far. */
  get usage(): { readonly calls: number; readonly credits: number } {
    return { calls: this.client?.calls ?? 0, credits: this.client?.credits ?? 0 };
  }

  // One status line, rewritten in place; null clears it.
  private say(doing: string | null): void {
    if (!this.progress) return;
    if (doing === null) {
      this.progress('\r\x1b[K');
      return;
    }
    const boards = `${this.done} of ${this.total} ${this.total === 1 ? 'board' : 'boards'} read`;
    this.progress(`\r\x1b[K${boards}, ${this.items.toLocaleString('en')} items; ${doing}`);
  }
}

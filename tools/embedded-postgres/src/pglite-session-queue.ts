import type { PGlite } from '@electric-sql/pglite';

/**
 * Serialises the wire-protocol messages of many client connections onto PGlite's single session.
 *
 * Replaces the queue inside @electric-sql/pglite-socket 0.2.17, which has two defects
 * (electric-sql/pglite#1046): it hands the session to another connection between the messages of an
 * extended-protocol batch (Parse/Bind/Describe/Execute … Sync), so concurrent parameterised queries
 * clobber each other's unnamed statement ("unnamed prepared statement does not exist", or wrong
 * rows), and one failing message leaves the queue stuck for good.
 *
 * Here a connection owns the session from its first message until the session is back at rest: after a
 * Sync or a simple Query (or a startup message), and only once no transaction block is open. While a
 * connection owns it, only that connection's messages run; the others wait in arrival order.
 *
 * It implements the three methods `PGLiteSocketHandler` calls on its `queryQueue`.
 */
export class PgliteSessionQueue {
  readonly #db: PGlite;
  #jobs: Job[] = [];
  #running = false;
  /** The connection holding the session, or null when it is at rest. */
  #owner: number | null = null;
  /** Whether the owner is inside an extended-protocol batch that has not reached Sync yet. */
  #inBatch = false;

  constructor(db: PGlite) {
    this.#db = db;
  }

  /** Runs one frontend message for a connection; resolves with the number of bytes answered. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.#jobs.push({ kind: 'message', handlerId, message, onData, resolve, reject });
      void this.#pump();
    });
  }

  /** Drops the messages a disconnected connection still had waiting. */
  clearQueueForHandler(handlerId: number): void {
    const dropped = this.#jobs.filter((job) => job.handlerId === handlerId);
    this.#jobs = this.#jobs.filter((job) => job.handlerId !== handlerId);
    for (const job of dropped) job.reject(new Error('connection closed'));
  }

  /** Returns the session to rest if a disconnected connection left it mid-batch or in a transaction. */
  clearTransactionIfNeeded(handlerId: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#jobs.push({ kind: 'release', handlerId, resolve: () => resolve(), reject });
      void this.#pump();
    });
  }

  /** Number of messages waiting. */
  get length(): number {
    return this.#jobs.length;
  }

  #takeNext(): Job | undefined {
    const index = this.#owner === null ? 0 : this.#jobs.findIndex((job) => job.handlerId === this.#owner);
    if (index < 0 || index >= this.#jobs.length) return undefined;
    return this.#jobs.splice(index, 1)[0];
  }

  async #pump(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (let job = this.#takeNext(); job; job = this.#takeNext()) {
        if (job.kind === 'release') await this.#release(job);
        else await this.#run(job);
      }
    } finally {
      this.#running = false;
    }
  }

  async #run(job: MessageJob): Promise<void> {
    let bytes = 0;
    try {
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(job.message, {
          onRawData: (data) => {
            bytes += data.length;
            job.onData(data);
          },
        }),
      );
      job.resolve(bytes);
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.#afterMessage(job.handlerId, job.message);
    }
  }

  #afterMessage(handlerId: number, message: Uint8Array): void {
    const type = message[0] ?? 0;
    this.#inBatch = EXTENDED_PROTOCOL_MESSAGES.has(type) || (this.#inBatch && !ENDS_A_BATCH.has(type));
    this.#owner = this.#inBatch || this.#db.isInTransaction() ? handlerId : null;
  }

  async #release(job: ReleaseJob): Promise<void> {
    try {
      if (this.#owner === job.handlerId) {
        if (this.#inBatch) {
          // A Sync ends the half-sent batch (and its implicit transaction) without running more of it.
          await this.#db.runExclusive(() => this.#db.execProtocolRawStream(SYNC_MESSAGE, { onRawData: () => {} }));
        }
        if (this.#db.isInTransaction()) await this.#db.exec('ROLLBACK');
        this.#inBatch = false;
        this.#owner = null;
      }
      job.resolve();
    } catch (error) {
      this.#inBatch = false;
      this.#owner = null;
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

interface MessageJob {
  kind: 'message';
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

interface ReleaseJob {
  kind: 'release';
  handlerId: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

type Job = MessageJob | ReleaseJob;

const code = (letter: string): number => letter.charCodeAt(0);

/** Parse, Bind, Describe, Execute, Close, Flush: messages of a batch that only Sync completes. */
const EXTENDED_PROTOCOL_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code));

/** Sync and simple Query bring the backend back to ReadyForQuery. */
const ENDS_A_BATCH = new Set(['S', 'Q'].map(code));

const SYNC_MESSAGE = new Uint8Array([code('S'), 0, 0, 0, 4]);

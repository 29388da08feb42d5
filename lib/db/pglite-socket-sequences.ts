// pglite-socket 0.2.17 serves many connections from one PGlite session by queueing each wire
// message on its own. Outside a transaction it interleaves messages of different connections, so
// one client's extended-protocol exchange (Parse, Bind, Describe, Execute … Sync) can be split by
// another's: the second Parse replaces the unnamed statement and the first client's Bind lands on
// it ("invalid input syntax for type timestamp: "1""). It showed as soon as the step workers, the
// cockpit's polling and the actions ran together.
//
// This replaces the queue's scheduler on our server instance: a connection that started an
// exchange keeps the session until its Sync (or a simple Query, or Terminate), exactly as the
// library already does for a connection inside a transaction. It also keeps draining after a
// failed message, where the original stops processing for good. The package is pinned to the
// exact version this was written against (package.json); lib/db/embedded.integration.test.ts
// fails if the internals it relies on change.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";

type TQueued = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

type TQueryQueue = {
  queue: TQueued[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** Whether a message ends what its connection was doing (startup and SSL requests start with a zero length byte). */
const endsExchange = (message: Uint8Array) => {
  const type = message[0];
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
};

function isQueryQueue(value: unknown): value is TQueryQueue {
  const q = value as Partial<TQueryQueue> | null;
  return !!q && Array.isArray(q.queue) && typeof q.processQueue === "function" && typeof q.clearTransactionIfNeeded === "function" && "lastHandlerId" in q;
}

export function keepProtocolExchangesWhole(server: unknown): void {
  const queue = (server as { queryQueue?: unknown }).queryQueue;
  if (!isQueryQueue(queue)) {
    throw new Error("pglite-socket's internals changed: lib/db/pglite-socket-sequences.ts must be revisited before upgrading it");
  }
  /** the connection in the middle of an extended-protocol exchange, which keeps the session */
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: TQueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const keeper = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item: TQueued | undefined;
        if (keeper !== null) {
          const index = this.queue.findIndex((q) => q.handlerId === keeper);
          // its next message is on its way: the others wait, as they do during a transaction
          if (index === -1) break;
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const current = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          current.reject(error);
          continue;
        }
        this.lastHandlerId = current.handlerId;
        owner = endsExchange(current.message) ? null : current.handlerId;
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);

  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // a connection that went away mid-exchange must not hold the session
    if (owner === handlerId) owner = null;
    await clearTransaction(handlerId);
    await queue.processQueue();
  };
}

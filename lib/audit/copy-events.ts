// Reads stored audit events with `COPY (SELECT …) TO STDOUT`: one statement streams every row as a
// line of text, without keyset pages or per-row result objects — the fastest way out of Postgres
// (BENCHMARKS.md "The audit trail at a million events"). Rows are handed on synchronously as they
// arrive, so a slow consumer stops the socket being read and memory stays constant.
import type pg from "pg";
import type { TStoredEvent } from "./chain-walk";

// the time as Postgres writes it (ISO style, UTC: "2026-11-30 08:00:00.12+00"), rewritten below:
// to_char() cost Postgres a third of its time per row here
const COLUMNS = `"seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash"`;

const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** A column of COPY's text format: `\N` is null; Postgres escapes only backslash and b f n r t v. */
function column(text: string): string | null {
  if (text === "\\N") return null;
  if (!text.includes("\\")) return text;
  return text.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);
}

const TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,3}))?\+00$/;

/** "2026-11-30 08:00:00.12+00" → "2026-11-30T08:00:00.120Z": what the hash covers (the append's Date#toISOString). */
export function isoTime(text: string): string {
  const m = TIME.exec(text);
  if (!m) throw new Error(`unexpected time from COPY: ${text.slice(0, 40)}`);
  return `${m[1]}T${m[2]}.${(m[3] ?? "").padEnd(3, "0")}Z`;
}

/** One line of COPY output (without its newline) as a stored event. */
export function parseCopyLine(line: string): TStoredEvent {
  const f = line.split("\t");
  if (f.length !== 11) throw new Error(`unexpected COPY line with ${f.length} columns`);
  return {
    seq: f[0]!,
    createdAt: isoTime(f[1]!),
    type: column(f[2]!)!,
    actorId: column(f[3]!),
    actorLabel: column(f[4]!)!,
    deploymentId: column(f[5]!),
    targetType: column(f[6]!),
    targetId: column(f[7]!),
    payload: JSON.parse(column(f[8]!)!),
    prevHash: f[9]!,
    hash: f[10]!,
  };
}

/**
 * Streams the events with `afterSeq < seq <= toSeq` (toSeq null: no bound) in sequence order to
 * `onRow`, until it returns false — then the connection is cut (the rest is not wanted) and the
 * client must not be used again. Resolves when the stream ends or is cut.
 */
export async function copyEvents(client: pg.Client, range: { afterSeq: bigint; toSeq: bigint | null }, onRow: (row: TStoredEvent) => boolean): Promise<void> {
  // the time's text depends on the session: fixed here for isoTime
  await client.query(`SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'`);
  const bound = range.toSeq === null ? "" : ` AND "seq" <= ${BigInt(range.toSeq).toString()}`;
  const text = `COPY (SELECT ${COLUMNS} FROM "AuditEvent" WHERE "seq" > ${BigInt(range.afterSeq).toString()}${bound} ORDER BY "seq") TO STDOUT`;
  return new Promise<void>((resolve, reject) => {
    let isDone = false;
    let connection: { stream: { destroy(): void } } | null = null;
    const finish = (error?: unknown) => {
      if (isDone) return;
      isDone = true;
      if (error) reject(error);
      else resolve();
    };
    // a submittable: pg hands it the protocol messages of this statement
    const submittable = {
      submit(c: { query(text: string): void; stream: { destroy(): void } }) {
        connection = c;
        c.query(text);
      },
      handleCopyData(msg: { chunk: Buffer }) {
        if (isDone) return;
        let row: TStoredEvent;
        try {
          // each CopyData message is one line, ending with its newline
          row = parseCopyLine(msg.chunk.toString("utf8", 0, msg.chunk.length - 1));
        } catch (error) {
          connection?.stream.destroy();
          finish(error);
          return;
        }
        if (!onRow(row)) {
          connection?.stream.destroy();
          finish();
        }
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleCommandComplete() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleReadyForQuery() {
        finish();
      },
      handleError(error: unknown) {
        finish(error);
      },
    };
    client.query(submittable as unknown as pg.Submittable);
  });
}

import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { TPrisma } from "@/lib/db/client";
import type { TAuditFilters } from "@/lib/domain/audit/filters";
import { getAuditSigningKey, type TSignedCheckpoint } from "@/lib/audit/anchor";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { resolveAuditFilters, toSqlWhere } from "./audit-event-where";

export type TAuditExportFormat = "csv" | "jsonl";

const COLUMNS = ["seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash"] as const;

const BATCH = 5000;

function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The newest signed checkpoint as its file holds it (the public key when it is this instance's key). */
async function findNewestSignedCheckpoint(prisma: TPrisma): Promise<TSignedCheckpoint | null> {
  const row = await prisma.auditCheckpoint.findFirst({
    where: { signature: { not: null }, signedAt: { not: null } },
    orderBy: [{ seq: "desc" }, { id: "desc" }],
    select: { seq: true, hash: true, signature: true, keyId: true, signedAt: true },
  });
  if (!row?.signature || !row.signedAt || !row.keyId) return null;
  let publicKey = "";
  try {
    const key = getAuditSigningKey();
    if (key.keyId === row.keyId) publicKey = key.publicKeyBase64;
  } catch {
    // no key configured here: the checkpoint still names its key id
  }
  return {
    format: "phaseline-audit-checkpoint/1",
    seq: row.seq.toString(),
    hash: row.hash,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
    publicKey,
    signature: row.signature,
  };
}

// Each row's text is made by Postgres (C), not Node: one text column per row keeps the driver's
// and the event loop's work per event small, which is what export speed is made of.
const ISO = `to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const q = (expr: string) => `CASE WHEN ${expr} IS NULL THEN '' ELSE '"' || replace(${expr}, '"', '""') || '"' END`;
/** a text column as a JSON string, or null */
const j = (expr: string) => `coalesce(to_json(${expr})::text, 'null')`;
const LINE_SQL: Record<TAuditExportFormat, string> = {
  csv: `concat_ws(',', "seq"::text, ${ISO}, ${q(`"type"`)}, ${q(`"actorId"`)}, ${q(`"actorLabel"`)}, ${q(`"deploymentId"`)}, ${q(`"targetType"`)}, ${q(`"targetId"`)}, ${q(`"payload"::text`)}, "prevHash", "hash")`,
  // one compact JSON object per line, concatenated as text (json_build_object converted the jsonb
  // payload and padded every key with " : ": 1.7× the bytes of CSV, and slower than CSV)
  jsonl: `'{"seq":"' || "seq"::text || '","createdAt":"' || ${ISO} || '","type":' || ${j(`"type"`)} || ',"actorId":' || ${j(`"actorId"`)} || ',"actorLabel":' || ${j(`"actorLabel"`)} || ',"deploymentId":' || ${j(`"deploymentId"`)} || ',"targetType":' || ${j(`"targetType"`)} || ',"targetId":' || ${j(`"targetId"`)} || ',"payload":' || "payload"::text || ',"prevHash":"' || "prevHash" || '","hash":"' || "hash" || '"}'`,
};

/**
 * The audit events matching `filters` (the viewer's), in chain order (oldest first), as CSV or
 * JSON Lines text chunks — one chunk per keyset batch of 5,000 events, so memory stays constant
 * whatever the size; a consumer that stops pulling stops the reads. Only events up to the chain
 * head read at the start are exported (a consistent cut). It ends with the head (sequence and
 * hash) and the newest signed checkpoint: in CSV as `#`-prefixed lines, in JSON Lines as objects
 * with a `head` / `signedCheckpoint` key. The payload is JSON text in its own column.
 *
 * Reads through its own `pg` connection to `url` (default DATABASE_URL), outside any transaction.
 */
export async function* exportAuditEvents({
  prisma = getPrisma(),
  filters,
  format,
  url = getEnv().DATABASE_URL,
}: {
  prisma?: TPrisma;
  filters: TAuditFilters;
  format: TAuditExportFormat;
  url?: string;
}): AsyncGenerator<string> {
  if (!url) throw new Error("exportAuditEvents needs the database URL");
  const head = await prisma.auditChainHead.findUnique({ where: { id: 1 }, select: { seq: true, hash: true } });
  const resolved = await resolveAuditFilters(prisma, filters);
  const { conditions, values } = toSqlWhere(resolved, 3);
  // the cursor's alias must not be "seq": ORDER BY would then sort by the text, not the number
  const sql = `SELECT "seq"::text AS cursor, ${LINE_SQL[format]} AS line FROM "AuditEvent"
    WHERE "seq" > $1 AND "seq" <= $2${conditions.map((c) => ` AND ${c}`).join("")} ORDER BY "AuditEvent"."seq" LIMIT ${BATCH}`;
  const headSeq = head?.seq ?? 0n;
  const client = new pg.Client({ connectionString: url, application_name: "phaseline-audit-export" });
  client.on("error", () => {});
  await client.connect();
  const read = (after: string) => client.query<{ cursor: string; line: string }>(sql, [after, headSeq.toString(), ...values]);
  let pending: ReturnType<typeof read> | null = null;
  try {
    if (format === "csv") yield `${COLUMNS.join(",")}\n`;
    // the next batch is asked for before this one is handed on: Postgres formats it meanwhile
    pending = read("0");
    while (pending) {
      const { rows }: pg.QueryResult<{ cursor: string; line: string }> = await pending;
      pending = rows.length === BATCH ? read(rows.at(-1)!.cursor) : null;
      if (rows.length === 0) break;
      let chunk = "";
      for (const r of rows) chunk += `${r.line}\n`;
      yield chunk;
    }
  } finally {
    // a consumer that stopped early leaves a batch in flight: ending the connection rejects it
    pending?.catch(() => {});
    await client.end();
  }
  const checkpoint = await findNewestSignedCheckpoint(prisma);
  if (format === "csv") {
    yield `# head,${headSeq},${head?.hash ?? ""}\n`;
    yield `# signed checkpoint,${checkpoint ? csvCell(JSON.stringify(checkpoint)) : "none"}\n`;
  } else {
    yield `${JSON.stringify({ head: { seq: headSeq.toString(), hash: head?.hash ?? null } })}\n`;
    yield `${JSON.stringify({ signedCheckpoint: checkpoint })}\n`;
  }
}

// The audit trail as CSV or JSON Lines (issue 13), filtered like /audit, streamed: each pull
// reads one keyset batch, so a million events never sit in memory. Bad filter values are dropped
// (as on the page), never a 500.
import { requirePermission } from "@/lib/auth/session";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { parseAuditQuery } from "@/lib/domain/audit/filters";
import { exportAuditEvents } from "@/lib/server/audit/export-audit-events";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  try {
    await requirePermission("audit.view", { type: "audit_trail", id: "export" });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    throw e;
  }
  const format = url.searchParams.get("format") === "jsonl" ? "jsonl" : "csv";
  const { filters } = parseAuditQuery(url.searchParams);
  const chunks = exportAuditEvents({ filters, format });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch {
        // headers are gone: end the stream short; the missing trailer (head, checkpoint) shows it is incomplete
        controller.error(new Error("export interrupted"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="phaseline-audit-${stamp}.${format === "csv" ? "csv" : "jsonl"}"`,
      "Cache-Control": "no-store",
    },
  });
}

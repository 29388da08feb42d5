// A published version as a Markdown file (PRODUCT.md "Import and export"): the same exporter the
// CLI's `phaseline export` uses, which the importer reads back.
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { exportRunbookVersion } from "@/lib/server/runbooks/export-runbook-version";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const ZParams = z.object({ runbookId: z.guid(), versionNumber: z.coerce.number().int().min(1).max(1_000_000) });

export async function GET(_request: Request, { params }: { params: Promise<{ runbookId: string; versionNumber: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return Response.json({ error: { code: "NOT_FOUND", message: "No such runbook version." } }, { status: 404 });
  try {
    await requirePermission("runbook.view", { type: "runbook", id: parsed.data.runbookId });
    const { markdown } = await exportRunbookVersion({ runbookId: parsed.data.runbookId, versionNumber: parsed.data.versionNumber });
    return new Response(markdown, {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="runbook-v${parsed.data.versionNumber}.md"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    if (e instanceof NotFoundError) return Response.json({ error: { code: "NOT_FOUND", message: "No such runbook version." } }, { status: 404 });
    throw e;
  }
}

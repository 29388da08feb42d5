// A deployment's evidence pack (issue 13): its record, its audit extract and the signed checkpoint
// that covers it, as one JSON download for a change-management audit.
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { buildEvidencePack } from "@/lib/server/audit/build-evidence-pack";

export const dynamic = "force-dynamic";

const ZParams = z.object({
  deploymentId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w-]+$/),
});
const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "This deployment does not exist." } }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ deploymentId: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return notFound();
  const { deploymentId } = parsed.data;
  try {
    await requirePermission("audit.view", { type: "deployment", id: deploymentId, deploymentId });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    throw e;
  }
  const pack = await buildEvidencePack(undefined, deploymentId);
  if (!pack) return notFound();
  const body = JSON.stringify(pack, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="evidence-${pack.deployment.name.replace(/[^\w.-]+/g, "_")}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

// The cockpit's data (PRODUCT.md "Live work"): the page refetches it when /api/live reports a
// change of this deployment (and polls it every second while that stream is down), so everyone
// looking at a deployment sees the others' changes within 2 seconds. A GET route, not a server
// action: reads are cacheable by nobody and safe to repeat.
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { getDeploymentLiveJson } from "@/lib/server/readers/get-deployment";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const ZParams = z.object({ deploymentId: z.guid() });
const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "This deployment does not exist." } }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ deploymentId: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return notFound();
  try {
    const user = await requirePermission("deployment.view", { type: "deployment", id: parsed.data.deploymentId, deploymentId: parsed.data.deploymentId });
    const body = await getDeploymentLiveJson(parsed.data.deploymentId, user);
    return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}

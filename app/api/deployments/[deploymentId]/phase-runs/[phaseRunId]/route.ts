// One phase run of a deployment in full, for the finished record page: its phases are shown
// collapsed with their summary, and a phase's steps, outputs, ticks and sign-offs are fetched when
// it is opened (issue 17 item 2). Authorised like the page and the cockpit feed: deployment.view.
// The shape is ZPhaseRunDetail (lib/domain/deployment/record-view.ts); the browser parses it.
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { getPhaseRunDetail } from "@/lib/server/readers/get-deployment";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const ZParams = z.object({ deploymentId: z.guid(), phaseRunId: z.guid() });
const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "This phase run does not exist." } }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ deploymentId: string; phaseRunId: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return notFound();
  const { deploymentId, phaseRunId } = parsed.data;
  try {
    await requirePermission("deployment.view", { type: "deployment", id: deploymentId, deploymentId });
    const detail = await getPhaseRunDetail(deploymentId, phaseRunId);
    return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}

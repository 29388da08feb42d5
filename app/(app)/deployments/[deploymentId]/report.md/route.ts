// The deployment report as a Markdown file (PRODUCT.md "Review": exported as Markdown), rendered
// by the same pure renderer the tests read (lib/domain/review/report.ts).
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { renderReportMarkdown } from "@/lib/domain/review/report";
import { getDeploymentReport } from "@/lib/server/readers/get-deployment-report";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const ZParams = z.object({ deploymentId: z.guid() });
const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "This deployment does not exist." } }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ deploymentId: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return notFound();
  const { deploymentId } = parsed.data;
  try {
    await requirePermission("report.export", { type: "deployment", id: deploymentId, deploymentId });
    const { deployment, audit } = await getDeploymentReport(deploymentId);
    const markdown = renderReportMarkdown(deployment, audit, new Date());
    const filename = `${deployment.name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 120) || "deployment"}-report.md`;
    return new Response(markdown, {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    if (e instanceof ForbiddenError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 403 });
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}

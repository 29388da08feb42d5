import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { TReportAuditEvent } from "@/lib/domain/review/report";
import { getDeployment, type TDeploymentDetail } from "./get-deployment";

export type TDeploymentReport = {
  deployment: TDeploymentDetail;
  /** the deployment's audit events in chain order, each with its chain position (seq) */
  audit: TReportAuditEvent[];
};

/**
 * What the deployment report shows (PRODUCT.md "Review"): the deployment's record, read by the
 * record reader the deployment page uses, and its audit extract. Throws NotFoundError for an
 * unknown or malformed id.
 */
export async function getDeploymentReport(deploymentId: string): Promise<TDeploymentReport> {
  const deployment = await getDeployment(deploymentId, { mode: "record" });
  const audit = await getPrisma().auditEvent.findMany({
    where: { deploymentId: deployment.id },
    orderBy: { seq: "asc" },
    select: { seq: true, createdAt: true, type: true, actorLabel: true, payload: true, hash: true },
  });
  return { deployment, audit };
}

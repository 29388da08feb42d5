import "server-only";
// /api/v1/runbooks: published runbooks and their versions, read-only (issue 14).
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { defineRoute } from "@/lib/api/define-route";
import { findRunbooks } from "@/lib/server/readers/find-runbooks";
import { getRunbookLatestVersion } from "@/lib/server/readers/get-runbook-latest-version";
import { getRunbookVersion } from "@/lib/server/readers/get-runbook-version";
import { exportRunbookVersion } from "@/lib/server/runbooks/export-runbook-version";
import { ZMarkdown, ZRunbook, ZRunbookList, ZRunbookVersion, ZUuid } from "./schemas";

const ZRunbookParams = z.object({ runbookId: ZUuid });
const ZVersionParams = z.object({
  runbookId: ZUuid,
  versionNumber: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/)
    .transform(Number),
});

export const listRunbooks = defineRoute(
  {
    method: "GET",
    path: "/api/v1/runbooks",
    operationId: "listRunbooks",
    tag: "runbooks",
    summary: "Runbooks that are not archived, with their latest published version",
    permission: "runbook.view",
    response: ZRunbookList,
  },
  async () => ({ items: await findRunbooks() }),
);

export const getRunbook = defineRoute(
  {
    method: "GET",
    path: "/api/v1/runbooks/{runbookId}",
    operationId: "getRunbook",
    tag: "runbooks",
    summary: "A runbook's title and latest published version number",
    permission: "runbook.view",
    params: ZRunbookParams,
    response: ZRunbook,
  },
  async ({ params }) => getRunbookLatestVersion(params.runbookId),
);

export const getRunbookVersionRoute = defineRoute(
  {
    method: "GET",
    path: "/api/v1/runbooks/{runbookId}/versions/{versionNumber}",
    operationId: "getRunbookVersion",
    tag: "runbooks",
    summary: "A published version with its phases, steps, checklists and criteria",
    permission: "runbook.view",
    params: ZVersionParams,
    response: ZRunbookVersion,
  },
  async ({ params }) => getRunbookVersion({ runbookId: params.runbookId, versionNumber: params.versionNumber }),
);

export const exportRunbookVersionRoute = defineRoute(
  {
    method: "GET",
    path: "/api/v1/runbooks/{runbookId}/versions/{versionNumber}/markdown",
    operationId: "exportRunbookVersion",
    tag: "runbooks",
    summary: "A published version as Markdown (the exporter `phaseline export` uses)",
    permission: "runbook.view",
    params: ZVersionParams,
    response: ZMarkdown,
    contentType: "text/markdown",
  },
  async ({ params }) => (await exportRunbookVersion({ prisma: getPrisma(), runbookId: params.runbookId, versionNumber: params.versionNumber })).markdown,
);

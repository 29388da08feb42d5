// "Waiting for you" (issue 10): besides phases awaiting sign-off and production points of no
// return, the unsigned lines of a finished deployment's sign-off sheet reach the people who took
// part and can sign them — and leave the list once signed.
import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { recordSheetSignoff } from "@/lib/server/deployments/record-sheet-signoff";
import { findWaitingSignoffs } from "./find-waiting-signoffs";
import type { TRole } from "@/lib/auth/permissions";

const prisma = () => testPrisma();
const viewer = (u: { id: string; roles: readonly string[] }) => ({ id: u.id, roles: [...u.roles] as TRole[] });

describe("findWaitingSignoffs: the sign-off sheet", () => {
  it("lists a finished deployment's unsigned lines for the lead who ran it, by role; signing removes them", async () => {
    const lead = await createTestUser(["LEAD"]);
    const stranger = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Only" }], {
      signoffSheet: [
        { label: "Deployment lead: outcome confirmed", role: "LEAD" },
        { label: "DBA: data verified", role: "DBA" },
      ],
    });
    const phase = (await deploymentMap(deploymentId)).phase("Only");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    // not yet: the sheet attests the outcome
    expect((await findWaitingSignoffs(viewer(lead))).filter((i) => i.kind === "SHEET" && i.deploymentId === deploymentId)).toEqual([]);
    await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() });

    const mine = (await findWaitingSignoffs(viewer(lead))).filter((i) => i.kind === "SHEET" && i.deploymentId === deploymentId);
    expect(mine.map((i) => [i.phaseTitle, i.roles])).toEqual([["Deployment lead: outcome confirmed", ["LEAD"]]]);
    // someone who took no part is not asked
    expect((await findWaitingSignoffs(viewer(stranger))).some((i) => i.deploymentId === deploymentId)).toBe(false);

    await recordSheetSignoff({ deploymentId, sheetLineId: mine[0]!.phaseRunId, comment: "", actor: lead, prisma: prisma() });
    expect((await findWaitingSignoffs(viewer(lead))).some((i) => i.kind === "SHEET" && i.deploymentId === deploymentId)).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { DeploymentStatus } from "@/lib/generated/prisma/enums";
import { parseHistoryQuery } from "@/lib/domain/review/history-query";
import { createPublishedVersion, createTestEnvironment, createTestUser, type TTestUser } from "@/lib/testing/deployment-fixture";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { findDeployments } from "./find-deployments";

// Its own runbook, environments and leads, so the other test files' deployments never match.
describe("findDeployments (the history)", () => {
  let lead: TTestUser;
  let otherLead: TTestUser;
  let runbookId = "";
  let staging = "";
  let production = "";
  const tag = `hist-${uniqueSuffix()}`;

  beforeAll(async () => {
    lead = await createTestUser(["LEAD"], "History Lead");
    otherLead = await createTestUser(["LEAD"], "Other Lead");
    const phase = { title: "Only phase", estimatedMinutes: 5, steps: [{ kind: "MANUAL" as const, title: "Do it", instructions: "do" }] };
    const version = await createPublishedVersion(lead, [phase]);
    runbookId = version.runbookId;
    const envA = await createTestEnvironment();
    const envB = await createTestEnvironment({ isProduction: true });
    staging = envA.name;
    production = envB.name;
    // 12 deployments: day i of October, i*10 minutes long; every third failed, every fourth on production
    const rows = Array.from({ length: 12 }, (_, i) => {
      const status: DeploymentStatus = i % 3 === 0 ? "FAILED" : i === 11 ? "PLANNED" : "SUCCEEDED";
      const startedAt = status === "PLANNED" ? null : new Date(Date.UTC(2026, 9, i + 1, 18));
      return {
        name: `${tag}-${String(i).padStart(2, "0")}${i === 5 ? "-hotfix" : ""}`,
        runbookVersionId: version.versionId,
        environmentId: i % 4 === 0 ? envB.id : envA.id,
        leadId: i === 7 ? otherLead.id : lead.id,
        createdById: lead.id,
        status,
        startedAt,
        finishedAt: startedAt && status !== "PLANNED" ? new Date(startedAt.getTime() + (i + 1) * 600_000) : null,
        // one succeeded whose follow-up failed: a change failure by DORA's count (issue 15)
        followUpStatus: i === 10 ? ("FAILED" as const) : null,
      };
    });
    await testPrisma().deployment.createMany({ data: rows });
  });

  const find = (params: Record<string, string | string[]>, limit = 50) => findDeployments(parseHistoryQuery({ runbook: runbookId, ...params }).query, { limit });
  const names = (r: Awaited<ReturnType<typeof findDeployments>>) => r.deployments.map((d) => d.name.slice(tag.length + 1, tag.length + 3));

  it("filters by runbook and counts every match; newest start first, not-started ones on top", async () => {
    const result = await find({});
    expect(result.total).toBe(12);
    expect(names(result)).toEqual(["11", "10", "09", "08", "07", "06", "05", "04", "03", "02", "01", "00"]);
  });

  it("filters by environment name, several statuses, lead, date range and name text", async () => {
    expect(names(await find({ environment: production }))).toEqual(["08", "04", "00"]);
    expect((await find({ environment: staging })).total).toBe(9);
    expect(names(await find({ status: ["FAILED", "PLANNED"] }))).toEqual(["11", "09", "06", "03", "00"]);
    expect(names(await find({ status: "failed,planned" }))).toEqual(["11", "09", "06", "03", "00"]);
    expect(names(await find({ lead: otherLead.id }))).toEqual(["07"]);
    expect(names(await find({ from: "2026-10-03", to: "2026-10-05" }))).toEqual(["04", "03", "02"]);
    expect(names(await find({ q: "HOTFIX" }))).toEqual(["05"]);
    expect(names(await find({ q: "100%_" }))).toEqual([]);
    expect(names(await find({ environment: staging, status: "FAILED", from: "2026-10-01" }))).toEqual(["09", "06", "03"]);
  });

  it("lists the change failures the analytics count: failed, rolled back, or succeeded with a failed follow-up", async () => {
    expect(names(await find({ outcome: "change-failed" }))).toEqual(["10", "09", "06", "03", "00"]);
    expect(names(await find({ outcome: "change-failed", environment: production }))).toEqual(["00"]);
  });

  it("sorts by duration and by outcome", async () => {
    expect(names(await find({ sort: "duration" }))).toEqual(["10", "09", "08", "07", "06", "05", "04", "03", "02", "01", "00", "11"]);
    expect(names(await find({ sort: "duration", dir: "asc" }))).toEqual(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"]);
    const byOutcome = names(await find({ sort: "outcome", dir: "asc" }));
    expect(byOutcome.slice(0, 4).sort()).toEqual(["00", "03", "06", "09"]);
    expect(byOutcome[4]).toBe("11");
  });

  it("pages with a keyset cursor through every sort without losing or repeating a row", async () => {
    for (const params of <Array<Record<string, string>>>[
      {},
      { dir: "asc" },
      { sort: "duration" },
      { sort: "duration", dir: "asc" },
      { sort: "outcome" },
      { sort: "outcome", dir: "asc" },
    ]) {
      const all = names(await find(params));
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: Awaited<ReturnType<typeof findDeployments>> = await find({ ...params, ...(after ? { after } : {}) }, 5);
        expect(result.total).toBe(12);
        seen.push(...names(result));
        after = result.nextCursor;
        if (!after) break;
      }
      expect(seen).toEqual(all);
    }
  });

  it("ignores bad values with a note instead of failing", async () => {
    const { query, notes } = parseHistoryQuery({ runbook: runbookId, status: ["FAILED", "EXPLODED"], from: "yesterday", sort: "colour", after: "%%%" });
    expect(notes).toHaveLength(4);
    expect(query.statuses).toEqual(["FAILED"]);
    const result = await findDeployments({ ...query, after: "bm90LWEtY3Vyc29y" });
    expect(result.total).toBe(4);
  });
});

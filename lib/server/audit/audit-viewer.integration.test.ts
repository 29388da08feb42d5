// Issue 13: the viewer's reader and the export answer the same filters; pages are keyset pages.
import { describe, expect, it } from "vitest";
import { appendAuditEvent } from "@/lib/audit/append";
import { findAuditEvents, getAuditEvent } from "@/lib/server/readers/find-audit-events";
import { createTestUser, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { testPrisma } from "@/lib/testing/db";
import { exportAuditEvents } from "./export-audit-events";
import { buildEvidencePack } from "./build-evidence-pack";
import { anchorAuditCheckpoint } from "./anchor-audit-checkpoint";
import { resetEnvCache } from "@/lib/env";

async function collect(gen: AsyncGenerator<string>) {
  let text = "";
  for await (const chunk of gen) text += chunk;
  return text;
}

describe("audit viewer and export", () => {
  it("filters by deployment, runbook, actor, type and day, with names instead of ids", async () => {
    const prisma = testPrisma();
    const lead = await createTestUser(["LEAD"], "Lena Lead");
    const { deploymentId, name, versionId } = await planTestDeployment(lead, [{ title: "Only", steps: [] }]);
    const { runbookId } = await prisma.runbookVersion.findUniqueOrThrow({ where: { id: versionId }, select: { runbookId: true } });
    const actor = { id: lead.id, label: lead.email };
    await prisma.$transaction((tx) => appendAuditEvent(tx, { actor, targetType: "runbook", targetId: runbookId }, { type: "runbook.draft_saved", payload: { lockVersion: 3 } }));
    const other = await createTestUser(["LEAD"], "Otto Other");
    await planTestDeployment(other, [{ title: "Else", steps: [] }]);

    const byDeployment = await findAuditEvents({ filters: { deployment: deploymentId } });
    expect(byDeployment.events.length).toBeGreaterThan(0);
    expect(byDeployment.events.every((e) => e.deploymentId === deploymentId)).toBe(true);
    expect(byDeployment.names.deployments[deploymentId]).toBe(name);
    expect(byDeployment.names.users[lead.id]).toBe(`Lena Lead <${lead.email}>`);

    const byRunbook = await findAuditEvents({ filters: { runbook: runbookId } });
    expect(byRunbook.events.map((e) => e.type).sort()).toEqual([...byDeployment.events.map((e) => e.type), "runbook.draft_saved"].sort());
    expect(byRunbook.names.targets[runbookId]).toMatch(/^Test runbook/);

    const byActor = await findAuditEvents({ filters: { actor: other.id } });
    expect(byActor.events.length).toBeGreaterThan(0);
    expect(byActor.events.every((e) => e.actorId === other.id)).toBe(true);

    const byType = await findAuditEvents({ filters: { type: "runbook.draft_saved", actor: lead.id } });
    expect(byType.events).toHaveLength(1);

    const today = new Date().toISOString().slice(0, 10);
    expect((await findAuditEvents({ filters: { deployment: deploymentId, from: today, to: today } })).events).toHaveLength(byDeployment.events.length);
    expect((await findAuditEvents({ filters: { deployment: deploymentId, to: "2000-01-01" } })).events).toHaveLength(0);
  });

  it("pages with a keyset cursor: no event twice, none skipped", async () => {
    for (let i = 0; i < 7; i++) {
      await testPrisma().$transaction((tx) => appendAuditEvent(tx, { actor: { id: null, label: "system" } }, { type: "access.denied", payload: { permission: `page.${i}` } }));
    }
    const all = await findAuditEvents({ limit: 6 });
    const first = await findAuditEvents({ limit: 3 });
    expect(first.nextCursor).toBe(first.events.at(-1)!.seq.toString());
    const second = await findAuditEvents({ limit: 3, before: first.nextCursor });
    expect([...first.events, ...second.events].map((e) => e.seq)).toEqual(all.events.map((e) => e.seq));
  });

  it("shows one event with its link in the chain", async () => {
    const [newest] = (await findAuditEvents({ limit: 1 })).events;
    const found = await getAuditEvent(newest!.seq);
    expect(found).toMatchObject({ isHashValid: true, isLinked: true });
    expect(found!.previous?.hash).toBe(found!.event.prevHash);
    expect(await getAuditEvent(10n ** 15n)).toBeNull();
  });

  it("writes each JSON Lines event as the row holds it", async () => {
    const prisma = testPrisma();
    // each line is the row as stored, whatever its text holds (quotes, backslashes, tabs and newlines, control characters, non-ASCII, nulls)
    const label = `O"Brien \\ tab\t \u0001 — ünï ${Date.now()}`;
    await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: { id: null, label } }, { type: "access.denied", payload: { permission: 'x"y\n\t\u0001 é', target: "t\\u" } }));
    const stored = await prisma.auditEvent.findFirstOrThrow({ where: { actorLabel: label } });
    const lines = (await collect(exportAuditEvents({ prisma, filters: {}, format: "jsonl" })))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.actorLabel === label)).toEqual({
      seq: stored.seq.toString(),
      createdAt: stored.createdAt.toISOString(),
      type: "access.denied",
      actorId: null,
      actorLabel: label,
      deploymentId: null,
      targetType: null,
      targetId: null,
      payload: stored.payload,
      prevHash: stored.prevHash,
      hash: stored.hash,
    });
  });

  it("exports the filtered events as CSV and JSON Lines, ending with the head", async () => {
    const prisma = testPrisma();
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Exported", steps: [] }]);
    const expected = await prisma.auditEvent.findMany({ where: { deploymentId }, orderBy: { seq: "asc" }, select: { seq: true, hash: true } });
    const head = await prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });

    const csv = (await collect(exportAuditEvents({ prisma, filters: { deployment: deploymentId }, format: "csv" }))).trimEnd().split("\n");
    expect(csv[0]).toBe("seq,createdAt,type,actorId,actorLabel,deploymentId,targetType,targetId,payload,prevHash,hash");
    const rows = csv.slice(1).filter((l) => !l.startsWith("#"));
    expect(rows.map((l) => l.split(",")[0])).toEqual(expected.map((e) => e.seq.toString()));
    expect(rows.map((l) => l.split(",").at(-1))).toEqual(expected.map((e) => e.hash));
    expect(csv.at(-2)).toBe(`# head,${head.seq},${head.hash}`);
    expect(csv.at(-1)).toMatch(/^# signed checkpoint,/);

    const jsonl = (await collect(exportAuditEvents({ prisma, filters: { deployment: deploymentId }, format: "jsonl" })))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(jsonl.slice(0, -2).map((e) => e.seq)).toEqual(expected.map((e) => e.seq.toString()));
    expect(jsonl.at(-2)).toEqual({ head: { seq: head.seq.toString(), hash: head.hash } });
    expect(jsonl.at(-1)).toHaveProperty("signedCheckpoint");

    // everything, in chain order by number (not as text: 10 after 9)
    const all = (await collect(exportAuditEvents({ prisma, filters: {}, format: "csv" })))
      .trimEnd()
      .split("\n")
      .slice(1, -2)
      .map((l) => BigInt(l.split(",")[0]!));
    expect(all.length).toBe(await prisma.auditEvent.count({ where: { seq: { lte: head.seq } } }));
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((seq, i) => i === 0 || seq > all[i - 1]!)).toBe(true);
  });

  it("packs a deployment's evidence: its record, its audit extract and the signed checkpoint covering it", async () => {
    const prisma = testPrisma();
    process.env.PHASELINE_AUDIT_SIGNING_KEY = Buffer.alloc(32, 3).toString("base64");
    resetEnvCache();
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, name } = await planTestDeployment(lead, [{ title: "Evidence", steps: [] }]);
    const before = await buildEvidencePack(prisma, deploymentId);
    expect(before?.deployment).toMatchObject({ name, status: "PLANNED" });
    expect(before?.auditExtract.length).toBeGreaterThan(0);
    expect(before?.auditExtract.every((e) => e.deploymentId === deploymentId)).toBe(true);
    expect(before?.coveredBy).toBeNull();
    const anchored = await anchorAuditCheckpoint({ prisma, actor: { id: null, label: "system" }, trigger: "cli" });
    expect(anchored.ok).toBe(true);
    const after = await buildEvidencePack(prisma, deploymentId);
    expect(BigInt(after!.coveredBy!.seq)).toBeGreaterThanOrEqual(BigInt(after!.auditExtract.at(-1)!.seq));
    expect(JSON.stringify(after)).not.toMatch(/postgres(ql)?:\/\//);
    expect(await buildEvidencePack(prisma, "no-such-deployment")).toBeNull();
  });
});

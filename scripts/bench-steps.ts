// `npm run bench` (second part): how long a step takes from the Run click to its recorded end
// through the real path — startStepRun (row lock, attempt row, audit), a worker's claim with
// SKIP LOCKED, execution on the target, finishStepRun (audit, criteria, policy) — and how long
// the cockpit's read takes for the seed 003 runbook, which the page polls every second. On the
// embedded databases and, when it answers, the PostgreSQL server at 127.0.0.1:5432.
// Run with the "react-server" condition (the npm script does): the use-cases are "server-only".
import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { resetEnvCache } from "@/lib/env";

const RUNS = 40;
const READS = 40;

async function measure(label: string, appUrl: string, targetUrl: string) {
  process.env.DATABASE_URL = appUrl;
  process.env.PHASELINE_DEMO_TARGET_URL = targetUrl;
  resetEnvCache();
  await migrate(appUrl);
  const { getPrisma } = await import("@/lib/db/client");
  const fixture = await import("@/lib/testing/deployment-fixture");
  const { controlDeployment } = await import("@/lib/server/deployments/control-deployment");
  const { startStepRun } = await import("@/lib/server/deployments/start-step-run");
  const { getDeployment } = await import("@/lib/server/readers/get-deployment");
  const { claimNextStepRun, executeClaimedStepRun } = await import("@/lib/server/execution/worker");
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");

  const lead = await fixture.createTestUser(["LEAD"]);
  const { deploymentId } = await fixture.planTestDeployment(lead, [
    { title: "Bench", failurePolicy: "CONTINUE", steps: [{ kind: "SQL", title: "Tiny", sql: "SELECT 1;", statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 }] },
  ]);
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead });
  const phase = (await fixture.deploymentMap(deploymentId)).phase("Bench");
  const latencies: number[] = [];
  for (let attempt = 1; attempt <= RUNS; attempt++) {
    const t = performance.now();
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Tiny"), mode: "RUN", attempt, actor: lead });
    const id = await claimNextStepRun(getPrisma(), "bench-worker");
    if (!id) throw new Error("nothing to claim");
    await executeClaimedStepRun(getPrisma(), id, "bench-worker");
    latencies.push(performance.now() - t);
  }

  // the cockpit of a fresh seed 003 deployment: 13 phases, 60 steps, 50 checklist items
  await seedDemo({ prisma: getPrisma(), demoTargetUrl: targetUrl, log: () => {} });
  const version = await getPrisma()
    .runbookVersion.findFirstOrThrow({ where: { runbook: { slug: "migration-001-fixed-cost-to-fixed-fee-facilitated" } }, select: { id: true } })
    .catch(() => null);
  const reads: number[] = [];
  if (version) {
    const environment = await fixture.createTestEnvironment();
    const { planDeployment } = await import("@/lib/server/deployments/plan-deployment");
    const planned = await planDeployment({
      runbookVersionId: version.id,
      environmentId: environment.id,
      leadId: lead.id,
      name: `bench-${Date.now()}`,
      plannedStart: null,
      plannedEnd: null,
      actor: lead,
    });
    const viewer = { id: lead.id, name: lead.name, email: lead.email, roles: ["LEAD" as const] };
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      await getDeployment(planned.deploymentId, { mode: "live", viewer });
      reads.push(performance.now() - t);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
  console.log(
    `${label}: Run → finished (SELECT 1) median ${median(latencies).toFixed(0)} ms, p95 ${p95(latencies).toFixed(0)} ms over ${RUNS}; ` +
      (reads.length ? `cockpit read (seed 003) median ${median(reads).toFixed(0)} ms, p95 ${p95(reads).toFixed(0)} ms over ${READS}` : "cockpit read skipped (no seed runbook)"),
  );
  await getPrisma().$disconnect();
}

async function main() {
  process.env.PHASELINE_SECRET_KEY ??= Buffer.alloc(32, 9).toString("base64");
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  process.env.PHASELINE_ENV = "test";
  const which = process.argv[2] ?? "embedded";
  if (which === "embedded") {
    const embedded = await startEmbedded(null);
    try {
      await measure("embedded PGlite", embedded.appUrl, embedded.targetUrl);
    } finally {
      await embedded.stop();
    }
    return;
  }
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres", connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log("PostgreSQL at 127.0.0.1:5432 does not answer: server figures skipped");
    return;
  }
  const name = `phaseline_bench_steps_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.query(`CREATE DATABASE ${name}_target`);
  try {
    await measure("PostgreSQL 127.0.0.1", `postgresql://postgres@127.0.0.1:5432/${name}`, `postgresql://postgres@127.0.0.1:5432/${name}_target`);
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`DROP DATABASE ${name}_target WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

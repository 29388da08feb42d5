// The cost of checking a session against its user's row (issue 10 item 4), to decide how fresh a
// mutation's check can afford to be. Measures, on the embedded database and (when it answers) the
// PostgreSQL server at 127.0.0.1:5432:
// - the fresh check every mutation makes: checkSessionClaims with maxAgeMs 0 (Prisma, one
//   primary-key read of the user's row);
// - the floor: the same primary-key read with plain `pg` on one open connection;
// - the cached check pages use (maxAgeMs READ_MAX_AGE_MS, a hit: no query);
// - for scale, one mutation it guards: pause then resume a deployment (row lock, audit event).
// Run: node --conditions=react-server --import tsx scripts/bench-session-check.ts [embedded|server]
import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { resetEnvCache } from "@/lib/env";

const CHECKS = 500;
const MUTATIONS = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function measure(label: string, appUrl: string, targetUrl: string) {
  process.env.DATABASE_URL = appUrl;
  process.env.PHASELINE_DEMO_TARGET_URL = targetUrl;
  resetEnvCache();
  await migrate(appUrl);
  const { getPrisma } = await import("@/lib/db/client");
  const fixture = await import("@/lib/testing/deployment-fixture");
  const { checkSessionClaims } = await import("@/lib/auth/check-session");
  const { READ_MAX_AGE_MS } = await import("@/lib/auth/user-state");
  const { controlDeployment } = await import("@/lib/server/deployments/control-deployment");

  const lead = await fixture.createTestUser(["LEAD"]);
  const claims = { id: lead.id, sv: 1, iat: Math.floor(Date.now() / 1000) };
  const maxAgeS = 12 * 3600;
  await checkSessionClaims(claims, { maxAgeMs: 0, maxAgeS }); // warm: client, connection, JIT

  const fresh = await time(CHECKS, async () => {
    const result = await checkSessionClaims(claims, { maxAgeMs: 0, maxAgeS });
    if (!result.ok) throw new Error(result.reason);
  });
  const cached = await time(CHECKS, () => checkSessionClaims(claims, { maxAgeMs: READ_MAX_AGE_MS, maxAgeS }));

  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const sql = `SELECT "id", "name", "email", "roles"::text[], "isActive", "sessionVersion" FROM "User" WHERE "id" = $1`;
  await client.query(sql, [lead.id]);
  const floor = await time(CHECKS, () => client.query(sql, [lead.id]));
  await client.end();

  const { deploymentId } = await fixture.planTestDeployment(lead, [{ title: "Bench", steps: [{ kind: "MANUAL", title: "Look", instructions: "Look." }] }]);
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead });
  const mutations = await time(MUTATIONS, (i) => controlDeployment({ deploymentId, action: i % 2 === 0 ? "pause" : "resume", reason: "", actor: lead }));

  const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));
  console.log(
    `${label}: fresh check median ${ms(median(fresh))} ms (p95 ${ms(p95(fresh))}); plain pg floor median ${ms(median(floor))} ms (p95 ${ms(p95(floor))}); ` +
      `ratio ${(median(fresh) / median(floor)).toFixed(1)}×; cached check median ${ms(median(cached))} ms; ` +
      `pause/resume median ${ms(median(mutations))} ms (check = ${((100 * median(fresh)) / median(mutations)).toFixed(1)} % of it) — ${CHECKS} checks, ${MUTATIONS} mutations`,
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
  const name = `phaseline_sessions_bench_${Date.now()}`;
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

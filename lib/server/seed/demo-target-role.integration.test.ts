// Issue 11 item 2 on a real server: the demo environments connect as a login role of the demo
// target's own — owner of the demo target database and nothing else — and the seed 003 runbook's
// database steps still run as it; a SQL step cannot reach the app's own database through dblink or
// a cross-database name, and the role cannot read the app's tables when it connects there itself.
// (The second demo runbook runs end to end as the role in backup-demo.integration.test.ts.)
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/crypto";
import { isRealServer, testPrisma } from "@/lib/testing/db";
import { executableStep } from "@/lib/testing/executable-step";
import { onTarget, targetUrl } from "@/lib/testing/deployment-fixture";
import { executeStepOnTarget, type TBaselineRows, type TExecutableStep, type TExecutionOutcome } from "@/lib/server/execution/execute-step";
import { RUNBOOK_003, type TSeedStep } from "@/prisma/seed/runbook-003";
import { demoTargetRoleName, ensureDemoTargetRole } from "./ensure-demo-target-role";
import { seedDemo } from "./seed-demo";
import { ensureDemoTarget } from "./ensure-demo-target";

const prisma = () => testPrisma();

async function stagingUrl(): Promise<string> {
  const env = await prisma().environment.findFirstOrThrow({ where: { name: "staging" }, select: { targetUrlCiphertext: true } });
  return decryptSecret(env.targetUrlCiphertext!);
}

async function run(url: string, step: TExecutableStep, baseline: TBaselineRows | null = null): Promise<TExecutionOutcome & { output: string }> {
  let output = "";
  const outcome = await executeStepOnTarget(step, {
    targetUrl: url,
    applicationName: "phaseline:role-test",
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: false,
    baseline,
    onOutput: (chunk) => {
      output += chunk;
    },
  });
  return { ...outcome, output };
}

const fromSeed = (s: TSeedStep): TExecutableStep =>
  executableStep({
    kind: s.kind as TExecutableStep["kind"],
    sql: s.sql ?? null,
    statementTimeoutMs: s.statementTimeoutMs ?? null,
    lockTimeoutMs: s.lockTimeoutMs ?? null,
    expectation: s.expectation ?? null,
    baselineName: s.baselineName ?? null,
    baselineKeyColumns: s.baselineKeyColumns ?? [],
    tolerances: s.tolerances ?? {},
  });

const appDatabase = () => decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1));

describe.skipIf(!isRealServer())("the demo target's own role (real server)", () => {
  beforeAll(async () => {
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), isTargetRoleOwn: true });
  }, 480_000);

  it("is a login role owning the demo target database and its objects, with no power beyond them", async () => {
    const roleName = demoTargetRoleName(targetUrl());
    const url = new URL(await stagingUrl());
    expect(decodeURIComponent(url.username)).toBe(roleName);
    expect(url.password.length).toBeGreaterThanOrEqual(24);
    // the production environment holds the same secret; both stored encrypted, masked without the password
    const envs = await prisma().environment.findMany({ where: { name: { in: ["staging", "production"] } }, select: { targetUrlCiphertext: true, targetUrlMasked: true } });
    for (const env of envs) {
      expect(decryptSecret(env.targetUrlCiphertext!)).toBe(url.toString());
      expect(env.targetUrlCiphertext).not.toContain(url.password);
      expect(env.targetUrlMasked).not.toContain(url.password);
    }
    expect(
      await onTarget(
        `SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,
                (SELECT count(*)::int FROM pg_auth_members WHERE member = r.oid) AS memberships,
                (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) AS "databaseOwner",
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname IN ('public', 'tenant_acme') AND c.relkind IN ('r', 'v') AND c.relowner <> r.oid) AS "notOwned"
           FROM pg_roles r WHERE rolname = $1`,
        [roleName],
      ),
    ).toEqual([
      {
        rolcanlogin: true,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolreplication: false,
        rolbypassrls: false,
        memberships: 0,
        databaseOwner: roleName,
        notOwned: 0,
      },
    ]);
  });

  it("keeps its password when the demo is seeded again (the environments' secret still connects)", async () => {
    const before = await stagingUrl();
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), isTargetRoleOwn: true });
    expect(await stagingUrl()).toBe(before);
    // a fresh app database beside the same target gets a new password, and the role's old URL is
    // then no longer what a demo environment holds
    const again = await ensureDemoTargetRole(targetUrl(), null);
    expect(again).toMatchObject({ isCreated: false, isPasswordSet: true });
    expect(again!.targetUrl).not.toBe(before);
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), isTargetRoleOwn: true });
    // the seed cannot know the new password: it sets one more and moves both environments to it
    const moved = await stagingUrl();
    expect(new URL(moved).username).toBe(new URL(before).username);
    expect(moved).not.toBe(before);
    const events = await prisma().auditEvent.findMany({ where: { type: "environment.updated", actorLabel: "system" }, select: { payload: true } });
    expect(events.map((e) => e.payload)).toContainEqual({ changes: ["target database URL changed"] });
  });

  it("runs the seed 003 runbook's database steps as the role: baselines, the rename, its checks, the rollback and its comparison", async () => {
    // a demo target of this test's own: the shared one holds what other files created there (CI
    // once saw seed 003's "no column is still named fixed_cost" count 3), and this proves the role
    // on the demo as a first start makes it
    const own = new URL(targetUrl());
    own.pathname = `/${decodeURIComponent(own.pathname.slice(1))}_role`;
    const ownUrl = own.toString();
    const admin = new URL(targetUrl());
    admin.pathname = "/postgres";
    const server = new pg.Client({ connectionString: admin.toString() });
    await server.connect();
    const database = pg.escapeIdentifier(demoTargetRoleName(ownUrl));
    await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.query(`CREATE DATABASE ${database}`);
    try {
      await ensureDemoTarget(ownUrl);
      const role = await ensureDemoTargetRole(ownUrl, null);
      await runSeed003As(role!.targetUrl, ownUrl);
    } finally {
      await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await server.query(`DROP ROLE IF EXISTS ${database}`);
      await server.end();
    }
  });

  async function runSeed003As(url: string, adminUrl: string) {
    const baselines = new Map<string, TBaselineRows>();
    const phases = ["Pre-Migration Validation", "Database Migration", "Post-Migration Validation", "Database Rollback"].map(
      (title) => RUNBOOK_003.phases.find((p) => p.title === title)!,
    );
    const ran: string[] = [];
    for (const phase of phases) {
      for (const s of phase.steps.filter((x) => ["SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE"].includes(x.kind))) {
        const outcome = await run(url, fromSeed(s), s.baselineName ? (baselines.get(s.baselineName) ?? null) : null);
        expect(outcome.errorMessage, s.key).toBeNull();
        expect(outcome.status, s.key).toBe("SUCCEEDED");
        if (s.kind === "SQL") expect(outcome.output, s.key).toContain(`as ${demoTargetRoleName(adminUrl)}`);
        if (outcome.capturedBaseline && s.baselineName) baselines.set(s.baselineName, outcome.capturedBaseline);
        ran.push(s.key);
      }
    }
    expect(ran).toEqual(expect.arrayContaining(["p1.baseline_products", "p2.migrate", "p3.compare_products", "r2.rollback", "r2.compare_companies"]));
    // the target is as it was: fixed_cost back
    const check = new pg.Client({ connectionString: adminUrl });
    await check.connect();
    const { rows } = await check.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'client_products' AND column_name = 'fixed_cost'`);
    await check.end();
    expect(rows).toHaveLength(1);
  }

  it("cannot reach the app's own database: no dblink, no cross-database name, no app table when it connects there", async () => {
    const url = await stagingUrl();
    const app = appDatabase();
    // dblink is not a trusted extension: the role cannot create it
    const create = await run(url, executableStep({ kind: "SQL", sql: "CREATE EXTENSION dblink;" }));
    expect(create.status).toBe("FAILED");
    expect(create.errorMessage).toMatch(/permission denied to create extension "dblink"/);

    // installed by the administrator, it still refuses the role a connection without a password
    await onTarget("CREATE EXTENSION IF NOT EXISTS dblink");
    try {
      const viaDblink = await run(
        url,
        executableStep({ kind: "SQL", sql: `SELECT * FROM dblink('dbname=${app} user=postgres host=127.0.0.1', 'SELECT email FROM "User"') AS t(email text);` }),
      );
      expect(viaDblink.status).toBe("FAILED");
      expect(viaDblink.errorMessage).toMatch(/password is required|permission denied/);
    } finally {
      await onTarget("DROP EXTENSION IF EXISTS dblink");
    }

    const crossDatabase = await run(
      url,
      executableStep({ kind: "QUERY_CHECK", sql: `SELECT count(*) FROM ${pg.escapeIdentifier(app)}.public."User"`, expectation: { type: "scalar_equals", value: 0 } }),
    );
    expect(crossDatabase.status).toBe("FAILED");
    expect(crossDatabase.errorMessage).toMatch(/cross-database references are not implemented/);

    // CONNECT to the app database is PUBLIC's by default (not ours to revoke): its tables are not
    const onApp = new URL(url);
    onApp.pathname = `/${encodeURIComponent(app)}`;
    const client = new pg.Client({ connectionString: onApp.toString() });
    await client.connect();
    try {
      // (a schema without USAGE for PUBLIC, as the test setup recreates it, refuses one step earlier)
      await expect(client.query(`SELECT email FROM public."User" LIMIT 1`)).rejects.toThrow(/permission denied for (table User|schema public)/);
      await expect(client.query(`SELECT payload FROM public."AuditEvent" LIMIT 1`)).rejects.toThrow(/permission denied for (table AuditEvent|schema public)/);
    } finally {
      await client.end();
    }
  });
});

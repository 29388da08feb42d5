// The demo data of `phaseline seed` and of `npm start` on an empty database (PRODUCT.md "The
// demo"). Idempotent by stable keys — user emails, environment names, the runbook slug,
// deployment names — so it runs on every start and creates only what is missing.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TTx } from "@/lib/db/client";
import { appendAuditEvent, SYSTEM_ACTOR, type TActor } from "@/lib/audit/append";
import { decryptSecret, encryptSecret, maskDatabaseUrl } from "@/lib/crypto";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";
import { RUNBOOK_003 } from "@/prisma/seed/runbook-003";
import { ensureDemoTarget } from "./ensure-demo-target";
import { ensureDemoTargetRole, isRoleUrl } from "./ensure-demo-target-role";
import { TARGET_URL_CHANGED } from "@/lib/server/environments/seal-target-url";
import { ensureBackupDemoRunbook } from "./backup-demo-runbook";
import { newId } from "./ids";
import { DEMO_HISTORY_START, PAST_DEPLOYMENTS, recordPastDeployment, SAMPLE_HISTORY, type TDemoPeople } from "./past-deployments";
import { currentTime, ManualClock, withClock } from "@/lib/clock";
import type { TDeploymentActor } from "@/lib/server/deployments/change-deployment";

/** Demo sign-ins, documented in the README. Never use these outside a demo. */
export const DEMO_USERS = [
  { email: "lead@phaseline.local", password: "lead-demo-pass", name: "Lee Adebayo", roles: ["LEAD"], purpose: "deployment lead: plans and runs deployments" },
  {
    email: "lead2@phaseline.local",
    password: "lead2-demo-pass",
    name: "Priya Nair",
    roles: ["LEAD"],
    purpose: "second deployment lead: led some of the demo's past deployments",
  },
  { email: "dba@phaseline.local", password: "dba-demo-pass", name: "Dana Brooks", roles: ["DBA"], purpose: "DBA: rehearses SQL, signs off phases" },
  {
    email: "dba2@phaseline.local",
    password: "dba2-demo-pass",
    name: "Devi Rao",
    roles: ["DBA"],
    purpose: "second DBA, for separation of duties (PRODUCT.md rule 3): approves what the other DBA ran",
  },
  { email: "manager@phaseline.local", password: "manager-demo-pass", name: "Morgan Hale", roles: ["MANAGER"], purpose: "manager: read-only history and reports" },
  { email: "admin@phaseline.local", password: "admin-demo-pass", name: "Ada Quinn", roles: ["ADMIN"], purpose: "admin: users, environments, API tokens" },
] as const satisfies ReadonlyArray<{ email: string; password: string; name: string; roles: ReadonlyArray<Role>; purpose: string }>;

export type TDemoUserEmail = (typeof DEMO_USERS)[number]["email"];

export const DEMO_ENVIRONMENTS = [
  { name: "staging", isProduction: false, description: "Demo staging: the demo target database" },
  { name: "production", isProduction: true, description: "Demo production: the same demo target database, with production's extra confirmations" },
] as const;

/**
 * The demo's own app, by the literal address and port it answers on: HTTP checks refuse a name
 * that resolves to loopback ("localhost"), but reach a loopback address listed itself.
 */
export const demoHttpAllowList = (port = getEnv().PORT) => [`127.0.0.1:${port}`];
export const DEMO_RUNBOOK_SLUG = RUNBOOK_003.slug;

// one seeder at a time; the audit chain's own lock is taken after this one, never before
const SEED_LOCK_KEY = 70_030_002;
const TX_OPTIONS = { maxWait: 30_000, timeout: 180_000 } as const;

type TSeedOptions = {
  prisma: PrismaClient;
  demoTargetUrl: string;
  log?: (line: string) => void;
  /**
   * The past deployments to write: "all" (`phaseline seed`, and `npm start` in the background once
   * serving), "essential" (the default: the two the e2e specs and other tests open), "sample"
   * (those and one of each outcome, for the seed's own test) or "none" (`npm start` before it
   * serves). Each is a hundred use-case calls (past-deployments.ts), written oldest first, so the
   * audit trail still runs forward in time.
   */
  history?: "all" | "essential" | "sample" | "none";
  /**
   * On a real server (`DATABASE_URL` set): the demo environments connect as a login role of the
   * demo target's own, not as the administrator `demoTargetUrl` names (ensure-demo-target-role.ts,
   * README "Least privilege for targets"). The embedded databases have one user: off there.
   */
  isTargetRoleOwn?: boolean;
  /** awaited between two past deployments: `npm start`'s background writer pauses there (scripts/start-database.ts) */
  betweenDeployments?: () => Promise<void>;
  /**
   * The embedded demo target's URL at the data directory's previous start (lib/db/embedded.ts): each
   * start serves it on a new port, so demo environments still saved with this URL move to the new one.
   */
  previousTargetUrl?: string;
};

export async function seedDemo(opts: TSeedOptions): Promise<{ created: boolean; summary: string }> {
  const log = opts.log ?? (() => {});
  const { prisma } = opts;

  const isTargetCreated = await ensureDemoTarget(opts.demoTargetUrl);
  if (isTargetCreated) log("demo target: created client_products, its 3 views and the demo data");

  // slow work before the transaction: argon2 hashing and encryption
  const existingEmails = new Set((await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true } })).map((u) => u.email));
  const passwordHashes = new Map<string, string>();
  for (const u of DEMO_USERS) {
    if (!existingEmails.has(u.email)) passwordHashes.set(u.email, await hashPassword(u.password));
  }
  const environmentTargetUrl = opts.isTargetRoleOwn ? await ensureTargetRoleUrl(prisma, opts.demoTargetUrl, log) : opts.demoTargetUrl;
  const target = {
    url: environmentTargetUrl,
    adminUrl: opts.demoTargetUrl,
    ...(opts.previousTargetUrl ? { previousUrl: opts.previousTargetUrl } : {}),
    ciphertext: encryptSecret(environmentTargetUrl),
    masked: maskDatabaseUrl(environmentTargetUrl),
  };

  // the demo's setup is dated a week before its history begins, so the audit trail of a fresh
  // database runs forward in time: setup, then six months of deployments, then "seeded"
  const setupClock = new ManualClock(new Date(DEMO_HISTORY_START.getTime() - 7 * 86_400_000));
  const base = await withClock(setupClock, () =>
    prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      const users = await ensureUsers(tx, passwordHashes);
      const environments = await ensureEnvironments(tx, users.byEmail, target);
      const runbook = await ensureRunbook(tx, users.byEmail, setupClock);
      const isBackupDemoCreated = await ensureBackupDemoRunbook(tx, getUser(users.byEmail, "lead@phaseline.local"));
      return { users, environments, runbook, isBackupDemoCreated };
    }, TX_OPTIONS),
  );

  // one transaction per past deployment, written by the use-cases (past-deployments.ts): each is
  // whole or absent, and one already there (by name) is skipped
  const people = await loadPeople(prisma);
  let deploymentsCreated = 0;
  for (const past of PAST_DEPLOYMENTS.filter((p) => {
    const history = opts.history ?? "essential";
    return history === "all" || (history === "essential" && p.isEssential) || (history === "sample" && SAMPLE_HISTORY.has(p.name));
  })) {
    if (deploymentsCreated > 0) await opts.betweenDeployments?.();
    const isCreated = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await tx.deployment.findUnique({ where: { name: past.name }, select: { id: true } })) return false;
      const environmentId = base.environments.byName.get(past.environment);
      if (!(await isSeedShaped(tx, base.runbook.versionId)) || !environmentId || !people) {
        log(`demo deployment ${past.name}: skipped, the runbook, environment or people it needs are not the seeded ones`);
        return false;
      }
      await recordPastDeployment(tx, { past, runbookVersionId: base.runbook.versionId, environmentId, people });
      return true;
    }, TX_OPTIONS);
    if (isCreated) deploymentsCreated += 1;
  }

  const counts = {
    users: base.users.created,
    runbooks: (base.runbook.isCreated ? 1 : 0) + (base.isBackupDemoCreated ? 1 : 0),
    deployments: deploymentsCreated,
  };
  const isCreated = isTargetCreated || counts.users > 0 || base.environments.created > 0 || counts.runbooks > 0 || counts.deployments > 0;
  if (!isCreated) return { created: false, summary: "demo data already present: nothing seeded" };

  await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "system.seeded", payload: counts }), TX_OPTIONS);
  const summary =
    `demo seeded: ${counts.users} users, ${base.environments.created} environments, ${counts.runbooks} runbook${counts.runbooks === 1 ? "" : "s"}, ` +
    `${counts.deployments} past deployments${isTargetCreated ? ", demo target database" : ""} ` +
    `(sign in as ${DEMO_USERS[0].email}; the demo users and their passwords are in the README — never printed here)`;
  return { created: true, summary };
}

export type TUserRef = { id: string; email: string; actor: TActor };

async function ensureUsers(tx: TTx, passwordHashes: Map<string, string>) {
  const existing = await tx.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { id: true, email: true } });
  const byEmail = new Map<string, TUserRef>(existing.map((u) => [u.email, { id: u.id, email: u.email, actor: { id: u.id, label: u.email } }]));
  let created = 0;
  for (const u of DEMO_USERS) {
    if (byEmail.has(u.email)) continue;
    // a user deleted between the unlocked read and this transaction was not hashed above
    const passwordHash = passwordHashes.get(u.email) ?? (await hashPassword(u.password));
    const row = await tx.user.create({ data: { email: u.email, name: u.name, roles: [...u.roles], passwordHash, createdAt: currentTime() }, select: { id: true } });
    byEmail.set(u.email, { id: row.id, email: u.email, actor: { id: row.id, label: u.email } });
    await appendAuditEvent(tx, { actor: SYSTEM_ACTOR, targetType: "user", targetId: row.id }, { type: "user.created", payload: { email: u.email, roles: [...u.roles] } });
    created += 1;
  }
  return { byEmail, created };
}

function getUser(users: Map<string, TUserRef>, email: TDemoUserEmail): TUserRef {
  const user = users.get(email);
  if (!user) throw new Error(`demo user ${email} is missing`);
  return user;
}

/**
 * The demo target role's URL the demo environments connect with (a demo environment already holding
 * it keeps its password), or the administrator's URL when the role is not ours to make.
 */
async function ensureTargetRoleUrl(prisma: PrismaClient, adminUrl: string, log: (line: string) => void): Promise<string> {
  const stored = await prisma.environment.findMany({ where: { name: { in: DEMO_ENVIRONMENTS.map((e) => e.name) } }, select: { targetUrlCiphertext: true } });
  const roleName = new URL(adminUrl).pathname.slice(1);
  const known = stored.map((e) => storedUrl(e.targetUrlCiphertext)).find((url) => url !== null && isRoleUrl(url, adminUrl, decodeURIComponent(roleName))) ?? null;
  const role = await ensureDemoTargetRole(adminUrl, known);
  if (!role) {
    log("demo target: connecting as the administrator given (it may not create roles, or the role's name is taken by a privileged role)");
    return adminUrl;
  }
  if (role.isCreated)
    log(`demo target: created the login role ${role.roleName}, owner of the demo target database only (its password is stored encrypted with the demo environments)`);
  else if (role.isPasswordSet) log(`demo target: gave the login role ${role.roleName} a new password, stored encrypted with the demo environments`);
  return role.targetUrl;
}

function storedUrl(ciphertext: string | null): string | null {
  if (!ciphertext) return null;
  try {
    return decryptSecret(ciphertext);
  } catch {
    return null;
  }
}

type TDemoTargetSecret = { url: string; adminUrl: string; previousUrl?: string; ciphertext: string; masked: string };

/**
 * Whether a demo environment saved with `stored` follows the demo target to `target.url`: one the
 * seed set up earlier (as the administrator, or with the role's older password), or one saved with
 * the embedded target's URL of the previous start (a new port each start). One an admin pointed
 * elsewhere is theirs and stays. `roleName`: the demo target's own login role (its database's name).
 */
export function followsDemoTarget(stored: string | null, target: Pick<TDemoTargetSecret, "url" | "adminUrl" | "previousUrl">, roleName: string): boolean {
  if (stored === null || stored === target.url) return false;
  if (target.previousUrl !== undefined && stored === target.previousUrl) return true;
  // (without a role of its own nothing else moves: the embedded databases, or a target not ours to manage)
  return target.url !== target.adminUrl && (stored === target.adminUrl || isRoleUrl(stored, target.adminUrl, roleName));
}

async function ensureEnvironments(tx: TTx, users: Map<string, TUserRef>, target: TDemoTargetSecret) {
  const admin = getUser(users, "admin@phaseline.local");
  const existing = await tx.environment.findMany({ where: { name: { in: DEMO_ENVIRONMENTS.map((e) => e.name) } }, select: { id: true, name: true, targetUrlCiphertext: true } });
  const byName = new Map(existing.map((e) => [e.name, e.id]));
  const roleName = decodeURIComponent(new URL(target.adminUrl).pathname.slice(1));
  for (const env of existing) {
    if (!followsDemoTarget(storedUrl(env.targetUrlCiphertext), target, roleName)) continue;
    await tx.environment.update({
      where: { id: env.id },
      data: { targetUrlCiphertext: target.ciphertext, targetUrlMasked: target.masked, version: { increment: 1 } },
    });
    await appendAuditEvent(tx, { actor: SYSTEM_ACTOR, targetType: "environment", targetId: env.id }, { type: "environment.updated", payload: { changes: [TARGET_URL_CHANGED] } });
  }
  let created = 0;
  for (const env of DEMO_ENVIRONMENTS) {
    if (byName.has(env.name)) continue;
    const row = await tx.environment.create({
      data: {
        ...env,
        targetUrlCiphertext: target.ciphertext,
        targetUrlMasked: target.masked,
        httpAllowList: demoHttpAllowList(),
        updatedById: admin.id,
        createdAt: currentTime(),
      },
      select: { id: true },
    });
    byName.set(env.name, row.id);
    await appendAuditEvent(
      tx,
      { actor: admin.actor, targetType: "environment", targetId: row.id },
      { type: "environment.created", payload: { name: env.name, isProduction: env.isProduction } },
    );
    created += 1;
  }
  return { byName, created };
}

/** Enters RUNBOOK_003 as published version 1, in a handful of bulk inserts. */
async function ensureRunbook(tx: TTx, users: Map<string, TUserRef>, clock: ManualClock): Promise<{ versionId: string; isCreated: boolean }> {
  const existing = await tx.runbook.findUnique({ where: { slug: RUNBOOK_003.slug }, select: { id: true } });
  if (existing) {
    const version = await tx.runbookVersion.findFirst({ where: { runbookId: existing.id, status: "PUBLISHED" }, orderBy: { number: "asc" }, select: { id: true } });
    if (!version) throw new Error(`runbook ${RUNBOOK_003.slug} exists without a published version: the demo deployments need one`);
    return { versionId: version.id, isCreated: false };
  }

  const lead = getUser(users, "lead@phaseline.local");
  // written a day before the setup's clock, published at it
  const createdAt = new Date(clock.now().getTime() - 86_400_000);
  const publishedAt = clock.now();
  const runbookId = newId();
  const versionId = newId();
  await tx.runbook.create({ data: { id: runbookId, slug: RUNBOOK_003.slug, ownerId: lead.id, createdAt } });
  await tx.runbookVersion.create({
    data: {
      id: versionId,
      runbookId,
      number: 1,
      status: "PUBLISHED",
      title: RUNBOOK_003.title,
      summary: RUNBOOK_003.summary,
      riskLevel: RUNBOOK_003.riskLevel,
      estimatedMinutes: RUNBOOK_003.estimatedMinutes,
      rollbackMinutes: RUNBOOK_003.rollbackMinutes,
      preamble: RUNBOOK_003.preamble,
      createdById: lead.id,
      publishedById: lead.id,
      publishedAt,
      createdAt,
    },
  });

  const phases: Prisma.PhaseCreateManyInput[] = [];
  const steps: Prisma.StepCreateManyInput[] = [];
  const items: Prisma.ChecklistItemCreateManyInput[] = [];
  const criteria: Prisma.SuccessCriterionCreateManyInput[] = [];
  const positions = { MAIN: 0, ROLLBACK: 0 };
  for (const p of RUNBOOK_003.phases) {
    const phaseId = newId();
    positions[p.procedure] += 1;
    phases.push({
      id: phaseId,
      versionId,
      procedure: p.procedure,
      position: positions[p.procedure],
      title: p.title,
      objective: p.objective,
      estimatedMinutes: p.estimatedMinutes,
      failurePolicy: p.failurePolicy,
      isPointOfNoReturn: p.isPointOfNoReturn ?? false,
      followUpOffsetMinutes: p.followUpOffsetMinutes ?? null,
      requiredSignoffRoles: p.requiredSignoffRoles ?? [],
      notes: p.notes,
    });
    const stepIds = new Map<string, string>();
    p.steps.forEach((s, i) => {
      const id = newId();
      stepIds.set(s.key, id);
      steps.push({
        id,
        phaseId,
        position: i + 1,
        kind: s.kind,
        title: s.title,
        instructions: s.instructions ?? "",
        sql: s.sql ?? null,
        statementTimeoutMs: s.statementTimeoutMs ?? null,
        lockTimeoutMs: s.lockTimeoutMs ?? null,
        expectation: s.expectation ?? undefined,
        baselineName: s.baselineName ?? null,
        baselineKeyColumns: s.baselineKeyColumns ?? [],
        tolerances: s.tolerances ?? undefined,
        httpUrl: s.httpUrl ?? null,
        httpExpectStatus: s.httpExpectStatus ?? null,
        timeoutMs: s.timeoutMs ?? null,
        commandArgv: s.commandArgv ?? [],
        outputCapBytes: s.outputCapBytes ?? null,
        language: s.language ?? null,
      });
    });
    p.checklist.forEach((c, i) => items.push({ id: newId(), phaseId, position: i + 1, text: c.text, isRequired: c.isRequired ?? true }));
    p.criteria.forEach((c, i) => {
      const stepId = c.stepKey ? stepIds.get(c.stepKey) : null;
      if (c.stepKey && !stepId) throw new Error(`criterion "${c.text}" names unknown step ${c.stepKey}`);
      criteria.push({ id: newId(), phaseId, position: i + 1, text: c.text, stepId: stepId ?? null });
    });
  }
  await tx.phase.createMany({ data: phases });
  await tx.step.createMany({ data: steps });
  await tx.checklistItem.createMany({ data: items });
  await tx.successCriterion.createMany({ data: criteria });
  await tx.signoffSheetLine.createMany({
    data: RUNBOOK_003.signoffSheet.map((l, i) => ({ id: newId(), versionId, position: i + 1, label: l.label, role: l.role })),
  });

  const context = { actor: lead.actor, targetType: "runbook", targetId: runbookId };
  await appendAuditEvent(tx, context, { type: "runbook.created", payload: { title: RUNBOOK_003.title, source: "seed" } });
  await appendAuditEvent(tx, context, { type: "runbook.published", payload: { versionId, number: 1 } });
  return { versionId, isCreated: true };
}

/**
 * Whether the stored version 1 has the seed's shape (someone may have published a different
 * version 1 under the slug): the past deployments follow the seed's phases and steps.
 */
async function isSeedShaped(tx: TTx, versionId: string): Promise<boolean> {
  const phases = await tx.phase.findMany({ where: { versionId }, select: { procedure: true, position: true, title: true, _count: { select: { steps: true } } } });
  const positions = { MAIN: 0, ROLLBACK: 0 };
  return (
    phases.length === RUNBOOK_003.phases.length &&
    RUNBOOK_003.phases.every((seedPhase) => {
      positions[seedPhase.procedure] += 1;
      const stored = phases.find((p) => p.procedure === seedPhase.procedure && p.position === positions[seedPhase.procedure]);
      return stored?.title === seedPhase.title && stored._count.steps === seedPhase.steps.length;
    })
  );
}

/** The people of the demo's history, as the use-cases take them; null when one is missing. */
async function loadPeople(prisma: PrismaClient): Promise<TDemoPeople | null> {
  const emails = ["lead@phaseline.local", "lead2@phaseline.local", "dba@phaseline.local", "dba2@phaseline.local"] as const;
  const rows = await prisma.user.findMany({ where: { email: { in: [...emails] }, isActive: true }, select: { id: true, email: true, name: true, roles: true } });
  const get = (email: string): TDeploymentActor | undefined => rows.find((r) => r.email === email);
  const [lead, lead2, dba, dba2] = emails.map(get);
  return lead && lead2 && dba && dba2 ? { lead, lead2, dba, dba2 } : null;
}

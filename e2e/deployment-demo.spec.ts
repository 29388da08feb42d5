// The demo for real (issue 5 part 9): the seed 003 runbook run against the demo target in the
// browser, a lead and a DBA in two browser contexts seeing each other's work live.
//   1. rollback path: after the migration a tampered row (one product's revenue in a view) makes
//      validation fail; the ROLLBACK policy opens the rollback procedure, which restores the target
//      exactly as it was before the deployment;
//   2. happy path: every phase from start to finish; the column is renamed, the views rebuilt,
//      validation matches the baseline — done on phones (390×844) by the keyboard alone, the lead's
//      and the DBA's (issue 18: the journey at a phone viewport and by keyboard).
// Runs in this order: the rollback path leaves the target as the seed made it.
import { readFileSync } from "node:fs";
import pg from "pg";
import { test, expect, type Browser, type Locator, type Page } from "@playwright/test";
import { Hands, expectNoSidewaysScroll, signIn, type TDemoRole, type TInput } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 600_000 });

const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const targetUrl = () => (JSON.parse(readFileSync(`${dataDir}/embedded.json`, "utf8")) as { targetUrl: string }).targetUrl;

async function onTarget<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: targetUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** What "exactly as before" means: the table's columns and data, and the three views' definitions. */
async function targetFingerprint() {
  const [columns, data, views] = await Promise.all([
    onTarget<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'client_products' ORDER BY ordinal_position`),
    onTarget<{ digest: string }>(`SELECT md5(string_agg(t::text, '|' ORDER BY id)) AS digest FROM client_products t`),
    onTarget<{ viewname: string; definition: string }>(`SELECT viewname, definition FROM pg_views WHERE schemaname = current_schema() ORDER BY viewname`),
  ]);
  return { columns: columns.map((c) => c.column_name), digest: data[0]?.digest, views };
}

const PHONE = { width: 390, height: 844 };

type TSession = { page: Page; hands: Hands };

async function newSession(browser: Browser, role: TDemoRole, path: string, how: { input: TInput; phone?: boolean } = { input: "pointer" }): Promise<TSession> {
  const context = await browser.newContext(how.phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  await signIn(page, role, path, how.input);
  return { page, hands: new Hands(page, how.input) };
}

async function planDemoDeployment({ page: lead, hands }: TSession, environment: "staging" | "production", label: string): Promise<{ url: string; name: string }> {
  await lead.goto("/deployments/new");
  await hands.select(lead.getByLabel("Runbook version"), "Migration 001", "Runbook version");
  await hands.select(lead.getByLabel("Environment"), environment === "production" ? "production — production" : "staging", "Environment");
  // the suggested name is stamped to the minute: two plans within a minute need names of their own
  const field = lead.getByLabel("Deployment name");
  await hands.append(field, `-${label}`, "Deployment name");
  const name = await field.inputValue();
  await hands.press(lead.getByRole("button", { name: "Plan deployment" }), "Plan deployment");
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(lead.getByRole("heading", { name: "Pre-flight check" })).toBeVisible();
  await expect(lead.getByText("Target database answers")).toBeVisible();
  return { url: new URL(lead.url()).pathname, name };
}

const currentPhase = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Steps", level: 3 }) });

/** Works through the current phase as the lead: runs, records or waives each step, ticks, records criteria. */
async function workThroughPhase({ page: lead, hands }: TSession, title: string, options: { expectFailure?: boolean; checkTypingSurvivesRefresh?: boolean } = {}) {
  const phase = currentPhase(lead);
  // the phase just started: its steps are on the page before anything is counted
  await expect(phase.getByRole("heading", { name: title, level: 2 })).toBeVisible();
  const steps = phase.getByRole("listitem").filter({ has: lead.getByRole("heading", { level: 4 }) });
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    const kind = await step.getAttribute("data-kind");
    if (kind === "COMMAND" || kind === "HTTP_CHECK") {
      await hands.press(step.getByRole("button", { name: /^Waive / }), `Waive step ${i + 1}`);
      await hands.fill(
        step.getByLabel("Why is this step waived?"),
        kind === "COMMAND" ? "Run by hand on the app server: commands are disabled in the demo." : "No API in the demo: checked by hand.",
        "the waiver's reason",
      );
      await hands.press(step.getByRole("button", { name: "Waive step" }), "Waive step");
      await expect(step.getByText(/^Waived by /)).toBeVisible();
    } else if (kind === "MANUAL") {
      await hands.press(step.getByRole("button", { name: /^Record / }), `Record step ${i + 1}`);
      const note = step.getByLabel("Note (what you did or saw)");
      await hands.fill(note, "Done.", "the note");
      if (options.checkTypingSurvivesRefresh && i === 0) {
        // "Live work": the cockpit refetches whenever the deployment moves; what the lead is typing stays
        await hands.fill(note, "Connected as the deploy role; search_path checked", "the note");
        for (let n = 0; n < 2; n++) {
          const refetched = lead.waitForResponse((r) => r.url().includes("/cockpit") && r.ok(), { timeout: 20_000 });
          // a refetch as a change pushed over /api/live would cause (React Query refetches when the
          // page becomes visible: its focus manager listens to visibilitychange); poked until one
          // goes out, as a poke that joins a fetch already answered starts none
          const poke = setInterval(() => void lead.evaluate(() => window.dispatchEvent(new Event("visibilitychange"))).catch(() => {}), 1_000);
          try {
            await lead.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
            await refetched;
          } finally {
            clearInterval(poke);
          }
        }
        await expect(note).toHaveValue("Connected as the deploy role; search_path checked");
      }
      await hands.press(step.getByRole("button", { name: "Mark done" }), "Mark done");
      await expect(step.getByText("Succeeded", { exact: true })).toBeVisible();
    } else {
      await hands.press(step.getByRole("button", { name: /^Run "/ }), `Run step ${i + 1}`);
      if (options.expectFailure) {
        // the failure applies the phase's ROLLBACK policy: the cockpit moves on to the rollback procedure
        await expect(lead.getByText("Rolling back", { exact: true }).first()).toBeVisible({ timeout: 60_000 });
        return;
      }
      expect(await waitForOutcome(step), `step ${i + 1} of the phase`).toBe("Succeeded");
    }
  }
  const checklist = phase.getByRole("group", { name: "Checklist" });
  if (await checklist.count()) {
    const tickAll = checklist.getByRole("button", { name: /^Tick all \d+ unticked$/ });
    if (hands.input === "keyboard" && (await tickAll.count())) {
      // what a keyboard user does with a long checklist: one action for all of it
      await hands.press(tickAll, "Tick all");
    } else {
      const boxes = checklist.getByRole("checkbox");
      for (let i = 0; i < (await boxes.count()); i++) {
        const box = boxes.nth(i);
        if (!(await box.isChecked())) await hands.press(box, `checklist item ${i + 1}`);
        await expect(box).toBeChecked();
      }
    }
    for (const box of await checklist.getByRole("checkbox").all()) await expect(box).toBeChecked();
  }
  const recordButtons = phase.getByRole("button", { name: /^Record criterion / });
  while (await recordButtons.count()) {
    await hands.press(recordButtons.first(), "Record criterion");
    await hands.fill(phase.getByLabel("Evidence", { exact: true }), "Checked during the window.", "Evidence");
    await hands.press(phase.getByRole("button", { name: "Met", exact: true }), "Met");
    await expect(phase.getByLabel("Evidence", { exact: true })).toHaveCount(0);
  }
}

async function waitForOutcome(step: Locator): Promise<string> {
  const badge = step.getByText(/^(Succeeded|Failed)$/).first();
  await expect(badge).toBeVisible({ timeout: 60_000 });
  return (await badge.innerText()).trim();
}

async function completePhase({ page: lead, hands }: TSession) {
  await hands.press(lead.getByRole("button", { name: /^Complete phase/ }), "Complete phase");
}

async function startNextPhase({ page: lead, hands }: TSession, name: string) {
  // the next phase's region: the one with its Start button (the failed phase that opened a rollback
  // is a region named "Phase N: … failed" beside it while the rollback runs)
  const next = lead.getByRole("region", { name: /^(Phase|Rollback phase) \d+:/ }).filter({ has: lead.getByRole("button", { name: /^Start (phase|rollback phase) \d+$/ }) });
  await expect(next).toBeVisible();
  if (await next.getByLabel("Deployment name").count()) await hands.fill(next.getByLabel("Deployment name"), name, "the deployment's name (point of no return)");
  await hands.press(next.getByRole("button", { name: /^Start (phase|rollback phase) \d+$/ }), "Start phase");
}

async function approveAsDba({ page: dba, hands }: TSession, phaseTitle: string) {
  const phase = currentPhase(dba);
  await expect(phase.getByRole("heading", { name: phaseTitle, level: 2 })).toBeVisible();
  // the DBA's page updates by itself: no reload
  await expect(phase.getByRole("button", { name: "Approve as DBA" })).toBeVisible({ timeout: 5_000 });
  await hands.press(phase.getByRole("button", { name: "Approve as DBA" }), "Approve as DBA");
}

test("rollback path: a tampered row fails validation and the rollback restores the target exactly", async ({ browser }) => {
  const before = await targetFingerprint();
  expect(before.columns).toContain("fixed_cost");

  const leadSession = await newSession(browser, "lead", "/deployments");
  const lead = leadSession.page;
  const { url, name } = await planDemoDeployment(leadSession, "staging", "rollback");
  const dbaSession = await newSession(browser, "dba", url);
  const dba = dbaSession.page;
  await lead.getByRole("button", { name: "Start deployment" }).click();

  // Phase 1: baselines
  await workThroughPhase(leadSession, "Pre-Migration Validation");
  await completePhase(leadSession);

  // Phase 2: the point of no return, then the migration, signed off by the DBA
  await startNextPhase(leadSession, name);
  await workThroughPhase(leadSession, "Database Migration");
  await completePhase(leadSession);
  await approveAsDba(dbaSession, "Database Migration");

  // someone tampers with what the revenue view returns for one product
  await onTarget(`CREATE OR REPLACE VIEW revenue_analytics_optimized AS
    SELECT product_id, company_id, client_id, status, fixed_revenue, percentage_revenue,
           (total_revenue + CASE WHEN product_id = (SELECT min(id) FROM client_products WHERE status = 'active') THEN 100 ELSE 0 END)::numeric(14,2) AS total_revenue
    FROM (${(await onTarget<{ d: string }>(`SELECT pg_get_viewdef('revenue_analytics_optimized') AS d`))[0]!.d.replace(/;\s*$/, "")}) v`);

  // Phase 3: validation fails on that row; its ROLLBACK policy opens the rollback procedure
  await startNextPhase(leadSession, name);
  await workThroughPhase(leadSession, "Post-Migration Validation", { expectFailure: true });
  await expect(lead.getByText("Rolling back", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  // the failure that opened the rollback stays pinned above it, nothing to open (issue 18 item 3)
  const evidence = lead.getByRole("region", { name: "Phase 3: Post-Migration Validation failed" });
  await expect(evidence.getByRole("heading", { name: /^Step 1: Run post-migration validation/ })).toBeVisible();
  await expect(evidence.getByText(/1 value differs from the baseline/)).toBeVisible();
  await expect(evidence.getByRole("row")).not.toHaveCount(0);
  // the failed phase counts what ran: one failed step, not "0/9"
  const phases = lead.getByRole("region", { name: "Phases" });
  await expect(phases.getByText(/^1 failed · 0\/9 succeeded/)).toBeVisible();
  // and its row still opens to its runs and the mismatching row
  await phases.getByText("Post-Migration Validation", { exact: true }).click();
  await expect(phases.getByText(/1 value differs from the baseline/)).toBeVisible();
  // the DBA sees it too, without reloading
  await expect(dba.getByText("Rolling back", { exact: true }).first()).toBeVisible({ timeout: 5_000 });

  // the rollback procedure, with the same machinery
  await workThroughPhase(leadSession, "Stop Application Traffic");
  await completePhase(leadSession);
  await startNextPhase(leadSession, name);
  await workThroughPhase(leadSession, "Database Rollback");
  await completePhase(leadSession);
  await approveAsDba(dbaSession, "Database Rollback");
  for (const title of ["Application Rollback", "Verify Rollback Complete", "Communicate Rollback"]) {
    await startNextPhase(leadSession, name);
    await workThroughPhase(leadSession, title);
    await completePhase(leadSession);
  }
  await expect(lead.getByText("Rolled back", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  expect(await targetFingerprint()).toEqual(before);
  await lead.context().close();
  await dba.context().close();
});

test("happy path on phones, by keyboard alone: the seed 003 migration from start to finish, lead and DBA live", async ({ browser }) => {
  const onPhone = { input: "keyboard", phone: true } as const;
  const leadSession = await newSession(browser, "lead", "/deployments", onPhone);
  const lead = leadSession.page;
  const { url, name } = await planDemoDeployment(leadSession, "staging", "happy");
  const dbaSession = await newSession(browser, "dba", url, onPhone);
  const { page: dba, hands: dbaHands } = dbaSession;
  // the DBA sees the lead start the deployment without reloading
  await leadSession.hands.press(lead.getByRole("button", { name: "Start deployment" }), "Start deployment");
  await expect(dba.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 5_000 });

  // what already waits for the DBA (e.g. the sign-off sheet of the rollback path's deployment)
  const waitingBefore = ((await (await dba.request.get("/api/me/waiting")).json()) as { count: number }).count;
  const phases = [
    "Pre-Migration Validation",
    "Database Migration",
    "Post-Migration Validation",
    "Backend Deployment",
    "Frontend Deployment",
    "Cache Invalidation Verification",
    "Functional Testing",
  ];
  for (const [i, title] of phases.entries()) {
    if (i > 0) await startNextPhase(leadSession, name);
    await workThroughPhase(leadSession, title, { checkTypingSurvivesRefresh: i === 0 });
    // every phase fits the phone: nothing scrolls sideways, whatever its tables and SQL
    await expectNoSidewaysScroll(lead, `the lead's phase ${i + 1}`);
    await completePhase(leadSession);
    if (title === "Database Migration") {
      // issue 6: the DBA reviews, rejects once with a comment; the lead sees it, completes again; the DBA approves
      // on a phone the header's count rides on its Menu button
      const count = waitingBefore + 1;
      await expect(dba.getByRole("link", { name: `Waiting for you: ${count}` }).or(dba.getByRole("button", { name: `Menu ${count} waiting for you` }))).toBeVisible({
        timeout: 10_000,
      });
      const review = currentPhase(dba);
      await expect(review.getByRole("button", { name: "Approve as DBA" })).toBeVisible({ timeout: 5_000 });
      await expectNoSidewaysScroll(dba, "the DBA's review");
      await dbaHands.press(review.getByRole("button", { name: "Reject" }), "Reject");
      await expect(review.getByRole("alert")).toContainText("Say why");
      await dbaHands.fill(review.getByLabel(/^Comment \(required to reject\)/), "Confirm no other session holds a lock on client_products first.", "the comment");
      await dbaHands.press(review.getByRole("button", { name: "Reject" }), "Reject");
      const rejection = currentPhase(lead).getByRole("alert").filter({ hasText: "Rejected by Dana Brooks" });
      await expect(rejection).toContainText("Confirm no other session holds a lock on client_products first.", { timeout: 5_000 });
      await completePhase(leadSession);
    }
    if (title === "Database Migration" || title === "Post-Migration Validation") await approveAsDba(dbaSession, title);
  }
  await expect(lead.getByText("Succeeded", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  await expect(dba.getByText("Succeeded", { exact: true }).first()).toBeVisible({ timeout: 5_000 });
  // issue 15: the 24-hour monitoring is a follow-up due tomorrow — the deployment succeeded in its
  // window, and the 24-hour checks cannot be started (nor ticked) before their time
  await expect(lead.getByRole("status").filter({ hasText: "Succeeded — follow-ups open." })).toBeVisible({ timeout: 5_000 });
  const followUp = lead.getByRole("region", { name: "Follow-up phase 8: Monitoring & Verification" });
  await expect(followUp).toContainText(/"Monitoring & Verification" is a follow-up due at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: it starts then, not before\./);
  await expect(followUp.getByRole("button", { name: /^Start/ })).toHaveCount(0);

  const after = await targetFingerprint();
  expect(after.columns).toContain("fixed_fee_facilitated");
  expect(after.columns).not.toContain("fixed_cost");
  expect(after.views.map((v) => v.viewname)).toEqual(["company_revenue_analytics", "products_list_view", "revenue_analytics_optimized"]);
  for (const view of after.views) expect(view.definition).not.toMatch(/\bfixed_cost\b(?! AS)/);
  await lead.context().close();
  await dba.context().close();
});

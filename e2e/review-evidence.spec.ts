// Issue 11 item 6: the DBA's review evidence in the cockpit. A DBA rehearses the demo fee change's
// UPDATE and reads its rows and time beside the statement, then asks the deployment's target for
// its plan (EXPLAIN without ANALYZE, nothing executed). Screenshots at 1440 and 390 px, and axe.
// The deployment is aborted at the end: the rehearsal rolled back, the EXPLAIN executed nothing,
// so the demo target is as the other specs expect it.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { chooseRunbook, signIn, type TDemoRole } from "./fixtures";

test.describe.configure({ timeout: 240_000 });

const SHOTS = process.env.E2E_SHOTS_DIR;

async function newSession(browser: Browser, role: TDemoRole, path: string, width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, role, path);
  return page;
}

const currentPhase = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Steps", level: 3 }) });

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a DBA reads a rehearsal's rows and time per statement and asks the target for EXPLAIN", async ({ browser }) => {
  const lead = await newSession(browser, "lead", "/deployments");
  await lead.goto("/deployments/new");
  await chooseRunbook(lead, "Fee change with a backup (demo)");
  await lead.getByLabel("Environment").selectOption({ label: "staging" });
  const name = `${await lead.getByLabel("Deployment name").inputValue()}-explain`;
  await lead.getByLabel("Deployment name").fill(name);
  await lead.getByRole("button", { name: "Plan deployment" }).click();
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const url = new URL(lead.url()).pathname;
  await lead.getByRole("button", { name: "Start deployment" }).click();
  await expect(lead.getByRole("button", { name: "Pause" })).toBeVisible({ timeout: 30_000 });
  // the backup phase is skipped: the fee change's phase is the one under review
  await lead.getByRole("button", { name: "Skip phase…" }).click();
  await lead.getByLabel("Why is this phase skipped?").fill("Reviewing the change only.");
  await lead.getByRole("button", { name: "Skip phase", exact: true }).click();
  await lead.getByRole("button", { name: "Start phase 2" }).click();
  await expect(currentPhase(lead).getByRole("heading", { name: "Change the fees", level: 2 })).toBeVisible({ timeout: 30_000 });

  const dba = await newSession(browser, "dba", url);
  const phase = currentPhase(dba);
  const evidence = phase.getByRole("region", { name: "Evidence for review" });
  await expect(evidence).toBeVisible({ timeout: 10_000 });
  const step = evidence.getByRole("article", { name: /^Evidence for step 1:/ });
  await expect(step.getByText("Not rehearsed yet.")).toBeVisible();

  // the DBA rehearses: the same transaction, rolled back; rows and time arrive beside the statement
  await phase.getByRole("button", { name: /^Rehearse "Raise active products/ }).click();
  await expect(step.getByText(/^Rehearsal attempt 1 by Dana Brooks/)).toBeVisible({ timeout: 60_000 });
  const table = step.getByRole("table", { name: "Statements of step 1" });
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("UPDATE client_products SET percentage_fee");
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^[1-9][\d,]*$/);
  await expect(row.getByRole("cell").nth(3)).toHaveText(/^[\d,]+ ms$/);

  // and asks the target for the plan: EXPLAIN without ANALYZE, nothing executed
  await step.getByRole("button", { name: 'Explain "Raise active products\' percentage fee by 10 %" on staging' }).click();
  const plan = step.getByRole("region", { name: "Plan of statement 1 of step 1" });
  await expect(plan).toContainText("Update on client_products", { timeout: 30_000 });
  await expect(step.getByRole("status")).toContainText("nothing was executed");
  await expect(step.getByRole("status")).toContainText("lock_timeout");

  await evidence.scrollIntoViewIfNeeded();
  await shoot(dba, "cockpit-evidence-1440");
  const findings = await new AxeBuilder({ page: dba }).options({ resultTypes: ["violations"] }).analyze();
  expect(findings.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual(
    [],
  );

  // on a phone: the table scrolls inside its own box, the page does not scroll sideways
  await dba.setViewportSize({ width: 390, height: 844 });
  await expect(plan).toBeVisible();
  const overflow = await dba.locator("main").evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow, "the cockpit is wider than the phone").toBeLessThanOrEqual(0);
  await shoot(dba, "cockpit-evidence-390");

  // a manager reads the evidence but is not offered Explain (the server asks deployment.rehearse)
  const manager = await newSession(browser, "manager", url);
  await expect(currentPhase(manager).getByRole("region", { name: "Evidence for review" })).toBeVisible({ timeout: 10_000 });
  await expect(currentPhase(manager).getByRole("button", { name: /^Explain "/ })).toHaveCount(0);

  await lead.getByRole("button", { name: "Abort…" }).click();
  await lead.getByLabel("Why abort? (goes in the record)").fill("Review over.");
  await lead.getByRole("button", { name: "Abort", exact: true }).click();
  await expect(lead.getByText("Aborted", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  await Promise.all([lead.context().close(), dba.context().close(), manager.context().close()]);
});

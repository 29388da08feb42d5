// BACKUP and RESTORE in the browser (issue 15): a lead writes the steps in the editor (a restore of
// a key no backup has is refused inline), then runs the demo's second runbook — the pre-flight and
// the cockpit show the backup's estimated size before it runs, the backup is taken, the change's
// validation fails, the rollback restores the backup and the data is as before; the backup is then
// listed on the deployment and dropped with a reason. Screenshots at 1440 and 390 px.
import { readFileSync } from "node:fs";
import pg from "pg";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 300_000 });

const SCREENS = "test-results/screens";
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

const activeFees = async () =>
  (await onTarget<{ digest: string }>("SELECT md5(string_agg(id || ':' || percentage_fee, ',' ORDER BY id)) AS digest FROM client_products WHERE status = 'active'"))[0]!.digest;

const TENANTS = ["tenant_acme", "tenant_globex", "tenant_initech"];

/** a checksum of each tenant table's whole contents (every column of every row) */
const tenantFees = () =>
  onTarget<{ tenant: string; digest: string }>(
    TENANTS.map((t) => `SELECT '${t}' AS tenant, md5(string_agg(f::text, E'\\n' ORDER BY id)) AS digest FROM ${t}.fees f`).join(" UNION ALL ") + " ORDER BY 1",
  );

async function shoot(page: Page, name: string, target?: Locator) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    if (target) {
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: `${SCREENS}/${name}-${width}.png` });
    } else await page.screenshot({ path: `${SCREENS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a lead writes a backup and a restore step; a restore of an unknown key is refused inline", async ({ page }) => {
  await signIn(page, "lead", "/runbooks");
  await page.getByRole("link", { name: "New runbook" }).click();
  await page.getByLabel("Title").fill(`Backup authoring ${Date.now().toString(36)}`);
  await page.getByRole("radio", { name: /^High/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);

  await page.getByRole("button", { name: "+ Add phase" }).click();
  const phase = page.getByRole("listitem", { name: /^Phase 1:/ });
  await phase.getByLabel("Phase title").fill("Back up, then change");
  await phase.getByLabel("Kind of the new step in phase 1").selectOption({ label: "Backup" });
  await phase.getByRole("button", { name: "+ Add step" }).click();
  const backup = phase.getByRole("listitem", { name: /^Step 1:/ });
  await backup.getByLabel("Step title").fill("Back up the active products");
  await backup.getByLabel("Backup key").fill("before_fee_change");
  await backup.getByLabel("Tables to back up").fill("public.client_products");
  await backup.getByLabel("Row filter (optional)").fill("status = 'active'");
  await backup.getByLabel("Size limit (MB)").fill("64");

  await phase.getByLabel("Kind of the new step in phase 1").selectOption({ label: "Restore" });
  await phase.getByRole("button", { name: "+ Add step" }).click();
  const restore = phase.getByRole("listitem", { name: /^Step 2:/ });
  await restore.getByLabel("Step title").fill("Restore the active products");
  await restore.getByLabel("Restore from backup (key)").fill("before_fee_chnage");

  await page.getByRole("button", { name: "Save draft" }).click();
  const keyField = restore.getByLabel("Restore from backup (key)");
  await expect(keyField).toHaveAttribute("aria-invalid", "true");
  await expect(keyField).toHaveAccessibleDescription(/No backup step of the main procedure has the key "before_fee_chnage"/);

  await keyField.fill("before_fee_change");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /Saved at/ }),
  ).toBeVisible();
  await shoot(page, "backup-editor", backup);
});

test("the demo's backup runbook: estimated, taken, validation fails, the rollback restores it, the backup is dropped with a reason", async ({ page }) => {
  const before = await activeFees();
  await signIn(page, "lead", "/deployments/new");
  const version = page.getByLabel("Runbook version");
  const optionValue = await version.locator("option", { hasText: "Fee change with a backup (demo)" }).first().getAttribute("value");
  await version.selectOption(optionValue!);
  await page.getByLabel("Environment").selectOption({ label: "staging" });
  await page.getByLabel("Deployment name").fill(`fee-backup-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Plan deployment" }).click();
  await page.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });

  // before it runs: the pre-flight and the step card both show the estimate against the limit
  await expect(page.getByText("Backups fit their size limits")).toBeVisible();
  await expect(page.getByText(/"Back up the active products": about .+ of 64\.0 MB/)).toBeVisible();
  // fanned out: the estimate summed over the tenant schemas the step's query names now
  await expect(page.getByText(/"Back up the tenants' fees": about .+ of 64\.0 MB/)).toBeVisible();
  await page.getByRole("button", { name: "Start deployment" }).click();

  const step = (title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, level: 4 }) });
  const run = async (title: string, outcome: "Succeeded" | "Failed") => {
    await step(title)
      .getByRole("button", { name: new RegExp(`^Run "${title}"`) })
      .click();
    await expect(step(title).getByText(outcome, { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  };
  await run("Capture the active products' fees", "Succeeded");
  const backupStep = step("Back up the active products");
  await expect(backupStep.getByText(/Estimated size before it runs: .+ of the 64\.0 MB limit/)).toBeVisible();
  await shoot(page, "backup-cockpit-step-before", backupStep);
  await run("Back up the active products", "Succeeded");
  await expect(backupStep.getByText(/^1 table \(public\.client_products\), \d+ rows · \d+ ms$/)).toBeVisible();
  await backupStep.getByText("Output", { exact: true }).last().click();
  await expect(backupStep.getByRole("region", { name: /output$/ }).last()).toContainText(/COMMIT: backup "before_fee_change" kept in schema phaseline_backup_/);
  await shoot(page, "backup-cockpit-step-taken", backupStep);
  // issue 15: the tenants' fees are backed up too, before the fan-out changes them — one backup per
  // tenant schema, the size summed over them before it runs
  const tenantsAtStart = await tenantFees();
  const tenantBackup = step("Back up the tenants' fees");
  await expect(tenantBackup.getByText(/once per schema: the schemas its query names · one at a time · stop at the first failed schema/)).toBeVisible();
  await expect(tenantBackup.getByText(/Estimated size before it runs: .+ of the 64\.0 MB limit/)).toBeVisible();
  await run("Back up the tenants' fees", "Succeeded");
  await expect(tenantBackup.getByText("Finished: 3 of 3 schemas")).toBeVisible({ timeout: 60_000 });
  const backedUp = tenantBackup.getByRole("region", { name: /result per schema$/ });
  for (const schema of TENANTS) await expect(backedUp.getByRole("row", { name: new RegExp(`^${schema} `) }).getByText("Succeeded", { exact: true })).toBeVisible();
  await shoot(page, "backup-fan-out-cockpit", tenantBackup);
  await page.getByRole("button", { name: /^Complete phase/ }).click();

  const startNext = async () => {
    // the next phase's region: the one with its Start button (the failed phase that opened a rollback
    // is a region named "Phase N: … failed" beside it while the rollback runs)
    const next = page.getByRole("region", { name: /^(Phase|Rollback phase) \d+:/ }).filter({ has: page.getByRole("button", { name: /^Start (phase|rollback phase) \d+$/ }) });
    await next.getByRole("button", { name: /^Start (phase|rollback phase) \d+$/ }).click();
  };
  await startNext();
  await run("Raise active products' percentage fee by 10 %", "Succeeded");
  expect(await activeFees()).not.toBe(before);

  // the fan-out over the tenant schemas: one result per schema (screenshots of it in progress
  // over 40 schemas are taken against PostgreSQL: the embedded target answers too fast to catch)
  const tenantsBefore = await tenantFees();
  const fanOut = step("Raise active fees in every tenant schema");
  await expect(fanOut.getByText(/once per schema: the schemas its query names · 2 at a time · stop at the first failed schema/)).toBeVisible();
  await fanOut.getByRole("button", { name: /^Run "Raise active fees in every tenant schema"/ }).click();
  const perSchema = fanOut.getByRole("region", { name: /result per schema$/ });
  await expect(perSchema).toBeVisible({ timeout: 60_000 });
  await expect(fanOut.getByText("Succeeded", { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  await expect(fanOut.getByText("Finished: 3 of 3 schemas")).toBeVisible({ timeout: 60_000 });
  for (const [schema, rows] of [
    ["tenant_acme", "2"],
    ["tenant_globex", "2"],
    ["tenant_initech", "3"],
  ]) {
    const row = perSchema.getByRole("row", { name: new RegExp(`^${schema} `) });
    await expect(row.getByText("Succeeded", { exact: true })).toBeVisible();
    await expect(row.getByRole("cell").nth(2)).toHaveText(rows!);
  }
  await expect(fanOut.getByText(/^3 of 3 schemas succeeded, 0 failed$/)).toBeVisible();
  await shoot(page, "fan-out-cockpit-done", fanOut);
  expect(await tenantFees()).not.toEqual(tenantsBefore);
  await run("Every tenant still has active fees", "Succeeded");
  await expect(step("Every tenant still has active fees").getByText("Finished: 3 of 3 schemas")).toBeVisible();
  await page.getByRole("button", { name: /^Complete phase/ }).click();
  await startNext();
  await step("Fees as before")
    .getByRole("button", { name: /^Run "Fees as before"/ })
    .click();
  await expect(page.getByText("Rolling back", { exact: true }).first()).toBeVisible({ timeout: 60_000 });

  await run("Restore the active products", "Succeeded");
  await expect(step("Restore the active products").getByText(/^1 table \(public\.client_products\), \d+ rows, counts and checksums verified/)).toBeVisible();
  await shoot(page, "restore-cockpit-step", step("Restore the active products"));
  await run("Restore the tenants' fees", "Succeeded");
  // every tenant schema it backed up, restored and verified on its own
  const tenantRestore = step("Restore the tenants' fees");
  await expect(tenantRestore.getByText("Finished: 3 of 3 schemas")).toBeVisible({ timeout: 60_000 });
  const restored = tenantRestore.getByRole("region", { name: /result per schema$/ });
  for (const schema of TENANTS) {
    const row = restored.getByRole("row", { name: new RegExp(`^${schema} `) });
    await expect(row.getByText("Succeeded", { exact: true })).toBeVisible();
  }
  await shoot(page, "restore-fan-out-cockpit", tenantRestore);
  await run("Fees as before the change", "Succeeded");
  await page.getByRole("button", { name: /^Complete phase/ }).click();
  await expect(page.getByText("Rolled back", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  expect(await activeFees()).toBe(before);
  expect(await tenantFees()).toEqual(tenantsBefore);
  // the data is identical to before the deployment: every tenant table's checksum as it was
  expect(await tenantFees()).toEqual(tenantsAtStart);

  // the finished deployment lists its backup; the lead drops it with a reason
  await page.reload();
  const backups = page.getByRole("region", { name: "Backups" });
  const item = backups.getByRole("listitem", { name: "Backup before_fee_change" });
  await expect(item.getByText("Kept")).toBeVisible();
  await expect(item.getByRole("cell", { name: "public.client_products where status = 'active'" })).toBeVisible();
  await shoot(page, "backup-list", backups);
  const perTenant = backups.getByRole("listitem", { name: "Backup tenant_fees" });
  for (const schema of TENANTS) await expect(perTenant.getByRole("cell", { name: `${schema}.fees`, exact: true })).toBeVisible();
  await item.getByRole("button", { name: "Drop backup before_fee_change…" }).click();
  await item.getByRole("button", { name: "Drop backup before_fee_change" }).click();
  await expect(item.getByRole("alert")).toContainText("Say why the backup is dropped.");
  await item.getByLabel(/Why drop backup/).fill("Rolled back and verified; the copy is no longer needed.");
  await item.getByRole("button", { name: "Drop backup before_fee_change" }).click();
  await expect(item.getByText("Dropped", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(item.getByText(/Dropped .* by Lee Adebayo/)).toBeVisible();
  expect(await onTarget("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'phaseline_backup_%before_fee_change'")).toEqual([]);
});

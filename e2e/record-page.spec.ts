// The finished deployment's record (issue 17 item 2): phases arrive collapsed to their summary, a
// phase opens by keyboard and its steps and outputs are fetched then; the failed phase arrives
// open with its evidence, and a phase named in the address opens itself.
import { test, expect } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

const ROLLED_BACK = "rename-fixed-cost-production-2026-10-21";
const SUCCEEDED = "rename-fixed-cost-staging-2026-10-14";

test("a collapsed phase opens by keyboard to its steps and outputs, and closes again", async ({ asManager: page }) => {
  await page.goto(`/deployments?q=${SUCCEEDED}`);
  await page.getByRole("link", { name: SUCCEEDED }).click();
  const phases = page.getByRole("region", { name: "Phases" });
  const first = phases.getByRole("button", { name: /^Phase 1 Pre-Migration Validation$/ });
  const second = phases.getByRole("button", { name: /^Phase 2 Database Migration$/ });
  await expect(second).toHaveAttribute("aria-expanded", "false");
  // collapsed: the summary says what the phase came to; its steps are not on the page yet
  const migration = page.locator("#phase-run-2");
  await expect(migration).toContainText(/\d+ of \d+ steps succeeded/);
  await expect(migration.getByText("Execute migration", { exact: false })).toHaveCount(0);

  await first.focus();
  await page.keyboard.press("Tab");
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(second).toHaveAttribute("aria-expanded", "true");
  await expect(migration.getByRole("heading", { name: /Execute migration/ })).toBeVisible();
  await expect(migration.getByText("ALTER TABLE").first()).toBeVisible();
  await expect(migration.getByText("Steps", { exact: true })).toBeVisible();

  await page.keyboard.press("Space");
  await expect(second).toHaveAttribute("aria-expanded", "false");
  await expect(migration.getByRole("heading", { name: /Execute migration/ })).toBeHidden();
});

test("the failed phase arrives open with its evidence; a phase named in the address opens itself", async ({ asManager: page }) => {
  await page.goto(`/deployments?q=${ROLLED_BACK}`);
  await page.getByRole("link", { name: ROLLED_BACK }).click();
  const failed = page.locator("#phase-run-3");
  await expect(failed.getByRole("button", { name: /^Phase 3 Post-Migration Validation$/ })).toHaveAttribute("aria-expanded", "true");
  await expect(failed.getByText(/canceling statement due to statement timeout/).first()).toBeVisible();
  await expect(page.locator("#phase-run-1").getByRole("button")).toHaveAttribute("aria-expanded", "false");

  await page.goto(`${page.url()}#rollback-run-2`);
  await page.reload();
  const rollback = page.locator("#rollback-run-2");
  await expect(rollback.getByRole("button", { name: /^Rollback phase 2 Database Rollback$/ })).toHaveAttribute("aria-expanded", "true");
  await expect(rollback.getByText("Steps", { exact: true })).toBeVisible();
});

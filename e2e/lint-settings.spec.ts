// Issue 11: the version page lints for the server of a chosen environment (its target asked for
// its version), and a runbook switches schema-design lint warnings off in the draft editor — saved
// with the draft and loaded back. Screenshots at 1440 and 390 px, and axe on both pages.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { demoPageIds } from "./every-page";

test.describe.configure({ timeout: 180_000 });

const SHOTS = process.env.E2E_SHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function seriousFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test("the version page lints for the server of the environment chosen", async ({ page, browser }) => {
  const ids = await demoPageIds(browser);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "dba", `/runbooks/${ids.runbook}/versions/${ids.version}`);
  const lint = page.getByRole("region", { name: "SQL risk lint" });
  await expect(lint.getByRole("status")).toHaveText(/^Linted for a current server \(PostgreSQL \d+\)/);
  await lint.getByLabel("Lint for the server of").selectOption({ label: "staging" });
  await lint.getByRole("button", { name: "Lint" }).click();
  await page.waitForURL(/\?environment=[0-9a-f-]{36}$/);
  await expect(lint.getByRole("status")).toHaveText(/^Linted for staging: PostgreSQL \d+\.\d+, as its target reports it\.$/);
  await expect(lint.getByLabel("Lint for the server of")).toHaveValue(/^[0-9a-f-]{36}$/);
  await lint.scrollIntoViewIfNeeded();
  await shoot(page, "version-lint-target-1440");
  expect(await seriousFindings(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(lint.getByRole("status")).toBeVisible();
  const overflow = await page.locator("main").evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "version-lint-target-390");
});

test("a runbook switches a schema-design warning off in the draft editor, and the draft keeps it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "lead", "/runbooks/new");
  const title = `Lint switch ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /^Low/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  const rules = page.getByRole("group", { name: "Schema-design lint warnings" });
  const varchar = rules.getByRole("checkbox", { name: /^varchar\(n\) → text/ });
  await expect(varchar).toBeChecked();
  await varchar.uncheck();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /Saved at/ }),
  ).toBeVisible();
  await page.reload();
  await expect(rules.getByRole("checkbox", { name: /^varchar\(n\) → text/ })).not.toBeChecked();
  await expect(rules.getByRole("checkbox", { name: /^timestamp → timestamptz/ })).toBeChecked();
  await rules.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS ?? "test-results"}/draft-lint-switch-1440.png` });
  expect(await seriousFindings(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await rules.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS ?? "test-results"}/draft-lint-switch-390.png` });
});

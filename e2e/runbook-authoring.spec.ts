// Writing a runbook in the browser (issue 4 part 7): a lead writes three phases with mixed steps,
// saves (a SQL syntax error is refused inline with its line and column, and nothing typed is
// lost), publishes version 1, reads it, edits a new draft, publishes version 2 and compares the
// two. A DBA can edit a draft but not publish it.
import { expect, signIn, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

const SCREENS = "test-results/screens";

const SQL_V1 = "ALTER TABLE client_products ADD COLUMN note text;\nUPDATE client_products SET note = '' WHERE note IS NULL;";
// the second line breaks off after WHERE: the parser stops at line 2, column 43
const SQL_BROKEN = "ALTER TABLE client_products ADD COLUMN note text;\nUPDATE client_products SET note = '' WHERE;";
const SQL_V2 = "ALTER TABLE client_products ADD COLUMN note text;\nUPDATE client_products SET note = 'n/a' WHERE note IS NULL;";
const CHECK_SQL = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND now() - xact_start > interval '5 minutes';";

const phaseItem = (page: Page, n: number) => page.getByRole("listitem", { name: new RegExp(`^Phase ${n}:`) });
const stepItem = (phase: Locator, n: number) => phase.getByRole("listitem", { name: new RegExp(`^Step ${n}:`) });

/** "+ Add step" of the given kind in a phase; returns the new step's item */
async function addStep(phase: Locator, phaseNumber: number, kind: string, stepNumber: number): Promise<Locator> {
  await phase.getByLabel(`Kind of the new step in phase ${phaseNumber}`).selectOption({ label: kind });
  await phase.getByRole("button", { name: "+ Add step" }).click();
  const step = stepItem(phase, stepNumber);
  await expect(step).toBeVisible();
  return step;
}

async function createRunbook(page: Page, title: string) {
  await page.getByRole("link", { name: "New runbook" }).click();
  await expect(page.getByRole("heading", { name: "New runbook" })).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /^High/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  await expect(page.getByRole("heading", { name: `Editing “${title}”` })).toBeVisible();
}

const saveStatus = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Saved at|Unsaved changes|No changes yet/ });

test("a lead writes a three-phase runbook, publishes it, reads it, publishes a second version and compares them", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Customer notes ${Date.now().toString(36)}`;
  await signIn(page, "lead", "/runbooks");
  await createRunbook(page, title);
  await expect(saveStatus(page)).toHaveText("No changes yet");
  await page.getByLabel("Summary", { exact: true }).fill("Adds a free-text note to every client product.");

  // Phase 1: a manual step and a query check, a checklist item and a criterion proved by the check
  await page.getByRole("button", { name: "+ Add phase" }).click();
  const phase1 = phaseItem(page, 1);
  await expect(phase1.getByLabel("Phase title")).toBeFocused();
  await phase1.getByLabel("Phase title").fill("Pre-flight checks");
  await phase1.getByLabel("Estimate (minutes)").fill("5");
  const announce = await addStep(phase1, 1, "Manual", 1);
  await announce.getByLabel("Step title").fill("Announce the maintenance window");
  await announce.getByLabel("Instruction (Markdown)").fill("Post in #deployments that client products are being changed.");
  const check = await addStep(phase1, 1, "Query check", 2);
  await check.getByLabel("Step title").fill("No long-running transactions");
  await check.getByLabel("Query").fill(CHECK_SQL);
  await check.getByLabel("Passes when").selectOption({ label: "Single value equals" });
  await check.getByLabel("Value").fill("0");
  await phase1.getByRole("button", { name: "+ Add checklist item" }).click();
  await phase1.getByLabel("Checklist item 1", { exact: true }).fill("Backup of client_products verified");
  await phase1.getByRole("button", { name: "+ Add criterion" }).click();
  await phase1.getByLabel("Criterion 1", { exact: true }).fill("No transaction older than five minutes");
  await phase1.getByLabel("Met by", { exact: true }).selectOption({ label: "Proved by step 2: No long-running transactions" });
  await expect(saveStatus(page)).toHaveText(/Unsaved changes/);

  // Phase 2: the schema change, first typed with a syntax error on its second line
  await page.getByRole("button", { name: "+ Add phase" }).click();
  const phase2 = phaseItem(page, 2);
  await phase2.getByLabel("Phase title").fill("Add the note column");
  await phase2.getByLabel("Estimate (minutes)").fill("10");
  const migrate = await addStep(phase2, 2, "SQL", 1);
  await migrate.getByLabel("Step title").fill("Add and fill client_products.note");
  await migrate.getByLabel("SQL script").fill(SQL_BROKEN);

  // Phase 3: an HTTP check and a command
  await page.getByRole("button", { name: "+ Add phase" }).click();
  const phase3 = phaseItem(page, 3);
  await phase3.getByLabel("Phase title").fill("Smoke test");
  const health = await addStep(phase3, 3, "HTTP check", 1);
  await health.getByLabel("Step title").fill("API health");
  await health.getByLabel("URL").fill("https://api.example.com/health");
  await health.getByLabel("Body contains (optional)").fill("ok");
  const restart = await addStep(phase3, 3, "Command", 2);
  await restart.getByLabel("Step title").fill("Restart the API");
  await restart.getByLabel("Program and arguments").fill("systemctl\nrestart\napi.service");

  // the server parses the SQL: refused inline with its line and column, and nothing typed is lost
  await page.getByRole("button", { name: "Save draft" }).click();
  const summary = page.getByRole("main").getByRole("alert").filter({ hasText: "Nothing was saved" });
  await expect(summary).toContainText("Phase 2 › Step 1 › SQL");
  await expect(summary).toContainText("does not parse");
  await expect(summary).toContainText("line 2, column 43");
  const sqlField = migrate.getByLabel("SQL script");
  await expect(sqlField).toHaveAttribute("aria-invalid", "true");
  await expect(sqlField).toHaveAccessibleDescription(/line 2, column 43: syntax error/);
  await expect(sqlField).toHaveValue(SQL_BROKEN);
  await expect(saveStatus(page)).toHaveText(/Unsaved changes/);
  await expect(phase1.getByLabel("Phase title")).toHaveValue("Pre-flight checks");
  await expect(check.getByLabel("Query")).toHaveValue(CHECK_SQL);
  await expect(phase1.getByLabel("Criterion 1", { exact: true })).toHaveValue("No transaction older than five minutes");
  await expect(health.getByLabel("URL")).toHaveValue("https://api.example.com/health");
  await expect(restart.getByLabel("Program and arguments")).toHaveValue("systemctl\nrestart\napi.service");
  await sqlField.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/authoring-sql-syntax-error.png` });

  // fixed, it saves
  await sqlField.fill(SQL_V1);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(saveStatus(page)).toHaveText(/✓ Saved at/);
  await expect(summary).toHaveCount(0);
  await expect(sqlField).not.toHaveAttribute("aria-invalid", "true");
  // the viewport: a full-page capture would paint the sticky save bar halfway down
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/authoring-draft-saved.png` });

  // a reload shows what was saved
  await page.reload();
  await expect(page.getByRole("button", { name: /Phase 1\s*Pre-flight checks\s*· 2 steps/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Phase 2\s*Add the note column\s*· 1 step/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Phase 3\s*Smoke test\s*· 2 steps/ })).toBeVisible();

  // review and publish version 1
  await page.getByRole("link", { name: "Review and publish →" }).click();
  await expect(page.getByRole("heading", { name: "Review and publish" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contents of the first version" })).toBeVisible();
  await page.getByRole("button", { name: "Publish as version 1…" }).click();
  await expect(page.getByText("Publish as version 1?")).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/authoring-publish-confirm.png`, fullPage: true });
  await page.getByRole("button", { name: "Yes, publish version 1" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/versions\/1$/);

  // the read-only version: phases, steps and SQL shown, nothing to type into
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(main.getByText("Version 1", { exact: true })).toBeVisible();
  await expect(main.getByRole("region", { name: /Phase 1\s*Pre-flight checks/ })).toBeVisible();
  await expect(main.getByRole("region", { name: /Phase 2\s*Add the note column/ })).toBeVisible();
  await expect(main.getByRole("region", { name: /Phase 3\s*Smoke test/ })).toBeVisible();
  await expect(main.getByLabel("Phase 2, step 1 SQL")).toContainText("ALTER TABLE client_products ADD COLUMN note text;");
  await expect(main.getByLabel("Phase 1, step 2 SQL")).toContainText("pg_stat_activity");
  await expect(main.getByText("expects scalar = 0")).toBeVisible();
  await expect(main.getByText("Backup of client_products verified")).toBeVisible();
  await expect(main.getByText("No transaction older than five minutes")).toBeVisible();
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("spinbutton")).toHaveCount(0);
  // the one choice on a read-only version: which environment's server its SQL is linted for
  await expect(main.getByRole("combobox")).toHaveCount(1);
  await expect(main.getByRole("combobox", { name: "Lint for the server of" })).toBeVisible();
  await expect(main.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/authoring-version-1.png`, fullPage: true });

  // a new draft from version 1: rename phase 2 and change its SQL
  await main.getByRole("button", { name: "Start a new draft" }).click();
  await page.waitForURL(/\/draft$/);
  await expect(page.getByText("A draft based on version 1.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: /Phase 2\s*Add the note column/ }).click();
  const phase2again = phaseItem(page, 2);
  await phase2again.getByLabel("Phase title").fill("Add the customer note column");
  const migrateAgain = stepItem(phase2again, 1);
  await expect(migrateAgain.getByLabel("SQL script")).toHaveValue(SQL_V1);
  await migrateAgain.getByLabel("SQL script").fill(SQL_V2);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(saveStatus(page)).toHaveText(/✓ Saved at/);

  await page.getByRole("link", { name: "Review and publish →" }).click();
  await expect(page.getByRole("heading", { name: "Changes against version 1" })).toBeVisible();
  await page.getByRole("button", { name: "Publish as version 2…" }).click();
  await page.getByRole("button", { name: "Yes, publish version 2" }).click();
  await page.waitForURL(/\/versions\/2$/);
  await expect(main.getByRole("region", { name: /Phase 2\s*Add the customer note column/ })).toBeVisible();
  await expect(main.getByLabel("Phase 2, step 1 SQL")).toContainText("SET note = 'n/a'");

  // compare: the renamed phase, and the SQL line removed and added
  await main.getByRole("link", { name: "Compare versions" }).click();
  await page.waitForURL(/\/diff\?from=1&to=2$/);
  await expect(main.getByRole("heading", { name: "Compare versions" })).toBeVisible();
  await expect(main.getByRole("heading", { name: /Version 1\s*→?\s*to\s*version 2/ })).toBeVisible();
  await expect(main.getByText("1 phase changed")).toBeVisible();
  const changedPhase = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Add the customer note column" }) });
  await expect(changedPhase).toHaveCount(1);
  await expect(changedPhase).toContainText("Changed");
  await expect(changedPhase.getByRole("deletion").first()).toContainText("Add the note column");
  await expect(changedPhase.getByRole("insertion").first()).toContainText("Add the customer note column");
  const sqlDiff = changedPhase.getByLabel(/^Phase 2, step 1 .*SQL.*changes$/);
  await expect(sqlDiff).toContainText("removed: UPDATE client_products SET note = '' WHERE note IS NULL;");
  await expect(sqlDiff).toContainText("added: UPDATE client_products SET note = 'n/a' WHERE note IS NULL;");
  await expect(sqlDiff).not.toContainText("removed: ALTER TABLE");
  await expect(sqlDiff).not.toContainText("added: ALTER TABLE");
  await expect(main.getByText(/Unchanged:.*Pre-flight checks.*Smoke test/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/authoring-diff-v1-v2.png`, fullPage: true });
});

test("a DBA can write and save a draft but cannot publish it, and is told who can", async ({ page }) => {
  const title = `DBA draft ${Date.now().toString(36)}`;
  await signIn(page, "dba", "/runbooks");
  await createRunbook(page, title);
  await page.getByRole("button", { name: "+ Add phase" }).click();
  const phase = phaseItem(page, 1);
  await phase.getByLabel("Phase title").fill("Vacuum");
  const step = await addStep(phase, 1, "SQL", 1);
  await step.getByLabel("Step title").fill("Vacuum client_products");
  await step.getByLabel("SQL script").fill("VACUUM ANALYZE client_products;");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(saveStatus(page)).toHaveText(/✓ Saved at/);

  await page.getByRole("link", { name: "Review and publish →" }).click();
  const publish = page.getByRole("region", { name: "Publish" });
  await expect(publish).toContainText("Only a deployment lead can publish.");
  await expect(page.getByRole("button", { name: /^Publish as version/ })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/authoring-dba-review.png`, fullPage: true });
});

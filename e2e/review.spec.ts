// Review for managers (issue 12): a manager narrows the history with filters kept in the URL,
// reads a deployment's report, downloads it as Markdown, prints it to PDF, and checks that an
// analytics figure counts exactly the deployments the history lists behind it. The filter form is
// worked by keyboard (issue 18).
import { Hands, test, expect } from "./fixtures";
import { pdfPageTexts } from "./pdf-text";

test.describe.configure({ timeout: 180_000 });

const ROLLED_BACK = "rename-fixed-cost-production-2026-10-21";
const SUCCEEDED = "rename-fixed-cost-staging-2026-10-14";
const squash = (s: string) => s.replace(/\s+/g, "");

test("the history filters live in the URL; a bad value is ignored with a note", async ({ asManager: page }) => {
  await page.goto("/deployments?status=ROLLED_BACK&environment=production&from=2026-10-01&to=2026-10-31");
  await expect(page.getByTestId("history-count")).toContainText(/deployments? match/);
  const rows = page.locator("tbody tr");
  await expect(rows.filter({ hasText: ROLLED_BACK })).toHaveCount(1);
  for (const status of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(status).toContain("Rolled back");
  await expect(page.getByLabel("Environment")).toHaveValue("production");
  await expect(page.getByRole("checkbox", { name: "Rolled back" })).toBeChecked();

  // the form writes the URL: another view, shareable as a link
  const keys = new Hands(page, "keyboard");
  await keys.select(page.getByLabel("Environment"), "staging", "Environment");
  await keys.press(page.getByRole("checkbox", { name: "Rolled back" }), "Rolled back");
  await expect(page.getByRole("checkbox", { name: "Rolled back" })).not.toBeChecked();
  await keys.press(page.getByRole("checkbox", { name: "Succeeded" }), "Succeeded");
  await expect(page.getByRole("checkbox", { name: "Succeeded" })).toBeChecked();
  await keys.select(page.getByLabel("Sort by"), "duration", "Sort by");
  await keys.press(page.getByRole("button", { name: "Apply filters" }), "Apply filters");
  await expect(page).toHaveURL(/environment=staging/);
  await expect(page).toHaveURL(/status=SUCCEEDED/);
  await expect(page).toHaveURL(/sort=duration/);
  await expect(rows.filter({ hasText: SUCCEEDED })).toHaveCount(1);

  const response = await page.goto("/deployments?status=EXPLODED&from=yesterday");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText('Ignored status "EXPLODED"');
  await expect(page.getByRole("status")).toContainText('Ignored start date "yesterday"');
});

test("the report tells what happened; Markdown and PDF carry it", async ({ asManager: page }) => {
  await page.goto(`/deployments?q=${ROLLED_BACK}`);
  await page.getByRole("link", { name: ROLLED_BACK }).click();
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Deployment report: ${ROLLED_BACK}`);
  await expect(page.getByText("Why it ended this way")).toBeVisible();
  const jump = page.getByRole("navigation", { name: "Jump to" });
  await expect(jump.getByRole("link", { name: "Phase 3: Post-Migration Validation" })).toBeVisible();
  await expect(page.locator("#rollback-run-2")).toContainText("Database Rollback");
  await expect(page.locator("#phase-run-5")).toContainText("Not reached");
  await expect(page.getByRole("heading", { name: "Sign-off sheet" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Audit events of this deployment" }).locator("tbody tr").first()).toBeVisible();
  const reportUrl = page.url();

  // Markdown: an attachment, a document on its own
  const md = await page.request.get(`${reportUrl}.md`);
  expect(md.status()).toBe(200);
  expect(md.headers()["content-disposition"]).toBe(`attachment; filename="${ROLLED_BACK}-report.md"`);
  const text = await md.text();
  expect(text).toMatch(new RegExp(`^# Deployment report: ${ROLLED_BACK}\n`));
  expect(text).toContain("## Phase 3: Post-Migration Validation");
  expect(text).toContain("## Sign-off sheet");
  // the audit extract: each event with its chain position (seed events are stamped when seeded)
  expect(text).toMatch(/\n\| \d+ \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \| [^|]+ \| deployment\.status_changed \| [^|]*to: ROLLING_BACK/);

  // print: no navigation, each phase on its own page, the sign-off sheet at the end
  await page.emulateMedia({ media: "print" });
  const pages = await pdfPageTexts(await page.pdf({ format: "A4" }));
  const all = squash(pages.join(" "));
  for (const title of [
    "Pre-Migration Validation",
    "Database Migration",
    "Post-Migration Validation",
    "Database Rollback",
    "Communicate Rollback",
    "Sign-off sheet",
    "Deployment Lead",
    "Database Admin",
  ]) {
    expect(all).toContain(squash(title));
  }
  expect(all).not.toContain("Signout");
  expect(all).not.toContain(squash("Jump to"));
  const phase1 = pages.findIndex((p) => squash(p).includes(squash("Phase 1 Pre-Migration Validation ✓ Done")));
  const phase2 = pages.findIndex((p, i) => i > phase1 && squash(p).includes(squash("Phase 2 Database Migration")));
  expect(phase1).toBeGreaterThan(0);
  expect(phase2).toBeGreaterThan(phase1);

  // a succeeded deployment's rollback phases were not needed, not "pending"
  await page.emulateMedia({ media: "screen" });
  await page.goto(`/deployments?q=${SUCCEEDED}`);
  await page.getByRole("link", { name: SUCCEEDED }).click();
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.locator("#rollback-run-1")).toContainText("Not needed");
  await expect(page.locator("#rollback-run-1")).not.toContainText("Pending");
});

test("analytics counts match the deployments behind them", async ({ asManager: page }) => {
  await page.getByRole("link", { name: "Analytics" }).click();
  await page.getByRole("link", { name: "All time" }).click();
  await expect(page).toHaveURL(/period=all/);
  const cfr = page.getByTestId("stat-cfr");
  await expect(cfr).toContainText(/\d+\.\d%/);
  const [count, of] = await cfr.getByRole("link").allInnerTexts();
  // the e2e server seeds the two past deployments its specs open (scripts/start.ts): one rolled back on production
  expect(Number(of)).toBeGreaterThan(0);
  expect(Number(count)).toBeGreaterThan(0);
  await cfr.getByRole("link").first().click();
  // failed, rolled back, or succeeded with a failed follow-up: the deployments the rate counts
  await expect(page).toHaveURL(/outcome=change-failed/);
  await expect(page.getByTestId("history-count")).toContainText(new RegExp(`^${count} deployments? match`));

  await page.goBack();
  const succeeded = page.getByTestId("outcome-SUCCEEDED").getByRole("link");
  const [n, total] = (await succeeded.innerText()).split(" of ").map(Number);
  expect(n).toBeGreaterThan(0);
  expect(total).toBeGreaterThan(n!);
  await succeeded.click();
  await expect(page.getByTestId("history-count")).toContainText(new RegExp(`^${n} deployments? match`));
});

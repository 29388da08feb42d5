// Issue 18 item 2: axe on every page, signed in as each role, failing on any serious or critical
// finding; and one journey done with the keyboard alone (sign in, write a runbook, plan and start
// a deployment), whose pages are scanned too (the draft editor, the cockpit).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO, expect, tabTo, test } from "./fixtures";
import { ROLES_SCANNED, allPages, demoPageIds, signedInContext } from "./every-page";

test.describe.configure({ timeout: 300_000 });
// a viewer far from UTC: every time the app shows must still be UTC, and say so
test.use({ timezoneId: "America/Los_Angeles" });

async function seriousFindings(page: Page): Promise<string[]> {
  // violations only: axe skips collecting what passed, which is most of its time on long pages
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${new URL(page.url()).pathname} ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

// each role's pages in parts, so one test stays well inside its time limit on a busy machine
// (a whole role's scan took 5 min at load 14); every page is scanned once per role
const PARTS = 3;
for (const role of ROLES_SCANNED) {
  for (let part = 0; part < PARTS; part += 1) {
    test(`axe finds nothing serious on any page, signed in as ${role} (part ${part + 1} of ${PARTS})`, async ({ browser }) => {
      const context = await signedInContext(browser, role);
      const page = await context.newPage();
      for (const path of allPages(await demoPageIds(browser)).filter((_, i) => i % PARTS === part)) {
        const response = await page.goto(path);
        // a page the role may not open is the server's refusal, itself a page to read
        expect(response?.status(), `${role} opens ${path}`).toBeLessThan(400);
        await expect(page.getByRole("heading", { level: 1 }).first(), `${path} has rendered`).toBeVisible();
        // soft: one run lists every page's findings
        expect.soft(await seriousFindings(page), `${role} on ${path}`).toEqual([]);
      }
      await context.close();
    });
  }
}

test("axe finds nothing serious on the sign-in page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  expect(await seriousFindings(page)).toEqual([]);
  await context.close();
});

test("by keyboard alone: sign in, write a draft, plan and start a deployment", async ({ page }) => {
  const lead = DEMO.lead;
  await page.goto("/sign-in?callbackUrl=%2Frunbooks");
  await tabTo(page, page.getByLabel("Email"), "Email");
  await page.keyboard.type(lead.email);
  await tabTo(page, page.getByLabel("Password"), "Password");
  await page.keyboard.type(lead.password);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/runbooks$/, { timeout: 30_000 });

  // a new runbook's draft: the editor is scanned too
  await tabTo(page, page.getByRole("link", { name: "New runbook", exact: true }), "New runbook");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "New runbook" })).toBeVisible();
  await tabTo(page, page.getByLabel(/^Title/), "Title");
  await page.keyboard.type("Keyboard-only runbook");
  await tabTo(page, page.getByRole("button", { name: "Create and open the editor" }), "Create and open the editor");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Editing “Keyboard-only runbook”" })).toBeVisible({ timeout: 30_000 });
  const findings = await seriousFindings(page);
  // Ctrl+S saves; the time it reports follows the app's one rule (UTC, labelled), not the browser's zone
  await tabTo(page, page.getByLabel(/^Summary/).first(), "Summary");
  await page.keyboard.type("Written without a mouse.");
  await page.keyboard.press("Control+s");
  const saved = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Saved at/ });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const utcNow = new Date().toISOString().slice(11, 13);
  await expect(saved).toHaveText(new RegExp(`Saved at ${utcNow}:\\d\\d:\\d\\d UTC`));

  // plan a deployment of the published seed runbook from its page
  await page.goto("/runbooks");
  await tabTo(page, page.getByRole("link", { name: /^Migration 001 - Fixed Cost/ }).first(), "the seed runbook");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/versions\/\d+$/);
  await tabTo(page, page.getByRole("link", { name: "Plan deployment", exact: true }), "Plan deployment");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Plan a deployment" })).toBeVisible();
  await expect(page.getByText("in your time zone, America/Los_Angeles").first()).toBeVisible();
  await tabTo(page, page.getByLabel("Environment"), "Environment");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Environment")).not.toHaveValue("");
  await tabTo(page, page.getByLabel("Deployment name"), "Deployment name");
  await page.keyboard.press("End");
  await page.keyboard.type("-keyboard");
  await tabTo(page, page.getByRole("button", { name: "Plan deployment", exact: true }), "Plan deployment");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Pre-flight check" })).toBeVisible({ timeout: 30_000 });
  findings.push(...(await seriousFindings(page)));

  await tabTo(page, page.getByRole("button", { name: "Start deployment", exact: true }), "Start deployment");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^Start phase 1$|^Pause/ }).first()).toBeVisible({ timeout: 30_000 });
  findings.push(...(await seriousFindings(page)));
  expect(findings).toEqual([]);
});

// The cockpit on a phone and by keyboard (issue 18 items 1, 2 and 4): the seed 003 journey's key
// part — start, tick (a whole group in one action), run steps, the DBA's sign-off — at 390×844,
// with the steps stacked as cards, every action on screen and no sideways scrolling; and one
// cockpit flow done with Tab, Enter and Space only.
// Neither deployment changes the demo target: phase 1 only reads (baselines, checks) and the
// migration's SQL is waived, so deployment-demo.spec.ts still finds the seeded table after these.
import { test, expect, type Browser, type Locator, type Page } from "@playwright/test";
import { chooseRunbook, expectNoSidewaysScroll, signIn, tabTo, type TDemoRole } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const PHONE = { width: 390, height: 844 };

async function newSession(browser: Browser, role: TDemoRole, path: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: PHONE } : { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, role, path);
  return page;
}

async function plan(lead: Page, label: string): Promise<{ url: string; name: string }> {
  await lead.goto("/deployments/new");
  await chooseRunbook(lead);
  await lead.getByLabel("Environment").selectOption({ label: "staging" });
  const name = `${await lead.getByLabel("Deployment name").inputValue()}-${label}`;
  await lead.getByLabel("Deployment name").fill(name);
  await lead.getByRole("button", { name: "Plan deployment" }).click();
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(lead.getByText("Target database answers")).toBeVisible();
  return { url: new URL(lead.url()).pathname, name };
}

const currentPhase = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Steps", level: 3 }) });

/** A button is reachable when its whole box lies within the screen's width. */
async function expectOnScreen(button: Locator, what: string) {
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  expect(box!.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends on screen (${PHONE.width}px)`).toBeLessThanOrEqual(PHONE.width);
}

async function outcome(step: Locator): Promise<string> {
  const badge = step.getByText(/^(Succeeded|Failed)$/).first();
  await expect(badge).toBeVisible({ timeout: 60_000 });
  return (await badge.innerText()).trim();
}

/** Every step of the current phase: run the checks, record the manual ones, waive what would change the target. */
async function workSteps(lead: Page, waive: readonly string[] = []) {
  const steps = currentPhase(lead)
    .getByRole("listitem")
    .filter({ has: lead.getByRole("heading", { level: 4 }) });
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    const kind = await step.getAttribute("data-kind");
    if (waive.includes(kind ?? "")) {
      await step.getByRole("button", { name: /^Waive / }).click();
      await step.getByLabel("Why is this step waived?").fill("Not on this rehearsal of the window: checked by hand.");
      await step.getByRole("button", { name: "Waive step" }).click();
      await expect(step.getByText(/^Waived by /)).toBeVisible();
    } else if (kind === "MANUAL") {
      await step.getByRole("button", { name: /^Record / }).click();
      await step.getByLabel("Note (what you did or saw)").fill("Done.");
      await step.getByRole("button", { name: "Mark done" }).click();
      await expect(step.getByText("Succeeded", { exact: true })).toBeVisible();
    } else {
      const run = step.getByRole("button", { name: /^Run "/ });
      await expectOnScreen(run, `Run of step ${i + 1}`);
      await run.click();
      expect(await outcome(step), `step ${i + 1}`).toBe("Succeeded");
    }
  }
}

async function recordCriteria(lead: Page) {
  const phase = currentPhase(lead);
  const buttons = phase.getByRole("button", { name: /^Record criterion / });
  while (await buttons.count()) {
    await buttons.first().click();
    await phase.getByLabel("Evidence", { exact: true }).fill("Checked during the window.");
    await phase.getByRole("button", { name: "Met", exact: true }).click();
    await expect(phase.getByLabel("Evidence", { exact: true })).toHaveCount(0);
  }
}

test("on a phone: start, tick a group in one action, run steps, and the DBA signs off", async ({ browser }) => {
  const lead = await newSession(browser, "lead", "/deployments", true);
  const { url, name } = await plan(lead, "phone");
  const dba = await newSession(browser, "dba", url, true);
  const start = lead.getByRole("button", { name: "Start deployment" });
  await expectOnScreen(start, "Start deployment");
  await start.click();

  const phase = currentPhase(lead);
  await expect(phase.getByRole("heading", { name: "Pre-Migration Validation", level: 2 })).toBeVisible();
  await expectNoSidewaysScroll(lead, "phase 1");
  // 16 unticked items read as one line, the list folded
  const blockers = phase.getByText("Before this phase can complete:").locator("..");
  await expect(blockers.getByText("16 checklist items unticked")).toBeVisible();
  await expect(blockers.getByText('Tick "Team Coordination: Notify all stakeholders of maintenance window".')).toBeHidden();

  // one group in one action, then the rest in one more
  const checklist = phase.getByRole("group", { name: "Checklist" });
  const access = checklist.getByRole("group", { name: /^Access Verification/ });
  await expectOnScreen(access.getByRole("button", { name: "Tick 4 unticked in Access Verification" }), "Tick group");
  await access.getByRole("button", { name: "Tick 4 unticked in Access Verification" }).click();
  for (const box of await access.getByRole("checkbox").all()) await expect(box).toBeChecked();
  await expect(blockers.getByText("12 checklist items unticked")).toBeVisible();
  await checklist.getByRole("button", { name: "Tick all 12 unticked" }).click();
  await expect(checklist.getByText("16 of 16 ticked")).toBeVisible();

  await workSteps(lead);
  await recordCriteria(lead);
  await expectNoSidewaysScroll(lead, "phase 1 with its results");
  const complete = lead.getByRole("button", { name: /^Complete phase/ });
  await expectOnScreen(complete, "Complete phase");
  await complete.click();

  // phase 2, the point of no return: its SQL is waived here, the DBA still signs it off
  const next = lead.getByRole("region", { name: /^Phase 2:/ });
  await next.getByLabel("Deployment name").fill(name);
  await next.getByRole("button", { name: "Start phase 2" }).click();
  await expect(phase.getByRole("heading", { name: "Database Migration", level: 2 })).toBeVisible();
  await workSteps(lead, ["SQL", "QUERY_CHECK"]);
  await recordCriteria(lead);
  await lead.getByRole("button", { name: "Complete phase and request sign-off" }).click();

  const review = currentPhase(dba);
  const approve = review.getByRole("button", { name: "Approve as DBA" });
  await expect(approve).toBeVisible({ timeout: 10_000 });
  await expectNoSidewaysScroll(dba, "the DBA's sign-off");
  await expectOnScreen(approve, "Approve as DBA");
  await approve.click();
  await expect(lead.getByRole("region", { name: /^Phase 3:/ })).toBeVisible({ timeout: 10_000 });

  // leave the demo target's story to deployment-demo.spec.ts
  await lead.getByRole("button", { name: "Abort…" }).click();
  await lead.getByLabel("Why abort? (goes in the record)").fill("Phone rehearsal over.");
  await lead.getByRole("button", { name: "Abort", exact: true }).click();
  await expect(lead.getByText("Aborted", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  await lead.context().close();
  await dba.context().close();
});

test("by keyboard alone: start, tick, tick a group, record a manual step, run a check, abort", async ({ browser }) => {
  const lead = await newSession(browser, "lead", "/deployments", false);
  await plan(lead, "keys");
  const k = lead.keyboard;

  await tabTo(lead, lead.getByRole("button", { name: "Start deployment" }), "Start deployment");
  await k.press("Enter");
  const phase = currentPhase(lead);
  await expect(phase.getByRole("heading", { name: "Pre-Migration Validation", level: 2 })).toBeVisible();

  const checklist = phase.getByRole("group", { name: "Checklist" });
  const first = checklist.getByRole("checkbox", { name: "Notify all stakeholders of maintenance window" });
  await tabTo(lead, first, "the first checklist item");
  await k.press("Space");
  await expect(first).toBeChecked();
  const group = checklist.getByRole("button", { name: "Tick 4 unticked in Environment Verification" });
  await tabTo(lead, group, "Tick a group");
  await k.press("Enter");
  await expect(checklist.getByText("5 of 16 ticked")).toBeVisible();

  const manual = phase.getByRole("listitem").filter({ has: lead.getByRole("heading", { name: "Connect to production database", level: 4 }) });
  await tabTo(lead, manual.getByRole("button", { name: /^Record / }), "Record the manual step");
  await k.press("Enter");
  await tabTo(lead, manual.getByLabel("Note (what you did or saw)"), "the note");
  await k.type("Connected as the deploy role.");
  await tabTo(lead, manual.getByRole("button", { name: "Mark done" }), "Mark done", 3);
  await k.press("Enter");
  await expect(manual.getByText("Succeeded", { exact: true })).toBeVisible();

  const capture = phase.getByRole("listitem").filter({ has: lead.getByRole("heading", { name: /baseline capture: product revenue/, level: 4 }) });
  await tabTo(lead, capture.getByRole("button", { name: /^Run "/ }), "Run the baseline capture");
  await k.press("Enter");
  expect(await outcome(capture)).toBe("Succeeded");

  await tabTo(lead, lead.getByRole("button", { name: "Abort…" }), "Abort");
  await k.press("Enter");
  await tabTo(lead, lead.getByLabel("Why abort? (goes in the record)"), "the abort reason");
  await k.type("Keyboard rehearsal over.");
  await tabTo(lead, lead.getByRole("button", { name: "Abort", exact: true }), "Abort", 3);
  await k.press("Enter");
  await expect(lead.getByText("Aborted", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  await lead.context().close();
});

// Live work pushed, not polled (issue 17 item 1): an open cockpit that nothing changes asks the
// server for nothing, and a change made in another browser reaches it over /api/live at once.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { chooseRunbook, signIn, type TDemoRole } from "./fixtures";

async function newSession(browser: Browser, role: TDemoRole, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, path);
  return page;
}

test("an idle cockpit costs no request; the lead's Start reaches a manager's open cockpit by push", async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = await newSession(browser, "lead", "/deployments/new");
  await lead.goto("/deployments/new");
  await chooseRunbook(lead);
  // other specs add environments (one unreachable on purpose): the demo's staging answers
  await lead.getByLabel("Environment").selectOption({ label: "staging" });
  const name = `${await lead.getByLabel("Deployment name").inputValue()}-live`;
  await lead.getByLabel("Deployment name").fill(name);
  await lead.getByRole("button", { name: "Plan deployment" }).click();
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const path = new URL(lead.url()).pathname;

  const manager = await newSession(browser, "manager", path);
  // once its stream is up the page catches up once (whatever changed since it was rendered)
  const caughtUp = manager.waitForResponse((r) => r.url().includes("/cockpit") && r.ok(), { timeout: 30_000 });
  await manager.goto(path);
  await caughtUp;
  await expect(manager.getByText("Planned", { exact: true }).first()).toBeVisible();

  const cockpitReads: string[] = [];
  manager.on("request", (r) => {
    if (r.url().includes("/cockpit")) cockpitReads.push(r.url());
  });
  await manager.waitForTimeout(4_000);
  expect(cockpitReads, "an idle cockpit polled the server although its stream is open").toEqual([]);

  await lead.getByRole("button", { name: /^Start deployment/ }).click();
  await expect(lead.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  // pushed: the manager's page reads the cockpit because it moved, well before any poll would
  await expect(manager.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 5_000 });
  expect(cockpitReads.length).toBeGreaterThan(0);
  await lead.context().close();
  await manager.context().close();
});

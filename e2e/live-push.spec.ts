// Live work pushed, not polled (issue 17 item 1): an open cockpit that nothing changes asks the
// server for nothing, and a change made in another browser reaches it over /api/live at once —
// the cockpit itself carried in the event, so the viewer's tab does not read it again.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { chooseRunbook, signIn, type TDemoRole } from "./fixtures";

async function newSession(browser: Browser, role: TDemoRole, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, path);
  return page;
}

/**
 * The lead plans a deployment of the demo runbook on staging; a manager opens its cockpit and waits
 * until it has settled: the page polls until its stream is up, then catches up once (so at least
 * one read), and settles when 1.5 s pass without a read — a page that kept polling never would.
 * `cockpitReads`: when each of the manager's cockpit reads went out (ms).
 */
async function plannedAndWatched(browser: Browser, suffix: string) {
  const lead = await newSession(browser, "lead", "/deployments/new");
  await lead.goto("/deployments/new");
  await chooseRunbook(lead);
  // other specs add environments (one unreachable on purpose): the demo's staging answers
  await lead.getByLabel("Environment").selectOption({ label: "staging" });
  const name = `${await lead.getByLabel("Deployment name").inputValue()}-${suffix}`;
  await lead.getByLabel("Deployment name").fill(name);
  await lead.getByRole("button", { name: "Plan deployment" }).click();
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const path = new URL(lead.url()).pathname;

  const manager = await newSession(browser, "manager", path);
  const cockpitReads: number[] = [];
  manager.on("request", (r) => {
    if (r.url().includes("/cockpit")) cockpitReads.push(Date.now());
  });
  await manager.goto(path);
  await expect(manager.getByText("Planned", { exact: true }).first()).toBeVisible();
  const isSettled = () => cockpitReads.length > 0 && Date.now() - cockpitReads[cockpitReads.length - 1]! > 1_500;
  await expect.poll(isSettled, { timeout: 20_000, message: "the cockpit never caught up, or never stopped polling" }).toBe(true);
  return { lead, manager, cockpitReads };
}

test("an idle cockpit costs no request; the lead's Start reaches a manager's open cockpit in the pushed event", async ({ browser }) => {
  test.setTimeout(120_000);
  const { lead, manager, cockpitReads } = await plannedAndWatched(browser, "live");
  const settled = cockpitReads.length;
  await manager.waitForTimeout(4_000);
  expect(cockpitReads.length - settled, "an idle cockpit polled the server although its stream is open").toBe(0);

  // from here the manager's tab cannot read the cockpit at all: what it shows next came in the event
  const refused: string[] = [];
  await manager.route("**/api/deployments/*/cockpit", (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  await lead.getByRole("button", { name: /^Start deployment/ }).click();
  await expect(lead.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  await expect(manager.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 5_000 });
  expect(refused, "the manager's tab refetched the cockpit instead of taking the pushed one").toEqual([]);
  await lead.context().close();
  await manager.context().close();
});

test("a cockpit read still in flight when a newer cockpit is pushed does not land over it", async ({ browser }) => {
  test.setTimeout(120_000);
  const { lead, manager } = await plannedAndWatched(browser, "race");

  // the manager's next read is answered with the deployment as it is now (planned), but only later
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let isHeld = false;
  await manager.route("**/api/deployments/*/cockpit", async (route) => {
    const planned = await route.fetch();
    isHeld = true;
    await released;
    await route.fulfill({ response: planned }).catch(() => {});
  });
  // React Query reads again when the page becomes visible: poked until a read is in flight
  await expect
    .poll(
      async () => {
        await manager.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
        return isHeld;
      },
      { timeout: 15_000, message: "no cockpit read went out" },
    )
    .toBe(true);

  // the lead starts the deployment: the newer cockpit reaches the manager in the event
  await lead.getByRole("button", { name: /^Start deployment/ }).click();
  await expect(manager.getByText("In progress", { exact: true }).first()).toBeVisible({ timeout: 10_000 });
  // the older read is answered now: it must not take the manager back to "Planned"
  release();
  await manager.waitForTimeout(2_000);
  await expect(manager.getByText("In progress", { exact: true }).first()).toBeVisible();
  await expect(manager.getByText("Planned", { exact: true })).toHaveCount(0);
  await lead.context().close();
  await manager.context().close();
});

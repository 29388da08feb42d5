// Issue 18 item 1: every page at a phone's width (390 px) and at 200 % zoom of a 1440 px window
// (720 px) — no page-level horizontal scroll; the header folds into a menu that still reaches
// Sign out, Settings and the Waiting-for-you count, by keyboard too.
import type { Page } from "@playwright/test";
import { chooseRunbook, expect, test } from "./fixtures";
import { ROLES_SCANNED, demoPageIds, pagesFor, signedInContext } from "./every-page";

test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

/** The document's width beyond the window, and the widest elements that stick out (not inside a scroller of their own). */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width === 0) continue;
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== "visible" && p.getBoundingClientRect().right <= width + 1) {
          clipped = true;
          break;
        }
      }
      if (!clipped && culprits.length < 4) culprits.push(`<${el.tagName.toLowerCase()} class="${el.className}"> right=${Math.round(rect.right)}`);
    }
    return { excess: root.scrollWidth - width, culprits };
  });
}

// 720 px: a 1440 px window at 200 % zoom
for (const viewport of [PHONE, { width: 720, height: 900 }]) {
  test(`no page scrolls sideways at ${viewport.width} px, for any role`, async ({ browser }) => {
    const wide: string[] = [];
    for (const role of ROLES_SCANNED) {
      // 720 px has the phone's layout with more room: the pages with the widest tables are enough there
      if (viewport.width !== PHONE.width && role !== "lead" && role !== "manager") continue;
      const context = await signedInContext(browser, role, { viewport });
      const page = await context.newPage();
      const paths = pagesFor(role, await demoPageIds(browser));
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }).first(), `${path} has rendered`).toBeVisible();
        const { excess, culprits } = await overflow(page);
        if (excess > 0) wide.push(`${role} ${path}: ${excess}px too wide — ${culprits.join("; ")}`);
      }
      await context.close();
    }
    const page = await browser.newPage({ viewport });
    await page.goto("/sign-in");
    const { excess, culprits } = await overflow(page);
    if (excess > 0) wide.push(`/sign-in: ${excess}px too wide — ${culprits.join("; ")}`);
    await page.close();
    expect(wide).toEqual([]);
  });
}

test("on a phone the header is a menu that reaches Waiting for you, Settings and Sign out", async ({ browser }) => {
  const context = await signedInContext(browser, "dba", { viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/runbooks");
  const header = page.getByRole("banner");
  const menu = header.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // folded away: nothing of the menu is shown or focusable
  await expect(header.getByRole("button", { name: "Sign out" })).toBeHidden();

  // keyboard: focus the button, Enter opens, Escape closes and gives focus back
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(header.getByRole("link", { name: /^Waiting for you: \d+$/ })).toBeVisible();
  await expect(header.getByRole("link", { name: "Settings", exact: true })).toBeVisible();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // the count stays in sight while the menu is closed
  await expect(menu).toContainText(/\d/);

  // a link in the menu navigates and closes it
  await menu.click();
  await header.getByRole("link", { name: /^Waiting for you/ }).click();
  await page.waitForURL(/\/waiting$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(header.locator('nav[aria-label="Main"] a[href="/runbooks"]')).not.toHaveAttribute("aria-current", "page");

  await menu.click();
  await header.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await context.close();
});

test("on a wide screen the header shows everything without a menu", async ({ asLead: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/runbooks");
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(header.getByRole("link", { name: /^Waiting for you: \d+$/ })).toBeVisible();
});

test("a DBA approves a production point of no return from a phone", async ({ browser }) => {
  // the lead plans a production deployment of the seed runbook (phase 2 is a point of no return)
  const lead = await (await signedInContext(browser, "lead")).newPage();
  await lead.goto("/deployments/new");
  await chooseRunbook(lead);
  await lead.getByLabel("Environment").selectOption({ label: "production — production" });
  const name = `${await lead.getByLabel("Deployment name").inputValue()}-phone`;
  await lead.getByLabel("Deployment name").fill(name);
  await lead.getByRole("button", { name: "Plan deployment" }).click();
  await lead.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await lead.getByRole("button", { name: "Start deployment" }).click();
  // phase 1 skipped (with a reason): the production point of no return is next and asks for a DBA
  await expect(lead.getByRole("button", { name: "Pause" })).toBeVisible({ timeout: 30_000 });
  await lead.getByRole("button", { name: "Skip phase…" }).click();
  await lead.getByLabel("Why is this phase skipped?").fill("Baselines taken by hand before the window.");
  await lead.getByRole("button", { name: "Skip phase", exact: true }).click();
  await expect(lead.getByRole("button", { name: "Skip phase…" })).toBeHidden({ timeout: 30_000 });

  // the DBA, on a phone at night: the Menu button shows the count, Waiting for you lists the approval
  const dbaContext = await signedInContext(browser, "dba", { viewport: PHONE });
  const dba = await dbaContext.newPage();
  await dba.goto("/runbooks");
  const menu = dba.getByRole("banner").getByRole("button", { name: "Menu" });
  await expect(menu).not.toContainText(/^Menu\s*0/, { timeout: 10_000 });
  // other specs may have left work for this DBA: this approval takes one off the count
  const before = Number(/^Menu\s*(\d+)/.exec((await menu.textContent()) ?? "")?.[1]);
  await menu.click();
  await dba
    .getByRole("banner")
    .getByRole("link", { name: /^Waiting for you/ })
    .click();
  await dba
    .getByRole("listitem")
    .filter({ hasText: name })
    .getByRole("link", { name: /^Approve starting “Database Migration”/ })
    .click();
  await dba.waitForURL(/\/deployments\/[0-9a-f-]{36}$/);
  const approve = dba.getByRole("button", { name: "Approve starting it" });
  await approve.scrollIntoViewIfNeeded();
  await expect(approve).toBeInViewport();
  await approve.click();
  // recorded: one thing fewer waits for this DBA
  await expect(menu, "the approval was recorded").toContainText(new RegExp(`^Menu\\s*${before - 1}(?!\\d)`), { timeout: 15_000 });
  const { excess, culprits } = await overflow(dba);
  expect(excess, `the deployment's page fits the phone: ${culprits.join("; ")}`).toBeLessThanOrEqual(0);
  await dbaContext.close();
  await lead.context().close();
});

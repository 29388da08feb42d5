// Issue 18 item 6, the small faults outside the cockpit, each checked where a person meets it.
import { expect, test } from "./fixtures";
import { SUCCEEDED } from "./every-page";

test("the sign-in page's logo is drawn, not a character a font may lack", async ({ page }) => {
  await page.goto("/sign-in");
  const brand = page
    .locator("div")
    .filter({ has: page.locator("[data-logo-mark]") })
    .last();
  await expect(brand.locator("svg[data-logo-mark]")).toBeVisible();
  await expect(brand).toHaveText("Phaseline");
});

test("on the Waiting page the navigation marks Waiting for you, not Runbooks", async ({ asLead: page }) => {
  await page.goto("/waiting");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Runbooks" })).not.toHaveAttribute("aria-current", "page");
  await expect(header.getByRole("link", { name: /^Waiting for you/ })).toHaveAttribute("aria-current", "page");
});

test("a succeeded deployment's record says its rollback phases were not needed, never Pending", async ({ asManager: page }) => {
  await page.goto(`/deployments?q=${SUCCEEDED}`);
  await page.getByRole("link", { name: SUCCEEDED }).click();
  const rollback = page.getByRole("region", { name: "Rollback procedure" });
  await expect(rollback.getByText("Not needed").first()).toBeVisible();
  await expect(rollback.getByText("Pending", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Pending", { exact: true })).toHaveCount(0);
});

test("the runbook's estimate says which figure is its own and what its phases add up to", async ({ asManager: page }) => {
  await page.goto("/runbooks");
  await page.getByRole("link", { name: /^Migration 001 - Fixed Cost/ }).click();
  const overview = page.getByRole("region", { name: "Overview" });
  await expect(overview).not.toContainText("phases sum to");
  await expect(overview).toContainText(/the runbook's own figure|the same as its phases' estimates/);
  await expect(overview).toContainText(/its phases' estimates add up to|the same as its phases' estimates/);
});

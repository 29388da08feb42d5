// An administrator adds an environment whose target URL carries a password. The password is
// stored encrypted and never comes back to any browser: not in the HTML, not in the RSC payload.
// The administrator works the forms by keyboard (issue 18).
import { expect, Hands, signIn, TARGET_PASSWORD_MARKER, test } from "./fixtures";

const PASSWORD = `${TARGET_PASSWORD_MARKER}-${Date.now().toString(36)}`;
const NAME = `qa-${Date.now().toString(36)}`;

test("an environment's target password never reaches the browser; a failed connection test says why without it", async ({ page }) => {
  await signIn(page, "admin", "/admin/environments", "keyboard");
  const keys = new Hands(page, "keyboard");
  const form = page.getByRole("form", { name: "New environment" });
  await keys.fill(form.getByLabel("Name"), NAME, "Name");
  await keys.fill(form.getByLabel("Target database URL"), `postgresql://deployer:${PASSWORD}@127.0.0.1:1/app`, "Target database URL");
  await keys.fill(form.getByLabel("HTTP allow-list"), "status.example.com", "HTTP allow-list");
  await keys.press(form.getByRole("button", { name: "Create environment" }), "Create environment");
  const row = page.getByRole("row", { name: new RegExp(NAME) });
  await expect(row).toBeVisible();

  await keys.press(row.getByRole("link", { name: NAME }), "the environment");
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("postgresql://deployer:****@127.0.0.1:1/app").first()).toBeVisible();
  await expect(page.getByLabel("Target database URL")).toHaveValue("");

  await keys.press(page.getByRole("button", { name: "Test connection" }), "Test connection");
  await expect(page.getByRole("status").filter({ hasText: /Connection refused by 127\.0\.0\.1:1/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/admin-environment.png", fullPage: true });

  // every representation the server sends for these pages
  const url = page.url();
  for (const target of [url, "/admin/environments"]) {
    const html = await (await page.request.get(target)).text();
    const rsc = await (await page.request.get(target, { headers: { RSC: "1" } })).text();
    for (const body of [html, rsc]) {
      expect(body).toContain(NAME);
      expect(body).not.toContain(PASSWORD);
      expect(body).not.toMatch(/targetUrlCiphertext|v1:[A-Za-z0-9+/=]{16}:/);
    }
  }
});

test("a lead cannot open environment administration", async ({ page }) => {
  await signIn(page, "lead");
  await page.goto("/admin/environments");
  await expect(page.getByRole("heading", { name: "You do not have permission to see this" })).toBeVisible();
});

// issue 15: how long an environment keeps the backups of ended deployments; a bad number is refused
// beside the field with nothing saved, a good one is saved and said so (and audited).
test("an administrator sets how many days an environment keeps backups", async ({ page }) => {
  await signIn(page, "admin", "/admin/environments");
  await page.getByRole("link", { name: "staging", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "staging" })).toBeVisible();
  const days = page.getByLabel("Keep backups for (days)");
  await expect(days).toHaveValue("");
  await days.fill("0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(days).toHaveAccessibleDescription(/Keep backups between 1 and 3,650 days/);
  await days.fill("14");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved: backup retention (kept until dropped → 14 days).")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Keep backups for (days)")).toHaveValue("14");
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.getByLabel("Keep backups for (days)").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/admin-environment-retention-${width}.png` });
  }
  // back as the demo had it, for the specs after this one
  await page.getByLabel("Keep backups for (days)").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved: backup retention (14 days → kept until dropped).")).toBeVisible();
});

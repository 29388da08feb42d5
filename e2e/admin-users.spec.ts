// An administrator creates a lead, who signs in; once deactivated, the same person cannot.
import { expect, signIn, test } from "./fixtures";

test("an admin creates a user who can sign in, then deactivates them and they cannot", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `new-lead-${stamp}@phaseline.local`;
  const password = `a-long-password-${stamp}`;

  await signIn(page, "admin", "/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(`New Lead ${stamp}`);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("checkbox", { name: "Lead" }).check();
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toBeVisible();

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await newcomer.goto("/sign-in");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(newcomer.getByRole("banner").getByText(`New Lead ${stamp}`)).toBeVisible();
  await other.close();

  await page
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("link")
    .first()
    .click();
  await page.getByRole("button", { name: "Deactivate user…" }).click();
  await page.getByRole("button", { name: new RegExp(`Yes, deactivate`) }).click();
  await expect(page.getByText(/is deactivated\. They can no longer sign in/)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/admin-user-deactivated.png", fullPage: true });

  const again = await browser.newContext();
  const refused = await again.newPage();
  await refused.goto("/sign-in");
  await refused.getByLabel("Email").fill(email);
  await refused.getByLabel("Password").fill(password);
  await refused.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(refused.getByRole("alert").filter({ hasText: /deactivated/i })).toBeVisible();
  await expect(refused).toHaveURL(/\/sign-in/);
  await again.close();
});

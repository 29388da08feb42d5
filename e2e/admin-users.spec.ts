// An administrator creates a lead, who signs in; once deactivated, the same person cannot. The
// administrator works by keyboard alone (issue 18).
import { expect, Hands, signIn, test } from "./fixtures";

test("an admin creates a user who can sign in, then deactivates them and they cannot", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `new-lead-${stamp}@phaseline.local`;
  const password = `a-long-password-${stamp}`;

  await signIn(page, "admin", "/admin/users", "keyboard");
  const keys = new Hands(page, "keyboard");
  const form = page.getByRole("form", { name: "New user" });
  await keys.fill(form.getByLabel("Name"), `New Lead ${stamp}`, "Name");
  await keys.fill(form.getByLabel("Email"), email, "Email");
  await keys.fill(form.getByLabel("Initial password"), password, "Initial password");
  await keys.press(form.getByRole("checkbox", { name: "Lead" }), "Lead");
  await expect(form.getByRole("checkbox", { name: "Lead" })).toBeChecked();
  await keys.press(form.getByRole("button", { name: "Create user" }), "Create user");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toBeVisible();

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await newcomer.goto("/sign-in");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(newcomer.getByRole("banner").getByText(`New Lead ${stamp}`)).toBeVisible();
  await other.close();

  await keys.press(
    page
      .getByRole("row", { name: new RegExp(email) })
      .getByRole("link")
      .first(),
    "the new user",
  );
  await keys.press(page.getByRole("button", { name: "Deactivate user…" }), "Deactivate user…");
  await keys.press(page.getByRole("button", { name: new RegExp(`Yes, deactivate`) }), "Yes, deactivate");
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

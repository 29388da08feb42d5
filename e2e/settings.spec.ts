// A person's own settings (issue 18 item 7): they change their password; the old one stops
// working, the new one works, this browser stays signed in, and another browser signed in as the
// same person is signed out on its next request (issue 10 item 4). The form is worked by keyboard.
import type { Browser, Page } from "@playwright/test";
import { Hands, expect, signIn, test } from "./fixtures";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens";

async function signInAs(browser: Browser, email: string, password: string, width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fsettings");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return page;
}

// a long journey (several sign-ins, each an argon2 hash) on a shared 2-core machine
test.describe.configure({ timeout: 240_000 });

test("a user changes their password: the old fails, the new works, their other browser is signed out", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Sam Settings ${stamp}`;
  const email = `settings-${stamp}@phaseline.local`;
  const oldPassword = `old-password-${stamp}`;
  const newPassword = `new-password-${stamp}`;

  // an administrator creates the person (a demo user's password stays as the other specs expect)
  await signIn(page, "admin", "/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill(oldPassword);
  await form.getByRole("checkbox", { name: "DBA" }).check();
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toBeVisible();

  // two browsers signed in as the person; the first finds Settings in the user menu
  const here = await signInAs(browser, email, oldPassword);
  await here.waitForURL(/\/settings$/);
  await here.goto("/runbooks");
  await here.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "Settings" }).click();
  await expect(here.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(here.getByRole("link", { name: "API tokens" }).first()).toHaveAttribute("href", "/settings/tokens");
  const account = here.getByRole("region", { name: "Account" });
  await expect(account.getByText("DBA", { exact: true })).toBeVisible();
  const history = here.getByRole("table", { name: /sign-in attempts/ });
  await expect(history.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();
  const elsewhere = await signInAs(browser, email, oldPassword);
  await elsewhere.waitForURL(/\/settings$/);

  // a mistyped confirmation keeps what was typed and says what is wrong
  const keys = new Hands(here, "keyboard");
  const change = here.getByRole("form", { name: "Change password" });
  await keys.fill(change.getByLabel("Current password"), oldPassword, "Current password");
  await keys.fill(change.getByLabel("New password", { exact: true }), newPassword, "New password");
  await keys.fill(change.getByLabel("New password again"), `${newPassword}-typo`, "New password again");
  await keys.press(change.getByRole("button", { name: "Change password" }), "Change password");
  await expect(change.getByText("The two new passwords differ. Type them again.")).toBeVisible();
  await expect(change.getByLabel("Current password")).toHaveValue(oldPassword);

  await keys.fill(change.getByLabel("New password again"), newPassword, "New password again");
  await keys.press(change.getByRole("button", { name: "Change password" }), "Change password");
  await expect(here.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  await here.screenshot({ path: `${SHOTS}/settings-1440.png`, fullPage: true });

  // this browser stays signed in
  await here.reload();
  await expect(here.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  // the other browser is signed out on its next request
  await elsewhere.getByRole("link", { name: "Runbooks" }).first().click();
  await elsewhere.waitForURL(/\/sign-in/);

  // the old password fails, the new one works
  const withOld = await signInAs(browser, email, oldPassword);
  await expect(withOld.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expect(withOld).toHaveURL(/\/sign-in/);
  const withNew = await signInAs(browser, email, newPassword, 390);
  await withNew.waitForURL(/\/settings$/);
  await expect(
    withNew
      .getByRole("table", { name: /sign-in attempts/ })
      .getByRole("row")
      .filter({ hasText: "Failed" })
      .first(),
  ).toBeVisible();
  await withNew.screenshot({ path: `${SHOTS}/settings-390.png`, fullPage: true });
});

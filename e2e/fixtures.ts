// Signed-in pages for each demo role. Signing in goes through the real sign-in form, so every
// spec also exercises next-auth's credentials flow against the running server.
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO = {
  lead: { email: "lead@phaseline.local", password: "lead-demo-pass", name: "Lee Adebayo" },
  dba: { email: "dba@phaseline.local", password: "dba-demo-pass", name: "Dana Brooks" },
  dba2: { email: "dba2@phaseline.local", password: "dba2-demo-pass", name: "Devi Rao" },
  manager: { email: "manager@phaseline.local", password: "manager-demo-pass", name: "Morgan Hale" },
  admin: { email: "admin@phaseline.local", password: "admin-demo-pass", name: "Ada Quinn" },
} as const;

/** a password typed into an environment form; e2e/zz-server-log.spec.ts looks for it in the server log */
export const TARGET_PASSWORD_MARKER = "Sup3rSecret-e2e-target-pw";

export type TDemoRole = keyof typeof DEMO;

export async function signIn(page: Page, role: TDemoRole, next = "/runbooks") {
  const user = DEMO[role];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
}

/**
 * Picks a runbook on the plan form by its title (the demo has two published runbooks; the form's
 * default is whichever sorts first). Default: the seed 003 migration.
 */
export async function chooseRunbook(page: Page, title = "Migration 001") {
  const select = page.getByLabel("Runbook version");
  const value = await select.locator("option", { hasText: title }).first().getAttribute("value");
  if (!value) throw new Error(`no published runbook "${title}" on the plan form`);
  await select.selectOption(value);
}

export const test = base.extend<{ asLead: Page; asManager: Page }>({
  asLead: async ({ page }, use) => {
    await signIn(page, "lead");
    await use(page);
  },
  asManager: async ({ page }, use) => {
    await signIn(page, "manager");
    await use(page);
  },
});

export { expect };

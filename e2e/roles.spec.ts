// Each demo user signs in, sees their name and roles and exactly the sections their roles open,
// and signs out. What a role may not open is refused by the server, not only hidden.
import { DEMO, expect, signIn, test, type TDemoRole } from "./fixtures";

const EXPECTED: Record<TDemoRole, { roles: string; nav: string[] }> = {
  lead: { roles: "Lead", nav: ["Runbooks", "Deployments", "Analytics"] },
  dba: { roles: "DBA", nav: ["Runbooks", "Deployments", "Analytics"] },
  dba2: { roles: "DBA", nav: ["Runbooks", "Deployments", "Analytics"] },
  manager: { roles: "Manager", nav: ["Runbooks", "Deployments", "Analytics", "Audit"] },
  admin: { roles: "Admin", nav: ["Runbooks", "Deployments", "Analytics", "Audit", "Admin"] },
};

for (const role of Object.keys(EXPECTED) as TDemoRole[]) {
  test(`${role} signs in, sees their sections, and signs out`, async ({ page }) => {
    await signIn(page, role);
    const header = page.getByRole("banner");
    await expect(header.getByText(DEMO[role].name)).toBeVisible();
    await expect(header.getByText(`Roles: ${EXPECTED[role].roles}`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(EXPECTED[role].nav);

    await header.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/runbooks");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Frunbooks/);
  });
}

test("a wrong password is refused with a clear message and the typed email is kept", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("lead@phaseline.local");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /incorrect/i })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("lead@phaseline.local");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a manager who opens the admin page by its address is refused by the server", async ({ page }) => {
  await signIn(page, "manager");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "You do not have permission to see this" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users and roles" })).toHaveCount(0);
});

test("the session endpoint names the user and roles but never a password hash", async ({ page }) => {
  await signIn(page, "admin");
  const session = await page.request.get("/api/auth/session");
  const body = await session.text();
  expect(JSON.parse(body)).toMatchObject({ user: { email: DEMO.admin.email, roles: ["ADMIN"] } });
  expect(body).not.toMatch(/argon2|passwordHash/i);
});

// Signed-in pages for each demo role. Signing in goes through the real sign-in form, so every
// spec also exercises next-auth's credentials flow against the running server.
import { test as base, type Cookie, expect, type Locator, type Page } from "@playwright/test";

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

/**
 * The session cookie of each demo role, kept from its first sign-in through the form in this worker (Playwright's
 * storage state, held in memory): later sign-ins of the role by pointer start from it, so the form is typed once per
 * role, not in every test. A cookie the server no longer accepts (signed out, password changed: the page lands on
 * /sign-in) is dropped and the form is used again.
 */
const savedSessions = new Map<TDemoRole, Cookie[]>();

/**
 * Signs `page` in as the demo `role` and leaves it on `next`. By keyboard (`input`: "keyboard"), the form is always
 * typed, as that is what such a test is about; by pointer, a session saved from an earlier sign-in is reused.
 */
export async function signIn(page: Page, role: TDemoRole, next = "/runbooks", input: TInput = "pointer") {
  const saved = input === "pointer" ? savedSessions.get(role) : undefined;
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(next);
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) return;
    savedSessions.delete(role);
    await page.context().clearCookies();
  }
  const user = DEMO[role];
  const hands = new Hands(page, input);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  await hands.fill(page.getByLabel("Email"), user.email, "Email");
  await hands.fill(page.getByLabel("Password"), user.password, "Password");
  await hands.press(page.getByRole("button", { name: "Sign in", exact: true }), "Sign in");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  const session = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  if (session.length > 0) savedSessions.set(role, session);
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

/**
 * Moves the focus to `target` with Tab — or Shift+Tab while the target lies before the focus — as
 * a keyboard user does, re-judging the direction after every press (a live refresh may re-render
 * the focused control). Fails naming `what` when `limit` presses do not reach it (not focusable,
 * hidden, or the focus is thrown away).
 */
export async function tabTo(page: Page, target: Locator, what: string, limit = 200): Promise<void> {
  await target.waitFor({ state: "visible" });
  for (let i = 0; i < limit; i++) {
    const where = await target
      .evaluate((el) => {
        const active = document.activeElement;
        if (active === el) return "here";
        if (!active || active === document.body) return "after";
        // the focus follows the target: go back
        return el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? "before" : "after";
      })
      .catch(() => "after");
    if (where === "here") return;
    await page.keyboard.press(where === "before" ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${what}: not reached with ${limit} Tab presses on ${page.url()}`);
}

export type TInput = "pointer" | "keyboard";

/**
 * One person's hands on a page: with a pointer they click and fill; with the keyboard alone they
 * Tab to each control and press Enter (Space on a checkbox) or type. Specs written against it run
 * both ways (issue 18: every flow done by keyboard at least once).
 */
export class Hands {
  constructor(
    readonly page: Page,
    readonly input: TInput,
  ) {}

  /** Activates a button, link or checkbox. */
  async press(target: Locator, what: string): Promise<void> {
    if (this.input === "pointer") return target.click();
    await tabTo(this.page, target, what);
    const toggles = await target.evaluate((el) => el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio"));
    await this.page.keyboard.press(toggles ? "Space" : "Enter");
  }

  /** Replaces a text field's value. */
  async fill(target: Locator, text: string, what: string): Promise<void> {
    if (this.input === "pointer") return target.fill(text);
    await tabTo(this.page, target, what);
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.type(text);
  }

  /** Adds to the end of a text field's value. */
  async append(target: Locator, text: string, what: string): Promise<void> {
    if (this.input === "pointer") return target.fill(`${await target.inputValue()}${text}`);
    await tabTo(this.page, target, what);
    await this.page.keyboard.press("End");
    await this.page.keyboard.type(text);
  }

  /** Chooses the option whose value is `option`, or else the first whose text contains it (arrow keys on the closed select). */
  async select(target: Locator, option: string, what: string): Promise<void> {
    const texts = await target.locator("option").allInnerTexts();
    const values = await target.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const byValue = values.indexOf(option);
    const wanted = byValue >= 0 ? byValue : texts.findIndex((t) => t.includes(option));
    if (wanted < 0) throw new Error(`${what}: no option "${option}" among ${texts.join(" | ")}`);
    if (this.input === "pointer") {
      await target.selectOption({ index: wanted });
      return;
    }
    await tabTo(this.page, target, what);
    const current = await target.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    const key = wanted > current ? "ArrowDown" : "ArrowUp";
    for (let i = 0; i < Math.abs(wanted - current); i++) await this.page.keyboard.press(key);
    await expect(target, `${what} chose "${option}"`).toHaveValue((await target.locator("option").nth(wanted).getAttribute("value")) ?? "");
  }
}

/** Nothing in the page's main content is wider than the screen: wide tables and SQL scroll inside their own boxes. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.locator("main").evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow, `${where}: the page is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
}

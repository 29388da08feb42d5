// Every page of the app, with the ids the demo gives them, for the specs that visit them all
// (accessibility, phone layout). Ids are read from the pages' own links, never guessed.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { type TDemoRole, signIn } from "./fixtures";

export const SUCCEEDED = "rename-fixed-cost-staging-2026-10-14";
export const ROLLED_BACK = "rename-fixed-cost-production-2026-10-21";

/** the role of the person each page is for, and the pages every role opens */
export const ROLES_SCANNED = ["lead", "dba", "manager", "admin"] as const satisfies readonly TDemoRole[];
export type TScannedRole = (typeof ROLES_SCANNED)[number];

export type TPageIds = {
  runbook: string;
  version: number;
  succeeded: string;
  rolledBack: string;
  auditSeq: string;
  userId: string;
  environmentId: string;
};

async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((h) => pattern.test(h));
  if (!found) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return found;
}

/** Reads the demo's ids through an admin's eyes (admins see runbooks, deployments, audit and admin). */
export async function findPageIds(page: Page): Promise<TPageIds> {
  // the seed runbook (other specs add drafts beside it); its address shows its latest published version
  await page.goto("/runbooks");
  await page
    .getByRole("link", { name: /^Migration 001 - Fixed Cost/ })
    .first()
    .click();
  await page.waitForURL(/\/versions\/\d+$/);
  const versionHref = new URL(page.url()).pathname;
  await page.goto(`/deployments?q=${SUCCEEDED}`);
  const succeeded = await firstHref(page, /^\/deployments\/[0-9a-f-]{36}$/);
  await page.goto(`/deployments?q=${ROLLED_BACK}`);
  const rolledBack = await firstHref(page, /^\/deployments\/[0-9a-f-]{36}$/);
  await page.goto("/audit");
  const auditHref = await firstHref(page, /^\/audit\/\d+$/);
  await page.goto("/admin/users");
  const userHref = await firstHref(page, /^\/admin\/users\/[0-9a-f-]{36}$/);
  await page.goto("/admin/environments");
  const environmentHref = await firstHref(page, /^\/admin\/environments\/[0-9a-f-]{36}$/);
  return {
    runbook: versionHref.split("/")[2] ?? "",
    version: Number(versionHref.split("/").at(-1)),
    succeeded: succeeded.split("/")[2] ?? "",
    rolledBack: rolledBack.split("/")[2] ?? "",
    auditSeq: auditHref.split("/")[2] ?? "",
    userId: userHref.split("/")[3] ?? "",
    environmentId: environmentHref.split("/")[3] ?? "",
  };
}

/**
 * The pages each role is for. The phone layout spec visits each page as the role it is for; the
 * accessibility spec visits every page as every role (`allPages`), since what a page offers —
 * and the refusal a role gets instead — differs by role.
 */
export function pagesFor(role: TScannedRole, ids: TPageIds): string[] {
  switch (role) {
    case "lead":
      return [
        "/runbooks",
        `/runbooks/${ids.runbook}/versions/${ids.version}`,
        "/runbooks/new",
        "/runbooks/import",
        "/deployments",
        "/deployments/new",
        `/deployments/${ids.succeeded}`,
        "/settings",
      ];
    case "dba":
      return ["/waiting", `/runbooks/${ids.runbook}/diff`, `/deployments/${ids.rolledBack}`, "/settings/tokens"];
    case "manager":
      return [`/deployments/${ids.rolledBack}/report`, "/analytics", "/audit", `/audit/${ids.auditSeq}`];
    case "admin":
      return ["/admin", "/admin/users", `/admin/users/${ids.userId}`, "/admin/environments", `/admin/environments/${ids.environmentId}`, "/admin/webhooks"];
  }
}

/** Every page of the app once, in the order the roles' lists give them. */
export function allPages(ids: TPageIds): string[] {
  return [...new Set(ROLES_SCANNED.flatMap((role) => pagesFor(role, ids)))];
}

let cached: TPageIds | null = null;

/** The demo's ids, read once per worker. */
export async function demoPageIds(browser: Browser): Promise<TPageIds> {
  if (!cached) {
    const admin = await signedInContext(browser, "admin");
    cached = await findPageIds(await admin.newPage());
    await admin.close();
  }
  return cached;
}

/** One signed-in browser context per role, reused by every page of a spec. */
export async function signedInContext(browser: Browser, role: TDemoRole, options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, role);
  await page.close();
  return context;
}

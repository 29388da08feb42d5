// An environment of several databases (issue 15 item 2): the administrator adds databases to the
// staging environment's group on its page (a refused name keeps what was typed; a password in a
// URL never comes back to the browser; each database is tested on its own), then a lead runs a SQL
// step fanned out over the group and the cockpit counts databases, one result per database.
// The embedded demo serves one target database, so the group's two members are two connections
// to it: the step creates a schema, which the second member finds already there — one failure.
// Screenshots at 1440 and 390 px.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, TARGET_PASSWORD_MARKER, test } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 300_000 });

const SCREENS = "test-results/screens";
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const targetUrl = () => (JSON.parse(readFileSync(`${dataDir}/embedded.json`, "utf8")) as { targetUrl: string }).targetUrl;
const PASSWORD = `${TARGET_PASSWORD_MARKER}-group-${Date.now().toString(36)}`;
const SUFFIX = Date.now().toString(36);
const MARKER = `shard_marker_${SUFFIX}`;

async function onTarget(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: targetUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function shoot(page: Page, name: string, target?: Locator) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    if (target) {
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: `${SCREENS}/${name}-${width}.png` });
    } else await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("an administrator adds, tests and removes databases of an environment's group; a refused name keeps the typed URL; no password reaches the browser", async ({ page }) => {
  await signIn(page, "admin", "/admin/environments");
  await page.getByRole("link", { name: "staging", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "staging" })).toBeVisible();
  const group = page.getByRole("region", { name: "Group databases" });
  await expect(group.getByText(/No databases in the group/)).toBeVisible();

  const add = group.getByRole("form", { name: "Add a database to the group" });
  const url = `postgresql://deployer:${PASSWORD}@127.0.0.1:1/app`;
  await add.getByLabel("Database name").fill("1 shard");
  await add.getByLabel("Database URL").fill(url);
  await add.getByRole("button", { name: "Add database" }).click();
  await expect(add.getByLabel("Database name")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Database name")).toHaveAccessibleDescription(/Start with a letter/);
  // refused: nothing saved, nothing typed lost
  await expect(add.getByLabel("Database URL")).toHaveValue(url);
  await expect(group.getByRole("list", { name: "Databases of the group" })).toHaveCount(0);

  await add.getByLabel("Database name").fill("shard_down");
  await add.getByRole("button", { name: "Add database" }).click();
  await expect(add.getByText("Added shard_down to the group.")).toBeVisible();
  const down = group.getByRole("listitem", { name: "Database shard_down" });
  await expect(down.getByText("postgresql://deployer:****@127.0.0.1:1/app")).toBeVisible();
  await expect(add.getByLabel("Database URL")).toHaveValue("");
  await down.getByRole("button", { name: "Test" }).click();
  await expect(down.getByText(/Connection refused by 127\.0\.0\.1:1/)).toBeVisible();

  for (const name of ["shard_eu", "shard_us"]) {
    await add.getByLabel("Database name").fill(name);
    await add.getByLabel("Database URL").fill(targetUrl());
    await add.getByRole("button", { name: "Add database" }).click();
    await expect(add.getByText(`Added ${name} to the group.`)).toBeVisible();
  }
  const eu = group.getByRole("listitem", { name: "Database shard_eu" });
  await eu.getByRole("button", { name: "Test" }).click();
  await expect(eu.getByText(/Connected in \d+ ms to database/)).toBeVisible();
  await expect(page.getByText("shard_down, shard_eu, shard_us")).toBeVisible();
  // the section with its rows, a test outcome of each kind and the add form: no serious accessibility fault
  const axe = await new AxeBuilder({ page })
    .include("main")
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await shoot(page, "environment-group", group);
  await shoot(page, "environment-group-page");

  // every representation the server sends for the page: the password is never in it
  const html = await (await page.request.get(page.url())).text();
  const rsc = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
  for (const body of [html, rsc]) {
    expect(body).toContain("shard_down");
    expect(body).not.toContain(PASSWORD);
    expect(body).not.toMatch(/targetUrlCiphertext|v1:[A-Za-z0-9+/=]{16}:/);
  }

  // an edit with a bad name is refused beside the field, what was typed kept; Cancel changes nothing
  await eu.getByRole("button", { name: "Edit shard_eu" }).click();
  const edit = eu.getByRole("form", { name: "Edit database shard_eu" });
  await edit.getByLabel("Database name").fill("shard eu");
  await edit.getByRole("button", { name: "Save database" }).click();
  await expect(edit.getByLabel("Database name")).toHaveAttribute("aria-invalid", "true");
  await expect(edit.getByLabel("Database name")).toHaveValue("shard eu");
  await edit.getByRole("button", { name: "Cancel" }).click();
  await expect(eu.getByText("shard_eu", { exact: true })).toBeVisible();

  // the unreachable one goes: a second click confirms
  await down.getByRole("button", { name: "Remove shard_down…" }).click();
  await down.getByRole("button", { name: "Remove shard_down", exact: true }).click();
  await expect(group.getByRole("listitem", { name: "Database shard_down" })).toHaveCount(0);
  await expect(page.getByText("shard_eu, shard_us")).toBeVisible();
});

test("a lead runs a SQL step once per database of the group: the cockpit counts databases, one result per database", async ({ page }) => {
  const title = `Shard marker ${SUFFIX}`;
  const markdown = [
    `# ${title}`,
    "",
    "**Risk Level**: LOW",
    "",
    "## Phase 1: Every shard (5 minutes)",
    "",
    "**Steps**:",
    "",
    "1. Mark every shard",
    "",
    '   <!-- phaseline:step {"kind":"SQL","statementTimeoutMs":30000,"lockTimeoutMs":5000,"fanOut":{"over":"DATABASES","databases":null,"concurrency":1,"onFailure":"FINISH_ALL"}} -->',
    "",
    "   ```sql",
    `   CREATE SCHEMA ${MARKER};`,
    "   ```",
    "",
  ].join("\n");
  await signIn(page, "lead", "/runbooks");
  await page.getByRole("link", { name: "Import Markdown" }).click();
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);

  // the editor shows the step's targets as the group's databases
  await page.getByRole("button", { name: /^Phase 1 Every shard/ }).click();
  const editorStep = page.getByRole("listitem", { name: /^Step 1: / }).first();
  await expect(editorStep.getByLabel("Run", { exact: true })).toHaveValue("DATABASES");
  await expect(editorStep.getByLabel("When a database fails")).toHaveValue("FINISH_ALL");
  await shoot(page, "environment-group-editor", editorStep.getByRole("group", { name: "Targets" }));

  await page.getByRole("link", { name: "Review and publish →" }).click();
  await page.getByRole("button", { name: "Publish as version 1…" }).click();
  await page.getByRole("button", { name: "Yes, publish version 1" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/versions\/1$/);

  await page.goto("/deployments/new");
  const version = page.getByLabel("Runbook version");
  const optionValue = await version.locator("option", { hasText: title }).first().getAttribute("value");
  await version.selectOption(optionValue!);
  await page.getByLabel("Environment").selectOption({ label: "staging" });
  await page.getByLabel("Deployment name").fill(`shards-${SUFFIX}`);
  await page.getByRole("button", { name: "Plan deployment" }).click();
  await page.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByText("The environment's group databases answer")).toBeVisible();
  await expect(page.getByText(/2 of 2 group databases used by 1 fanned-out step: shard_eu, shard_us/)).toBeVisible();
  await page.getByRole("button", { name: "Start deployment" }).click();

  const step = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mark every shard", level: 4 }) });
  await expect(step.getByText(/once per database: every database of the environment's group · one at a time · finish every database, then fail the step/)).toBeVisible();
  await step.getByRole("button", { name: /^Run "Mark every shard"/ }).click();
  await expect(step.getByText("Finished: 2 of 2 databases · 1 failed")).toBeVisible({ timeout: 60_000 });
  const perDatabase = step.getByRole("region", { name: /result per database$/ });
  await expect(perDatabase.getByRole("columnheader", { name: "Database" })).toBeVisible();
  await expect(perDatabase.getByRole("row", { name: /^shard_eu / }).getByText("Succeeded", { exact: true })).toBeVisible();
  const failed = perDatabase.getByRole("row", { name: /^shard_us / });
  await expect(failed.getByText("Failed", { exact: true })).toBeVisible();
  await expect(failed.getByText(/42P06/)).toBeVisible();
  await expect(step.getByText(/^1 of 2 databases succeeded, 1 failed$/)).toBeVisible();
  await shoot(page, "environment-group-cockpit", step);
  await onTarget(`DROP SCHEMA IF EXISTS ${MARKER}`);
});

test("a lead backs up a table in every database of the group, changes it and restores it: estimated before, a result per database, listed per database", async ({ page }) => {
  // issue 15 items 1–2: the group's two members are two connections to the one embedded target,
  // so each database's backup schema copies the same table, and each restore puts it back verified
  const table = `shard_fees_${SUFFIX}`;
  await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY, fee numeric(8,4) NOT NULL); INSERT INTO ${table} SELECT g, g * 0.0125 FROM generate_series(1, 20) g;`);
  const digest = async () => {
    const client = new pg.Client({ connectionString: targetUrl() });
    await client.connect();
    try {
      return (await client.query<{ d: string }>(`SELECT md5(string_agg(t::text, ',' ORDER BY id)) AS d FROM ${table} t`)).rows[0]!.d;
    } finally {
      await client.end();
    }
  };
  const before = await digest();
  const title = `Shard backup ${SUFFIX}`;
  const markdown = [
    `# ${title}`,
    "",
    "**Risk Level**: LOW",
    "",
    "## Phase 1: Every shard (5 minutes)",
    "",
    "**Steps**:",
    "",
    "1. Back up every shard's fees",
    "",
    `   <!-- phaseline:step {"kind":"BACKUP","backupKey":"shard_fees","backupTables":["${table}"],"backupMaxMb":64,"fanOut":{"over":"DATABASES","databases":null,"concurrency":1,"onFailure":"STOP"}} -->`,
    "",
    `   Back up ${table} in every database of the group.`,
    "",
    "2. Double the fees",
    "",
    '   <!-- phaseline:step {"kind":"SQL","statementTimeoutMs":30000,"lockTimeoutMs":5000} -->',
    "",
    "   ```sql",
    `   UPDATE ${table} SET fee = fee * 2 WHERE id > 0;`,
    "   ```",
    "",
    "3. Restore every shard's fees",
    "",
    '   <!-- phaseline:step {"kind":"RESTORE","backupKey":"shard_fees"} -->',
    "",
    "   Restore the fees in every database.",
    "",
  ].join("\n");
  await signIn(page, "lead", "/runbooks");
  await page.getByRole("link", { name: "Import Markdown" }).click();
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  // the editor offers a backup per database now, and shows it
  await page.getByRole("button", { name: /^Phase 1 Every shard/ }).click();
  const editorStep = page.getByRole("listitem", { name: /^Step 1: / }).first();
  await expect(editorStep.getByLabel("Run", { exact: true })).toHaveValue("DATABASES");
  await page.getByRole("link", { name: "Review and publish →" }).click();
  await page.getByRole("button", { name: "Publish as version 1…" }).click();
  await page.getByRole("button", { name: "Yes, publish version 1" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/versions\/1$/);

  await page.goto("/deployments/new");
  const version = page.getByLabel("Runbook version");
  const optionValue = await version.locator("option", { hasText: title }).first().getAttribute("value");
  await version.selectOption(optionValue!);
  await page.getByLabel("Environment").selectOption({ label: "staging" });
  await page.getByLabel("Deployment name").fill(`shard-backup-${SUFFIX}`);
  await page.getByRole("button", { name: "Plan deployment" }).click();
  await page.waitForURL(/\/deployments\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  // before it runs: the estimate summed over the group's databases
  await expect(page.getByText(/"Back up every shard's fees": about .+ of 64\.0 MB/)).toBeVisible();
  await page.getByRole("button", { name: "Start deployment" }).click();

  const step = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, level: 4 }) });
  const backupStep = step("Back up every shard's fees");
  await expect(backupStep.getByText(/once per database: every database of the environment's group · one at a time/)).toBeVisible();
  await expect(backupStep.getByText(/Estimated size before it runs: .+ of the 64\.0 MB limit/)).toBeVisible();
  await shoot(page, "environment-group-backup-before", backupStep);
  await backupStep.getByRole("button", { name: /^Run "Back up every shard's fees"/ }).click();
  await expect(backupStep.getByText("Finished: 2 of 2 databases")).toBeVisible({ timeout: 60_000 });
  const backedUp = backupStep.getByRole("region", { name: /result per database$/ });
  for (const name of ["shard_eu", "shard_us"]) await expect(backedUp.getByRole("row", { name: new RegExp(`^${name} `) }).getByText("Succeeded", { exact: true })).toBeVisible();
  await shoot(page, "environment-group-backup-taken", backupStep);

  const change = step("Double the fees");
  await change.getByRole("button", { name: /^Run "Double the fees"/ }).click();
  await expect(change.getByText("Succeeded", { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  expect(await digest()).not.toBe(before);

  const restore = step("Restore every shard's fees");
  await restore.getByRole("button", { name: /^Run "Restore every shard's fees"/ }).click();
  await expect(restore.getByText("Finished: 2 of 2 databases")).toBeVisible({ timeout: 60_000 });
  const restored = restore.getByRole("region", { name: /result per database$/ });
  await expect(restored.getByRole("columnheader", { name: "Database" })).toBeVisible();
  for (const name of ["shard_eu", "shard_us"]) {
    const row = restored.getByRole("row", { name: new RegExp(`^${name} `) });
    await expect(row.getByText("Succeeded", { exact: true })).toBeVisible();
    await expect(row.getByText(/counts and checksums verified/)).toBeVisible();
  }
  await shoot(page, "environment-group-restore", restore);
  expect(await digest()).toBe(before);

  // the deployment's backups: one copy per database, each database named
  await page.reload();
  const backups = page.getByRole("region", { name: "Backups" });
  const item = backups.getByRole("listitem", { name: "Backup shard_fees" });
  await expect(item.getByText(/One backup per database of the environment's group \(2\)/)).toBeVisible();
  await expect(item.getByRole("columnheader", { name: "Database" })).toBeVisible();
  for (const name of ["shard_eu", "shard_us"]) await expect(item.getByRole("cell", { name, exact: true })).toBeVisible();
  await shoot(page, "environment-group-backups", item);
});

// Markdown import in the browser (issue 4 part 5) and the SQL risk lint beside SQL (part 3).
import { readFileSync } from "node:fs";
import { expect, signIn, test } from "./fixtures";
import { SEED_003_PATH } from "../lib/testing/seeds";

const SEED_003 = readFileSync(SEED_003_PATH, "utf8");

test("a lead pastes a runbook, previews its structure and lint, and saves it as a draft", async ({ page }) => {
  await signIn(page, "lead", "/runbooks");
  await page.getByRole("link", { name: "Import Markdown" }).click();
  await expect(page.getByRole("heading", { name: "Import a Markdown runbook" })).toBeVisible();

  // nothing typed: refused in place
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Paste a Markdown runbook or choose a file.")).toBeVisible();

  const title = `Imported in the browser ${Date.now()}`;
  const markdown = `# ${title}\n\n## Phase 1: Schema (5 minutes)\n\n- [ ] Backup taken\n\n\`\`\`sql\nALTER TABLE orders RENAME COLUMN total TO amount;\n\`\`\`\n\n## Phase 2: Restart (2 minutes)\n\n\`\`\`bash\nsystemctl restart api\n\`\`\`\n`;
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const phase1 = page.locator("details", { has: page.locator("summary", { hasText: "Schema" }) });
  await phase1.locator("summary").click();
  await expect(phase1.getByText("rename-column")).toBeVisible();
  await expect(phase1.getByText("Backup taken")).toBeVisible();

  // an edit after the preview must be previewed before it can be saved
  await page.getByLabel("Markdown").fill(`${markdown}\nOne more line.\n`);
  await expect(page.getByRole("button", { name: "Save as draft" })).toBeDisabled();
  await page.getByRole("button", { name: "Preview again" }).click();
  await expect(page.getByRole("button", { name: "Save as draft" })).toBeEnabled();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);

  // the imported SQL step is really a check: its kind changes in place, its SQL kept
  await page.getByRole("button", { name: /^Phase 1 Schema/ }).click();
  const step = page.getByRole("listitem", { name: /^Step 1: / }).first();
  await expect(step.getByLabel("SQL script")).toBeVisible();
  await step.getByLabel("Kind").selectOption({ label: "Query check" });
  await expect(step.getByLabel("Query")).toBeVisible();
  await expect(page.getByText("● Unsaved changes")).toBeVisible();

  // leaving with unsaved edits asks first; declining keeps the editor and its edits
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: "Review and publish →" }).click();
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.getByText("● Unsaved changes")).toBeVisible();
});

test("a seed file chosen from disk is read in the browser and previewed with every phase", async ({ page }) => {
  await signIn(page, "dba", "/runbooks/import");
  await page.locator("input[type=file]").setInputFiles({ name: "seed-003.md", mimeType: "text/markdown", buffer: Buffer.from(SEED_003) });
  await expect(page.getByText("Loaded seed-003.md")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Preview/ })).toBeVisible({ timeout: 30_000 });
  // its pre-deployment checklist and post-deployment tasks are phases around its 8 phases
  await expect(page.locator("details summary", { hasText: /^▸\s*Phase \d/ })).toHaveCount(10);
  await expect(page.locator("details summary", { hasText: /Rollback phase \d/ })).toHaveCount(8);
});

test("the version page shows the risk summary and each SQL step's lint", async ({ page }) => {
  await signIn(page, "manager", "/runbooks");
  await expect(page.getByRole("columnheader", { name: "SQL lint" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import Markdown" })).toHaveCount(0);
  await page.getByRole("link", { name: /^Migration 001/ }).click();
  const summary = page.getByRole("region", { name: "SQL risk lint" });
  await expect(summary).toBeVisible();
  await expect(summary.getByText("rename-column")).toBeVisible();
  await summary.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: /^Risk lint of Phase 2, step 2/ })).toBeVisible();
});

test("a manager cannot open the import page", async ({ page }) => {
  await signIn(page, "manager", "/runbooks/import");
  await expect(page.getByRole("heading", { name: "You do not have permission to see this" })).toBeVisible();
});

// Markdown import in the browser (issue 4 part 5) and the SQL risk lint beside SQL (part 3).
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";
import { SEED_003_PATH } from "../lib/testing/seeds";

const SEED_003 = readFileSync(SEED_003_PATH, "utf8");
const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens";

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
  await expect(phase1.getByText("Backup taken", { exact: true })).toBeVisible();

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

test("the lead moves items of a phase between checklist, criteria, steps and notes; a refused save keeps the arrangement", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Arranged in the browser ${Date.now()}`;
  const long = "Background on the cluster and why this order matters. ".repeat(40).trim();
  const markdown = `# ${title}\n\nWhy we do this.\n\n## Phase 1: Prepare (5 minutes)\n\n- [ ] Backup taken\n\n**Success Criteria**:\n- Traffic drained\n\nCall the on-call DBA before you start.\n\n${long}\n\n## Phase 2: Switch (2 minutes)\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n`;
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const phase1 = page.locator("details", { has: page.locator("summary", { hasText: "Prepare" }) });
  await phase1.locator("summary").click();
  await expect(phase1.locator("summary")).toContainText("0 steps · 1 check · 1 criterion · 2 notes");

  // with the keyboard: the note becomes a step, and the focus follows it to its new place
  const noteControl = phase1.getByLabel("Move “Call the on-call DBA before you start.” to");
  await noteControl.focus();
  await noteControl.selectOption("Step");
  await page.keyboard.press("Tab");
  await expect(phase1.getByRole("button", { name: "Move “Call the on-call DBA before you start.”" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Moved: now a step of Phase 1 “Prepare”." })).toBeAttached();
  await expect(phase1.locator("summary")).toContainText("1 step · 1 check · 1 criterion · 1 note");
  await expect(phase1.getByLabel("Move “Call the on-call DBA before you start.” to")).toBeFocused();

  // the criterion was really a check to tick
  await phase1.getByLabel("Move “Traffic drained” to").selectOption("Checklist item");
  await phase1.getByRole("button", { name: "Move “Traffic drained”" }).click();
  await expect(phase1.locator("summary")).toContainText("1 step · 2 checks · 0 criteria · 1 note");
  await expect(page.getByText("2 moves since the preview; saved as arranged.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^Traffic drained/ })).toContainText("Required");

  // the axe on the arranged preview, before anything else moves
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);

  // a paragraph too long for a checklist item: the server refuses the save, naming it; nothing is lost
  await phase1.getByLabel(/^Move “Background on the cluster/).selectOption("Checklist item");
  await phase1.getByRole("button", { name: /^Move “Background on the cluster/ }).click();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Phase “Prepare”" })).toContainText("Phase “Prepare”, checklist item 3: Use at most 2,000 characters.");
  await expect(page).toHaveURL(/\/runbooks\/import$/);
  await expect(phase1.locator("summary")).toContainText("1 step · 3 checks · 0 criteria");
  await expect(page.getByText("3 moves since the preview; saved as arranged.")).toBeVisible();

  // moved back to the notes, the same arrangement saves
  await phase1.getByLabel(/^Move “Background on the cluster/).selectOption("Notes");
  await phase1.getByRole("button", { name: /^Move “Background on the cluster/ }).click();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  await page.getByRole("button", { name: /^Phase 1 Prepare/ }).click();
  const checklist = page.getByRole("region", { name: "Checklist of phase 1" });
  await expect(checklist.getByRole("textbox", { name: "Checklist item 2" })).toHaveValue("Traffic drained");
  await expect(
    page
      .getByRole("listitem", { name: /^Step 1: / })
      .first()
      .getByRole("textbox", { name: "Step title" }),
  ).toHaveValue("Call the on-call DBA before you start.");
});

test("the lead joins a phase to the one before and makes another the rollback, by keyboard, and the draft keeps the arrangement", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Phases arranged ${Date.now()}`;
  // the importer reads four phases: a lead sees a verification list that belongs to the steps, and a rollback by another name
  const markdown = [
    `# ${title}`,
    "## Pre-requisites\n- [ ] Change ticket approved\n- [ ] Target IPs confirmed healthy",
    "## Steps\n\n1. **Execute cutover**\n\n   ```bash\n   ./dns_cutover.sh azure | tee cutover.log\n   ```",
    "## Verification (5 minutes)\n- External probes return 200.\n- The traffic panel shows the shift to the target site.",
    "## Switch back\nRun the cutover script with the previous target.\n\n```bash\n./dns_cutover.sh onprem | tee switch-back.log\n```",
  ].join("\n\n");
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const stat = (name: string) => page.locator("dl > div", { has: page.getByText(name, { exact: true }) }).locator("dd");
  await expect(stat("Phases")).toHaveText("4");
  await expect(stat("Rollback phases")).toHaveText("0");

  // the first phase has nothing before it to join, and a lone phase could not leave the main phases
  const first = page.locator("details", { has: page.locator("summary", { hasText: "Pre-requisites" }) });
  await first.locator("summary").click();
  await expect(first.getByRole("button", { name: /^Join the phase before/ })).toHaveCount(0);

  // with the keyboard: the verification list joins the steps; the focus lands on the phase it joined
  const verification = page.locator("details", { has: page.locator("summary", { hasText: "Verification" }) });
  await verification.locator("summary").focus();
  await page.keyboard.press("Enter");
  const join = verification.getByRole("button", { name: "Join the phase before (Phase 3 “Verification” into Phase 2 “Steps”)" });
  await join.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Joined: phase 3 “Verification” is now part of phase 2 “Steps”." })).toBeAttached();
  const steps = page.locator("details", { has: page.locator("summary", { hasText: /Phase 2\s*Steps/ }) });
  await expect(steps.locator("summary")).toBeFocused();
  await expect(steps).toHaveAttribute("open", "");
  // its estimate and its list came along; its title is a line of the notes
  await expect(steps.locator("summary")).toContainText("5 min");
  await expect(steps.getByRole("button", { name: "Move “**Verification** (5 min)”" })).toBeVisible();
  await expect(steps.getByRole("button", { name: /^Move “- External probes return 200\./ })).toBeVisible();
  await expect(stat("Phases")).toHaveText("3");

  // "Switch back" is the rollback
  await page.locator("details summary", { hasText: "Switch back" }).click();
  await page.getByRole("button", { name: "Make it a rollback phase (Phase 3 “Switch back”)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved: phase 3 “Switch back” is now rollback phase 1 “Switch back”." })).toBeAttached();
  await expect(stat("Phases")).toHaveText("2");
  // (one rollback phase, of one step)
  await expect(stat("Rollback phases")).toHaveText(/^1\s*1 step$/);
  // the focus is on the rollback phase, which offers the way back
  const rollbackPhase = page.locator("details", { has: page.locator("summary", { hasText: "Rollback phase 1" }) });
  await expect(rollbackPhase.locator("summary")).toBeFocused();
  await expect(rollbackPhase.getByRole("button", { name: "Make it a main phase (Rollback phase 1 “Switch back”)" })).toBeVisible();
  await expect(page.getByText("2 moves since the preview; saved as arranged.")).toBeVisible();

  const axe = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);

  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  await expect(page.getByRole("listitem", { name: /^Phase \d/ })).toHaveCount(2);
  await expect(page.getByRole("listitem", { name: "Phase 2: Steps" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Rollback phase 1: Switch back" })).toBeVisible();
});

test("the lead makes a section the importer kept as notes a phase of its own, and the draft keeps it", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Notes made a phase ${Date.now()}`;
  // after the procedure, reference sections: the importer keeps them as the last phase's notes
  const markdown = [
    `# ${title}`,
    "## Build\n\n1. Build the image\n2. Push it to the registry",
    "## Deploy\n\n1. Apply the task definition",
    "## What each job does\n\n- `build` builds the image.\n- `deploy` rolls it out.",
    "## Required secrets\n\n| Secret | Used by |\n| --- | --- |\n| `REGISTRY_TOKEN` | build |",
  ].join("\n\n");
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const stat = (name: string) => page.locator("dl > div", { has: page.getByText(name, { exact: true }) }).locator("dd");
  await expect(stat("Phases")).toHaveText("2");

  const deploy = page.locator("details", { has: page.locator("summary", { hasText: /Phase 2\s*Deploy/ }) });
  await deploy.locator("summary").click();
  // a plain note offers no such button; the note that opens a section does
  await expect(deploy.getByRole("button", { name: /^Make it a phase/ })).toHaveCount(2);
  const make = deploy.getByRole("button", { name: "Make it a phase (note 1 of Phase 2 “Deploy”)" });
  await make.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Made a phase: phase 3 “What each job does”, after phase 2 “Deploy”." })).toBeAttached();
  await expect(stat("Phases")).toHaveText("3");
  const made = page.locator("details", { has: page.locator("summary", { hasText: /Phase 3\s*What each job does/ }) });
  await expect(made.locator("summary")).toBeFocused();
  await expect(made).toHaveAttribute("open", "");
  // its list came with it, as notes the lead can still make checklist items; the next section stayed
  const list = made.getByRole("combobox", { name: /^Move “- `build` builds the image\./ });
  await list.selectOption("checklist");
  await made.getByRole("button", { name: /^Move “- `build` builds the image\./ }).click();
  await expect(stat("Checklist items")).toHaveText("2");
  await made.screenshot({ path: `${SHOTS}/import-made-phase-1280.png` });
  // the next section stayed in the notes, and still offers it
  await deploy.locator("summary").click();
  await expect(deploy.getByRole("button", { name: "Make it a phase (note 1 of Phase 2 “Deploy”)" })).toHaveCount(1);
  await expect(deploy.getByRole("button", { name: /^Make it a phase/ })).toHaveCount(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await deploy.screenshot({ path: `${SHOTS}/import-notes-make-phase-390.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  const axe = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);

  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  await expect(page.getByRole("listitem", { name: /^Phase \d/ })).toHaveCount(3);
  await expect(page.getByRole("listitem", { name: "Phase 3: What each job does" })).toBeVisible();
});

test("the preview names numbered sections it read as reference, and one click makes each a phase", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Numbered reference ${Date.now()}`;
  // "## 1." holds the commands; "## 2." and "## 3." are prose — reference by the importer's reading, phases by their numbers
  const markdown = [
    `# ${title}`,
    "## 1. Take the backup\n\n```bash\npg_dump --format=custom -f prod.dump\n```",
    "## 2. Workflow inputs\n\nGitHub → Actions → `deploy-prod` → Run workflow, on `main`.",
    "## 3. After it lands\n\nRun the checks in the release checklist.",
  ].join("\n\n");
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const stat = (name: string) => page.locator("dl > div", { has: page.getByText(name, { exact: true }) }).locator("dd");
  await expect(stat("Phases")).toHaveText("1");
  const warnings = page.getByRole("region", { name: "Before you save" });
  await expect(
    warnings.getByRole("listitem").filter({
      hasText: "“2. Workflow inputs” and “3. After it lands” are numbered like a phase but read as reference: kept in the notes of phase “Take the backup”.",
    }),
  ).toBeVisible();
  await warnings.screenshot({ path: `${SHOTS}/import-numbered-reference-warning-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await warnings.screenshot({ path: `${SHOTS}/import-numbered-reference-warning-390.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  const backup = page.locator("details", { has: page.locator("summary", { hasText: /Phase 1\s*Take the backup/ }) });
  await backup.locator("summary").click();
  await backup.getByRole("button", { name: "Make it a phase (note 1 of Phase 1 “Take the backup”)" }).click();
  // named as the importer names a phase: without its number
  await expect(page.getByRole("status").filter({ hasText: "Made a phase: phase 2 “Workflow inputs”, after phase 1 “Take the backup”." })).toBeAttached();
  await expect(stat("Phases")).toHaveText("2");
  await expect(page.locator("details summary", { hasText: /Phase 2\s*Workflow inputs/ })).toBeFocused();
});

test("a runbook of one numbered list previews as stages of about two steps, says so, and joins back into one phase", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Key rotation ${Date.now()}`;
  const markdown = [
    `# ${title}`,
    "Rotate the signing key when it leaks or every 90 days.",
    [
      "1. Generate the new key in the vault.",
      "2. Add it to the verifier's key set beside the old one.",
      "3. Switch the signer to the new key.",
      "4. Watch the rejected-token rate for 15 minutes.",
      "5. Remove the old key from the verifier.",
    ].join("\n"),
  ].join("\n\n");
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const stat = (name: string) => page.locator("dl > div", { has: page.getByText(name, { exact: true }) }).locator("dd");
  await expect(stat("Phases")).toHaveText("3");
  await expect(page.locator("details summary", { hasText: `${title} (steps 1–2)` })).toBeVisible();
  await expect(page.locator("details summary", { hasText: `${title} (step 5)` })).toBeVisible();
  const warnings = page.getByRole("region", { name: "Before you save" });
  await expect(warnings.getByRole("listitem").filter({ hasText: "is one list of 5 steps: imported as 3 stages of about two steps each" })).toBeVisible();
  await expect(warnings.getByRole("listitem").filter({ hasText: "the whole document is one phase" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/import-one-list-stages-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/import-one-list-stages-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // a lead who reads it as one stage joins the stages back
  const second = page.locator("details", { has: page.locator("summary", { hasText: `${title} (steps 3–4)` }) });
  await second.locator("summary").click();
  await second.getByRole("button", { name: /^Join the phase before/ }).click();
  await expect(stat("Phases")).toHaveText("2");
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

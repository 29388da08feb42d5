// Kinds that held-out sets 40–43 showed at first run (session 9), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a section named as a checklist among other words, before the procedure", () => {
  // after an Indonesian pharmacy cut-over plan (484): "## Checklist Pra-Cutover" over plain bullets
  it.each([
    ["Checklist Pra-Cutover", "backup database tersedia", "template import final disetujui"],
    ["Go-live readiness checklist", "Backups verified", "Support rota published"],
    ["Checkliste vor dem Umzug", "Sicherung geprüft", "Wartungsseite vorbereitet"],
  ])("ticks the bullets of %j", (name, first, second) => {
    const source = lines(
      "# Cut-over",
      "",
      `## ${name}`,
      "",
      `- ${first}`,
      `- ${second}`,
      "",
      "## Steps",
      "",
      "### 1. Freeze the old system",
      "",
      "Stop writes at 18:00.",
      "",
      "### 2. Import",
      "",
      "1. Run the final import",
      "2. Compare the counts",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((x) => x.text)).toEqual([first, second]);
    expectSound(source, parsed);
  });
});

describe("rollback sections by other names", () => {
  const runbook = (heading: string) =>
    lines(
      "# Migration",
      "",
      "## 1. Back up",
      "",
      "1. Dump the database",
      "",
      "## 2. Migrate",
      "",
      "1. Apply the schema change",
      "",
      `## ${heading}`,
      "",
      "1. Restore the dump",
      "2. Redeploy the previous build",
    );

  it.each([
    "🔧 WIEDERHERSTELLUNGS-PROZESS", // German: the restore process (481)
    "Wiederherstellung",
    "Rencana Jika Gagal", // Indonesian: the plan if it fails (484)
    "🆘 EM CASO DE ERRO - Rollback Imediato", // Portuguese: in case of error — immediate rollback (492)
    "En caso de error — Reversión inmediata",
    "Prosedur Rollback",
  ])("reads %j as the rollback", (heading) => {
    const source = runbook(heading);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Back up", "Migrate"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title))).toEqual(["Restore the dump", "Redeploy the previous build"]);
    expectSound(source, parsed);
  });

  it.each(["Deploy - Verify", "Schritt 3 - Prüfung"])("does not read %j, a dash between two names of work, as the rollback", (heading) => {
    const parsed = parseRunbookMarkdown(runbook(heading));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a rollback written as a labelled paragraph inside a step", () => {
  // after a host-move cut-over (485): "**Rollback:** point DNS back. …" under "## 7. Move DNS"
  const source = (label: string) =>
    lines(
      "# Move to the new host",
      "",
      "## 1. Provision",
      "",
      "1. Create the VM",
      "",
      "## 2. Move DNS",
      "",
      "Point the record at the new address.",
      "",
      `**${label}:** point DNS back. The old host still has its data, but sign-ups made`,
      "after this point exist only on the new one.",
      "",
      "## 3. Decommission",
      "",
      "1. Stop the old host",
    );

  it("is the rollback, its text the rollback's notes, out of the step's notes", () => {
    const text = source("Rollback");
    const parsed = parseRunbookMarkdown(text);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(parsed.rollback?.phases[0]?.notes).toMatch(/^point DNS back\. The old host/);
    expect(parsed.phases[1]?.notes).toBe("Point the record at the new address.");
    expectSound(text, parsed);
  });

  it.each(["Rollback window", "Rollback"])("is no rollback when it says when, or that there is none (%j)", (label) => {
    const text = source(label).replace("point DNS back.", label === "Rollback" ? "none." : "30 minutes.");
    expect(parseRunbookMarkdown(text).rollback).toBeNull();
  });
});

describe("a recovery section in the middle that names the rollback", () => {
  // after a storage migration runbook (510): "## Recovery" between "## Apply" and "## Post-migration checks"
  const source = (recovery: string) =>
    lines(
      "# Move audio to object storage",
      "",
      "## Dry run",
      "",
      "1. Run the copier with `--dry-run`",
      "",
      "## Apply",
      "",
      "1. Run the copier",
      "",
      "## Recovery",
      "",
      recovery,
      "",
      "## Post-migration checks",
      "",
      "1. Play three old recordings",
    );

  it("is the rollback when it says how to go back", () => {
    const text = source("Nothing is deleted. Rollback is a read cut-over back to the old store; restore the old setting.");
    const parsed = parseRunbookMarkdown(text);
    expect(parsed.rollback?.title).toBe("Recovery");
    expect(titles(parsed)).toEqual(["Dry run", "Apply", "Post-migration checks"]);
    expectSound(text, parsed);
  });

  it("stays a phase when it says nothing of going back", () => {
    const parsed = parseRunbookMarkdown(source("Re-run the copier: it resumes where it stopped."));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toContain("Recovery");
  });
});

describe("sections of prose after the work, where the work is the sections before the phases", () => {
  // after a replication cut-over (521): "## Preconditions" of boxes and "## Procedure" of steps, then
  // "## After" and "## Stop conditions" of bullets to read
  const source = lines(
    "# Runbook — Cutover",
    "",
    "## Preconditions",
    "",
    "- [ ] Lag under one second",
    "- [ ] Reverse replication configured",
    "",
    "## Procedure",
    "",
    "1. **Freeze writes.**",
    "2. **Drain the lag.**",
    "3. **Flip the application's connection string.**",
    "   ```bash",
    "   kubectl set env deploy/api DATABASE_URL=$TARGET_URL",
    "   ```",
    "",
    "## After",
    "",
    "- Keep reverse replication running for a business cycle.",
    "- Keep the source read-only.",
    "",
    "## Stop conditions",
    "",
    "- The lag will not drain within the window.",
    "- Reconciliation finds a difference.",
  );

  // (session 24: "## After" over bullets of what to do then is a phase — as 521's counter reads it, "## After … as
  // phases give 3" — like "## After launch"; the stop conditions after it stay its notes)
  it("keeps the stop conditions as notes; “After”, listing what to do then, is a phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Preconditions", "Procedure", "After"]);
    expect(parsed.phases[2]?.notes).toContain("## Stop conditions");
    expectSound(source, parsed);
  });
});

describe("a section that sums the checklist up", () => {
  // after a kubeadm pre-upgrade checklist (498): "## 📊 Checklist Summary" of totals and blanks after the phases
  const source = lines(
    "# Cluster upgrade checklist",
    "",
    "## Backup Phase",
    "",
    "- [ ] etcd snapshot taken",
    "",
    "## Upgrade Phase",
    "",
    "- [ ] Control plane upgraded",
    "- [ ] Workers drained and upgraded",
    "",
    "## 📊 Checklist Summary",
    "",
    "**Completion:**",
    "- Backup: ___ / 1",
    "- Upgrade: ___ / 2",
  );

  it("is the last phase's notes, not a phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Backup Phase", "Upgrade Phase"]);
    expectSound(source, parsed);
  });
});

describe("a section of failures by kind", () => {
  // after an ECS deploy runbook (502) and a SQLx migration runbook (519): "## Deployment Failures" over
  // "### Build Failure", "### Push Failure" — what to check when a step breaks, not a step of the deploy
  it.each(["Deployment Failures", "Handling Migration Failures", "Failure modes"])("reads %j as notes", (name) => {
    const source = lines(
      "# Deploy",
      "",
      "## 1. Build",
      "",
      "1. Build the image",
      "",
      "## 2. Deploy",
      "",
      "1. Apply the task definition",
      "",
      `## ${name}`,
      "",
      "### Build failure",
      "",
      "1. Check the compiler output",
      "",
      "### Task failed to start",
      "",
      "1. Read the stopped task's reason",
      "",
      "## 3. Verify",
      "",
      "1. Open the health page",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expectSound(source, parsed);
  });
});

describe("prose sections before the prerequisites", () => {
  // after an incident-style migration runbook (518): "## Symptoms / Trigger" and "## Severity" ahead of
  // "## Preconditions" introduce the runbook
  const source = lines(
    "# Apply a raw SQL migration",
    "",
    "## Symptoms / Trigger",
    "",
    "- A pull request adds a file under `migrations/`.",
    "- A release needs a new column.",
    "",
    "## Severity",
    "",
    "- **Low** for an additive change outside production.",
    "- **High** for any change against production.",
    "",
    "## Preconditions",
    "",
    "- A fresh backup exists",
    "- The migration was reviewed",
    "",
    "## Apply",
    "",
    "1. Run the runner against production",
    "",
    "## Verification",
    "",
    "1. Check the migrations table",
  );

  it("are the preamble, the prerequisites the first phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Preconditions", "Apply", "Verification"]);
    expect(parsed.preamble).toContain("## Severity");
    expectSound(source, parsed);
  });

  it("stay phases from the first that holds work", () => {
    const parsed = parseRunbookMarkdown(source.replace("- **High** for any change against production.", "1. Page the on-call DBA"));
    expect(titles(parsed)).toEqual(["Severity", "Preconditions", "Apply", "Verification"]);
  });
});

describe("a prerequisites list named as its check", () => {
  // after a Japanese deploy guide (490): "## 前提条件確認" (confirm the prerequisites) over a numbered list
  it.each(["前提条件確認", "前提条件チェック", "前置条件检查"])("ticks the items of %j", (name) => {
    const source = lines(
      "# 本番デプロイ",
      "",
      `## ${name}`,
      "",
      "1. developブランチが最新",
      "2. 全テストがパス",
      "",
      "## デプロイ手順",
      "",
      "### 1. ビルド",
      "",
      "1. tarballを作成",
      "",
      "### 2. 転送",
      "",
      "1. サーバーへコピー",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((x) => x.text)).toEqual(["developブランチが最新", "全テストがパス"]);
    expectSound(source, parsed);
  });
});

describe("reference between the procedure and a checklist after it", () => {
  // after a GCP account migration plan (496): "## Timeline" (a table) between the last stage and "## Checklist …"
  const source = lines(
    "# Move to the new cloud account",
    "",
    "## 1. Stage 1: Prepare",
    "",
    "1. Export the stack file",
    "",
    "## 2. Stage 2: Cut over",
    "",
    "1. Update the DNS records",
    "",
    "## 3. Expected timeline",
    "",
    "| Stage | Time |",
    "| --- | --- |",
    "| 1 | 2 h |",
    "| 2 | 1 h |",
    "",
    "## 4. Execution checklist",
    "",
    "- [ ] Stack exported",
    "- [ ] DNS updated",
  );

  it("is the last stage's notes, the checklist a phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Stage 1: Prepare", "Stage 2: Cut over", "Execution checklist"]);
    expect(parsed.phases[1]?.notes).toContain("## 3. Expected timeline");
    expectSound(source, parsed);
  });
});

describe("an action word over the name of a list", () => {
  it.each(["Stop conditions", "Test results", "Release notes", "Run log"])("%j names a list, not an action: after the work, notes", (name) => {
    const source = lines("# Release", "", "## Build", "", "1. Build the bundle", "", "## Publish", "", "1. Publish the bundle", "", `## ${name}`, "", "Written after the run.");
    expect(titles(parseRunbookMarkdown(source))).toEqual(["Build", "Publish"]);
  });

  it.each(["Stop the workers", "Test the restore"])("%j is an action: a phase, prose and all", (name) => {
    const source = lines("# Release", "", "## Build", "", "1. Build the bundle", "", "## Publish", "", "1. Publish the bundle", "", `## ${name}`, "", "Written after the run.");
    expect(titles(parseRunbookMarkdown(source))).toContain(name);
  });
});

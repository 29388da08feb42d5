// Kinds that held-out sets 32–35 showed at first run (session 7), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a heading with a word in single emphasis", () => {
  // after a gated CI deploy runbook: "## One-time setup (REQUIRED — this *is* the manual gate)"
  const source =
    "# Deploy runbook\n\n## One-time setup (REQUIRED — this *is* the manual gate)\n\n1. Add a required reviewer.\n\n## Trigger a deploy\n\n1. Push to `main`.\n\n## Notes on `snake_case` and count(*)\n\nKeep `SELECT count(*) FROM t` and a_b_c as written.\n";

  it("names its phase without the emphasis, and its line counts as placed", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)[0]).toBe("One-time setup (REQUIRED — this is the manual gate)");
    expect(findUnplacedLines(source, parsed)).toEqual([]);
    expectSound(source, parsed);
  });

  it("is told from an asterisk or underscore inside code or a word, which a field must still hold", () => {
    const parsed = parseRunbookMarkdown(source);
    // the runbook's notes keep the code and the words: drop them from the structure and the line is missing
    expect(parsed.appendix).toContain("a_b_c");
    const withoutNotes = { ...parsed, appendix: "", phases: parsed.phases.map((p) => ({ ...p, notes: "" })) };
    expect(findUnplacedLines(source, withoutNotes)).toEqual(["## Notes on `snake_case` and count(*)", "Keep `SELECT count(*) FROM t` and a_b_c as written."]);
  });
});

describe("a Spanish rollback named as going back", () => {
  it("reads “Cómo volver atrás” (how to go back) as the rollback", () => {
    const source = [
      "# Migración",
      "",
      "## Fase 1 — Sincronización en sombra",
      "",
      "1. Activar la sincronización.",
      "",
      "## Fase 2 — Corte por consumidor",
      "",
      "1. Cambiar cada consumidor a la nueva fuente.",
      "",
      "## Cómo volver atrás",
      "",
      "Cambiar el consumidor de vuelta a su fuente anterior.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Sincronización en sombra", "Corte por consumidor"]);
    expect(parsed.rollback?.title).toBe("Cómo volver atrás");
    expectSound(source, parsed);
  });
});

describe("numbered sub-steps written at their phase's heading level", () => {
  // after a browser fork's release runbook: "## 2) Build", then "## 2.1 Configure/build", "## 2.2 Optional smoke run"
  const source = [
    "# Release runbook",
    "",
    "## 1) Update the source",
    "",
    "Pull the new base version.",
    "",
    "## 2) Build on Windows 11",
    "",
    "## 2.1 Configure/build",
    "",
    "```bash",
    "./mach build",
    "```",
    "",
    "## 2.2 Optional smoke run",
    "",
    "```bash",
    "./mach run",
    "```",
    "",
    "## 3) Package release artifacts",
    "",
    "1. Run the installer build.",
    "",
  ].join("\n");

  it("are steps of that phase, not phases of their own", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Update the source", "Build on Windows 11", "Package release artifacts"]);
    expect(parsed.phases[1]?.steps.map((s) => [s.kind, s.title])).toEqual([
      ["COMMAND", "Configure/build"],
      ["COMMAND", "Optional smoke run"],
    ]);
    expectSound(source, parsed);
  });

  it("leave a decimal heading that follows another number a phase (“## 2.1” after “## 1)”)", () => {
    const other = source.replace("## 2) Build on Windows 11\n\n", "");
    expect(titles(parseRunbookMarkdown(other))).toEqual(["Update the source", "Configure/build", "Optional smoke run", "Package release artifacts"]);
  });
});

describe("sections about the runbook, not work of it", () => {
  it("keeps “When to use”, “Rules” (Regler) before the work in the preamble, and “Common failures”, “What this does not cover” after it in the notes", () => {
    const source = [
      "# Controller upgrade",
      "",
      "## When to use",
      "",
      "Before a controller upgrade on a fleet that runs the daemon.",
      "",
      "## Regler",
      "",
      "1. Rotera aldrig i produktion utan ett godkänt ärende.",
      "2. Två personer närvarande.",
      "",
      "## Pre-flight",
      "",
      "- [ ] Backups taken",
      "",
      "## Upgrade",
      "",
      "```bash",
      "controller upgrade --to 25.2",
      "```",
      "",
      "## Common failures",
      "",
      "| Symptom | Fix |",
      "| --- | --- |",
      "| Daemon offline | Restart it |",
      "",
      "## What this does not cover",
      "",
      "Downgrades across major versions.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-flight", "Upgrade"]);
    expect(parsed.preamble).toContain("## Regler");
    expect(parsed.preamble).toContain("## When to use");
    expect(parsed.appendix).toContain("## Common failures");
    expect(parsed.appendix).toContain("## What this does not cover");
    expectSound(source, parsed);
  });
});

describe("a bullet holding code to run, indented under it", () => {
  // after a Laravel / MySQL rollback guide: "- **Import into an empty, fresh database:** drop and recreate it" over its fence
  const source = [
    "# Rollback guide",
    "",
    "## 1. Database import failure",
    "",
    "- **Import into an empty, fresh database:** drop and recreate it, then re-import.",
    "  ```bash",
    '  sudo mysql -e "DROP DATABASE app_lms; CREATE DATABASE app_lms;"',
    "  ```",
    "  Only do this when nothing valuable is in the database.",
    "- **Import into a non-empty database:** restore from the pre-import backup.",
    "- The log says why:",
    "  ```",
    "  ERROR 1049 (42000): Unknown database 'app_lms'",
    "  ```",
    "",
    "## 2. Nginx config failure",
    "",
    "1. Restore the stock site.",
    "",
  ].join("\n");

  it("is a step with that code; bullets of prose, and a bullet over printed output, stay notes", () => {
    const parsed = parseRunbookMarkdown(source);
    const phase = parsed.phases[0];
    expect(phase?.steps.map((s) => [s.kind, s.title])).toEqual([
      ["SQL", "Import into an empty, fresh database: drop and recreate it, then re-import."],
      ["MANUAL", "Import into an empty, fresh database: drop and recreate it, then re-import."],
    ]);
    // (the command line it came from is kept above the SQL, as a comment)
    expect(phase?.steps[0]?.text).toBe('-- sudo mysql -e "DROP DATABASE app_lms; CREATE DATABASE app_lms;"\nDROP DATABASE app_lms; CREATE DATABASE app_lms;');
    expect(phase?.notes).toContain("Import into a non-empty database");
    expect(phase?.notes).toContain("ERROR 1049");
    expectSound(source, parsed);
  });
});

describe("a rollback by a name the vocabulary lacked", () => {
  const runbook = (title: string, rollback: string) =>
    [
      `# ${title}`,
      "",
      "## Ensaio",
      "",
      "1. Restaurar a cópia no ambiente de ensaio.",
      "",
      "## Corte",
      "",
      "1. Parar os workers.",
      "",
      `## ${rollback}`,
      "",
      "1. Voltar à versão anterior.",
      "",
    ].join("\n");

  it.each([
    // Portuguese "Retorno" (return: the way back) under a title that also names it
    ["Migração e retorno operacional", "Retorno"],
    ["Migração", "Plano de retorno"],
    // a qualifier before the word: immediate, quick, manual
    ["One-writer cutover and rollback runbook", "Immediate rollback"],
    ["Cutover", "Quick rollback"],
    ["Cutover", "Manual rollback"],
  ])("reads “%s” › “%s” as the rollback", (title, name) => {
    const source = runbook(title, name);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Ensaio", "Corte"]);
    expect(parsed.rollback?.title).toBe(name);
    expectSound(source, parsed);
  });
});

describe("more sections about the runbook", () => {
  it.each([
    ["Cuándo usar", "Qué NO hacer"],
    ["Quando usar", "O que não fazer"],
    ["When to use this runbook", "Communicating"],
  ])("keeps “%s” before the work as the preamble and “%s” after it as the notes", (before, after) => {
    const source = [
      "# Rollback runbook",
      "",
      `## ${before}`,
      "",
      "- A deploy broke production.",
      "",
      "## Pasos",
      "",
      "1. Revertir el commit.",
      "2. Redesplegar.",
      "",
      "## Validación",
      "",
      "- [ ] La app responde",
      "",
      `## ${after}`,
      "",
      "- No borrar la base de datos.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pasos", "Validación"]);
    expect(parsed.preamble).toContain(before);
    expect(parsed.appendix).toContain(after);
    expectSound(source, parsed);
  });
});

describe("prerequisites by other names", () => {
  it.each(["前提環境", "Vorbedingungen", "必要な環境"])("reads the bullets under “%s” as a checklist", (name) => {
    const source = ["# Release", "", `## ${name}`, "", "- Node.js 22", "- Android SDK 35", "", "## Build", "", "```bash", "./gradlew assembleRelease", "```", ""].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual(["Node.js 22", "Android SDK 35"]);
    expectSound(source, parsed);
  });
});

describe("a step table with a rollback column", () => {
  // after a cut-over plan of one table: "| # | Step | Exit check | Rollback |"
  const table = (rollbackHeader: string, extra = "") =>
    [
      "# Cutover plan — 4 steps",
      "",
      "Each step has an exit check and a rollback point.",
      "",
      `| # | Step | Exit check | ${rollbackHeader} |`,
      "|---|---|---|---|",
      "| 1 | **Decide open questions** — freeze method, roles | Written decisions. | — |",
      "| 2 | **Provision staging** — project, service, secrets | `/ready` ok | Delete staging. |",
      "| 3 | **Freeze 3.1** — restrict the web app | No new rows | Restore the deployment's access. |",
      "| 4 | **Switch frontend** — publish the new URL | Sign-ins succeed | Revert the link to 3.1. |",
      "",
      extra,
    ].join("\n");

  it("gives the rollback procedure one step per row that says how to undo it, in the table's order", () => {
    const source = table("Rollback");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual([
      "Step 2 (Provision staging): Delete staging.",
      "Step 3 (Freeze 3.1): Restore the deployment's access.",
      "Step 4 (Switch frontend): Revert the link to 3.1.",
    ]);
    // the table's rows are the steps, each with its exit check and rollback (session 17: a step table; its four rows read
    // as two stages since session 26: one-list-stages.ts)
    expect(parsed.phases.flatMap((p) => p.steps).map((s) => s.title)).toEqual([
      "1. Decide open questions — freeze method, roles",
      "2. Provision staging — project, service, secrets",
      "3. Freeze 3.1 — restrict the web app",
      "4. Switch frontend — publish the new URL",
    ]);
    expect(parsed.phases.flatMap((p) => p.steps)[1]?.text).toBe("**Exit check:** `/ready` ok\n\n**Rollback:** Delete staging.");
    expectSound(source, parsed);
  });

  it("is no rollback when the column is about the rollback, or when a section names the rollback", () => {
    expect(parseRunbookMarkdown(table("Rollback time")).rollback).toBeNull();
    const withSection = parseRunbookMarkdown(table("Rollback", "## Rollback\n\n1. Restore the backup.\n"));
    expect(withSection.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual(["Restore the backup."]);
  });
});

// Kinds of structure the sixteenth and seventeenth held-out sets (190–201 deploys, release checklists
// and on-call procedures; 202–213 database and platform runbooks) showed the importer or its measure
// missing at their first run (issue 16 "Done when"): each a small document of its own.
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { expectSound, fenceInFirstPhase, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("the sub-sections of a closing “## Notes” section", () => {
  it("“### Burn In”, “### Benchmarks” under “## Notes” explain the checklists above them: no phases", () => {
    const source = [
      "# Release Checklist",
      "",
      "### All Releases",
      "",
      "- [ ] The new client has [run on the network](#burn-in) for 24 hours",
      "",
      "### Runtime Releases",
      "",
      "- [ ] Verify [benchmarks](#benchmarks) were updated",
      "",
      "## Notes",
      "",
      "### Burn In",
      "",
      "Ensure the release ran on the test validators for a day.",
      "",
      "### Benchmarks",
      "",
      "Run the benchmark bot on every changed pallet.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["All Releases", "Runtime Releases"]);
    expectSound(source, parsed);
  });
});

describe("the measure's line check", () => {
  it("counts a `- []` box (written without its space) as placed when the importer made it an item", () => {
    const source = "# Release\n\n- [] `git checkout development`\n- [] Changelog updated?\n  - [] Date next to the version\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(3);
    expect(findUnplacedLines(source, parsed)).toEqual([]);
  });
});

describe("a phase named with a rollback word", () => {
  it("“## Phase 2: DNS Rollback” is a phase by its own word, so an exported bare-label phase reads back the same", () => {
    const source = "# Migration\n\n## Phase 1: Day 0\n\n- Create the buckets\n\n## Phase 2: DNS Rollback\n\n- Point the DNS back to the old host\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Day 0", "DNS Rollback"]);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });
});

describe("sub-sections of a prerequisites section", () => {
  it("the bullets under “### Required Access” in “## 🔑 Prerequisites” are prerequisites too, named by their group", () => {
    const source =
      "# Credential Rotation Runbook\n\n## 🔑 Prerequisites\n\n### Required Access\n- Secret Manager Admin\n- GKE Admin\n\n### Required Tools\n```bash\ngcloud version\n```\n\n## 1. Rotate the certificate\n\n1. Upload the new certificate\n\n## 2. Rotate the signing key\n\n1. Publish the new key\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Required Access: Secret Manager Admin", "Required Access: GKE Admin"]);
    expectSound(source, parsed);
  });
});

describe("sub-sections of a prerequisites section are never phases", () => {
  it("with one section of work beside it, “### Required Access” / “### Required Tools” stay inside “## Prerequisites”", () => {
    const source =
      "# Credential Rotation Runbook\n\n## 🔑 Prerequisites\n\n### Required Access\n- Secret Manager Admin\n- GKE Admin\n\n### Required Tools\n```bash\ngcloud version\n```\n\n## 1. Rotate the certificate\n\n1. Upload the new certificate\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["🔑 Prerequisites", "Rotate the certificate"]);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("Setext headings whose text starts with a number", () => {
  it("“1. Download the software” over a line of dashes, twice or more, are the document's step headings", () => {
    const source = [
      "Upgrade the database home",
      "=========================",
      "",
      "1. Download the software",
      "------------------------",
      "Fetch the three files into the install directory.",
      "",
      "2. Create the new home",
      "----------------------",
      "```bash",
      "mkdir -p /u01/app/oracle/product/19.7",
      "```",
      "",
      "3. Replace OPatch",
      "-----------------",
      "Unzip the latest OPatch over the old one.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Download the software", "Create the new home", "Replace OPatch"]);
    expectSound(source, parsed);
  });

  it("one numbered line over a rule is a list and a rule, as written", () => {
    const source = "# Notes\n\n1. Only this\n---\n\nSome text.\n";
    expect(titles(parseRunbookMarkdown(source))).not.toContain("Only this");
  });
});

describe("glyph bullets under a prerequisites heading", () => {
  it("“- ✅ Backup taken” under “## Pré-requisitos” is a prerequisite to tick, not a success criterion", () => {
    const source =
      "# Migração para o RDS\n\n## Pré-requisitos\n\nAntes de começar:\n\n- ✅ RDS criado\n- ✅ Acesso SSH à EC2\n\n## Etapa 1: Exportar\n\n```bash\npg_dump app > app.sql\n```\n\n## Etapa 2: Importar\n\n```bash\npsql -h rds -f app.sql\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
    expect(parsed.phases[0]?.successCriteria).toEqual([]);
    expectSound(source, parsed);
  });
});

describe("fences nested in sub-steps", () => {
  const source = [
    "# RDS migration",
    "",
    "### I. Preparation",
    "1. Data Volume Assessment",
    "    1. Access Data Size",
    "        ```sql",
    "        SELECT table_schema, SUM(data_length) FROM information_schema.TABLES GROUP BY table_schema;",
    "        ```",
    "    2. Estimate Migration Time",
    "        - Test the network bandwidth.",
    "",
    "### II. Execution",
    "1. Data Consistency",
    "    - Row counts:",
    "        ```sql",
    "        SELECT COUNT(*) FROM orders;",
    "        ```",
    "",
  ].join("\n");

  it("a fence two levels down is a step of its own, named by its step and sub-step; the rest stays the step's text", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.steps.map((s) => `${s.kind}:${s.title}`)).toEqual(["SQL:Data Volume Assessment: Access Data Size", "MANUAL:Data Volume Assessment"]);
    expect(parsed.phases[1]?.steps.map((s) => `${s.kind}:${s.title}`)).toEqual(["SQL:Data Consistency: Row counts"]);
    expectSound(source, parsed);
  });

  it("under a step heading too (“### 1. Backups” over bullets with fences), so an export reads back the same", () => {
    const headed =
      "# Upgrade\n\n## Phase 1: Prepare\n\n### 1. Backups\n\n- Stop the writers:\n  ```bash\n  kubectl scale deploy/api --replicas=0\n  ```\n- Keep the config files\n\n## Phase 2: Upgrade\n\n1. Run the upgrade\n";
    const parsed = parseRunbookMarkdown(headed);
    expect(parsed.phases[0]?.steps.map((s) => `${s.kind}:${s.title}`)).toEqual(["COMMAND:Backups: Stop the writers", "MANUAL:Backups"]);
    expectSound(headed, parsed);
  });
});

describe("a fence labelled with no language", () => {
  const inPhase = fenceInFirstPhase;

  it("“```cli” / “```text” over only SQL (“CALL mysql.rds_set_configuration(…)”) is an SQL step; over a shell command it is not", () => {
    expect(parseRunbookMarkdown(inPhase("cli", "CALL mysql.rds_set_configuration('binlog_retention_hours', 24)")).phases[0]?.steps[0]?.kind).toBe("SQL");
    expect(parseRunbookMarkdown(inPhase("text", "SELECT count(*) FROM orders;")).phases[0]?.steps[0]?.kind).toBe("SQL");
    expect(parseRunbookMarkdown(inPhase("cli", "mysqldump --single-transaction -u root -p app > full.sql")).phases[0]?.steps[0]?.kind).not.toBe("SQL");
    expect(parseRunbookMarkdown(inPhase("json", '{ "select": "all" }')).phases[0]?.steps[0]?.kind).not.toBe("SQL");
  });
});

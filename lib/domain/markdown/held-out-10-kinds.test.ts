// Kinds of structure the tenth held-out set (118–129, database runbooks) showed the importer missing at
// its first measure (issue 16 "Done when"): each a small document of its own, so the fix is the kind
// and not the file.
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown } from "./export-runbook";
import { expectSound, titles, withoutWarnings } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

const allPhases = (p: TParsedRunbook) => [...p.phases, ...(p.rollback?.phases ?? [])];
const sqlSteps = (p: TParsedRunbook) => allPhases(p).flatMap((x) => x.steps.filter((s) => s.kind === "SQL"));

describe("a fence labelled sql that holds no SQL to run", () => {
  const source =
    "# Data Guard switchover\n\n### Step 1: Check the configuration\n\n````sql\nDGMGRL> SHOW CONFIGURATION;\n````\n\n### Step 2: Switch over\n\n````sql\nDGMGRL> SWITCHOVER TO db_standby;\n````\n\n### Step 3: Verify the roles\n\n````sql\nSELECT DATABASE_ROLE FROM V$DATABASE;\n````\n\nOn the new primary, the result must be:\n\n````sql\nDATABASE_ROLE\n---------------\nPRIMARY\n````\n";

  it("shows broker commands at their prompt and a query's printed rows, and runs only the query", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Check the configuration", "Switch over", "Verify the roles"]);
    expect(sqlSteps(parsed).map((s) => s.text)).toEqual(["SELECT DATABASE_ROLE FROM V$DATABASE;"]);
    expectSound(source, parsed);
  });
});

describe("a runbook that is itself a rollback plan, named before a subtitle", () => {
  it("reads “🔁 Rollback Plan | Oracle & MySQL to Aurora Migration”'s rollback procedures as its own procedure", () => {
    const source =
      "# 🔁 Rollback Plan | Oracle & MySQL to Aurora Migration\n\n## 🛡️ Pre-Migration Backup Steps\n\n- Full export of the schema\n\n## 🔄 Rollback Procedures\n\n### 1. Oracle to Aurora PostgreSQL\n\n- Recreate the original schema from the export\n\n### 2. MySQL to Aurora MySQL\n\n- Restore the dump into the source\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed).length).toBeGreaterThan(0);
    expectSound(source, parsed);
  });
});

describe("a runbook whose work is a restore", () => {
  it("reads “Database Restore Guide”'s “Restore Procedures” as its procedure, not a rollback", () => {
    const source =
      "# Database Restore Guide - Safe Procedures\n\n## Safety First\n\n- [ ] Confirm you have the correct backup file\n\n## Restore Procedures\n\n### 1. Emergency Restore\n\n```bash\nyarn tsx scripts/backup-restore.ts restore s3://bucket/backup.sql.gz\n```\n\n### 2. Planned Restore\n\n```bash\nyarn tsx scripts/backup-restore.ts list\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toContain("Emergency Restore");
    expectSound(source, parsed);
  });

  it("still reads a change runbook's “Restore Procedure” as its rollback", () => {
    const source = "# Schema migration\n\n## 1. Migrate\n\n```bash\nflyway migrate\n```\n\n## 2. Restore Procedure\n\n```bash\npg_restore -d app backup.dump\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Restore Procedure");
    expectSound(source, parsed);
  });
});

describe("a fence that connects with psql and then creates the database", () => {
  it("reads CREATE DATABASE / GRANT typed at the psql prompt as a SQL step", () => {
    const source =
      "# Migration\n\n## 1. Create the new database\n\n```bash\n# connect\npsql -h $DB_HOST -U postgres\n\n# create it\nCREATE DATABASE app_v2 OWNER app_user;\nGRANT ALL PRIVILEGES ON DATABASE app_v2 TO app_user;\n\\q\n```\n\n## 2. Restore\n\n```bash\npg_restore -d app_v2 backup.dump\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(sqlSteps(parsed)).toHaveLength(1);
    expect(sqlSteps(parsed)[0]?.text).toContain("CREATE DATABASE app_v2 OWNER app_user;");
    expectSound(source, parsed);
  });
});

describe("a checklist label in another language", () => {
  it("reads “**Чеклист:**” over boxes as a label, not part of each item", () => {
    const source =
      "# Миграция\n\n## Подготовка\n\n```bash\npg_dump -F c -f backup.dump app\n```\n\n## Проверка после миграции\n\n**Чеклист:**\n- [ ] Регистрация работает\n- [ ] Платежи обрабатываются\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual(["Регистрация работает", "Платежи обрабатываются"]);
    expectSound(source, parsed);
  });
});

describe("a numbered procedure that rolls back one object", () => {
  const source =
    "# Oracle patching\n\n## Procedimentos\n\n### Procedimento 1: Aplicar Patch\n\n```bash\nopatch apply\n```\n\n### Procedimento 3: Rollback de Patch\n\n```bash\nopatch rollback -id 34786990\n```\n\n## Checklist de Patching\n\n- [ ] Backup completo realizado\n";

  it("reads “### Procedimento 3: Rollback de Patch” as the rollback", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBeGreaterThan(0);
    expect(titles(parsed)).not.toContain("Procedimento 3: Rollback de Patch");
    expectSound(source, parsed);
  });

  it("leaves a “Rollback of the migration” step inside the work alone when a section is named the rollback", () => {
    const other = "# Deploy\n\n## 1. Migrations\n\n### Rollback of the migration\n\n```bash\nrails db:rollback\n```\n\n## 2. Rollback Plan\n\n1. Revert the release\n";
    const parsed = parseRunbookMarkdown(other);
    expect(parsed.rollback?.title).toBe("Rollback Plan");
    expectSound(other, parsed);
  });
});

describe("a rollback whose steps are followed by a section of checkboxes", () => {
  it("keeps “### Post-Rollback Actions” boxes after “#### Step N” rollback steps tickable", () => {
    const source =
      "# Migration\n\n## 1. Migrate\n\n```bash\npgloader migration.load\n```\n\n## 2. Rollback Procedure\n\n### 2.1 Rollback Steps\n\n#### Step 1: Announce\n\n```bash\necho rollback\n```\n\n#### Step 2: Restore the old configuration\n\n```bash\ngit checkout HEAD -- config/database.yml\n```\n\n### 2.2 Post-Rollback Actions\n\n**Immediate (Day 0)**:\n- [ ] Update status page\n- [ ] Notify stakeholders\n";
    const parsed = parseRunbookMarkdown(source);
    const items = (parsed.rollback?.phases ?? []).flatMap((p) => p.checklistItems.map((c) => c.text));
    expect(items).toEqual(["Immediate (Day 0): Update status page", "Immediate (Day 0): Notify stakeholders"]);
    expectSound(source, parsed);
  });
});

describe("a step whose title opens with a number", () => {
  it("exports a step titled “1. 备份（必须！）” (from a bold numbered label) so that it imports back the same", () => {
    const parsed = parseRunbookMarkdown(
      "# 升级指南\n\n## 1. 升级前准备\n\n```bash\npg_dumpall -U postgres > /backup/full.sql\n```\n\n```bash\npg_upgrade --check\n```\n\n## 2. 执行升级\n\n```bash\npg_upgrade --link\n```\n",
    );
    const steps = parsed.phases[0]?.steps ?? [];
    expect(steps).toHaveLength(2);
    steps.forEach((s, k) => {
      s.title = ["1. 备份（必须！）", "2) 检查兼容性"][k] ?? s.title;
    });
    const again = parseRunbookMarkdown(exportRunbookMarkdown(parsed));
    expect(again.phases[0]?.steps.map((s) => s.title)).toEqual(["1. 备份（必须！）", "2) 检查兼容性"]);
    expect(withoutWarnings(again)).toEqual(withoutWarnings(parsed));
  });
});

describe("a sub-section of code to run after a closing checklist sub-section", () => {
  it("reads “### 2. Data” over a sql fence after “### 1. Functional” checkboxes as a phase of its own", () => {
    const source =
      "# Migration\n\n## Switch traffic\n\n### Stage 1: 10%\n\n```bash\nnginx -s reload\n```\n\n### Stage 2: 100%\n\n```bash\nnginx -s reload\n```\n\n## Verify after the migration\n\n### 1. Functional\n\n- [ ] Login works\n- [ ] Payments work\n\n### 2. Data\n\n```sql\nSELECT count(*) FROM users;\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toContain("Data");
    expect(sqlSteps(parsed)).toHaveLength(1);
    expectSound(source, parsed);
  });
});

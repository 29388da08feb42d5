// Kinds of structure the ninth held-out set (106–117) showed the importer missing at its first measure
// (issue 16 "Done when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";

const allPhases = (p: TParsedRunbook) => [...p.phases, ...(p.rollback?.phases ?? [])];
const sqlSteps = (p: TParsedRunbook) => allPhases(p).flatMap((x) => x.steps.filter((s) => s.kind === "SQL"));
const itemCount = (p: TParsedRunbook) => allPhases(p).reduce((n, x) => n + x.checklistItems.length, 0);

describe("a runbook whose checkboxes are white squares (⬜)", () => {
  const source =
    "# Deployment Runbook\n\n## ✅ Pre-Deploy Checklist\n\n- ⬜ CI pipeline verde\n- ⬜ Backup de BD verificado\n\n## 🚀 Proceso de Despliegue\n\n### 1. Preparación\n\n```bash\ngit push origin v1.0.0\n```\n\n### 2. Validación en Staging\n\n- ⬜ Smoke tests automáticos\n\n## ⏪ Plan de Rollback\n\n1. ⬜ Revertir código a tag anterior\n2. ⬜ Verificar health checks\n\n## 📚 Referencias\n\n- [Monitoreo](./monitoring.md)\n\n### Leyenda de Estados\n\n- ⬜ Pendiente\n- ✅ Completado\n";

  it("reads each “- ⬜ …” and “1. ⬜ …” line as a checklist item, main and rollback", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["CI pipeline verde", "Backup de BD verificado"]);
    expect(parsed.rollback?.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Revertir código a tag anterior", "Verificar health checks"]);
    expect(itemCount(parsed)).toBe(5);
    expectSound(source, parsed);
  });

  it("keeps a legend of the status glyphs (“Leyenda de Estados”) as notes, not a checklist", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).not.toContain("Leyenda de Estados");
    expect(parsed.appendix).toContain("Pendiente");
  });
});

describe("a rollback section that glosses its own name", () => {
  it("reads “## 5. Performing Database Restoration (Rollback) Procedure …” after the work as the rollback", () => {
    const source =
      "# Major version upgrade\n\n## 1. Plan\n\n1. Check the versions\n\n## 2. Upgrade\n\n1. Patch the instance\n\n## 3. Performing Database Restoration (Rollback) Procedure from Backup\n\n1. Restore the pre-upgrade backup\n\n## 4. Complete the Upgrade\n\n1. Recreate the replicas\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Plan", "Upgrade", "Complete the Upgrade"]);
    expect(parsed.rollback?.title).toBe("Performing Database Restoration (Rollback) Procedure from Backup");
    expectSound(source, parsed);
  });

  it("leaves a first section “Plan de Reversa (Rollback)” the document's own procedure", () => {
    const doc = "# Anexo\n\n## Plan de Reversa (Rollback)\n\n### 1. Pasos\n\n1. Restaurar la versión anterior\n\n### 2. Validar\n\n1. Probar el servicio\n";
    const parsed = parseRunbookMarkdown(doc);
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.length).toBeGreaterThan(0);
  });
});

describe("SQL in a fence labelled as shell", () => {
  it("reads a `bash` fence holding only SQL statements as a SQL step", () => {
    const source =
      "# Upgrade\n\n## 1. Prepare\n\nCheck the collation:\n\n```bash\nSELECT datname, datcollate FROM pg_database WHERE datname IN\n('template0', 'template1', 'postgres');\n```\n\n## 2. Upgrade\n\n```bash\ngcloud sql instances patch INSTANCE --database-version=POSTGRES_16\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(sqlSteps(parsed).map((s) => s.text)).toEqual(["SELECT datname, datcollate FROM pg_database WHERE datname IN\n('template0', 'template1', 'postgres');"]);
    expectSound(source, parsed);
  });

  it("reads a fence that connects with psql and then runs SELECTs as a SQL step carrying those SELECTs", () => {
    const source =
      "# Restore\n\n## 1. Restore the snapshot\n\n```bash\naws rds restore-db-instance-from-db-snapshot --db-instance-identifier shop-restored\n```\n\n## 2. Verify the data\n\n```bash\n# connect to the restored instance\npsql -h shop-restored.db.example.internal \\\n  -U admin -d shop\n\n# count the rows\nSELECT 'users', count(*) FROM \"User\"\nUNION ALL\nSELECT 'orders', count(*) FROM \"Order\";\n```\n";
    const parsed = parseRunbookMarkdown(source);
    const sql = sqlSteps(parsed);
    expect(sql.length).toBe(1);
    expect(sql[0]?.text).toContain("SELECT 'orders', count(*) FROM \"Order\";");
    expectSound(source, parsed);
  });

  it('leaves a shell fence with one `psql -c "SELECT …"` among other commands a command', () => {
    const doc =
      '# Migrate\n\n## 1. Migrate\n\n```bash\npg_dump -U app -d app_db --file=/backups/pre.dump\npsql -U app -d app_db -c "SELECT version FROM schema_migrations;"\n```\n\n## 2. Check\n\n1. Watch the logs\n';
    expect(sqlSteps(parseRunbookMarkdown(doc))).toEqual([]);
  });
});

describe("a release plan whose last numbered section has an appendix's name", () => {
  it("takes “## 5) Communication” of checkboxes as a checklist phase, not a communication-plan appendix", () => {
    const source =
      "# Release Process Template\n\n## 1) Release Readiness\n- [ ] Release notes approved\n\n## 2) Branch And Tag Preparation\n- [ ] Tag created\n\n## 3) Verification\n- [ ] Post-release CI status checked\n\n## 4) Communication\n- [ ] Community announcement published\n- [ ] Internal update posted\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Release Readiness", "Branch And Tag Preparation", "Verification", "Communication"]);
    expect(parsed.phases[3]?.checklistItems.length).toBe(2);
    expectSound(source, parsed);
  });
});

describe("a go-live checklist whose rollback is a checklist too", () => {
  it("reads “## 🔄 ROLLBACK CHECKLIST” before a monitoring section as the rollback, not a main phase", () => {
    const source =
      "# Go-Live Checklist\n\n## ✅ PRE-GO-LIVE CHECKLIST\n\n- [ ] **Go/No-Go meeting held**\n\n## 🚀 GO-LIVE DAY CHECKLIST\n\n- [ ] **Deploy application code**\n\n## 🔄 ROLLBACK CHECKLIST\n\n**TRIGGER CRITERIA FOR ROLLBACK:**\n- Data corruption or loss\n\n### Rollback Execution\n\n- [ ] **Restore database backup**\n- [ ] **Restart legacy system**\n\n## 📊 POST-GO-LIVE MONITORING\n\n- [ ] **Daily metrics report**\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["✅ PRE-GO-LIVE CHECKLIST", "🚀 GO-LIVE DAY CHECKLIST", "📊 POST-GO-LIVE MONITORING"]);
    expect(parsed.rollback?.title).toBe("🔄 ROLLBACK CHECKLIST");
    expect(itemCount(parsed)).toBe(5);
    expectSound(source, parsed);
  });
});

describe("a deployment checklist whose checkboxes each carry a fence to run", () => {
  const source =
    "# 部署检查清单\n\n## 📋 部署前验证\n\n- [ ] **验证索引创建成功**\n  ```sql\n  SELECT indexname FROM pg_indexes WHERE tablename = 'anomaly_reports';\n  ```\n\n- [ ] **启动应用无错误**\n  ```bash\n  ./gradlew :policy-api:quarkusDev\n  ```\n\n- [ ] **Payload 构建正确**\n  - 提交验证动作\n\n## 📊 监控指标\n\n- [ ] **Replay 超时频率**\n  ```sql\n  SELECT count(*) FROM anomaly_actions WHERE status = 'TIMEOUT';\n  ```\n";

  it("keeps each box a checklist item and makes its SQL fence a SQL step named by the box", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(itemCount(parsed)).toBe(4);
    expect(sqlSteps(parsed).map((s) => s.title)).toEqual(["验证索引创建成功", "Replay 超时频率"]);
    expect(parsed.phases[0]?.steps.map((s) => s.kind)).toEqual(["SQL", "COMMAND"]);
    expectSound(source, parsed);
  });

  it("names the step by the box without its trailing colon (“- [ ] Create the tag:” over a fence)", () => {
    const doc =
      "# Release\n\n## Tag & release\n- [ ] Create the tag:\n  ```sh\n  git tag vX.Y.Z && git push origin vX.Y.Z\n  ```\n- [ ] Publish the notes\n\n## Post-release\n- [ ] Open the next checklist\n";
    const parsed = parseRunbookMarkdown(doc);
    expect(parsed.phases[0]?.steps.map((s) => s.title)).toEqual(["Create the tag"]);
    expectSound(doc, parsed);
  });
});

describe("a change-request template of field tables and bracketed prompts", () => {
  const source =
    "# Change Request Template\n\n## Change Request Information\n\n### Request Details\n\n| Field | Value |\n|-------|-------|\n| **Request ID** | CR-[AUTO-GENERATED] |\n| **Request Date** | YYYY-MM-DD |\n| **Requester Name** | |\n\n### Change Classification\n\n| Field | Value |\n|-------|-------|\n| **Change Type** | [ ] Standard [ ] Normal [ ] Emergency |\n\n---\n\n## Change Description\n\n### Summary\n\n[Provide a brief one-line summary of the change]\n\n### Justification\n\n[Explain why this change is needed]\n\n---\n\n## Implementation Plan\n\n### Implementation Steps\n\n| Step | Description | Owner | Duration |\n|------|-------------|-------|----------|\n| 1 | | | |\n| 2 | | | |\n\n## Testing Plan\n\n### Validation Criteria\n\n- [ ] Criterion 1\n- [ ] Criterion 2\n";

  it("takes the placeholder field tables for a form before the work and the sections of prompts for no phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Implementation Plan", "Testing Plan"]);
    expect(parsed.preamble).toContain("CR-[AUTO-GENERATED]");
    expect(parsed.preamble).toContain("[Provide a brief one-line summary of the change]");
    expectSound(source, parsed);
  });

  it("keeps a section whose table holds a procedure's empty numbered rows a phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.notes).toContain("| 1 | | | |");
  });
});

// Kinds of structure the seventh held-out set (80–93) showed the importer missing at its first measure
// (issue 16 "Done when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";
import { findUnplacedLines } from "./coverage";

describe("a Chinese upgrade runbook", () => {
  const source =
    "# 数据库升级手册\n\n## STEP 1: 升级前准备\n\n1. 确认备份\n2. 通知团队\n\n## STEP 2: 执行升级\n\n1. 执行迁移\n2. 验证\n\n## STEP 3: 回滚策略\n\n1. 回滚应用\n2. 验证回滚\n";

  it("finds “回滚策略” (rollback strategy) as the rollback, not a third phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["升级前准备", "执行升级"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });

  it("takes “## 回滚方案” and “## 回退步骤” as rollback sections too", () => {
    for (const name of ["回滚方案", "回退步骤", "回滚"]) {
      const doc = `# 发布\n\n## 1. 部署\n\n1. 部署新版本\n\n## 2. 验证\n\n1. 冒烟测试\n\n## ${name}\n\n1. 恢复上一个版本\n`;
      const parsed = parseRunbookMarkdown(doc);
      expect(parsed.phases.length).toBe(2);
      expect(parsed.rollback?.phases.length).toBe(1);
    }
  });
});

describe("a test plan of numbered sections", () => {
  const source =
    "# DR Test Plan\n\n## 1. Objectives\n- Validate recovery procedures\n- Measure recovery time\n\n## 2. Scope\n- Email services\n- File servers\n\n## 3. Test Steps\n1. Fail over to the backup system\n2. Restore services\n3. Validate data integrity\n\n## 4. Success Criteria\n- RTO achieved\n- No data corruption\n";

  it("keeps “Objectives” and “Scope” out of the phases and reads a “Success Criteria” section as the criteria of the phase before it", () => {
    const parsed = parseRunbookMarkdown(source);
    // (its one list of three steps read as two stages since session 26, the criteria closing the last: one-list-stages.ts)
    expect(titles(parsed)).toEqual(["Test Steps (steps 1–2)", "Test Steps (step 3)"]);
    expect(parsed.phases.flatMap((p) => p.steps).length).toBe(3);
    expect(parsed.phases[1]?.successCriteria).toEqual(["RTO achieved", "No data corruption"]);
    expectSound(source, parsed);
  });
});

describe("a procedure section that opens with a Prerequisites label", () => {
  const source =
    "# Upgrade Guide\n\n## Rolling Upgrade\n\n**Prerequisites**:\n- At least two replicas\n- A readiness probe\n\n**Procedure**:\n\n### Step 1: Update the chart\n\n```bash\nhelm upgrade db charts/db --reuse-values\n```\n\n### Step 2: Verify\n\n```bash\nkubectl rollout status statefulset/db\n```\n";

  it("reads the labelled list before the step phases as checklist items, not as notes", () => {
    const parsed = parseRunbookMarkdown(source);
    const items = parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text));
    expect(items).toEqual(["At least two replicas", "A readiness probe"]);
    expect(parsed.phases.flatMap((p) => p.steps).length).toBe(2);
    expectSound(source, parsed);
  });
});

describe("a change-request template", () => {
  const source =
    "# Change Request\n\n## Change Type\n- [ ] Standard\n- [ ] Emergency\n\n## Business Justification\n\n### Reason for Change\n<!-- Explain why this change is needed -->\n\n### Expected Benefits\n<!-- What improvements will this change deliver? -->\n\n## Change Plan\n\n### Implementation Steps\n1. Stop the service\n2. Deploy\n";

  it("makes no phase of a section that holds only headings and comments to fill in", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Change Type", "Change Plan"]);
    expectSound(source, parsed);
  });

  it('counts an empty numbered item to fill in ("1. ") as placed, as it does an empty checkbox', () => {
    const doc = "# Change Request\n\n## Change Plan\n\n### Implementation Steps\n1. \n2. \n\n### Acceptance\n- [ ] \n\n## Backout Plan\n\n### Backout Steps\n1. \n2. \n";
    const parsed = parseRunbookMarkdown(doc);
    expect(findUnplacedLines(doc, parsed)).toEqual([]);
    expect(parsed.rollback?.phases.length).toBeGreaterThan(0);
  });
});

describe("a reversal-plan template of numbered form tables", () => {
  const source =
    "# Plan de Reversa\n\n### 1. Datos generales\n| Campo | Información |\n|---|---|\n| Versión |  |\n| Fecha |  |\n\n### 2. Pasos de reversa\n1. Detener despliegue.\n2. Volver a la versión anterior.\n\n### 3. Validación\n1. Validar smoke test.\n\n### 4. Responsables\n| Rol | Nombre |\n|---|---|\n| DTI |  |\n| DBA |  |\n";

  it("makes no phase of a section that is only a table of fields left blank to fill in", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pasos de reversa", "Validación"]);
    expectSound(source, parsed);
  });
});

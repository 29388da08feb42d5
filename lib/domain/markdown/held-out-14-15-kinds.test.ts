// Kinds of structure the fourteenth and fifteenth held-out sets (166–177 business-system cut-overs and
// releases, 178–189 infrastructure operations) showed the importer missing at their first measure
// (issue 16 "Done when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a timeline overview of empty headings before the phases it sums up", () => {
  it("“### T-24 Hours” … “### T+1 Hour” with nothing under them are no phases; the “### Phase N” sections are", () => {
    const source = [
      "# ERP Launch Day Runbook",
      "",
      "## Timeline Overview",
      "",
      "### T-24 Hours: Final Preparations",
      "### T-0: Launch Execution",
      "### T+1 Hour: Initial Validation",
      "### T+24 Hours: Post-Launch Review",
      "",
      "## Detailed Procedures",
      "",
      "### Phase 1: T-24 Hours - Final Preparations",
      "",
      "- [ ] Backups verified",
      "",
      "### Phase 2: T-0 - Launch Execution",
      "",
      "```bash",
      "./deploy.sh production",
      "```",
      "",
      "### Phase 3: T+1 Hour - Initial Validation",
      "",
      "- [ ] Smoke tests green",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toHaveLength(3);
    expect(titles(parsed).every((t) => t.includes("-"))).toBe(true);
    expectSound(source, parsed);
  });
});

describe("which section holding a rollback word is the rollback", () => {
  it("an automatic fallback policy and a rollback drill are not the procedure; the manual rollback is (“自动回退策略”, “手动回滚”, “回滚演练”)", () => {
    const source =
      "# gw -> core Cutover Runbook\n\n## 1. 前置检查\n\n- 确认备份\n\n## 2. 灰度步骤\n\n1. 切 10% 流量\n2. 切 100% 流量\n\n## 3. 自动回退策略\n\n- 错误率 > 5% 时网关自动切回\n\n## 4. 手动回滚\n\n1. 将流量切回旧集群\n\n## 5. 回滚演练\n\n1. 每季度演练一次\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("手动回滚");
    expect(titles(parsed)).toContain("自动回退策略");
    expectSound(source, parsed);
  });

  it.each(["Automatic rollback", "Rollback drill", "Rollback rehearsal (quarterly)"])("“%s” alone is no rollback procedure", (name) => {
    const source = `# Release\n\n## 1. Deploy\n\n1. Deploy the build\n\n## ${name}\n\n- The pipeline reverts when the error rate passes 5 %\n`;
    expect(parseRunbookMarkdown(source).rollback).toBeNull();
  });

  it("a numbered procedure's name after its number (“### SOP 2: Emergency Rollback”, “## Scenario 3 – Rollback”) is the rollback", () => {
    for (const name of ["SOP 2: Emergency Rollback", "Scenario 3 – Rollback"]) {
      const source = `# Terraform Operations Runbook\n\n## Procedures\n\n### SOP 1: Making Infrastructure Changes\n\n1. terraform plan\n2. terraform apply\n\n### ${name}\n\n1. Revert the commit and apply again\n`;
      const parsed = parseRunbookMarkdown(source);
      expect(parsed.rollback?.title).toContain("Rollback");
      expectSound(source, parsed);
    }
  });
});

describe("SQL clients and shell commands in fences", () => {
  const inPhase = fenceInFirstPhase;

  it("a heredoc of SQL fed to another SQL client (`npx prisma db execute --stdin <<'SQL'`, `mysql … <<EOF`) is an SQL step", () => {
    for (const fence of [
      "npx prisma db execute --schema=prisma/schema.prisma --stdin <<'SQL'\nSELECT migration_name, finished_at FROM _prisma_migrations ORDER BY started_at DESC LIMIT 5;\nSQL",
      "mysql -uroot -p shop <<EOF\nSET GLOBAL innodb_fast_shutdown = 0;\nEOF",
    ]) {
      const source = inPhase("bash", fence);
      const parsed = parseRunbookMarkdown(source);
      expect(parsed.phases[0]?.steps[0]?.kind).toBe("SQL");
      expectSound(source, parsed);
    }
  });

  it("a shell command under a SQL label (“```mysql” over `mysqldump … > all.sql`) is not run on the target; SQL statements under it are", () => {
    expect(parseRunbookMarkdown(inPhase("mysql", "mysqldump -uroot -p --all-databases --routines > all.sql")).phases[0]?.steps[0]?.kind).not.toBe("SQL");
    expect(parseRunbookMarkdown(inPhase("mysql", "show variables like 'innodb_fast_shutdown';\nset global innodb_fast_shutdown=0;")).phases[0]?.steps[0]?.kind).toBe("SQL");
  });
});

describe("checkboxes right after the last phase, before the next top-level section", () => {
  it("a “### Success Criteria” of boxes after the last “### Exercise Flow” phase stays tickable, not that phase's notes", () => {
    const flow = (n: number) =>
      `## Scenario ${n}\n\n### Exercise Flow\n\n#### Phase 1: Detect (15 minutes)\n- [ ] Alert received\n\n#### Phase 2: Respond (30 minutes)\n- [ ] Secrets rotated\n\n### Key Decisions\n1. What to rotate first?\n\n### Success Criteria\n- [ ] Rotated within 30 minutes\n- [ ] Incident documented\n`;
    const source = `# Tabletop exercises\n\n${flow(1)}\n${flow(2)}\n## Resources\n\n- Runbook index\n`;
    const parsed = parseRunbookMarkdown(source);
    const items = parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text));
    expect(items.filter((t) => t.includes("Rotated within 30 minutes"))).toHaveLength(2);
    expect(items).toHaveLength(8);
    expectSound(source, parsed);
  });
});

describe("a record template of blank fields after the phases", () => {
  it("“## 7. 验收记录模板” of “- 执行人：” lines (a form left blank) is no phase of work", () => {
    const source =
      "# Cutover Runbook\n\n## 1. 前置检查\n- 确认开关关闭\n\n## 2. 灰度步骤\n1. 加入白名单\n2. 观察 30 分钟\n\n## 3. 手动回滚\n- 执行 `mix cutover rollback`\n\n## 4. 验收记录模板\n- 演练时间：\n- 执行人：\n- 结果与结论：\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["前置检查", "灰度步骤"]);
    expect(parsed.rollback?.title).toBe("手动回滚");
    expectSound(source, parsed);
    const english = source.replace("## 4. 验收记录模板\n- 演练时间：\n- 执行人：\n- 结果与结论：\n", "## 4. Record\n- Executed by: ____\n- Started at:\n- Result:\n");
    expect(titles(parseRunbookMarkdown(english))).toEqual(["前置检查", "灰度步骤"]);
  });
});

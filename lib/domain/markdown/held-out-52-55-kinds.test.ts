// Kinds that held-out sets 52–55 showed at first run (session 10), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("steps named by a Vietnamese sequence word", () => {
  it("reads “### Bước N:” headings under one section as the phases", () => {
    // after a MongoDB index migration runbook (647): five "Bước" (step) sections under "## Quy trình" (procedure)
    const source = lines(
      "# Runbook: MongoDB index migration",
      "",
      "## Quy trình thực thi",
      "",
      "### Bước 1: Sao lưu collection `users`",
      "",
      "```bash",
      "mongodump --collection users --out /backup",
      "```",
      "",
      "### Bước 2: Xóa index cũ",
      "",
      "```javascript",
      'db.users.dropIndex("username_1")',
      "```",
      "",
      "### Bước 3: Kiểm tra và xác nhận",
      "",
      "```javascript",
      "db.users.getIndexes()",
      "```",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Sao lưu collection `users`", "Xóa index cũ", "Kiểm tra và xác nhận"]);
    expectSound(source, parsed);
  });
});

describe("notes named in other languages", () => {
  it.each(["⚠️ Lưu ý quan trọng", "Wichtige Hinweise", "Remarques importantes", "주의 사항"])("reads “## %s” after the procedure as the runbook's notes", (name) => {
    // after a Vietnamese database move guide (304): "## ⚠️ Lưu ý quan trọng" (important notes) after the steps
    const source = lines(
      "# Move the database",
      "",
      "## 1. Back up",
      "",
      "```bash",
      "pg_dump app > app.sql",
      "```",
      "",
      "## 2. Load it on the server",
      "",
      "```bash",
      "psql app < app.sql",
      "```",
      "",
      `## ${name}`,
      "",
      "- Keep the local database until the server has run for a week.",
      "- The dump holds personal data: delete it after the restore.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Back up", "Load it on the server"]);
    expect(parsed.appendix).toContain(name);
    expectSound(source, parsed);
  });
});

describe("a runbook titled for its release and its rollback", () => {
  it.each(["Runbook: release と rollback", "Release und Rollback", "发布和回滚 rollback"])("reads “# %s” as naming two topics, its rollback section the rollback", (title) => {
    // after a Japanese release runbook (634): "# Runbook: release と rollback" over "## release 手順" and "## rollback"
    const source = lines(
      `# ${title}`,
      "",
      "## release 手順",
      "",
      "### 1. Tag the release",
      "",
      "```bash",
      "git tag -a v1.2.0 -m v1.2.0 && git push origin v1.2.0",
      "```",
      "",
      "### 2. Approve the publish job",
      "",
      "1. Open the workflow run and approve it",
      "",
      "## rollback",
      "",
      "```bash",
      "git revert --no-edit <catalog commit>",
      "```",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("rollback");
    expect(titles(parsed)).toEqual(["Tag the release", "Approve the publish job"]);
    expectSound(source, parsed);
  });
});

describe("a section for the case of failure that rolls back", () => {
  const deploy = (name: string, text: string) =>
    lines(
      "# 本番デプロイ手順",
      "",
      "## 1. DB を先に整える",
      "",
      "```bash",
      "npm run db:migrate",
      "```",
      "",
      "## 2. app をデプロイする",
      "",
      "```bash",
      "fly deploy",
      "```",
      "",
      `## ${name}`,
      "",
      text,
    );

  it.each([
    // after a Japanese production deploy runbook (649)
    ["失敗したとき", "rollback が必要なときは、アプリの deploy を先に戻し、DB 変更は backup 方針を見て判断します。"],
    ["When things go wrong", "Roll back the app to the previous release first; restore the database only from the pre-deploy snapshot."],
  ])("reads “## %s” as the rollback", (name, text) => {
    const source = deploy(name, text);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(name);
    expect(titles(parsed)).toEqual(["DB を先に整える", "app をデプロイする"]);
    expectSound(source, parsed);
  });

  it("does not read one that only says whom to call as the rollback", () => {
    expect(parseRunbookMarkdown(deploy("When things go wrong", "Page the on-call engineer and open an incident.")).rollback).toBeNull();
  });
});

describe("prerequisites qualified by any word, and preconditions in other languages", () => {
  it.each([
    // after a production deploy runbook (624): "## Human Prerequisites" of five bullets before the procedure
    "Human Prerequisites",
    "Operator prerequisites",
    "One-time prerequisites",
    // after a Spanish Prisma migration runbook (745, set 62): "## Precondiciones" of three bullets before the procedure
    "Precondiciones",
    "Pré-condições",
    "Préconditions",
    "Precondizioni",
    // after a telemetry cut-over runbook (797, set 66, session 11): "## 0. Prereqs" of two bullets
    "0. Prereqs",
    "Pre-reqs",
  ])("reads “## %s” over bullets as checklist items", (name) => {
    const source = lines(
      "# Production deploy",
      "",
      `## ${name}`,
      "",
      "- The GitHub environment `production` exists.",
      "- SSH access is restricted to operators.",
      "",
      "## Deploy",
      "",
      "```bash",
      "gh workflow run deploy.yml",
      "```",
      "",
      "## Verify",
      "",
      "1. Open the status page and check the version",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["The GitHub environment `production` exists.", "SSH access is restricted to operators."]);
    expectSound(source, parsed);
  });
});

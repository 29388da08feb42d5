// Section names of runbooks written in other languages and other English usage (issue 16: "rollback
// under any name", checklists and sign-offs anywhere, the preamble holding only the overview). Each
// case is a small runbook in the language's usual words for the section; the importer must find its
// rollback, its sign-off sheet, its prerequisites and its introduction as it does in English.
import { describe, expect, it } from "vitest";
import { expectSound, titles, withLastSection } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("rollback sections under other names", () => {
  it.each([
    ["English", "Fallback plan"],
    ["English", "Downgrade procedure"],
    ["French", "Procédure de retour en arrière"],
    ["French", "Plan de repli"],
    ["Italian", "Piano di rollback"],
    ["Italian", "Procedura di ripristino"],
    ["German", "Rückfallplan"],
    ["German", "Rollback-Plan"],
    ["Dutch", "Terugdraaien"],
    ["Dutch", "Terugvalplan"],
    ["Polish", "Plan wycofania"],
    ["Turkish", "Geri alma planı"],
    ["Korean", "롤백 절차"],
    ["Korean", "원복 계획"],
    ["Swedish", "Återställningsplan"],
    ["Chinese (traditional)", "回滾步驟"],
  ])("%s: “%s” is the rollback procedure, not a third phase", (_language, name) => {
    const source = withLastSection(name);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });
});

describe("sign-off sections under other names", () => {
  it.each([
    ["German", "Freigabe"],
    ["Spanish", "Firmas"],
    ["Portuguese", "Assinaturas"],
    ["Italian", "Approvazioni"],
    ["Chinese", "审批"],
    ["Korean", "승인"],
    ["Russian", "Подписи"],
    ["Dutch", "Goedkeuring"],
  ])("%s: “%s” over role lines is the sign-off sheet", (_language, name) => {
    const source = [
      "# Release 7",
      "",
      "## 1. Deploy",
      "",
      "- [ ] Deploy the new build",
      "",
      "## 2. Verify",
      "",
      "- [ ] Smoke tests pass",
      "",
      `## ${name}`,
      "",
      "**Release manager**: ____________ Date: ______",
      "**DBA**: ____________ Date: ______",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.signoffRoles).toEqual(["Release manager", "DBA"]);
    expectSound(source, parsed);
  });
});

describe("prerequisites under other names", () => {
  it.each([
    ["Chinese", "先决条件"],
    ["Chinese", "前置条件"],
    ["Korean", "사전 요구 사항"],
    ["Russian", "Предварительные условия"],
    ["Ukrainian", "Передумови"],
    ["Polish", "Wymagania wstępne"],
    ["Dutch", "Vereisten"],
    ["Turkish", "Ön koşullar"],
  ])("%s: a numbered “%s” list is checklist items", (_language, name) => {
    const source = [
      "# Upgrade",
      "",
      `## ${name}`,
      "",
      "1. A backup less than a day old",
      "2. The maintenance window announced",
      "",
      "## Step 1: Stop the application",
      "",
      "```bash",
      "systemctl stop app",
      "```",
      "",
      "## Step 2: Upgrade",
      "",
      "```bash",
      "apt-get install -y app=2.0",
      "```",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems).map((i) => i.text)).toEqual(["A backup less than a day old", "The maintenance window announced"]);
    expectSound(source, parsed);
  });
});

describe("introductions and appendices under other names", () => {
  it.each([
    ["German", "Einleitung", "Kontakte"],
    ["Spanish", "Introducción", "Contactos"],
    ["Italian", "Introduzione", "Contatti"],
    ["Chinese", "概述", "联系人"],
    ["Korean", "개요", "연락처"],
    ["Russian", "Введение", "Контакты"],
  ])("%s: “%s” is the preamble and “%s” the runbook's notes, neither a phase", (_language, intro, contacts) => {
    const source = [
      "# Release 7",
      "",
      `## ${intro}`,
      "",
      "This release moves the billing service to the new cluster.",
      "",
      "## Phase 1: Deploy",
      "",
      "- [ ] Deploy the new build",
      "",
      "## Phase 2: Verify",
      "",
      "- [ ] Smoke tests pass",
      "",
      `## ${contacts}`,
      "",
      "- On-call DBA: dba-oncall@example.com",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.preamble).toContain("billing service");
    expect(parsed.appendix).toContain("On-call DBA");
    expectSound(source, parsed);
  });
});

describe("step and phase headings in other languages", () => {
  it.each([
    ["Russian", "Шаг"],
    ["Ukrainian", "Крок"],
    ["Polish", "Krok"],
    ["Dutch", "Stap"],
    ["Turkish", "Adım"],
    ["Chinese", "步骤"],
    ["Japanese", "手順"],
    ["Swedish", "Steg"],
  ])("%s: “%s 1: …” headings are numbered phases whose titles drop the keyword", (_language, keyword) => {
    const source = [
      "# Upgrade",
      "",
      "Background of the change.",
      "",
      "## Notes",
      "",
      "Read this first.",
      "",
      `## ${keyword} 1: Stop the application`,
      "",
      "```bash",
      "systemctl stop app",
      "```",
      "",
      `## ${keyword} 2: Upgrade`,
      "",
      "```bash",
      "apt-get install -y app=2.0",
      "```",
      "",
      `## ${keyword} 3: Start`,
      "",
      "```bash",
      "systemctl start app",
      "```",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Stop the application", "Upgrade", "Start"]);
    expectSound(source, parsed);
  });
});

describe("ordinal and full-width numbering of CJK headings", () => {
  it.each([
    ["Chinese ordinal", (n: number) => `第${n}步：`],
    ["Chinese ordinal in Chinese numerals", (n: number) => `第${"一二三"[n - 1]}阶段：`],
    ["Japanese ordinal", (n: number) => `第${n}段階：`],
    ["Korean counter", (n: number) => `${n}단계: `],
    ["a keyword and a full-width colon", (n: number) => `步骤 ${n}：`],
    ["a number and an enumeration comma", (n: number) => `${n}、`],
  ])("%s: the headings are numbered phases whose titles drop the numbering", (_kind, prefix) => {
    const names = ["Stop the application", "Upgrade", "Start"];
    const source = [
      "# Upgrade",
      "",
      "Background of the change.",
      "",
      ...names.flatMap((name, k) => [`## ${prefix(k + 1)}${name}`, "", "```bash", `echo ${k + 1}`, "```", ""]),
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(names);
    expectSound(source, parsed);
  });
});

describe("checkboxes written as other glyphs", () => {
  it.each(["□", "▢", "◻", "◻️", "🔲"])("“%s task” lines, list items and a table's status column are tickable items", (box) => {
    const source = [
      "# Go-live",
      "",
      "## 1. Before",
      "",
      `${box} Backups verified`,
      `${box} Change ticket approved`,
      "",
      "## 2. During",
      "",
      `- ${box} Traffic switched`,
      "",
      "| Done | Task | Owner |",
      "| --- | --- | --- |",
      `| ${box} | Caches warmed | SRE |`,
      `| ${box} | Error rate normal | SRE |`,
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Before", "During"]);
    expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([2, 3]);
    expectSound(source, parsed);
  });
});

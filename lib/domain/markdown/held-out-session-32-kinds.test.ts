// Kinds found in session 32 (round 13's first-run misses, with their siblings in the corpus's other languages), each as
// a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import the
// identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a label saying to roll back if any of the listed cases happen lists when, not how", () => {
  // after 2320 (set 194: "## 9. Rollback Trigger Conditions" › "Rollback immediately if any of these happen:" over six
  // failures — "app does not load", "login fails" — read as the rollback, where its counter reads none)
  const runbook = (label: string) => lines("# Go-live", "", ...WORK, "", label, "", "- app does not load", "- login fails", "- health endpoint fails");

  it.each([
    "Rollback immediately if any of these happen:",
    "Roll back if any of the following occur:",
    "Revert when one of these is seen:",
    "Roll back immediately if any of the below happens:",
    "Rollback, wenn einer der folgenden Fälle eintritt:",
    "Revertir si ocurre alguno de estos casos:",
    "Fazer rollback se qualquer um destes acontecer:",
    "Rollback si l'un des cas suivants se produit :",
    "出现以下任一情况立即回滚：",
    "以下のいずれかが起きたらロールバック：",
  ])("“%s” over its cases is no rollback", (label) => {
    const parsed = parse(runbook(label));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.at(-1)?.notes).toContain("login fails");
  });

  it.each(["Rollback immediately if any of these happen:", "出现以下任一情况立即回滚："])("a “## Rollback” section of “%s” and its cases alone is no rollback", (label) => {
    const parsed = parse(lines("# Go-live", "", ...WORK, "", "## Rollback", "", label, "", "- app does not load", "- login fails"));
    expect(parsed.rollback).toBeNull();
  });

  it("a section that says how after its cases is the rollback", () => {
    // (952: "## 观察与回滚" › "出现以下任一情况立即回滚：" over its cases, then "应用回滚使用 Vercel 回滚。")
    const parsed = parse(
      lines("# Go-live", "", ...WORK, "", "## Rollback", "", "Roll back if any of these happen:", "", "- login fails", "", "Redeploy the previous tag with `./deploy.sh v1.2.2`."),
    );
    expect(parsed.rollback).not.toBeNull();
  });

  it.each(["Rollback if needed:", "If any check fails, roll back:", "Roll back if the deploy breaks checkout:"])("“%s” over its steps is the rollback", (label) => {
    const parsed = parse(lines("# Go-live", "", ...WORK, "", label, "", "- redeploy the previous tag", "- restore the snapshot"));
    expect(parsed.rollback?.phases[0]?.notes ?? "").toContain("redeploy the previous tag");
  });
});

describe("a rollback label that ends on its case (“Rollback if:”) lists when, not how", () => {
  // after 2359 (set 198: "## Rollback trigger" › "Rollback if:" over three failures, then "Procedure:
  // `docs/runbooks/recovery.md`" — read as the rollback, where its counter reads none)
  it.each(["Rollback if:", "Roll back when:", "**Revert if:**", "Rollback, wenn:", "Revertir si:", "Fazer rollback se:", "Откатываться, если:"])(
    "“%s” over its cases is no rollback",
    (label) => {
      const parsed = parse(lines("# Upgrade", "", ...WORK, "", label, "", "- the health check fails after a retry", "- the web entrance returns non-200"));
      expect(parsed.rollback).toBeNull();
    },
  );
});

describe("a rollback section that only names the document holding the way back is no rollback, in any language", () => {
  // after 2335 (set 196: "## Rollback" › "Bir deploy sorun çıkarırsa: [`docs/operations/rollback.md`](rollback.md)." —
  // "if a deploy causes trouble:", then only the link — read as the rollback, where its counter reads none)
  it.each([
    "Bir deploy sorun çıkarırsa: [`docs/operations/rollback.md`](rollback.md).",
    "Wenn ein Deploy Probleme macht: [Rollback-Anleitung](docs/rollback.md).",
    "Si un despliegue falla: `docs/runbooks/rollback.md`.",
    "部署出问题时：[回滚手册](docs/rollback.md)。",
    "Broken release: [rollback runbook](../runbooks/rollback.md)",
  ])("“%s” is a pointer", (text) => {
    const parsed = parse(lines("# Deploy", "", ...WORK, "", "## Rollback", "", text));
    expect(parsed.rollback).toBeNull();
  });

  it.each(["Rollback: `git revert HEAD && ./deploy.sh`.", "If a deploy breaks: redeploy the previous tag, see [rollback.md](rollback.md)."])(
    "“%s” holds a way back of its own",
    (text) => {
      expect(parse(lines("# Deploy", "", ...WORK, "", "## Rollback", "", text)).rollback).not.toBeNull();
    },
  );
});

describe("a rollback section saying only that there is none to do (“N/A”) is no rollback", () => {
  // after 2380 (set 199: "## Rollback" › "N/A (read-only operation)" in a backup runbook — read as the rollback, where its
  // counter reads none)
  it.each([
    "N/A (read-only operation)",
    "None — this runbook changes nothing.",
    "Not applicable: the backup is read-only.",
    "n/a",
    "Keiner (nur lesend)",
    "No aplica (solo lectura)",
  ])("“%s”", (text) => {
    const parsed = parse(lines("# Backup", "", ...WORK, "", "## Rollback", "", text, "", "## Duration", "", "About 15 minutes"));
    expect(parsed.rollback).toBeNull();
  });

  it("a section that opens “None needed” and then tells a way back is the rollback", () => {
    const parsed = parse(lines("# Backup", "", ...WORK, "", "## Rollback", "", "Normally none needed.", "", "1. Redeploy the previous tag", "2. Restore the snapshot"));
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("a manual fallback is the same work by hand, not a way back", () => {
  // after 2333 (set 195: "## 8. Manual fallback" › "Same artifacts, by hand — only when the pipeline is unavailable:" over a
  // build-and-publish fence — read as the rollback, where its counter reads none)
  it.each(["Manual fallback", "8. Manual fallback", "Manual Fallback", "Fallback manual", "Manueller Fallback", "Fallback manuel"])("“%s” is no rollback", (name) => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        ...WORK,
        "",
        `## ${name}`,
        "",
        "Same artifacts, by hand — only when the pipeline is unavailable:",
        "",
        "```bash",
        "npm run package && gh release create v1.2.3",
        "```",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });

  it.each(["Fallback plan", "Fallback", "Emergency fallback"])("“%s” is the rollback", (name) => {
    const parsed = parse(lines("# Release", "", ...WORK, "", `## ${name}`, "", "```bash", "./deploy.sh v1.2.2", "```"));
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("the philosophy of the work is reference, in every language", () => {
  // after 2340 (set 196: "## 基本思想" — the basic idea: two commands run the whole cycle — over a fence of both and what
  // they do, before "## 1. 初回のみ手動で行うこと", read as a seventh phase where its counter counts 3–6)
  it.each(["基本思想", "設計思想", "设计理念", "Runbook Philosophy", "Our Philosophy", "Maintenance Philosophy", "Philosophie", "Filosofía del runbook", "운영 철학"])(
    "“%s” before the work is not a phase",
    (name) => {
      const parsed = parse(lines("# Operations", "", `## ${name}`, "", "Two commands run the whole cycle:", "", "```bash", "make deploy-all", "make destroy-all", "```", "", ...WORK));
      expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
    },
  );
});

describe("the layout of the project's files is reference, in every language", () => {
  // after 2372 (set 199: "## 7. 파일 구조" — file structure — a tree fence of the fastlane folders, read as a sixth phase of
  // twelve steps where its counter counts 3–6)
  it.each(["파일 구조", "프로젝트 구조", "File structure", "Project Structure", "Directory layout", "文件结构", "ファイル構成", "Estructura de directorios", "Estrutura de pastas", "Structure des fichiers sur le serveur", "Verzeichnisstruktur", "Структура проекта"])(
    "“%s” after the work is not a phase",
    (name) => {
      const parsed = parse(lines("# Release", "", ...WORK, "", `## 4. ${name}`, "", "```", "fastlane/", "├── Fastfile", "└── Appfile", "```"));
      expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
    },
  );

  it("arranging the directories is work and stays a phase", () => {
    const parsed = parse(lines("# Release", "", ...WORK, "", "## 4. ディレクトリ構成を整える", "", "```bash", "mkdir -p /srv/app", "```"));
    expect(parsed.phases).toHaveLength(4);
  });
});

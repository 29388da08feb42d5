// Kinds found in session 48 (the last rounds' misses, with their siblings in the corpus's other languages), each as a small
// document of its own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));

describe("a checklist section over bold group names, each over plain bullets: the bullets are items too", () => {
  // after 5717 (set 477: a release runbook's "## Pre-deploy checklist" — "- **Environment parity**" over two nested bullets,
  // "- **Domains + routing**" over two … — both counters 4 groups + 8 bullets = 12 items)
  const doc = (section: string, group: string) =>
    lines(
      "# Release runbook",
      "",
      `## ${section}`,
      `- ${group}`,
      "  - Confirm staging mirrors production feature flags.",
      "  - Verify the `.env` values match the target environment.",
      "- **Data + migrations**",
      "  - Review pending migrations.",
      "",
      ...WORK,
    );
  it.each([
    ["Pre-deploy checklist", "**Environment parity**"],
    ["Go-live checklist", "__Environment parity__:"],
    ["Checkliste vor dem Deployment", "**Environment parity**"],
  ])("“## %s” over “- %s” and its bullets: each bullet an item, named by its group", (section, group) => {
    expect(items(parse(doc(section, group)))).toEqual([
      expect.stringContaining("Environment parity"),
      "Environment parity: Confirm staging mirrors production feature flags.",
      "Environment parity: Verify the `.env` values match the target environment.",
      "**Data + migrations**",
      "Data + migrations: Review pending migrations.",
    ]);
  });
  it("under a prerequisites label, bullets under a bold name say how to meet it: the names alone are items", () => {
    expect(items(parse(doc("Prerequisites", "**Environment parity**")))).toEqual(["**Environment parity**", "**Data + migrations**"]);
  });
  it("an item that is a whole sentence keeps its bullets as notes (its details, not more to tick)", () => {
    expect(items(parse(doc("Pre-deploy checklist", "Staging matches production in every respect")))).toEqual([
      "Staging matches production in every respect",
      "**Data + migrations**",
      "Data + migrations: Review pending migrations.",
    ]);
  });
});

describe("the requirements of a new server, named in more words, label their list (Russian, Chinese)", () => {
  // after 5772 (set 482: "## 3. Требования к новому VPS" — requirements for the new VPS — over a paragraph, a label line and nine
  // bullets, both counters nine items) and 5764 (set 480: "## 3. 新服务器前置条件" — the new server's prerequisites — over five
  // bullets, both counters five)
  const doc = (name: string) => lines("# Перенос", "", `## ${name}`, "", "- Ubuntu 24.04 LTS x86-64;", "- 4 vCPU, 8 GiB RAM;", "", ...WORK);
  it.each([["Требования к новому VPS"], ["Требования к новому серверу приложений"], ["新服务器前置条件"], ["目标机器前提条件"]])("“## %s”: its bullets are items", (name) => {
    expect(items(parse(doc(name)))).toEqual(["Ubuntu 24.04 LTS x86-64;", "4 vCPU, 8 GiB RAM;"]);
  });
});

describe("the case of having done a step too early or by mistake is the way back", () => {
  // after 5731 (set 479: a key rotation's "## If you dropped the key too early" — stop writing, find the old key's version,
  // else restore a backup from before the drop —, both counters' rollback)
  const doc = (name: string) =>
    lines(
      "# Rotating the key",
      "",
      ...WORK,
      "",
      `## ${name}`,
      "",
      "1. Find the old key in the secret's previous versions.",
      "2. If it is gone, restore the backup taken before the drop.",
    );
  it.each([["If you dropped the key too early"], ["If we ran the migration by mistake"], ["If someone deleted the bucket prematurely"]])("“## %s”", (name) => {
    expect(rollbackText(parse(doc(name)))).toContain("Find the old key");
  });
  it("a case of the set-up (“## If you installed it with Docker”) is no way back", () => {
    expect(parse(doc("If you installed it with Docker")).rollback).toBeNull();
  });
});

describe("an application's rollback, by that name, is the way back; an automatic restore is not", () => {
  // after 5790 (set 483: a cut-over's "## Automatic application rollback" — what the deploy script puts back when its checks
  // fail: the previous checkout, the static directory, the backup cron —, both counters' rollback)
  const doc = (name: string) => lines("# Cutover", "", ...WORK, "", `## ${name}`, "", "1. restore the prior checkout;", "2. restart the previous service.");
  it.each([["Automatic application rollback"], ["Automated app rollback"], ["Application rollback"]])("“## %s”", (name) => {
    expect(rollbackText(parse(doc(name)))).toContain("restore the prior checkout");
  });
  it("“## Automatic restore” of a restore runbook names its work, no way back (3009)", () => {
    expect(parse(doc("Automatic restore")).rollback).toBeNull();
  });
});

describe("a list of release checks, each a condition, is one stage — a condition over its command too", () => {
  // after 5755 (set 481: "## Release Checks" numbered 1–7 — "Backend image builds successfully.", "Backend non-Polar suite passes:"
  // over its pytest line, "Database migrations apply cleanly against staging.", "`/health` returns …" — before its rollback:
  // both counters one or two phases, where the seven were read as three stages)
  const doc = (third: string) =>
    lines(
      "# Production runbook",
      "",
      "## Release Checks",
      "",
      "1. Backend image builds successfully.",
      "2. Frontend lint and build pass.",
      `3. ${third}`,
      "4. Database migrations apply cleanly against staging.",
      "5. `/health` returns `ok`.",
      "6. `/metrics` is scrapeable.",
      "",
      "## Rollback",
      "",
      "1. Redeploy the previous image tag.",
    );
  it("“Backend suite passes: `pytest -q`” among them: one phase", () => {
    expect(titles(parse(doc("Backend suite passes: `pytest -q`")))).toHaveLength(1);
  });
  it("an action among them (“Deploy: `make deploy`”) makes them stages of work", () => {
    expect(titles(parse(doc("Deploy: `make deploy`"))).length).toBeGreaterThan(1);
  });
});

describe("a fence's “<summary>” placeholder is the fence's text, placed as written", () => {
  // after 5864 (set 490: "git commit -m \"vX.Y.Z — <summary>\"" in a bash fence, reported unplaced because the check took the
  // placeholder for a collapsed section's tag)
  it("a step's fence holding `<summary>` is sound", () => {
    const doc = lines("# Deploy", "", "## 1. Commit", "", "```bash", 'git commit -m "vX.Y.Z — <summary>"', "git push origin main", "```", "", ...WORK);
    expect(parse(doc).phases[0]?.steps[0]?.text).toContain("<summary>");
  });
});

describe("a rollback section that only points to another document, closed by a rule, is a pointer", () => {
  // after 5827 (set 487: a disaster-recovery runbook's "## 4. Rollback Procedure" — "See [`deployment-rollback.md`](…) for the
  // full code rollback procedure." then "---" —, both counters no rollback of its own)
  const doc = (para: string) => lines("# DR runbook", "", ...WORK, "", "## 4. Rollback Procedure", "", para, "", "---", "", "## 5. RTO / RPO Targets", "", "Daily backups.");
  it.each([
    ["See [`deployment-rollback.md`](./deployment-rollback.md) for the full code rollback procedure."],
    ["See [the rollback runbook](rollback.md) for the detailed steps."],
  ])("“%s”: no rollback, kept in the runbook's notes", (para) => {
    const parsed = parse(doc(para));
    expect(parsed.rollback).toBeNull();
    expect(parsed.appendix).toContain("Rollback Procedure");
  });
  it("a section that says how, beside its pointer, is the rollback", () => {
    expect(parse(doc("Redeploy the previous tag; see [rollback.md](rollback.md) for the details of each service.")).rollback).not.toBeNull();
  });
});

describe("a rollback guide by its title in Chinese, Japanese or Korean is the work, not a way back of its own", () => {
  // after 5811 (set 485: "# 回滚操作指南" — the rollback operation guide — over its prerequisites, "## 🚀 回滚步骤" with two methods
  // and the checks after: both counters no rollback of its own)
  const doc = (title: string) =>
    lines(`# ${title}`, "", "## 准备", "", "1. 备份当前版本", "", "## 回滚步骤", "", "1. 停止服务", "2. 恢复上一版本", "", "## 验证", "", "1. 检查健康状态");
  it.each([["回滚操作指南"], ["回滚手册"], ["ロールバック手順書"], ["롤백 가이드"]])("“# %s”: no rollback, its steps the work", (title) => {
    const parsed = parse(doc(title));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toContain("回滚步骤");
  });
  it("“# 部署与回滚指南” (deploy and roll back) keeps its rollback", () => {
    expect(parse(doc("部署与回滚指南")).rollback).not.toBeNull();
  });
});

describe("in a restore runbook, a table's “Restore path” column is the restore's own work, no way back", () => {
  // after 5854 (set 489: "# Neon restore and role-split runbook" opening with "| Component | Covered by | Restore path |" over
  // what restores each component — read as a rollback, which did not even import back from its export)
  const doc = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "| Component | Covered by | Restore path |",
      "|---|---|---|",
      "| Postgres | This runbook | PITR branch restore |",
      "| Search | Not this runbook | Rebuild from the outbox |",
      "",
      ...WORK,
    );
  it("“# Neon restore runbook”: no rollback", () => {
    expect(parse(doc("Neon restore runbook")).rollback).toBeNull();
  });
});

describe("a heading glossed with the way back is the way back", () => {
  // after 5809 (set 485: "## Voltar versão (rollback manual)" after a Windows service's update section) and 5874 (set 490: "###
  // 公開を取り消したい（直前の状態に戻す）" — to take the publication back (return to the state just before) —), both counters
  const doc = (name: string) => lines("# Operações", "", ...WORK, "", `## ${name}`, "", "1. Reinstale a versão anterior.", "2. Reinicie o serviço.");
  it.each([["Voltar versão (rollback manual)"], ["公開を取り消したい（直前の状態に戻す）"]])("“## %s”", (name) => {
    expect(rollbackText(parse(doc(name)))).toContain("Reinstale a versão anterior");
  });
  it.each([["Manual Dump/Restore (Fallback)"], ["恢复（Restore）"]])("a restore or fallback as the gloss (“## %s”) is no way back", (name) => {
    expect(parse(doc(name)).rollback).toBeNull();
  });
});

describe("“To undo a restore, …” tells the way back", () => {
  // after 5817 (set 486: a SQLite backup / restore runbook's "To undo a restore, stop the service, move `<DB_PATH>.pre-restore-<stamp>`
  // back to `DB_PATH` …, and start the service.", both counters' rollback)
  it("the paragraph after a restore's steps is the rollback", () => {
    const doc = lines(
      "# Backup and restore",
      "",
      ...WORK,
      "",
      "## Restore",
      "",
      "1. Stop the service.",
      "2. Copy the snapshot over the database.",
      "",
      "To undo a restore, stop the service, move the pre-restore copy back, and start the service.",
    );
    expect(parse(doc).rollback).not.toBeNull();
  });
});

describe("the access a migration requires, by “Required access”, labels its list", () => {
  // after 5842 (set 488: a Supabase migration runbook's "## Required access" over four bullets — the project ref, a personal
  // access token, the database password, the CLI — before its lifecycle, both counters four items)
  const doc = (name: string) => lines("# Supabase migration runbook", "", `## ${name}`, "", "- The Supabase project ref.", "- A personal access token.", "", ...WORK);
  it.each([["Required access"], ["Required permissions"], ["Required access and tools"]])("“## %s”: its bullets are items", (name) => {
    expect(items(parse(doc(name)))).toEqual(["The Supabase project ref.", "A personal access token."]);
  });
  it("under “## Prerequisites”, “### Required Access” still names its bullets' group", () => {
    const doc = lines("# Rotation", "", "## Prerequisites", "", "### Required Access", "- Secret Manager Admin", "", ...WORK);
    expect(items(parse(doc))).toEqual(["Required Access: Secret Manager Admin"]);
  });
  it("“## Required secrets” names configuration to set, no prerequisites to tick (5755, 575)", () => {
    expect(items(parse(doc("Required secrets")))).toEqual([]);
  });
});

// Kinds found in session 18 (sets 104–107), each as a small document of its own: what a lead expects, and that the
// import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** A two-phase certificate rotation whose "## Rollback" holds `body`. */
const withRollback = (...body: string[]) =>
  lines(
    "# Certificate rotation",
    "",
    "## 1. Issue the certificate",
    "",
    "1. Request the new certificate",
    "2. Upload it to the edge",
    "",
    "## 2. Verify",
    "",
    "1. Check the chain with openssl",
    "",
    "## Rollback",
    "",
    ...body,
  );

describe("a rollback section that says there is none, however it words it", () => {
  // after 1260 ('Cloudflare Universal SSL cannot be "rolled back" — … contact Cloudflare support'): both counters
  // counted no rollback; its text stays where it stands, with a warning
  it.each([
    ['Cloudflare Universal SSL cannot be "rolled back" — if a new certificate has issues, contact Cloudflare support.'],
    ["Column drops in this release cannot be undone. Plan a fix-forward instead."],
    ["It is not possible to roll back a published package version; publish a fixed one instead."],
    ["No rollback is possible once the DNS change has propagated."],
  ])("“%s”: no rollback, the text kept", (opening) => {
    const parsed = parsedSoundly(withRollback(opening));
    expect(parsed.rollback).toBeNull();
    expect(parsed.warnings.some((w) => w.includes("says there is no way back"))).toBe(true);
  });

  it("one that says so and then gives the steps is still the rollback", () => {
    const parsed = parsedSoundly(
      withRollback("Custom certificates cannot be rolled back automatically. To roll back by hand:", "", "1. Upload the previous certificate", "2. Purge the edge cache"),
    );
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual(["Upload the previous certificate", "Purge the edge cache"]);
  });
});

describe("a failure label that says to go on is no rollback", () => {
  // after 1257 ("**If this fails:** carry on to §3 anyway — a copy of a moving database is worth more than no copy"):
  // its counter counted no rollback — the label says to continue, not to go back
  const restore = (onFailure: string) =>
    lines(
      "# Restore the database",
      "",
      "## 1. Stop the writers",
      "",
      "```bash",
      "docker compose stop api worker",
      "```",
      "",
      `**If this fails:** ${onFailure}`,
      "",
      "## 2. Copy what is left",
      "",
      "```bash",
      "cp app.db app.db.damaged",
      "```",
      "",
      "## 3. Restore",
      "",
      "```bash",
      "cp backups/latest.db app.db",
      "```",
    );

  it("“**If this fails:** carry on to step 2 anyway …”: no rollback, the line kept in the phase", () => {
    const parsed = parsedSoundly(restore("carry on to step 2 anyway — a copy of a moving database is worth more than no copy."));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases[0]?.notes).toContain("carry on to step 2 anyway");
  });

  it("“**If this fails:** continue with the next step …”: no rollback either", () => {
    expect(parsedSoundly(restore("continue with the next step and say in the channel that writes were still live.")).rollback).toBeNull();
  });

  it("a failure label that says what to undo is still the rollback", () => {
    expect(parsedSoundly(restore("redeploy the previous build and tell the channel.")).rollback?.title).toBe("If this fails");
  });
});

describe("sections about the runbook, not phases of it", () => {
  /** Two phases of work between a section `before` (first) and a section `after` (last). */
  const around = (before: string[], after: string[]) =>
    lines("# Restore runbook", "", ...before, "", "## Restore", "", "1. Stop the app", "2. Restore the dump", "", "## Verify", "", "1. Run the smoke tests", "", ...after);

  it.each([["通用诊断命令"], ["診断コマンド"], ["진단 명령어"], ["General diagnostic commands"], ["Comandos de diagnóstico"]])(
    "“## %s” after the work (a fence of checks): reference, kept in the runbook's notes",
    (name) => {
      // after 1240 ("## 通用诊断命令", general diagnostic commands, after the recovery scenarios)
      const parsed = parsedSoundly(around([], [`## ${name}`, "", "```bash", "bash ops/doctor.sh --table", "systemctl status app", "```"]));
      expect(titles(parsed)).toEqual(["Restore", "Verify"]);
      expect(parsed.appendix).toContain("ops/doctor.sh");
    },
  );

  it.each([["联系作者"], ["联系我们"], ["お問い合わせ"], ["문의"]])("“## %s” (contacts) after the work: reference", (name) => {
    const parsed = parsedSoundly(around([], [`## ${name}`, "", "- GitHub Issues: https://example.org/issues", "- Email: see SECURITY.md"]));
    expect(titles(parsed)).toEqual(["Restore", "Verify"]);
    expect(parsed.appendix).toContain("GitHub Issues");
  });

  it.each([["Escenarios cubiertos"], ["Scenarios covered"], ["Covered scenarios"], ["Cenários cobertos"]])(
    "“## %s” over a numbered overview before the work: the runbook's introduction, no phase",
    (name) => {
      // after 1241 ("## Escenarios cubiertos": the four scenarios, bold-led, that the sections below treat)
      const parsed = parsedSoundly(
        around([`## ${name}`, "", "1. **Failed migration** — the database is half migrated", "2. **Accidental deletion** — a DELETE without WHERE"], []),
      );
      expect(titles(parsed)).toEqual(["Restore", "Verify"]);
      expect(parsed.preamble).toContain("Failed migration");
    },
  );

  it.each([["0. 先に知っておくこと"], ["0. Things to know first"], ["知っておくべきこと"]])("“## %s” before the work: the introduction", (name) => {
    // after 1276 ("## 0. 先に知っておくこと", things to know first: warnings about the free plan and the tokens)
    const parsed = parsedSoundly(around([`## ${name}`, "", "- The free plan allows 100,000 requests a day.", "- Keep the API token out of the repository."], []));
    expect(titles(parsed)).toEqual(["Restore", "Verify"]);
  });

  it.each([["2. Incident Severity Levels"], ["Severity levels"], ["Niveles de severidad"], ["심각도 등급"]])("“## %s” (a table of levels): reference", (name) => {
    // after 1275 ("## 2. Incident Severity Levels", a table of SEV1–SEV4 before the workflow)
    const parsed = parsedSoundly(around([`## ${name}`, "", "| Level | Meaning |", "| --- | --- |", "| SEV1 | Full outage |", "| SEV2 | Degraded |"], []));
    expect(titles(parsed)).toEqual(["Restore", "Verify"]);
  });
});

describe("a scenario named for rolling back is the rollback", () => {
  // after 1240, a recovery SOP of "## 场景 N：…" scenarios whose second, "完整回滚到 v2.4.x" (full rollback to v2.4.x),
  // backs the upgrade out — both counters counted the rollback
  const sop = (second: string) =>
    lines(
      "# Disaster recovery SOP",
      "",
      "## 场景 1：升级中断",
      "",
      "1. 查看日志",
      "2. 重新运行安装脚本",
      "",
      `## ${second}`,
      "",
      "```bash",
      "git checkout v2.4.3",
      "bash install.sh",
      "```",
      "",
      "## 场景 3：数据库损坏",
      "",
      "1. 停止服务",
      "2. 从备份恢复",
    );

  it.each([["场景 2：完整回滚到 v2.4.x"], ["Scenario 2: full rollback to v2.4.x"], ["Escenario 2: rollback completo a v2.4"]])("“## %s”", (second) => {
    const parsed = parsedSoundly(sop(second));
    expect(parsed.rollback?.title).toBe(second);
    expect(titles(parsed)).toEqual(["场景 1：升级中断", "场景 3：数据库损坏"]);
  });

  it("a scenario of another failure stays a phase (“Scenario 2: database corrupted”)", () => {
    const parsed = parsedSoundly(sop("Scenario 2: database corrupted"));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toHaveLength(3);
  });
});

describe("an item naming a checklist over bullets: its bullets are items to tick", () => {
  // after 1272 ("- Executar checklist de smoke:" over four bullets, in a "## Pré-cutover" of bullets): both counters
  // counted the four as checklist items, as the bullets of a section named as a checklist are
  const cutover = (item: string, sub: string[]) =>
    lines(
      "# Cutover",
      "",
      "## Pre-cutover",
      "",
      "- Confirm the final data migration.",
      `- ${item}`,
      ...sub,
      "- Tell the sales team.",
      "",
      "## Cutover day",
      "",
      "1. Freeze writes",
      "2. Import",
    );

  it.each([["Executar checklist de smoke:"], ["Run the smoke checklist:"], ["**Smoke-Checkliste:**"], ["スモークテストのチェックリスト："]])("“- %s”", (item) => {
    const parsed = parsedSoundly(cutover(item, ["  - open a new lead", "  - open a new contract"]));
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual([
      `${item.replace(/[*]/g, "").replace(/[:：]$/u, "")}: open a new lead`,
      `${item.replace(/[*]/g, "").replace(/[:：]$/u, "")}: open a new contract`,
    ]);
  });

  it("an item naming no checklist keeps its bullets as text (“- Validate the totals per entity:”)", () => {
    const parsed = parsedSoundly(cutover("Validate the totals per entity:", ["  - leads", "  - contracts"]));
    expect(parsed.phases[0]?.checklistItems).toEqual([]);
  });

  it("one over numbered sub-steps keeps them as they are (“- Run the smoke checklist:” over “1. …”)", () => {
    const parsed = parsedSoundly(cutover("Run the smoke checklist:", ["  1. open a new lead", "  2. open a new contract"]));
    expect(parsed.phases[0]?.checklistItems).toEqual([]);
  });
});

describe("a section named for the case of having to go back is the rollback", () => {
  // after 1312 ("## 3. Bila harus mundur", Indonesian: if we must go back — restore the dump, start v1, point the domain
  // back) and 1306 ("## 失敗時の復旧", recovery on failure: stop the new jobs, revert the merge, re-register the old ones);
  // both counters of each counted the rollback
  const release = (name: string) =>
    lines(
      "# Release 7",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy the new build",
      "",
      "## 2. Verify",
      "",
      "1. Run the smoke tests",
      "",
      `## ${name}`,
      "",
      "1. Stop the new build",
      "2. Start the previous build",
      "3. Point the domain back",
    );

  it.each([
    ["If we need to roll back"],
    ["If you have to go back"],
    ["If you must back out"],
    ["If a rollback is needed"],
    ["Bila harus mundur"],
    ["Si hay que volver atrás"],
    ["Se precisar voltar"],
  ])("“## %s”", (name) => {
    const parsed = parsedSoundly(release(name));
    expect(parsed.rollback?.title).toBe(name);
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual(["Stop the new build", "Start the previous build", "Point the domain back"]);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
  });

  it("a section for the case of success is no rollback (“## If it goes well”)", () => {
    expect(parsedSoundly(release("If it goes well")).rollback).toBeNull();
  });

  it.each([
    ["失敗時の復旧", "`git revert -m 1` でマージを取り消し、旧ソースへ戻す"],
    ["失败时的处理", "执行 `git revert` 回滚到上一版本"],
    ["실패 시 복구", "`git revert` 로 이전 버전으로 롤백한다"],
  ])("“## %s” (recovery on failure) whose steps roll the change back", (name, step) => {
    const parsed = parsedSoundly(
      lines(
        "# 切替手順",
        "",
        "## 1. 切替前検査",
        "",
        "1. 新しいジョブを確認する",
        "",
        "## 2. 切替順序",
        "",
        "1. 旧ジョブを停止する",
        "2. 新しいジョブを登録する",
        "",
        `## ${name}`,
        "",
        "1. 新しいジョブを停止する",
        `2. ${step}`,
      ),
    );
    expect(parsed.rollback?.title).toBe(name);
    expect(titles(parsed)).toEqual(["切替前検査", "切替順序"]);
  });
});

describe("prerequisites named with what they are for after the noun: a checklist", () => {
  // after 1290 ("## Prérequis serveur", server prerequisites, over four bullets: its counter counted them, as every list
  // labelled Prerequisites); the languages that put the qualifier after the noun, and a Japanese "…の前提条件"
  const deploy = (name: string) =>
    lines(
      "# Mise en production",
      "",
      `## ${name}`,
      "",
      "- VPS Linux (Ubuntu 22.04+)",
      "- Docker et Docker Compose installés",
      "- Accès SSH",
      "",
      "## Étape 1 — Déployer",
      "",
      "```bash",
      "git pull && docker compose up -d",
      "```",
    );

  it.each([["Prérequis serveur"], ["Prérequis du serveur"], ["Requisitos del servidor"], ["Pré-requisitos do servidor"], ["Voraussetzungen Server"], ["サーバーの前提条件"]])(
    "“## %s”",
    (name) => {
      const parsed = parsedSoundly(deploy(name));
      expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["VPS Linux (Ubuntu 22.04+)", "Docker et Docker Compose installés", "Accès SSH"]);
    },
  );
});

describe("lessons learned and the document's upkeep: about the runbook", () => {
  // after 1318 (a DR plan's "## 9. Documentação e Manutenção" and "## 11. Lições Aprendidas" after its work)
  const plan = (name: string) =>
    lines(
      "# DR plan",
      "",
      "## 1. Restore",
      "",
      "1. Stop the app",
      "2. Restore the dump",
      "",
      "## 2. Validate",
      "",
      "- [ ] Row counts match",
      "",
      `## 3. ${name}`,
      "",
      "### After each incident",
      "",
      "1. **Document**",
      "   - what happened",
      "   - how it was resolved",
      "2. **Update this plan**",
      "",
      "## 4. Contacts",
      "",
      "- DBA on call: +00 000 000",
    );

  it.each([["Lessons learned"], ["Lições Aprendidas"], ["Lecciones aprendidas"], ["Documentação e Manutenção"], ["Documentation and maintenance"], ["经验教训"]])(
    "“## 3. %s”: no phase",
    (name) => {
      const parsed = parsedSoundly(plan(name));
      expect(titles(parsed)).toEqual(["Restore", "Validate"]);
    },
  );
});

describe("a restore runbook's failure paragraph that restores again or fixes forward is no rollback", () => {
  // after 1304 ("## 7. 失败回退与升级", failure fallback and escalation, of a database restore runbook: a paragraph saying to
  // pick an earlier restore point or forward-fix, and to restore again from a verified one) — both counters: no rollback
  const restore = (...failure: string[]) =>
    lines(
      "# Database Restore Runbook",
      "",
      "## 1. Restore to an isolated target",
      "",
      "1. Create the target",
      "2. Restore the dump",
      "",
      "## 2. Smoke",
      "",
      "- [ ] Row counts match",
      "",
      "## 3. 失败回退与升级",
      "",
      ...failure,
    );

  it("a paragraph of restoring again or fixing forward: kept as text", () => {
    const parsed = parsedSoundly(restore("如果隔离验证失败，不触碰原环境；记录 mismatch 并选择更早恢复点或 forward-fix。"));
    expect(parsed.rollback).toBeNull();
  });

  it("steps of its own still make it the rollback", () => {
    const parsed = parsedSoundly(restore("1. 停止写入", "2. 回退到恢复前的快照"));
    expect(parsed.rollback?.phases[0]?.steps).toHaveLength(2);
  });
});

describe("the machine a runbook needs, before the work: its introduction", () => {
  // after 1322 ("## 서버 요구사항", server requirements: a plain fence of CPU, memory and disk before the build) — both
  // counters: reference, no phase
  it.each([["서버 요구사항"], ["Server requirements"], ["System requirements"], ["システム要件"], ["服务器要求"]])("“## %s”", (name) => {
    const parsed = parsedSoundly(
      lines(
        "# Deploy",
        "",
        `## ${name}`,
        "",
        "```",
        "vCPU 2+, RAM 4 GB+, disk 20 GB",
        "Ubuntu 22.04",
        "```",
        "",
        "## Build",
        "",
        "```bash",
        "docker build -t app .",
        "```",
        "",
        "## Run",
        "",
        "```bash",
        "docker run -d app",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Build", "Run"]);
  });
});

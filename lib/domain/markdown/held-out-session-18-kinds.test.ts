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

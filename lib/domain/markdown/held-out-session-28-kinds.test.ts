// Kinds found in session 28 (the corpus's remaining gaps and sets 164–169), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a section named for the preparation is the first stage of the work, not the runbook's introduction", () => {
  // after 1925 (set 161, both counters: "## Rust cutover preparation" over bullets on the commands that set the cut-over
  // up, then "## Pre-cutover proofs", "## Cutover" and "## Uninstalling the canary": the preparation was read as context
  // before the first section of work, 2 phases where 3–7)
  const runbook = (name: string) =>
    lines(
      "# Cutover runbook",
      "",
      "Every step here is executed by the owner, deliberately.",
      "",
      `## ${name}`,
      "",
      "- `tool install configure` creates the service account and the edge configuration.",
      "- `tool legacy export` writes a read-only export of the legacy stores.",
      "",
      "## Proofs",
      "",
      "```sh",
      "tool health --all",
      "```",
      "",
      "## Cutover",
      "",
      "1. Back up the legacy state.",
      "2. Stop the legacy units.",
      "3. Import the reviewed state.",
      "",
      "## Uninstalling the canary",
      "",
      "Remove the canary unit and its configuration.",
    );

  it.each(["Rust cutover preparation", "Preparation", "Vorbereitung", "Préparation", "Preparación", "Подготовка", "准备", "準備", "준비"])(
    "“## %s” over bullets before the first section of work is a phase",
    (name) => {
      const parsed = parse(runbook(name));
      expect(titles(parsed).slice(0, 3)).toEqual([name, "Proofs", "Cutover"]);
      expect(parsed.preamble).not.toContain("legacy export");
    },
  );

  it.each(["Background", "Current State (post-prep)", "준비물"])("“## %s” over bullets stays the introduction", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed).slice(0, 2)).toEqual(["Proofs", "Cutover"]);
    expect(parsed.preamble).toContain("legacy export");
  });
});

describe("a runbook whose one list is labelled as the checks to make is one stage of checks, not stages of work", () => {
  // after 1883 (set 158: "배포 전 확인:" (check before deploying) over seven numbered checks, imported as three stages of
  // about two steps; its counter saw one stage, or two with the deploy itself)
  const runbook = (label: string) =>
    lines(
      "# 배포",
      "",
      "운영에서는 한 프로세스만 워커를 실행해야 합니다.",
      "",
      label,
      "",
      "1. PostgreSQL `DATABASE_URL`",
      "2. `PUBLIC_BASE_URL`과 인증 설정",
      "3. 웹훅 서명 검증용 secret",
      "4. SMTP 테스트 주소로 한 건 발송",
      "5. `/healthz` 확인",
      "",
      "컨테이너는 React 콘솔을 스스로 빌드합니다.",
    );

  it.each(["배포 전 확인:", "Pre-deploy checks:", "Before deploying, verify:", "デプロイ前の確認："])("“%s” over the list: one phase of its five checks", (label) => {
    const parsed = parse(runbook(label));
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.steps).toHaveLength(5);
  });

  it("an unlabelled list of five steps is still read as stages", () => {
    expect(parse(runbook("절차:")).phases.length).toBeGreaterThan(1);
  });
});

describe("a section of faults and their remedies before the work is troubleshooting, not the first phase", () => {
  // after 1890 (set 158, both counters: "## Fehler des Publish-Endpunkts" over "| Code | Bedeutung | Gegenmaßnahme |"
  // was a first phase of nothing to run — its name read as a French verb over its object, "Fehler des" as "Créer des" —
  // beside the rollout's six steps: 2 phases where 3–6)
  const runbook = (name: string, header: string) =>
    lines(
      "# Betrieb",
      "",
      `## ${name}`,
      "",
      header,
      "| --- | --- | --- |",
      "| `401` | Signatur ungültig | Systemzeit prüfen |",
      "| `409` | Version zu klein | Sequenz anheben |",
      "",
      "## Neue Version ausrollen",
      "",
      "1. App erweitern.",
      "2. Tests ergänzen.",
      "3. Export umstellen.",
      "4. Auf Staging veröffentlichen.",
      "5. Auf Produktion veröffentlichen.",
      "6. Ergebnis prüfen.",
    );

  it.each([
    ["Fehler des Publish-Endpunkts", "| Code | Bedeutung | Gegenmaßnahme |"],
    ["Known errors", "| Symptom | Likely cause | Fix |"],
    ["자주 발생하는 오류", "| 증상 | 원인 | 해결 |"],
    ["Erreurs", "| Erreur | Cause | Action |"],
  ])("“## %s” over %s: kept before the work, the rollout staged as the work", (name, header) => {
    const parsed = parse(runbook(name, header));
    expect(titles(parsed)).not.toContain(name);
    expect(parsed.phases.length).toBeGreaterThanOrEqual(2);
    expect(parsed.phases.flatMap((p) => p.steps)).toHaveLength(6);
  });

  it("a table of tasks with their owners before the work stays a phase", () => {
    const parsed = parse(runbook("Vorbereitung der Teams", "| Aufgabe | Verantwortlich | Status |"));
    expect(titles(parsed)[0]).toBe("Vorbereitung der Teams");
  });
});

describe("a German noun in -er over “des” is no French verb over its object", () => {
  // after 1890 ("Fehler des Publish-Endpunkts" read as an action, as "Vérifier des …" is): a section of prose after the
  // work is a phase where its name is an action, reference where it is a noun
  const runbook = (deploy: string, last: string) =>
    lines("# Runbook", "", `## ${deploy}`, "", "```bash", "./deploy.sh production", "```", "", `## ${last}`, "", "Une phrase de texte. Ein Satz Text.");

  it("“## Créer des comptes” after the work is a phase", () => {
    expect(titles(parse(runbook("Déployer le service", "Créer des comptes")))).toEqual(["Déployer le service", "Créer des comptes"]);
  });

  it.each(["Fehler des Dienstes", "Parameter des Servers", "Ordner das Archivs"])("“## %s” after the work is its notes", (last) => {
    expect(titles(parse(runbook("Dienst ausrollen", last)))).toEqual(["Dienst ausrollen"]);
  });
});

describe("a section named an acceptance or check list in Chinese, Japanese or Korean ticks its bullets", () => {
  // after 1775 ("## 10. 验收清单" (acceptance checklist) over two PowerShell fences and eight bullets of checks under
  // "应用内检查：": 0 items where 8)
  const runbook = (name: string) =>
    lines(
      "# 离线部署说明",
      "",
      "## 1. 部署服务器",
      "",
      "```powershell",
      ".\\install.ps1",
      "```",
      "",
      `## 2. ${name}`,
      "",
      "```powershell",
      "Invoke-RestMethod http://127.0.0.1:9000/api/health",
      "```",
      "",
      "应用内检查：",
      "",
      "- 客户端可以打开。",
      "- 服务器状态为 `online`。",
      "- 默认管理员密码已修改。",
    );

  it.each(["验收清单", "核对清单", "確認リスト", "점검표"])("“## 2. %s”: three items to tick beside its command", (name) => {
    const parsed = parse(runbook(name));
    const check = parsed.phases.find((p) => p.title === name);
    expect(check?.checklistItems.map((i) => i.text)).toEqual(["客户端可以打开。", "服务器状态为 `online`。", "默认管理员密码已修改。"]);
    expect(check?.steps).toHaveLength(1);
  });

  it("“## 2. 文件清单” (a list of files) is no checklist", () => {
    const parsed = parse(runbook("文件清单"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("a rollback section that prefers a forward fix but says when to go back is the rollback", () => {
  // after 1552 ("## Rollback": "Prefer a forward fix. A migration is eligible for `alembic downgrade` only when its author has
  // reviewed reversibility … A restore is the recovery path for destructive changes": its counter's rollback, read as a
  // policy of rules only — as 1041's "Prefer forward-fix migration or feature toggle" bullets, which stay no rollback)
  const runbook = (...rollback: string[]) =>
    lines(
      "# Migration runbook",
      "",
      "## Apply",
      "",
      "```bash",
      "alembic upgrade head",
      "```",
      "",
      "## Verify",
      "",
      "```bash",
      "alembic current",
      "```",
      "",
      "## Rollback",
      "",
      ...rollback,
    );

  it("“Prefer a forward fix. A migration is eligible for `alembic downgrade` only when …”: the rollback", () => {
    const parsed = parse(
      runbook(
        "Prefer a forward fix. A migration is eligible for `alembic downgrade` only when its author has reviewed",
        "reversibility and data preservation. A restore is the recovery path for destructive changes.",
      ),
    );
    expect(parsed.rollback?.phases[0]?.notes ?? parsed.rollback?.phases[0]?.steps[0]?.text).toContain("alembic downgrade");
  });

  it.each([
    ["- Do not edit applied migration files", "- Prefer forward-fix migration or feature toggle", "- Document rollback decision in PR"],
    ["Prefer a forward fix. Never downgrade a migration in production."],
  ])("rules only (%s …): no rollback", (...rule) => {
    expect(parse(runbook(...rule)).rollback).toBeNull();
  });
});

describe("a section named like a checklist with nothing in it to tick or run is reference, not an empty phase", () => {
  // after 1860 ("## Outstanding impl-tasks (referenced above)" over a table of open tasks with estimates, after the
  // per-rotation checklist: a ninth phase of nothing, named a checklist by its "tasks"; 603's flags table the same)
  const runbook = (name: string, ...body: string[]) =>
    lines(
      "# Secret rotation",
      "",
      "## 1. Rotate the webhook secret",
      "",
      "```bash",
      "./rotate.sh webhook",
      "```",
      "",
      "## 2. Rotate the bot token",
      "",
      "```bash",
      "./rotate.sh bot",
      "```",
      "",
      "## Per-rotation checklist",
      "",
      "- [ ] New secret stored in the vault",
      "- [ ] Old secret revoked",
      "",
      `## ${name}`,
      "",
      ...body,
    );

  it("“## Outstanding impl-tasks” over a table of open tasks: the checklist's notes", () => {
    const parsed = parse(
      runbook(
        "Outstanding impl-tasks (referenced above)",
        "| ID | Surface | Estimate |",
        "| --- | --- | --- |",
        "| 1 | Dual-secret support | ~2h |",
        "| 2 | Multi-key verify | ~3h |",
      ),
    );
    expect(titles(parsed)).toEqual(["Rotate the webhook secret", "Rotate the bot token", "Per-rotation checklist"]);
    expect(parsed.phases.at(-1)?.notes).toContain("Dual-secret support");
  });

  it("“## Follow-up tasks” over boxes stays a phase to tick", () => {
    const parsed = parse(runbook("Follow-up tasks", "- [ ] Update the runbook", "- [ ] File the ticket"));
    expect(titles(parsed).at(-1)).toBe("Follow-up tasks");
    expect(parsed.phases.at(-1)?.checklistItems).toHaveLength(2);
  });
});

describe("a runbook whose whole work is one list of 8–12 steps is read as four stages of two or three steps", () => {
  // after 1946 (nine bold numbered incident steps: 3–9 and 4–9 for its counters), 1630 (nine switch-over steps: 4–9 and
  // 1–9), 1607 (eleven release steps: 4–9 and 1–9), 1521, 1513, 1574 — every document of 8–12 steps counted with the
  // current brief accepted four stages, and only one of them one phase (one-list-stages.ts)
  const list = (n: number) =>
    lines("# Switch the plugin over", "", "Switch it when the parity check passes.", "", ...Array.from({ length: n }, (_, k) => `${k + 1}. Step number ${k + 1} of the switch.`));
  const sizes = (n: number) => parse(list(n)).phases.map((p) => p.steps.length);

  it.each([
    [8, [2, 2, 2, 2]],
    [9, [3, 2, 2, 2]],
    [10, [3, 3, 2, 2]],
    [11, [3, 3, 3, 2]],
    [12, [3, 3, 3, 3]],
  ])("%i steps: stages of %j", (n, expected) => {
    expect(sizes(n)).toEqual(expected);
  });

  it("the lead is told, in the stages' words", () => {
    const parsed = parse(list(9));
    expect(titles(parsed)).toEqual([
      "Switch the plugin over (steps 1–3)",
      "Switch the plugin over (steps 4–5)",
      "Switch the plugin over (steps 6–7)",
      "Switch the plugin over (steps 8–9)",
    ]);
    expect(parsed.warnings.join("\n")).toContain("one list of 9 steps: imported as 4 stages of two or three steps each");
  });

  it("13 steps or more stay one phase", () => {
    expect(sizes(13)).toEqual([13]);
  });
});

describe("numbered sections after the first that name an action or a check are phases, prose and all", () => {
  // after 844 ("## 2. Dispatch", "## 3. Read the plan, then approve" after "## 1. Take the backup": kept as its notes, 2
  // phases where 3–5 for both counters) and 837 ("## 5. Post-check после миграции": 2 phases where 3–4)
  const runbook = (...names: string[]) =>
    lines(
      "# Production deploy",
      "",
      "## 1. Take the backup",
      "",
      "```bash",
      "supabase db dump > backup.sql",
      "```",
      "",
      ...names.flatMap((name, k) => [`## ${k + 2}. ${name}`, "", "Open the workflow page and follow what it shows for this stage of the deploy.", ""]),
    );

  it("“Dispatch” and “Read the plan, then approve” are phases", () => {
    expect(titles(parse(runbook("Dispatch", "Read the plan, then approve")))).toEqual(["Take the backup", "Dispatch", "Read the plan, then approve"]);
  });

  it.each(["Post-check", "Post-checks after the migration"])("“%s” is a phase", (name) => {
    expect(titles(parse(runbook(name)))).toEqual(["Take the backup", name]);
  });

  it("“Read me” names no action: the backup's notes", () => {
    expect(titles(parse(runbook("Read me")))).toEqual(["Take the backup"]);
  });
});

// Kinds found in session 44 (round 49's first-run misses, sets 401–406, with their siblings in the corpus's other languages),
// each as a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import
// the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const WORK_TITLES = ["Build", "Deploy", "Verify"];

describe("round 49: a name for the way back, a colon, then the rollback's own name (“Back door: instant rollback”) is the rollback", () => {
  // after 4830 (set 403: a booking system's cut-over — "## 6. Back door: instant rollback" over "1. In Vercel, remove
  // `NEXT_PUBLIC_CUTOVER` and redeploy. 2. Re-open online booking in Ovatu." —, both counters' rollback)
  it.each([["6. Back door: instant rollback"], ["Safety net: rollback"], ["Escape hatch: revert"]])("“## %s” after the work", (name) => {
    const parsed = parse(lines("# Cut-over", "", ...WORK, `## ${name}`, "", "1. Remove the cut-over flag and redeploy.", "2. Re-open booking in the old system."));
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(rollbackText(parsed)).toContain("Re-open booking");
  });

  it.each([
    // (another way to do the work named before the colon: 2842's secret rotation)
    ["Fallback: kubectl-managed Secret"],
    // (a phase's own enumeration before it: 2370's "## 3. Phase 0: restore" of a backup-and-restore runbook)
    ["4. Phase 0: restore"],
  ])("“## %s” is no rollback", (name) => {
    const parsed = parse(lines("# Runbook", "", ...WORK, `## ${name}`, "", "1. Apply the secret by hand.", "2. Restart the pods."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 49: the case of something wrong found after the work (“If something is wrong afterwards”) is the way back", () => {
  // after 4805 (set 401: a Postgres migration runbook — rehearse, apply, then "## 3. If something is wrong afterwards" over
  // "**Preferred:** restore the backup the rehearsal made" / "**Alternative:** `node db/migrate.js down N`" —, both counters)
  it.each([["3. If something is wrong afterwards"], ["If something goes wrong after the deploy"], ["If the release is wrong later"]])("“## %s”", (name) => {
    const parsed = parse(
      lines("# Migration", "", ...WORK, `## ${name}`, "", "- **Preferred:** restore the backup the rehearsal made.", "- **Alternative:** migrate down one step."),
    );
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(rollbackText(parsed)).toContain("restore the backup");
  });
});

describe("round 49: rollback triggers naming the system to go back to (“revert to DRX immediately”) are the way back", () => {
  // after 4812 (set 402: a pharmacy system's go-live checklist — pre-launch, launch day, post-launch boxes, then "### Rollback
  // Triggers" / "If any of the following occur, revert to DRX immediately:" over four boxes —, both counters' rollback)
  const golive = (lead: string) =>
    lines("# Go-Live Checklist", "", ...WORK, "## Rollback Triggers", "", lead, "- [ ] Claims not submitting for >30 minutes", "- [ ] Patient data corruption detected");
  it.each([["If any of the following occur, revert to DRX immediately:"], ["If any of these happen, switch back to the legacy system:"]])("%j", (lead) => {
    const parsed = parse(golive(lead));
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(parsed.rollback?.title).toBe("Rollback Triggers");
  });

  it("triggers alone (“If any of the following occur, page the on-call:”) are no way back", () => {
    expect(parse(golive("If any of the following occur, page the on-call:")).rollback).toBeNull();
  });
});

describe("round 49: the return to the version before, as a noun (“Atualização e retorno à versão anterior”), names the rollback", () => {
  // after 4853 (set 405: a Portuguese Docker operations page — "## Atualização e retorno à versão anterior" over updating the image
  // and going back to the previous tag —, both counters' rollback)
  it.each([["Atualização e retorno à versão anterior"], ["Actualización y vuelta a la versión anterior"]])("“## %s”", (name) => {
    const parsed = parse(lines("# Operação", "", ...WORK, `## ${name}`, "", "1. Volte a tag anterior da imagem.", "2. Reinicie o serviço."));
    expect(parsed.rollback?.title).toBe(name);
  });
});

describe("round 49: a later sentence for the case something breaks, in Spanish, Portuguese or French, then a way back", () => {
  // after 4797 (set 401: a Render + Vercel deploy guide's "## El respaldo/versionado sigue siendo GitHub" — "El deploy no reemplaza
  // el control de versiones — … Si algo se rompe, el respaldo real es el historial de commits: … `git revert <hash>` …" —, both
  // counters' rollback)
  const guide = (para: string) => lines("# Despliegue", "", ...WORK, "## El versionado sigue siendo GitHub", "", para);
  it.each([
    ["El deploy solo refleja lo que hay en `main`. Si algo se rompe, el respaldo real es el historial: `git revert <hash>` deshace un commit."],
    ["O deploy só reflete a `main`. Se algo quebrar, use `git revert <hash>` para desfazer o commit."],
    ["Le déploiement reflète `main`. Si quelque chose casse, faites `git revert <hash>`."],
  ])("%j", (para) => {
    expect(parse(guide(para)).rollback).not.toBeNull();
  });

  it("a later sentence for the case with no way back (“Si algo se rompe, avisa al equipo.”) is none", () => {
    expect(parse(guide("El deploy solo refleja lo que hay en `main`. Si algo se rompe, avisa al equipo en el canal.")).rollback).toBeNull();
  });
});

describe("round 49: a bold rollback label with its case before the colon, or a rollback word leading a few words, is the way back", () => {
  // after 4847 (set 405: a website go-live's cut-over stage — "**Rollback**, if the smoke test fails or the site is visibly wrong:
  // point DNS back." —, both counters) and 4865 (set 406: an AWS move's warnings — "- **Откат деплоя** — перевешивание тега
  // `:prod` в ECR, не пересборка." —, both counters)
  const stage = (para: string) => lines("# Go-live", "", ...WORK, "## Notes", "", para);
  it.each([
    ["**Rollback**, if the smoke test fails or the site is visibly wrong: point DNS back."],
    ["**Deploy rollback**: re-point the `:prod` tag in ECR, no rebuild."],
    ["**Откат деплоя**: перевешивание тега `:prod` в ECR, не пересборка."],
  ])("%j", (para) => {
    expect(parse(stage(para)).rollback).not.toBeNull();
  });

  it("a label saying how things stand with the rollback (“**Rollback disabled, globally.**”) is none", () => {
    expect(parse(stage("**Rollback disabled, globally.** Every apply already runs with the flag set.")).rollback).toBeNull();
  });
});

describe("round 50: a box saying the rollback plan is written or tried (“… plan documented.”) is readiness, not the way back", () => {
  // after 4840 (set 404: a release checklist's boxes — "- [ ] Rollback application image and forward database remediation plan
  // documented." —, both counters' no rollback)
  const release = (box: string) => lines("# Release checklist", "", ...WORK, "## Go/no-go", "", "- [ ] Health checks green.", `- [ ] ${box}`);
  it.each([["Rollback application image and forward database remediation plan documented."], ["Rollback to the previous release tested and approved"]])("%j", (box) => {
    expect(parse(release(box)).rollback).toBeNull();
  });

  it("a box that rolls back (“Rollback application image to the previous tag.”) stays the way back", () => {
    expect(parse(release("Rollback application image to the previous tag.")).rollback).not.toBeNull();
  });
});

describe("round 50: a rollback section whose name says there is none (“Rollback — there isn't one”) is no rollback", () => {
  // after 4896 (set 409: a same-server launch cut-over — "## 5. Rollback — there isn't one" over why the wipe leaves no way back —,
  // both counters' no rollback)
  it.each([["5. Rollback — there isn't one"], ["Rollback: none"], ["Rollback (n/a)"]])("“## %s” over prose", (name) => {
    const parsed = parse(lines("# Launch", "", ...WORK, `## ${name}`, "", "Because no snapshot is taken, **there is no rollback path** once the server is wiped."));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toEqual(WORK_TITLES);
  });
});

describe("round 50: a rollback decision of triggers over the command that restores (“## Rollback-Entscheidung”) is the way back", () => {
  // after 4898 (set 409: a German go-live runbook's "## Rollback-Entscheidung" — triggers, then "Produktiver Restore ist
  // destruktiv …" over a `deploy/scripts/restore-postgres.sh` fence —, both counters' rollback)
  const golive = (name: string, fence: string) =>
    lines("# Go-Live-Runbook", "", ...WORK, `## ${name}`, "", "Rollback pruefen, wenn:", "", "- Login nicht moeglich.", "- Daten beschaedigt.", "", "```bash", fence, "```");
  it.each([
    ["Rollback-Entscheidung", "BACKUP_FILE=backups/app.dump deploy/scripts/restore-postgres.sh"],
    ["Rollback decision", "helm rollback api 41"],
  ])("“## %s” over `%s`", (name, fence) => {
    expect(parse(golive(name, fence)).rollback?.title).toBe(name);
  });

  it("triggers over a command that only looks (`docker compose logs app`) are no way back", () => {
    expect(parse(golive("Rollback-Entscheidung", "docker compose logs app")).rollback).toBeNull();
  });
});

describe("round 51: a later sentence telling how the rollback is done, in Chinese and Russian, is the way back", () => {
  // after 4988 (set 417: "迁移会随之自动执行。回滚就切回上一个 commit 再跑同样的命令" — to roll back, switch back to the previous
  // commit and run the same commands —, both counters) and 4992 (set 417: "… Откат приложения выполняется возвратом прежней версии
  // кода; …" — the application is rolled back by returning the previous version of the code —, both counters)
  it.each([["迁移会随之自动执行。回滚就切回上一个 commit 再跑同样的命令。"], ["Старые таблицы не удаляются. Откат приложения выполняется возвратом прежней версии кода."]])(
    "%j",
    (para) => {
      expect(parse(lines("# 部署", "", ...WORK, "## Upgrade", "", "```bash", "git pull", "```", "", para)).rollback).not.toBeNull();
    },
  );
});

describe("round 51: a paragraph opening with what the rollback does (“Rollback stops the job and keeps …”) is the way back", () => {
  // after 4970 (set 415: a KMS key rotation's "Rollback stops the job and keeps reads on both old and current versions. Restore prior
  // `WrappedKey` values …" —, both counters)
  it("“Rollback stops the job and keeps reads on both versions.”", () => {
    const parsed = parse(lines("# Key rotation", "", ...WORK, "## Rewrap", "", "Rollback stops the job and keeps reads on both old and current versions."));
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("round 51: going back to the state before, in German, as a bold label (“**Auf den vorigen Stand zurück:**”)", () => {
  // after 4995 (set 417: a Proxmox operations runbook's "**Zurück auf einen laufenden Stand:**" and "**Auf den vorigen Stand
  // zurück:**" over commands —, both counters' rollback)
  it.each([["Zurück auf einen laufenden Stand"], ["Auf den vorigen Stand zurück"]])("“**%s:**”", (label) => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, "## Update", "", `**${label}:** \`git checkout v1.4 && docker compose up -d\``));
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("round 51: entry conditions are prerequisites, and a matrix of the ways back is the rollback", () => {
  // after 4983 (set 416: a Polish launch runbook — "## Warunki wejścia do RC" over seven bullets, … "## Rollback matrix" over
  // "Backend regression: przywróć poprzedni deployment …" —, both counters: checklist 7, rollback)
  it.each([["Warunki wejścia do RC"], ["Entry conditions"]])("“## %s” over bullets", (name) => {
    const parsed = parse(lines("# Launch Runbook", "", `## ${name}`, "", "- scope is frozen;", "- both repos are clean.", "", ...WORK));
    expect(parsed.phases.reduce((n, p) => n + p.checklistItems.length, 0)).toBe(2);
  });

  it("“## Rollback matrix” after the work", () => {
    const parsed = parse(
      lines("# Launch Runbook", "", ...WORK, "## Rollback matrix", "", "- Backend regression: przywróć poprzedni deployment.", "- Telemetry incident: `TELEMETRY_ENABLED=false`."),
    );
    expect(parsed.rollback?.title).toBe("Rollback matrix");
    expect(titles(parsed)).toEqual(WORK_TITLES);
  });
});

describe("round 50: an item stating its case in Chinese, then going back to the backup version, is the way back", () => {
  // after 4907 (set 410: a go-live checklist's "## 🚨 应急预案" kept as notes — "### 服务无法启动" over "4. 如无法恢复，回滚到备份版本" (if it
  // cannot be recovered, roll back to the backup version) —, both counters)
  const plan = (item: string) =>
    lines("# 上线检查", "", ...WORK, "## 🚨 应急预案", "", "### 服务无法启动", "", "1. 检查PM2状态: `pm2 status`", "2. 重启服务: `pm2 restart api`", `3. ${item}`);
  it.each([["如无法恢复，回滚到备份版本"], ["若仍无法启动，回滚到上一个版本"]])("%j", (item) => {
    expect(rollbackText(parse(plan(item)))).toContain("回滚");
  });

  it("an item stating its case, then only escalating (“如无法恢复，联系运维负责人”), is none", () => {
    expect(parse(plan("如无法恢复，联系运维负责人")).rollback).toBeNull();
  });
});

describe("round 49: how to use the checklist is about it, not one; Japanese definitions, guidelines and cautions are reference", () => {
  // after 4856 (set 406: a Japanese consistency-check procedure — "## 3. チェックリストの使い方" (how to use the checklists) over three
  // bullets, "## 4. 推奨検証フロー", then "## 5. 重要度（高/中/低）の定義", "## 6. エスカレーション指針", "## 7. WordPress/DB に依存する注意点",
  // "## 8. 成果物パス" —, both counters: no items, 3–6 phases)
  const doc = (name: string) =>
    lines(
      "# 作業手順書",
      "",
      ...WORK,
      `## ${name}`,
      "",
      "- 各ファイルの先頭に実行日を書く",
      "- 結果は OK / NG で記入する",
      "",
      "## 5. 重要度（高/中/低）の定義",
      "",
      "- 高: 請求金額に直結する誤り",
      "",
      "## 6. エスカレーション指針",
      "",
      "- 高は当日中に共有する",
      "",
      "## 7. WordPress/DB に依存する注意点",
      "",
      "- プレフィックスは環境で変わる",
      "",
      "## 8. 成果物パス",
      "",
      "- docs/checks/",
    );
  it.each([["3. チェックリストの使い方"], ["How to use this checklist"]])("“## %s” over bullets", (name) => {
    const parsed = parse(doc(name));
    expect(parsed.phases.reduce((n, p) => n + p.checklistItems.length, 0)).toBe(0);
    expect(parsed.phases.length).toBeLessThanOrEqual(4);
  });
});

describe("round 50: a named server's requirements in Chinese (“### 2.1 阿里云服务器要求”) are prerequisites", () => {
  // after 4912 (set 410: a blog deploy guide's "## 2. 环境准备" — "### 2.1 阿里云服务器要求" and "### 2.2 本地服务器要求" over bold-labelled
  // bullets of hardware and software —, both counters' 23 items)
  it.each([["2.1 阿里云服务器要求"], ["2.2 本地服务器要求"]])("“### %s”", (name) => {
    const parsed = parse(lines("# 部署文档", "", "## 1. 环境准备", "", `### ${name}`, "", "- CPU: 1核", "- 内存: 2GB", "", ...WORK));
    expect(parsed.phases.reduce((n, p) => n + p.checklistItems.length, 0)).toBe(2);
  });
});

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
      const parsed = parse(
        lines("# Operations", "", `## ${name}`, "", "Two commands run the whole cycle:", "", "```bash", "make deploy-all", "make destroy-all", "```", "", ...WORK),
      );
      expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
    },
  );
});

describe("a table of known failure signatures is reference", () => {
  // after 2518 (set 211: "## 4. Known failure signatures", a table of log signature → cause → fix, read as a fourth phase)
  it.each(["Known failure signatures", "Failure signatures", "Common error signatures"])("“%s” is not a phase", (name) => {
    const parsed = parse(
      lines(
        "# Triage",
        "",
        "## 1. Is the process up?",
        "",
        "```sh",
        "curl -s https://example.com/healthz",
        "```",
        "",
        "## 2. Did we just deploy?",
        "",
        "Dashboard → Deploys: if the incident started at a deploy, look there first.",
        "",
        "## 3. What do the logs say?",
        "",
        "Dashboard → Logs: every request is a JSON line.",
        "",
        `## 4. ${name}`,
        "",
        "| signature | cause |",
        "| --- | --- |",
        "| `ECONNREFUSED` | database down |",
      ),
    );
    expect(parsed.phases.map((p) => p.title)).not.toContain(name);
    expect(parsed.appendix).toContain("ECONNREFUSED");
  });
});

describe("the layout of the project's files is reference, in every language", () => {
  // after 2372 (set 199: "## 7. 파일 구조" — file structure — a tree fence of the fastlane folders, read as a sixth phase of
  // twelve steps where its counter counts 3–6)
  it.each([
    "파일 구조",
    "프로젝트 구조",
    "File structure",
    "Project Structure",
    "Directory layout",
    "文件结构",
    "ファイル構成",
    "Estructura de directorios",
    "Estrutura de pastas",
    "Structure des fichiers sur le serveur",
    "Verzeichnisstruktur",
    "Структура проекта",
  ])("“%s” after the work is not a phase", (name) => {
    const parsed = parse(lines("# Release", "", ...WORK, "", `## 4. ${name}`, "", "```", "fastlane/", "├── Fastfile", "└── Appfile", "```"));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("arranging the directories is work and stays a phase", () => {
    const parsed = parse(lines("# Release", "", ...WORK, "", "## 4. ディレクトリ構成を整える", "", "```bash", "mkdir -p /srv/app", "```"));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("stepping back in Indonesian (“Mundur”) is the rollback", () => {
  // after 2412 (set 202: "## Mundur" over numbered steps that reset the branches and restore Supabase, and "**Mundur:**
  // `git push --force-with-lease …`" in a step — read as no rollback, where its counter reads one)
  it.each(["Mundur", "Cara mundur", "Langkah mundur", "Rencana mundur"])("a section “%s” is the rollback", (name) => {
    const parsed = parse(lines("# Cutover", "", ...WORK, "", `## ${name}`, "", "1. Reset `main` to the noted commit", "2. Point the app back at Supabase"));
    expect(parsed.rollback?.phases[0]?.steps).toHaveLength(2);
  });

  it("a “**Mundur:**” label in a step is its way back", () => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        "## 1. Majukan branch",
        "",
        "```bash",
        "git push origin main",
        "```",
        "",
        "**Mundur:** `git push --force-with-lease origin ff76d66:main`.",
        "",
        "## 2. Build",
        "",
        "```bash",
        "make build",
        "```",
      ),
    );
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("going back after a failure, told in one sentence of another language, is the rollback", () => {
  // after 2389 (set 200: "Si algo sale mal en producción, en Vercel se puede volver al despliegue anterior con *Instant
  // Rollback*, sin tocar el código." — read as no rollback, where its counter reads one)
  it.each([
    "Si algo sale mal en producción, en Vercel se puede volver al despliegue anterior con un clic.",
    "Se algo der errado em produção, é possível voltar para a versão anterior pelo painel.",
    "Si quelque chose tourne mal en production, on peut revenir au déploiement précédent depuis le tableau de bord.",
    "Wenn etwas schiefgeht, kann man im Dashboard zur vorherigen Version zurückkehren.",
  ])("“%s”", (sentence) => {
    const parsed = parse(lines("# Deploy", "", ...WORK, "", sentence));
    expect(parsed.rollback).not.toBeNull();
  });

  it("a failure that is fixed and repeated is no rollback", () => {
    const parsed = parse(lines("# Deploy", "", ...WORK, "", "Si algo sale mal, corrige el error y repite el paso anterior."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section on when to roll back that says how to switch back, in Chinese or Japanese, is the rollback", () => {
  // after 2427 (set 203: "## 回滚条件" — rollback conditions — "只有在本地节点持续不可恢复…时才切回云端。回滚前必须停止本地 Gateway，
  // 恢复最新备份后再启动云端" — switch back to the cloud: stop the local gateway, restore the backup, start the cloud — read as
  // no rollback, where its counter reads one)
  it.each([
    ["回滚条件", "只有在本地节点持续不可恢复时才切回云端。回滚前必须停止本地 Gateway，恢复最新备份后再启动云端。"],
    ["回滚条件", "错误率超过 5% 时回滚到上一版本：重新部署上一个镜像。"],
    ["ロールバック条件", "エラー率が 5% を超えたら旧環境へ切り戻す。DNS を元に戻してから旧サーバーを起動する。"],
  ])("“%s” › “%s”", (name, text) => {
    const parsed = parse(lines("# 迁移", "", ...WORK, "", `## ${name}`, "", text));
    expect(parsed.rollback).not.toBeNull();
  });

  it("one that only says when is no rollback", () => {
    const parsed = parse(lines("# 迁移", "", ...WORK, "", "## 回滚条件", "", "错误率超过 5% 或数据不一致时需要回滚。"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a step that rolls back to what ran before, in the corpus's other languages, is the rollback", () => {
  // after 2388 (set 200: an outage's "2. Откатиться на последний стабильный деплой" — roll back to the last stable deploy —
  // over `vercel rollback`, read as no rollback where its counter reads one, as "2. Roll back to the last stable deploy" is)
  const runbook = (step: string) =>
    lines(
      "# Incident response",
      "",
      "## 1. Outage",
      "",
      "1. Check the hosting status",
      `2. ${step}`,
      "3. Notify users",
      "",
      "## 2. Audio problems",
      "",
      "1. Check the CDN",
      "2. Restart the worker",
    );

  it.each([
    "Roll back to the last stable deploy",
    "Откатиться на последний стабильный деплой",
    "Revertir al despliegue anterior",
    "Volver a la versión anterior desde el panel",
    "Reverter para a versão anterior",
    "Fazer rollback do último deploy",
    "Revenir à la version précédente",
    "Auf das letzte stabile Release zurückrollen",
    "回滚到上一个稳定版本",
  ])("“%s”", (step) => {
    expect(parse(runbook(step)).rollback).not.toBeNull();
  });

  it("an item that sends the reader to another document for how is no rollback", () => {
    // (1131: "régression après déploiement : revenir à la version précédente (voir [déploiement](deploiement.md#…))")
    const parsed = parse(
      lines(
        "# Incident",
        "",
        "## 1. Diagnose",
        "",
        "1. Find the cause:",
        "   - regression after a deploy: revert to the previous release (see [deploy](deploy.md#rollback))",
        "   - database down: page the DBA",
        "",
        "## 2. Close",
        "",
        "1. Write the post-mortem",
        "2. Tell the users",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });

  it.each(["Volver a ejecutar el despliegue", "Revisar el despliegue anterior", "Откатить изменения конфигурации вручную нельзя"])("“%s” is no rollback", (step) => {
    expect(parse(runbook(step)).rollback).toBeNull();
  });
});

describe("a restore just after a snapshot, among a move's stages, is the work, not a rollback", () => {
  // after 2435 (set 204: "## Phase Details" › "### Preflight", "### Snapshot", "### Restore", "### Verify" — the migration
  // script's stages, the snapshot put on the target — read as the rollback, where its counter reads none)
  it.each(["Snapshot", "Take the dump", "Export data", "快照"])("“### Restore” after “### %s”", (before) => {
    const parsed = parse(
      lines(
        "# Migration",
        "",
        "## Phase details",
        "",
        "### Preflight",
        "",
        "- checks SSH access",
        "",
        `### ${before}`,
        "",
        "- dumps Postgres and Redis",
        "",
        "### Restore",
        "",
        "- uploads the bundle to the target",
        "- restores the dumps",
        "",
        "### Verify",
        "",
        "- checks the services",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });

  it("a restore after the deploy is still the rollback", () => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        "## Snapshot",
        "",
        "```bash",
        "pg_dump app > app.sql",
        "```",
        "",
        "## Deploy",
        "",
        "```bash",
        "./deploy.sh",
        "```",
        "",
        "## Restore",
        "",
        "```bash",
        "psql app < app.sql",
        "```",
      ),
    );
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("an item labelled the rollback in a list before the phases is the rollback", () => {
  // after 2426 (set 203: "## How the two sites relate" — read as the introduction — closing its day-to-day list with "4.
  // Rollback: run the same workflow with an older commit SHA in the box.", the runbook's way back from a promotion, read as
  // none where its counter reads one)
  const runbook = (item: string) =>
    lines("# Cutover", "", "## How the sites relate", "", "1. Push to `main`: beta updates itself.", "2. Test on beta.", "3. Run **Promote to production**.", item, "", ...WORK);

  it.each(["4. Rollback: run the same workflow with an older commit SHA in the box.", "- **Rollback:** promote the previous tag.", "4. Rückfall: den vorherigen Tag ausrollen."])(
    "“%s”",
    (item) => {
      const parsed = parse(runbook(item));
      expect(parsed.rollback).not.toBeNull();
    },
  );

  it.each(["4. Rollback window: two hours after the promotion.", "4. Rollback: none, the data is add-only."])("“%s” is no rollback", (item) => {
    expect(parse(runbook(item)).rollback).toBeNull();
  });
});

describe("a checklist item labelled the rollback plan, its value the way back, is the rollback", () => {
  // after 2473 (set 207: "- [ ] Plano de rollback: voltar `app.mode` para \"paper\" e cancelar ordens abertas." among a go-live
  // gate's boxes — read as no rollback, where its counter reads one)
  const runbook = (item: string) => lines("# Go-live", "", ...WORK, "", "## 4. Gate", "", "- [ ] Two operators approved", `- [ ] ${item}`);

  it.each([
    'Plano de rollback: voltar `app.mode` para "paper" e cancelar ordens abertas.',
    "Rollback plan: set `app.mode` back to paper",
    "Plan de reversión: volver a la versión 1.2",
  ])("“%s”", (item) => {
    const parsed = parse(runbook(item));
    expect(parsed.rollback?.phases[0]?.checklistItems).toHaveLength(1);
  });

  it.each(["Rollback plan: none", "Rollback window: two hours", "Rollback plan reviewed by the DBA"])("“%s” is no rollback", (item) => {
    expect(parse(runbook(item)).rollback).toBeNull();
  });
});

describe("a section weighing the rollback against a fix forward is a decision, not the rollback", () => {
  // after 2518 (set 211: "## 5. Rollback vs fix-forward" — "Rollback when the incident is deploy-correlated … Fix-forward only
  // for one-line fixes" — read as the rollback, where its counter reads none: the how is another runbook's)
  it.each(["5. Rollback vs fix-forward", "Rollback vs. hotfix", "Rollback versus roll-forward"])("“%s”", (name) => {
    const parsed = parse(lines("# Incident triage", "", ...WORK, "", `## ${name}`, "", "Rollback when the incident is deploy-correlated. Fix-forward only for one-line fixes."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("what you need at hand, and the prerequisites in Hebrew, label a checklist", () => {
  // after 2479 (set 208: "### Que necesitas tener a la mano" over four bullets) and 2486 (set 208: "## 2. תנאים מוקדמים" —
  // prerequisites — over four bullets), each read as no checklist where its counter counts the bullets
  // (and the Korean "전제 조건" — premises, prerequisites: 2496, set 209, and 593, both counters' items)
  it.each([
    "Que necesitas tener a la mano",
    "Qué necesitas tener listo",
    "What you need to have at hand",
    "What you'll need ready",
    "תנאים מוקדמים",
    "דרישות מוקדמות",
    "전제 조건",
    "전제조건",
  ])("“%s”", (name) => {
    const parsed = parse(
      lines(
        "# Deploy",
        "",
        `## 1. ${name}`,
        "",
        "- a computer with internet access",
        "- the company card",
        "",
        "## 2. Build",
        "",
        "```bash",
        "make build",
        "```",
        "",
        "## 3. Deploy",
        "",
        "```bash",
        "make deploy",
        "```",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
  });
});

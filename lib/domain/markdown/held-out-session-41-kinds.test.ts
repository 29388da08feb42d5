// Kinds found in session 41 (round 39's first-run misses, sets 342–347, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("round 39: a section named for recovering from a bad release is the way back, at any level", () => {
  // after 4096 (set 342: a launch runbook's "## Backup and restore drill" › "### Production recovery after a failed release" —
  // code-only rollback to the previous image, restore the snapshot into a new app —, both counters' rollback) and 4132 (set
  // 345: a release flow's last "## Fixing a Bad Release" — "Prefer rolling forward … If a release must be pulled: 1. Delete
  // the release from the GitHub Releases page 2. Delete the tag" —, both counters)
  it("“### Production recovery after a failed release” under a drill section", () => {
    const parsed = parse(
      lines(
        "# Production launch runbook",
        "",
        ...WORK,
        "",
        "## Backup and restore drill",
        "",
        "1. Restore a canary snapshot into a new app.",
        "2. Record the result.",
        "",
        "### Production recovery after a failed release",
        "",
        "1. Inspect the failed job's logs.",
        "2. For a code-only rollback, deploy the previously running image.",
      ),
    );
    expect(rollbackText(parsed)).toContain("deploy the previously running image");
  });

  it("“## Fixing a Bad Release” that pulls the release and its tag", () => {
    const parsed = parse(
      lines(
        "# Release Flow",
        "",
        ...WORK,
        "",
        "## Fixing a Bad Release",
        "",
        "Prefer rolling forward: fix the issue on `main` and ship a new patch version.",
        "",
        "If a release must be pulled:",
        "",
        "1. Delete the release from the GitHub Releases page",
        "2. Delete the tag: `git push origin :refs/tags/v0.2.1`",
      ),
    );
    expect(rollbackText(parsed)).toContain("Delete the release from the GitHub Releases page");
    expect(titles(parsed)).toHaveLength(3);
  });

  it("a section about a bad release that only fixes forward stays a phase (“## Fixing a bad release” › “Ship a patch.”)", () => {
    const parsed = parse(lines("# Release Flow", "", ...WORK, "", "## Fixing a bad release", "", "1. Fix the issue on `main`.", "2. Ship a patch."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 39: “If it all goes wrong” names the way back", () => {
  // after 4139 (set 346: a go-live guide's last "## If it all goes wrong" — "Nothing here is destructive … Deleting the Pages
  // project and starting this list again costs ten minutes." —, both counters' rollback)
  it("a last section “If it all goes wrong” is the rollback, not a phase", () => {
    const parsed = parse(
      lines("# Going live, step by step", "", ...WORK, "", "## If it all goes wrong", "", "Delete the Pages project and point the domain back at the old host."),
    );
    expect(rollbackText(parsed)).toContain("point the domain back");
    expect(titles(parsed)).toHaveLength(3);
  });
});

describe("round 39: a recovery section in Chinese, Japanese or Korean that restores from the backup or goes back to the one before", () => {
  // after 4137 (set 346: a data-layout migration's last "## 恢复" — "2. 从文件系统备份恢复被移动的文本和派生媒体。" "4. 回到上一个确认可用的
  // 框架提交或 Release。" —, both counters' rollback)
  it.each([
    ["## 恢复", "从文件系统备份恢复被移动的文件。"],
    ["## 恢复", "回到上一个确认可用的提交。"],
    ["## 復旧", "バックアップから復元する。"],
    ["## 복구", "백업에서 복원한다."],
  ])("“%s” › “%s”", (heading, step) => {
    const parsed = parse(lines("# 目录迁移", "", ...WORK, "", heading, "", "1. 停止生产。", `2. ${step}`));
    expect(rollbackText(parsed)).toContain(step.replace(/[。.]$/u, ""));
    expect(titles(parsed)).toHaveLength(3);
  });
});

describe("round 39: a Chinese gate before the work (“迁移前门槛”, “准入条件”) labels its list as prerequisites", () => {
  // after 4116 (set 344: a database migration guide's first "## 迁移前门槛" — "满足以下条件才可导入第一批用户库：" over five
  // numbered conditions —, both counters' checklist)
  it.each([["迁移前门槛"], ["上线前门槛"], ["准入条件"]])("“## %s” over a numbered list", (label) => {
    const parsed = parse(lines("# 迁移指南", "", `## ${label}`, "", "满足以下条件才可迁移：", "", "1. 测试通过。", "2. 备份已演练。", "3. 告警已配置。", "", ...WORK));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["测试通过。", "备份已演练。", "告警已配置。"]);
  });
});

describe("round 39: a step whose later sentence puts the old value back in its case is the way back", () => {
  // after 4101 (set 343: a secret rotation's "6. Watch `…rejected_total` throughout. It must stay at zero. If it moves, put the
  // old value back into `INTERNAL_CALLBACK_SECRET` immediately — …", both counters' rollback)
  const runbook = (step: string) =>
    lines(
      "# Runbook — rotate secrets",
      "",
      "## A. Rotate",
      "",
      "1. Write the new value.",
      "2. Restart the API.",
      `3. ${step}`,
      "",
      "## B. Afterwards",
      "",
      "1. Record the rotation.",
    );

  it.each([
    ["Watch the rejected-callback counter throughout. It must stay at zero. If it moves, put the old value back into `CALLBACK_SECRET` immediately."],
    ["Watch the error rate. If it rises, put the previous key back."],
  ])("“%s”", (step) => {
    expect(rollbackText(parse(runbook(step)))).toContain("put the");
  });

  it("a later sentence for a case that fixes forward rolls nothing back (“If it moves, open an incident.”)", () => {
    expect(parse(runbook("Watch the counter. If it moves, open an incident.")).rollback).toBeNull();
  });
});

describe("round 40: in a document of no phase structure, a heading naming a checklist over bullets heads items to tick", () => {
  // after 4228 (set 353: "# Rollback Guide" › "## Scope" (a paragraph), "## Safe Rollback Checklist" (seven bullets), "## Notes on
  // Tenant Migrations" — both counters' checklist of 7; before, the bullets were the one phase's notes) and 655
  it.each([
    ["Rollback Guide", "Safe Rollback Checklist"],
    ["Deploy Guide", "Safe Deploy Checklist"],
  ])("“# %s” › “## %s” between reference sections", (title, name) => {
    const parsed = parse(
      lines(
        `# ${title}`,
        "",
        "## Scope",
        "",
        "This app uses incremental migrations.",
        "",
        `## ${name}`,
        "",
        "- Freeze the pipeline",
        "- Snapshot the database",
        "",
        "## Notes on Tenant Migrations",
        "",
        "- Community IDs are backfilled.",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Freeze the pipeline", "Snapshot the database"]);
  });

  it("a heading that names no checklist keeps its bullets as text (“## Notes”)", () => {
    const parsed = parse(lines("# Deploy Guide", "", "## Scope", "", "Some context.", "", "## Notes", "", "- Freeze the pipeline", "- Snapshot the database"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("round 40: a document titled “Rollback Procedures” is a rollback runbook, as “Rollback Procedure” is", () => {
  // after 4230 (set 353: "# Rollback Procedures" › "## Emergency Rollback" … — both counters' no rollback of its own: the
  // whole document is one) and 511
  it("its “## Emergency Rollback” is its work, not a rollback of it", () => {
    const parsed = parse(lines("# Rollback Procedures", "", "## Emergency Rollback", "", "1. Redeploy the previous release.", "", "## Verify Rollback", "", "1. Check the site."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 40: a Chinese name of what must hold before going live (“上线前硬要求”) labels its list as prerequisites", () => {
  // after 4162 (set 348: a release manual's "## 3. 上线前硬要求" — "以下项目不满足时，不允许上线：" over bullets —, both counters'
  // checklist; its nested bullets stay text, so the document's count stays short: left)
  it.each([["上线前硬要求"], ["发布前要求"]])("“## %s” over bullets", (label) => {
    const parsed = parse(lines("# 运维手册", "", `## ${label}`, "", "以下项目不满足时，不允许上线：", "", "- 密钥为强随机值", "- 关闭演示模式", "", ...WORK));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["密钥为强随机值", "关闭演示模式"]);
  });
});

describe("round 40: a step for a case that runs the rollback to the one before is the way back", () => {
  // after 4181 (set 349: "3. If artifact is unrecoverable, execute automated rollback to preceding model version." — a continuity
  // runbook's recovery step, both counters' rollback; there it sits in a bullet's nested list, kept as notes: left)
  it("“If the canary fails, execute automated rollback to preceding model version.”", () => {
    const parsed = parse(
      lines(
        "# Model release",
        "",
        "## 1. Train",
        "",
        "1. Train the model.",
        "",
        "## 2. Release",
        "",
        "1. Ship the canary.",
        "2. If the canary fails, execute automated rollback to preceding model version.",
        "3. Announce the release.",
      ),
    );
    expect(rollbackText(parsed)).toContain("execute automated rollback to preceding model version");
  });
});

describe("round 40: what is forbidden and how a thing is named, in Chinese (“当前禁止项”, “tag 口径”), is reference after the work", () => {
  // after 4174 (set 349: a release process — "## Release Gate" (six numbered confirmations), "## 必跑检查" (a fence of checks),
  // "## 当前禁止项" (bullets of what must not be written), "## tag 口径" (bullets on how tags are named) —, both counters' 1–2 phases)
  it.each([["当前禁止项"], ["tag 口径"], ["禁止事项"]])("“## %s” after the checks is no phase", (name) => {
    const parsed = parse(
      lines(
        "# 发布流程",
        "",
        "## 发布门禁",
        "",
        "1. 三基线一致。",
        "2. 文档已更新。",
        "",
        "## 必跑检查",
        "",
        "```bash",
        "npm test",
        "```",
        "",
        `## ${name}`,
        "",
        "- 不写成 runtime。",
        "- 不另立产品事实。",
      ),
    );
    expect(titles(parsed)).toEqual(["发布门禁", "必跑检查"]);
  });
});

describe("round 41: going back to a previous version, named in French, Spanish, Portuguese or German, is the way back", () => {
  // after 4256 (set 356: a French deploy guide's "### Revenir à une version précédente" over a bash fence that sets the image
  // tag to an older commit, both counters' rollback)
  it.each([["Revenir à une version précédente"], ["Volver a una versión anterior"], ["Voltar para a versão anterior"], ["Zurück zur vorherigen Version"]])(
    "“### %s” inside a phase",
    (name) => {
      const parsed = parse(
        lines(
          "# Déploiement",
          "",
          "## 1. Construire",
          "",
          "1. Construire l'image.",
          "",
          "## 2. Déployer",
          "",
          "1. Lancer `up -d`.",
          "",
          `### ${name}`,
          "",
          "1. Remettre l'ancien tag d'image.",
        ),
      );
      expect(rollbackText(parsed)).toContain("Remettre l'ancien tag d'image");
    },
  );
});

describe("round 41: a case label's rollback told after a dash (“If it's a bad deploy: `…rollback-guide.md` — `argocd app rollback`”)", () => {
  // after 4272 (set 357: an on-call runbook's triage step "4. If it's a bad deploy, not a dependency:
  // `docs/infrastructure/rollback-guide.md` — `argocd app rollback`, never `kubectl rollout undo`.", both counters' rollback)
  const runbook = (step: string) =>
    lines("# Application on-call runbook", "", "## API returns 5xx", "", "1. Check the dashboard.", "2. Read the pod logs.", `3. ${step}`, "4. Page the owner.");

  it("the command after the dash is the way back", () => {
    const step = "If it's a bad deploy, not a dependency: `docs/rollback-guide.md` — `argocd app rollback`, never `kubectl rollout undo`.";
    expect(rollbackText(parse(runbook(step)))).toContain("argocd app rollback");
  });

  it("a pointer alone after the label is no way back (“If it's a bad deploy: see `docs/deploy.md` — ask the owner.”)", () => {
    expect(parse(runbook("If it's a bad deploy: see `docs/deploy.md` — ask the owner.")).rollback).toBeNull();
  });
});

describe("round 41: where the work stands (“## What is ready”, “## What is blocked right now”) introduces it, no phase", () => {
  // after 4238 (set 354: a go-live note's "## What is ready" (bullets) and "## What is blocked right now" (paragraphs) before
  // "## Fastest path to live" and "## Next step after publishing", both counters' 2 phases)
  it("two status sections before two sections of work", () => {
    const parsed = parse(
      lines(
        "# Go-Live",
        "",
        "## What is ready",
        "",
        "- The site builds.",
        "- The domain is bought.",
        "",
        "## What is blocked right now",
        "",
        "The DNS change waits on the registrar.",
        "",
        "## Fastest path to live",
        "",
        "1. Push the repository.",
        "2. Enable Pages.",
        "",
        "## Next step after publishing",
        "",
        "1. Set the URL.",
        "2. Rebuild.",
      ),
    );
    expect(titles(parsed)).toEqual(["Fastest path to live", "Next step after publishing"]);
  });
});

describe("round 41: rules for the work to come (“## Rules for future migrations”) are reference after the work", () => {
  // after 4299 (set 359: a migration runbook's "## Rules for future migrations" after its failure handling, both counters'
  // reference)
  it("after three sections of work", () => {
    const parsed = parse(
      lines(
        "# Production Migration Runbook",
        "",
        "## Baseline commands",
        "",
        "```bash",
        "ops/run-migrations.sh --dry-run",
        "```",
        "",
        "## Normal deployment",
        "",
        "```bash",
        "ops/run-migrations.sh",
        "```",
        "",
        "## Required postchecks",
        "",
        "```bash",
        "ops/postcheck.sh",
        "```",
        "",
        "## Rules for future migrations",
        "",
        "```bash",
        "ls migrations/",
        "```",
        "",
        "- Never edit an applied file.",
      ),
    );
    expect(titles(parsed)).toEqual(["Baseline commands", "Normal deployment", "Required postchecks"]);
  });
});

describe("round 41: “Stage …” and “Audit …” name work, so a numbered section of bullets so named stays a phase", () => {
  // after 4237 (set 354: a key rotation's "### 2. Stage secrets" and "### 5. Audit and log", each two bullets, among "### 1.
  // Prepare new secrets" … "### 4. Decommission old secrets" — both counters' five steps as phases; before, those two were read
  // as reference and kept in the notes) and 3541
  it("five numbered sections, two of bullets only", () => {
    const parsed = parse(
      lines(
        "# Runbook: Key Rotation",
        "",
        "## Step-by-Step Procedure",
        "",
        "### 1. Prepare new secrets",
        "",
        "```bash",
        "openssl rand -hex 32",
        "```",
        "",
        "### 2. Stage secrets",
        "",
        "- Update the manifests with the new secrets.",
        "- Keep the old credentials active.",
        "",
        "### 3. Rotate in application",
        "",
        "```bash",
        "pnpm rotate --apply",
        "```",
        "",
        "### 4. Decommission old secrets",
        "",
        "- Revoke the old keys.",
        "",
        "### 5. Audit and log",
        "",
        "- Record the secret IDs and the time.",
        "",
        "### 6. Verify",
        "",
        "```bash",
        "curl -f https://example.com/health",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Prepare new secrets", "Stage secrets", "Rotate in application", "Decommission old secrets", "Audit and log", "Verify"]);
  });
});

describe("round 41: a heading that is one word of downloading or uploading (“ダウンロード”, “下载”, “다운로드”) names work", () => {
  // after 4268 (set 357: a restore runbook's "## 1. ダウンロード" — copy the chosen backup folder read-only to a local volume,
  // in prose — between "## 0. 判断と準備" and "## 2. 復号・完全性検査", both counters' phase; before, read as reference)
  it.each([["ダウンロード"], ["下载"], ["다운로드"]])("“## 1. %s” of prose among numbered phases", (name) => {
    const parsed = parse(
      lines(
        "# 復旧手順",
        "",
        "## 0. 準備",
        "",
        "```bash",
        "rclone config",
        "```",
        "",
        `## 1. ${name}`,
        "",
        "選択したフォルダをローカルへコピーします。",
        "",
        "## 2. 検査",
        "",
        "```bash",
        "age -d backup.age > backup.tar",
        "```",
        "",
        "## 3. 復元",
        "",
        "```bash",
        "pg_restore backup.dump",
        "```",
        "",
        "## 4. 確認",
        "",
        "```bash",
        "psql -c 'select 1'",
        "```",
      ),
    );
    expect(titles(parsed)).toContain(name);
  });
});

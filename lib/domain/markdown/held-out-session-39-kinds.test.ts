// Kinds found in session 39 (round 33's first-run misses, sets 306–311, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a step labelled with its case rolls back in one of the label's clauses", () => {
  // after 3677 (set 307: an incident plan's fix steps under "#### Auth/Login Broken (P0)" — "4. If our code broke: check auth
  // flow, rollback deployment" —, both counters' rollback) and 3662 (set 306: "5. Recover: rollback app or apply reviewed
  // forward fix.")
  const runbook = (step: string) =>
    lines(
      "# Incident response",
      "",
      "## 1. Assess",
      "",
      "1. Check the status page",
      "2. Read the error logs",
      "",
      "## 2. Fix",
      "",
      "### Login broken",
      "",
      "1. Check the identity provider's status",
      `2. ${step}`,
      "",
      "## 3. Verify",
      "",
      "1. Sign in as a test user",
    );

  it.each([
    ["If our code broke: check auth flow, rollback deployment"],
    ["If our code broke: identify the failing API route, rollback if needed"],
    ["When the release caused it: roll back to the previous version"],
  ])("“%s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step.split(": ")[1]);
    expect(titles(parsed)).toEqual(["Assess", "Fix", "Verify"]);
  });

  it("the case and a comma without the label roll nothing back (“If the node fails to connect, revert the change”)", () => {
    expect(parse(runbook("If the node fails to connect, revert the change")).rollback).toBeNull();
  });

  it("a label that is no case rolls nothing back (“Known cause: check auth flow, rollback deployment”)", () => {
    expect(parse(runbook("Known cause: check auth flow, rollback deployment")).rollback).toBeNull();
  });
});

describe("a section for the case a future cut-over fails is the way back (“## If a future cutover fails partway”)", () => {
  // after 3661 (set 306: a production cut-over's last section — do not retry, find the first failure, restore lost tables,
  // continue the update rollback —, the first counter's rollback, the second's too)
  const runbook = (name: string) =>
    lines("# Production cutover", "", ...WORK, "", `## ${name}`, "", "1. Do not retry the deploy.", "2. Restore the lost table from point-in-time recovery.");

  it.each([["If a future cutover fails partway"], ["If a deploy fails midway"], ["When an upgrade goes wrong"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(rollbackText(parsed)).toContain("Do not retry the deploy.");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("a migration that fails is fixed forward, no way back (“## When a migration fails”)", () => {
    // (3532, 710: "Fix the migration in a new pull request … the next deploy runs it again")
    expect(parse(runbook("When a migration fails")).rollback).toBeNull();
  });
});

describe("Chinese and Japanese names of the way back", () => {
  it("a Japanese heading putting the verified firmware back (“## 確認済みファームウェアへ戻す”) is the rollback", () => {
    // after 3702 (set 309: a camera's operations manual, its "return to the verified firmware" section, both counters)
    const parsed = parse(lines("# 運用", "", ...WORK, "", "## 確認済みファームウェアへ戻す", "", "前のスロットへ戻します。"));
    expect(rollbackText(parsed)).toContain("前のスロットへ戻します。");
  });

  it.each([["旧バージョンに戻す"], ["以前のリリースへ戻す"]])("“## %s”", (name) => {
    const parsed = parse(lines("# デプロイ手順", "", ...WORK, "", `## ${name}`, "", "```bash", "./deploy.sh v1.2.0", "```"));
    expect(parsed.rollback?.phases).toHaveLength(1);
  });

  it("going back to normal operation is no rollback (“## 通常運用に戻す”)", () => {
    const parsed = parse(lines("# 運用", "", ...WORK, "", "## 通常運用に戻す", "", "監視を再開します。"));
    expect(parsed.rollback).toBeNull();
  });

  it("a bold “回滚边界：” (rollback boundary) paragraph is the way back", () => {
    // after 3685 (set 308: a database move's steps, then "**回滚边界：** 目标尚未产生新业务写入时，可以停掉目标后端并恢复源端配置 …",
    // both counters' rollback)
    const parsed = parse(lines("# 数据库迁移", "", ...WORK, "", "**回滚边界：** 目标尚未产生新写入时，停掉目标后端并恢复源端配置。"));
    expect(rollbackText(parsed)).toContain("停掉目标后端并恢复源端配置");
  });

  it("“需要回退时…” (when you need to go back, …) in prose is the way back", () => {
    // after 3715 (set 311: "升级失败时先修复原因，再启动以继续迁移；需要回退时使用对应版本的备份，…", both counters)
    const parsed = parse(lines("# 部署与升级", "", ...WORK, "", "升级失败时先修复原因，再启动以继续迁移；需要回退时使用对应版本的备份，不能直接用旧程序打开新数据库。"));
    expect(rollbackText(parsed)).toContain("需要回退时使用对应版本的备份");
  });
});

describe("a section that only switches the reader to another document holds no way back", () => {
  // after 3691 (set 309: "## When a deploy goes wrong" — "Stop here and switch to docs/operations/incidents.md. It carries the
  // rollback triggers and the response runbooks …" —, both counters' no rollback)
  const runbook = (text: string) => lines("# Deploy runbook", "", ...WORK, "", "## When a deploy goes wrong", "", text);

  it("“Stop here and switch to docs/operations/incidents.md. It carries the rollback triggers …”", () => {
    const parsed = parse(runbook("Stop here and switch to docs/operations/incidents.md. It carries the\nrollback triggers and the response runbooks for a bad migration."));
    expect(parsed.rollback).toBeNull();
  });

  it("one that switches to another document and then says how to go back keeps its way back", () => {
    const parsed = parse(runbook("Redeploy the previous tag with `./deploy.sh v1.2.0`. Then switch to docs/incidents.md."));
    expect(parsed.rollback?.phases).toHaveLength(1);
  });
});

describe("a restore section just after its sibling backup section is the backup's other half, not a way back", () => {
  // after 3726 (set 311: a database page's "## Production" › "### Backups", "### Restoring" — five numbered restore steps —,
  // both counters' no rollback) and 2760 (an operations runbook's "## 5. Backups" then "## 6. Restore")
  const runbook = (backup: string) =>
    lines(
      "# Database",
      "",
      "## Adding a migration",
      "",
      "1. Edit the schema",
      "2. Run `npx prisma migrate dev`",
      "",
      "## Production",
      "",
      `### ${backup}`,
      "",
      "Nightly dumps go to the backups host.",
      "",
      "### Restoring",
      "",
      "1. Identify the archive on the backups host.",
      "2. Restore the SQL dump into a fresh database.",
      "3. Verify the row counts.",
    );

  it.each([["Backups"], ["Sauvegardes"]])("“### %s” then “### Restoring”", (backup) => {
    const parsed = parse(runbook(backup));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.flatMap((p) => p.steps.map((x) => x.title)).join("\n")).toContain("Identify the archive on the backups host.");
  });

  it("after a section of another kind the restore is still the way back (“### Monitoring” then “### Restoring”)", () => {
    expect(parse(runbook("Monitoring")).rollback?.phases).toHaveLength(1);
  });
});

describe("one list of steps, then a closing checklist, is read as stages before that checklist", () => {
  // after 3725 (set 311: a secret rotation's "## Procedure" of eight numbered steps, then "## Evidence checklist" of seven
  // boxes; both counters four to nine phases, the importer two), 876, 2619, 2942
  const runbook = (closing: string[]) =>
    lines(
      "# Secret rotation runbook",
      "",
      "## Procedure",
      "",
      "1. Record the provider and the affected environment.",
      "2. Create a replacement credential with the minimum scope.",
      "3. Store the replacement in the secret store.",
      "4. Deploy a candidate that reads the new variable.",
      "5. Verify the candidate with a test request.",
      "6. Switch production traffic to the candidate.",
      "7. Revoke the exposed credential.",
      "8. Search the history for credential patterns.",
      "",
      ...closing,
    );

  it("“## Evidence checklist” of boxes after the eight steps", () => {
    const parsed = parse(runbook(["## Evidence checklist", "", "- [ ] Replacement created", "- [ ] Old credential revoked"]));
    expect(parsed.phases.length).toBeGreaterThanOrEqual(4);
    expect(parsed.phases.at(-1)?.title).toBe("Evidence checklist");
    expect(parsed.phases.at(-1)?.checklistItems).toHaveLength(2);
  });

  it("two checklist sections after the list leave it one phase (the checklists are the work there)", () => {
    // (1858: "Blocked on somebody else" of eleven one-line steps, then two week-before checklists)
    const parsed = parse(runbook(["## T-1 week — provision", "", "- [ ] Database", "- [ ] Cache", "", "## T-1 week — secrets", "", "- [ ] API key", "- [ ] Webhook secret"]));
    expect(titles(parsed)).toEqual(["Procedure", "T-1 week — provision", "T-1 week — secrets"]);
  });
});

describe("a list of deployment options and a section of pitfalls are reference, not phases", () => {
  // after 3679 (set 308: a Japanese deploy guide's "## デプロイオプション" — Docker Hub images, Compose, Kubernetes, cloud —
  // before "## Docker Composeによるデプロイ", both counters) and 3690 (a Korean operations guide's "## 배포 전에는 안 보이는 함정"
  // of symptom H3s after its verification, both counters)
  it.each([["Deployment options"], ["デプロイオプション"], ["Opciones de despliegue"]])("“## %s” before the work", (name) => {
    const parsed = parse(
      lines(
        "# Deploy guide",
        "",
        `## ${name}`,
        "",
        "### Prebuilt images (recommended)",
        "",
        "```bash",
        "docker pull example/app:latest",
        "```",
        "",
        "### Kubernetes",
        "",
        "```bash",
        "kubectl apply -f k8s/",
        "```",
        "",
        ...WORK,
      ),
    );
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("“## 배포 전에는 안 보이는 함정” after the work", () => {
    const parsed = parse(
      lines(
        "# 배포 운영 가이드",
        "",
        "## 반복 작업",
        "",
        ...WORK.map((l) => (l.startsWith("## ") ? `#${l.replace(/\d\. /, "")}` : l)),
        "",
        "## 배포 전에는 안 보이는 함정",
        "",
        "### 함수가 번들되지 않아 모든 API가 500",
        "",
        "```bash",
        "npx vercel logs <url>",
        "```",
        "",
        "### 경로가 404",
        "",
        "```bash",
        "curl -i https://example.com/api/a/b",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });
});

describe("round 34: a step labelled with its case in other languages, and reverting a commit, roll back", () => {
  // after 3745 (set 313: a Spanish cut-over's "10. Si hay problemas: revierta el DNS (…)", both counters) and 3786 (set 316:
  // an on-call playbook's "3. If leak: revert commit, add regression test", both counters)
  const runbook = (step: string) =>
    lines(
      "# Cutover",
      "",
      "## 1. Prepare",
      "",
      "1. Lower the TTL",
      "2. Freeze writes",
      "",
      "## 2. Switch",
      "",
      "1. Point DNS at the new host",
      `2. ${step}`,
      "",
      "## 3. Verify",
      "",
      "1. Sign in",
    );

  it.each([
    ["Si hay problemas: revierta el DNS (los tokens funcionan en ambos sistemas)"],
    ["Se houver problemas: reverta o DNS"],
    ["If leak: revert commit, add regression test"],
  ])("“%s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step);
  });

  it("a case label whose clauses fix forward rolls nothing back (“Si hay problemas: corrija la configuración”)", () => {
    expect(parse(runbook("Si hay problemas: corrija la configuración")).rollback).toBeNull();
  });
});

describe("round 34: a Chinese step that, on failure, switches something back to the release before, its object first (把 / 将)", () => {
  // after 3789 (set 317: "4. 指标稳定后逐步扩容；异常时把流量切回上一镜像。…", a release's last step, both counters' rollback)
  const runbook = (step: string) =>
    lines("# 运维手册", "", "## 发布", "", "1. 构建镜像。", "2. 预发布环境测试。", "3. 先切 5% 流量。", `4. ${step}`, "", "## 监控", "", "- 错误率", "- 延迟");

  it.each([["指标稳定后逐步扩容；异常时把流量切回上一镜像。"], ["失败时将服务切回上一个版本。"]])("“%s”", (step) => {
    expect(rollbackText(parse(runbook(step)))).toContain(step);
  });

  it("switching traffic to the new image is no way back (“异常时把流量切到新镜像。”)", () => {
    expect(parse(runbook("异常时把流量切到新镜像。")).rollback).toBeNull();
  });
});

describe("round 34: “## Cutover” names the work, and “Go/no-go prerequisites” labels a checklist", () => {
  // after 3773 (set 315: a go-live's "## Go/no-go prerequisites" of seven bullets, then "## Cutover" of one paragraph, both
  // counters' seven items and three phases or more), 3457 and 2605
  const runbook = (cutover: string) =>
    lines(
      "# Go-live runbook",
      "",
      "## Go/no-go prerequisites",
      "",
      "- Release tag exists and CI is green.",
      "- Staging passed UAT.",
      "- A restorable backup is confirmed.",
      "",
      `## ${cutover}`,
      "",
      "Freeze edits; take the final backup; deploy the release; apply migrations once; smoke-test the sale flow.",
      "",
      "## Rollback",
      "",
      "Roll application traffic back to the prior release.",
    );

  it("the prerequisites are three items; “## Cutover” in prose is a phase", () => {
    const parsed = parse(runbook("Cutover"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(3);
    expect(titles(parsed)).toContain("Cutover");
  });

  it("“## Cut-over” too", () => {
    expect(titles(parse(runbook("Cut-over")))).toContain("Cut-over");
  });
});

describe("round 34: a phase keyword followed by a particle is part of the heading's name", () => {
  // after 3793 (set 317: "## Phase 4 の手順（予定）" — the procedure of phase 4 — imported as "の手順（予定）")
  it("“## Phase 4 の手順（予定）” keeps its whole name", () => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        "## Phase 4 の手順（予定）",
        "",
        "1. 凍結を確認する。",
        "2. 差分を確認する。",
        "3. デプロイする。",
        "",
        "## Phase 5 で決めること",
        "",
        "- 旧 workflow の削除",
      ),
    );
    expect(titles(parsed)[0]).toBe("Phase 4 の手順（予定）");
  });

  it("“## Phase 4: 手順” keeps its number apart", () => {
    const parsed = parse(lines("# Cutover", "", "## Phase 4: 手順", "", "1. 凍結を確認する。", "", "## Phase 5: 確認", "", "1. 差分を確認する。"));
    expect(titles(parsed)).toEqual(["手順", "確認"]);
  });
});

describe("round 35: a step labelled with the case of going back is the way back, whatever it holds", () => {
  // after 3834 (set 320: a Firebase cut-over's check section — "If you must undo Hosting only (data already new): the old site
  // cannot score on the new schema. Restore the backup instead:" over an `sh` fence —, both counters' rollback)
  const runbook = (label: string) =>
    lines(
      "# Cutover",
      "",
      "## 1. Back up",
      "",
      "1. Export the database",
      "",
      "## 2. Deploy",
      "",
      "1. Deploy the new site",
      "",
      "## 3. Check",
      "",
      label,
      "",
      "```sh",
      "npx firebase database:set / backups/rtdb.json",
      "```",
    );

  it.each([["If you must undo Hosting only (data already new): restore the backup instead:"], ["If you need to revert the release: restore the backup:"]])(
    "“%s” over a fence",
    (label) => {
      const parsed = parse(runbook(label));
      expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual([label.replace(/:$/, "")]);
    },
  );

  it("a label for another case over a fence is a step of the work (“If the site is slow: purge the cache:”)", () => {
    expect(parse(runbook("If the site is slow: purge the cache:")).rollback).toBeNull();
  });
});

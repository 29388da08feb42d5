// Kinds found in session 49 (round 65's misses, with their siblings in the corpus's other languages), each as a small
// document of its own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly } from "./kinds-test-support";

const parse = parseSoundly;
/** The rollback's steps, each as its title and its text. */
const rollbackSteps = (p: ReturnType<typeof parse>) => (p.rollback?.phases ?? []).flatMap((x) => x.steps.map((s) => `${s.title}\n${s.text}`)).join("\n");

describe("a phase's last step named as the way back before the case it is for: the rollback", () => {
  // after 5954 (set 497: a French VPS guide's "## 11. Mettre à jour l'application" closes on "**Revenir à la version
  // précédente** si une mise à jour pose problème :" over a `git checkout <id>` fence — both counters' rollback)
  const doc = (label: string) =>
    lines(
      "# Deploy guide",
      "",
      "## 1. Install",
      "",
      "```bash",
      "./install.sh",
      "```",
      "",
      "## 2. Update the application",
      "",
      "```bash",
      "git pull",
      "./deploy/update.sh",
      "```",
      "",
      `${label}`,
      "",
      "```bash",
      "git checkout <commit>",
      "docker compose up -d --build",
      "```",
    );
  it.each([
    ["**Revenir à la version précédente** si une mise à jour pose problème :"],
    ["**Volver a la versión anterior** si una actualización falla:"],
    ["**Voltar para a versão anterior** se uma atualização der problema:"],
    ["**Zurück zur vorherigen Version**, falls ein Update Probleme macht:"],
    ["**Return to the previous version** if an update breaks something:"],
  ])("“%s” over its fence: the way back, the update keeps its own steps", (label) => {
    const parsed = parse(doc(label));
    expect(rollbackSteps(parsed)).toContain("git checkout <commit>");
    expect(parsed.phases.map((p) => p.steps.length)).toEqual([1, 1]);
  });
  it("another path to the same end, named before its case — “## The fallback, if they will not do even that” — is no way back", () => {
    // (2807: a DNS cut-over's fallback path when the registrar will not change the NS records — its counter's no rollback)
    const parsed = parse(
      lines(
        "# DNS cutover",
        "",
        "## The safe path",
        "",
        "1. Ask the registrar to change the A record.",
        "",
        "## The fallback, if they will not do even that",
        "",
        "1. Move the zone to Cloudflare.",
        "2. Recreate the records.",
        "",
        "## Rollout",
        "",
        "1. Lower the TTL a day ahead.",
        "2. Change the A record only.",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });
  it("a last step that goes to the previous page of a wizard when a field is wrong is no way back", () => {
    expect(parse(doc("**Go to the previous page** if a field is wrong:")).rollback).toBeNull();
  });
});

describe("what is still open and the operational notes: reference beside the work, no phases", () => {
  // after 5962 (set 498: a go-live checklist's "## 3. Still open, owned, and not blocking" (a table of open items) and "## 4.
  // Operational notes worth knowing on day one" (bullets) after its two sections of work — both counters 2–3 phases)
  const doc = (open: string, notes: string) =>
    lines(
      "# Go-live checklist",
      "",
      "## 1. Before anything reaches production",
      "",
      "1. Rotate the staging secrets.",
      "2. Run the migrations on a copy of production.",
      "",
      "## 2. Environment checks",
      "",
      "1. Confirm the TLS certificate is valid.",
      "2. Confirm the backups ran last night.",
      "",
      `## 3. ${open}`,
      "",
      "| item | owner |",
      "| --- | --- |",
      "| Rate limits on the public API | platform |",
      "",
      `## 4. ${notes}`,
      "",
      "- The nightly job runs at 02:00 UTC.",
      "- Alerts go to the on-call channel.",
    );
  it.each([
    ["Still open, owned, and not blocking", "Operational notes worth knowing on day one"],
    ["Decisions still open (ask before building)", "Ops notes"],
    ["Still open", "Operational notes"],
  ])("“## 3. %s” and “## 4. %s”: two phases, the rest the runbook's notes", (open, notes) => {
    const parsed = parse(doc(open, notes));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Before anything reaches production", "Environment checks"]);
    expect(parsed.appendix).toContain("Rate limits on the public API");
    expect(parsed.appendix).toContain("The nightly job runs at 02:00 UTC.");
  });
  it("a checklist still open keeps its boxes: “## Staging checklist (still open)” is a phase", () => {
    const parsed = parse(
      lines("# Release", "", "## 1. Deploy", "", "1. Deploy the build.", "", "## Staging checklist (still open)", "", "- [ ] Smoke tests pass", "- [ ] Logs are clean"),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Smoke tests pass", "Logs are clean"]);
  });
});

describe("a prerequisites section's labels of where each requirement holds group its items", () => {
  // after 6015 (set 502: "## 📋 Voraussetzungen" › "**Lokal:**" over two bullets, "**Auf dem Server:**" over three — both
  // counters five items)
  const doc = (section: string, local: string, server: string) =>
    lines(
      "# Deploy",
      "",
      `## ${section}`,
      "",
      local,
      "- Git configured",
      "- Repository on GitHub",
      "",
      server,
      "- Linux server with SSH access",
      "- Git installed",
      "- Rust and Cargo installed",
      "",
      "## Deploy",
      "",
      "1. Push the branch.",
      "2. Pull on the server and rebuild.",
      "",
      "## Verify",
      "",
      "1. Send a test message.",
    );
  const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));
  it.each([
    ["📋 Voraussetzungen", "**Lokal:**", "**Auf dem Server:**"],
    ["Prerequisites", "**Local machine:**", "**On the server:**"],
    ["Requisitos previos", "**Localmente:**", "**En el servidor:**"],
    ["前提条件", "**ローカル：**", "**サーバー側：**"],
  ])("“## %s” › “%s” and “%s” over bullets: five items, each named by its place", (section, local, server) => {
    const got = items(parse(doc(section, local, server)));
    expect(got).toHaveLength(5);
    expect(got[0]).toContain("Git configured");
    expect(got[4]).toContain("Rust and Cargo installed");
  });
  it("the same labels in a section of work are no requirements: its bullets stay its text", () => {
    expect(items(parse(doc("Setup", "**Local:**", "**On the server:**")))).toEqual([]);
  });
});

describe("a list of what is required before the work, by its name: prerequisites", () => {
  // after 5965 (set 498: "## Required before deploying" over six bullets, both counters) and 6014 (set 502: "コンテナ要件:"
  // — container requirements — over four bullets, both counters)
  const doc = (label: string) =>
    lines(
      "# Release",
      "",
      label,
      "",
      "- Secrets stored in the vault",
      "- RPC endpoints configured",
      "",
      "## Release validation",
      "",
      "1. Run the suite.",
      "2. Deploy.",
      "3. Smoke test.",
    );
  it.each([["## Required before deploying"], ["## Needed before the cutover"], ["## Container requirements"], ["**コンテナ要件:**"]])(
    "“%s” over two bullets: two items",
    (label) => {
      expect(parse(doc(label)).phases.flatMap((x) => x.checklistItems.map((i) => i.text))).toEqual(["Secrets stored in the vault", "RPC endpoints configured"]);
    },
  );
});

describe("an incident response's stages named by their verbs are phases, not reference between them", () => {
  // after 6009 (set 502: "## Immediate Actions" › "### 1. Assess", "### 2. Contain", "### 3. Investigate", "### 4. Resolve",
  // "### 5. Post-mortem", each over bullets — "Contain" and "Resolve" were kept as notes: both counters five stages or more)
  const doc = (two: string, four: string) =>
    lines(
      "# Incident response",
      "",
      "## 1. Assess",
      "- Check the database metrics",
      "- Check the application logs",
      "",
      `## 2. ${two}`,
      "- Disable the affected feature toggle",
      "",
      "## 3. Investigate",
      "- Check the ledger for anomalies",
      "",
      `## 4. ${four}`,
      "- Fix the root cause",
      "- Deploy the fix through CI",
      "",
      "## 5. Post-mortem",
      "- Document what happened",
    );
  it.each([
    ["Contain", "Resolve"],
    ["Mitigate", "Recover"],
    ["Triage", "Remediate"],
    ["Isolate", "Stabilize"],
  ])("“## 2. %s” and “## 4. %s” among them: five phases", (two, four) => {
    expect(parse(doc(two, four)).phases.map((p) => p.title)).toEqual(["Assess", two, "Investigate", four, "Post-mortem"]);
  });
});

describe("a section named with a time on the event's clock is a stage of the timeline, whatever its body holds", () => {
  // after 5993 (set 500: a go-live runbook's "## 5. Monitoring Window (T+10 to T+30)" — "Monitor for 20 minutes:" over four
  // bullets — after the smoke test, before the rollback: both counters' fourth stage) and 4906 (set 409)
  const doc = (name: string) =>
    lines(
      "# Go-live runbook",
      "",
      "## 1. Pre-deploy (T-30 min)",
      "",
      "```bash",
      "npm run build",
      "```",
      "",
      "## 2. Deploy (T-0)",
      "",
      "1. Merge the release branch.",
      "2. Watch the pipeline.",
      "",
      `## 3. ${name}`,
      "",
      "Monitor for 20 minutes:",
      "",
      "- HTTP error rates.",
      "- Auth redirect loops.",
      "",
      "## 4. Rollback",
      "",
      "1. Promote the previous deployment.",
    );
  it.each([["Monitoring window (T+10 to T+30)"], ["Observation — T+1h"], ["Watch period (T+15m)"]])("“## 3. %s”: the third phase", (name) => {
    expect(parse(doc(name)).phases).toHaveLength(3);
  });
  it("a section named for something else in the same place stays the notes of the phase before it", () => {
    expect(parse(doc("Dashboards worth knowing")).phases).toHaveLength(2);
  });
});

describe("what happened and its cause, before a fix procedure: context, so the procedure's numbered steps are its stages", () => {
  // after 5991 (set 500: a Japanese fix procedure — "## 1. 事象" (what happened), "## 2. 原因" (cause, with the faulty DELETE
  // quoted), "## 3. 修正手順" › "### 3.1" … "### 3.5" (find, check, delete, verify, UI check) — both counters 3–5 stages)
  const doc = (what: string, cause: string) =>
    lines(
      "# Fix: leftover coach relations",
      "",
      `## 1. ${what}`,
      "",
      "Coach A still sees last year's students.",
      "",
      `## 2. ${cause}`,
      "",
      "The graduation job deleted the relations of one coach only:",
      "",
      "```sql",
      "DELETE FROM coach_student_relations WHERE coach_id = 1;",
      "```",
      "",
      "## 3. Fix",
      "",
      "### 3.1 Find the graduating students",
      "",
      "```sql",
      "SELECT id FROM students WHERE grade = 6;",
      "```",
      "",
      "### 3.2 Delete the leftover relations",
      "",
      "```sql",
      "DELETE FROM coach_student_relations WHERE student_id IN (SELECT id FROM graduating);",
      "```",
      "",
      "### 3.3 Verify",
      "",
      "```sql",
      "SELECT count(*) FROM coach_student_relations WHERE student_id IN (SELECT id FROM graduating);",
      "```",
    );
  it.each([
    ["事象", "原因"],
    ["Symptoms", "Root cause"],
    ["증상", "원인"],
  ])("“## 1. %s” and “## 2. %s” before it: the preamble, the fix in stages", (what, cause) => {
    const parsed = parse(doc(what, cause));
    expect(parsed.preamble).toContain("DELETE FROM coach_student_relations WHERE coach_id = 1;");
    expect(parsed.phases.length).toBeGreaterThanOrEqual(2);
    expect(parsed.phases.flatMap((p) => p.steps).filter((s) => s.kind === "SQL")).toHaveLength(3);
  });
});

describe("a runbook titled as the rollback of a thing: its procedure is its main work, no rollback beside it", () => {
  // after 6007 (set 502: "# Runbook: rollback de backend en Kubernetes" — prerequisites, incident signals, a quick rollback
  // procedure, a rollback to a given revision, post-rollback checks: both counters' no rollback of its own)
  const doc = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## Prerequisites",
      "",
      "- kubectl access to the cluster",
      "",
      "## Quick rollback procedure",
      "",
      "```bash",
      "kubectl rollout undo deployment/backend",
      "```",
      "",
      "## Post-rollback checks",
      "",
      "1. Check the pods are ready.",
      "2. Check the error rate.",
    );
  it.each([["Runbook: rollback de backend en Kubernetes"], ["Rollback del backend"], ["Rollback of the backend on Kubernetes"], ["Procédure : rollback du frontend"]])(
    "“# %s”: its rollback procedure is a phase of its work",
    (title) => {
      const parsed = parse(doc(title));
      expect(parsed.rollback).toBeNull();
      expect(parsed.phases.flatMap((p) => p.steps.map((s) => s.text)).join("\n")).toContain("kubectl rollout undo");
    },
  );
  it("a deploy runbook keeps its rollback section: “# Deploy del backend en Kubernetes”", () => {
    expect(parse(doc("Deploy del backend en Kubernetes")).rollback).not.toBeNull();
  });
});

describe("a step rolling back to the release before, the release named first (Japanese, Korean): the way back", () => {
  // after 5855 (set 490: an incident procedure's "### バックエンドの問題" › "1. 前回の正常バージョンへのロールバック" over its dashboard
  // steps — both counters' rollback)
  const doc = (step: string) =>
    lines(
      "# 障害対応手順",
      "",
      "## 1. 問題の特定",
      "",
      "1. ログを確認する",
      "2. 影響範囲を確認する",
      "",
      "## 2. 即時対応",
      "",
      `1. ${step}`,
      "2. キャッシュのクリア",
      "3. CDN のパージ",
      "",
      "## 3. 復旧確認",
      "",
      "1. ヘルスチェックを確認する",
    );
  it.each([["前回の正常バージョンへのロールバック"], ["直前のリリースに切り戻し"], ["이전 버전으로 롤백"]])("“1. %s”: the rollback", (step) => {
    expect(rollbackSteps(parse(doc(step)))).toContain(step);
  });
  it("going back to a state — “直前の状態に戻す” in a recovery guide — is that guide's own work, no rollback", () => {
    expect(parse(doc("直前の状態に戻す")).rollback).toBeNull();
  });
});

describe("a step that is the case of a rollback being needed, over its instruction: the way back", () => {
  // after 5818 (set 488: an incident checklist's "## Bad Production Deploy" › "2. If a code rollback is needed:" over a `git
  // revert --no-edit <previous-good-sha>..HEAD` fence — both counters' rollback)
  const doc = (step: string) =>
    lines(
      "# Incident response checklist",
      "",
      "## Leaked secret",
      "",
      "1. Rotate the key.",
      "2. Review the audit log.",
      "",
      "## Bad production deploy",
      "",
      "1. Identify the production SHA.",
      `2. ${step}`,
      "",
      "   ```bash",
      "   git revert --no-edit <previous-good-sha>..HEAD",
      "   git push origin main",
      "   ```",
      "",
      "3. Re-run the production smoke tests.",
    );
  it.each([["If a code rollback is needed:"], ["When a revert is required:"], ["If you need to roll back:"]])("“2. %s” over its fence: the rollback", (step) => {
    expect(rollbackSteps(parse(doc(step)))).toContain("git revert --no-edit");
  });
  it("a case that names no way back — “If the build is needed:” — stays a step of its phase", () => {
    expect(parse(doc("If the build is needed:")).rollback).toBeNull();
  });
});

describe("more names of what must be at hand label their lists", () => {
  // after 6067 (set 507: "Требования на сервере" — requirements on the server), 6076 (set 507: "## 1. What PITR needs" over
  // three numbered items), 6077 (set 507: "**Tools you need:**" over four bullets) and 6089 (set 508: "## 必要な Cloudflare
  // リソース" — the Cloudflare resources needed), each both counters' items; and 2039 (set 169)
  const doc = (label: string) =>
    lines(
      "# Deploy",
      "",
      label,
      "",
      "- A Linux server with Docker",
      "- A domain pointing at it",
      "",
      "## Install",
      "",
      "1. Clone the repository.",
      "2. Start the stack.",
      "3. Check the health endpoint.",
    );
  it.each([["## Требования на сервере"], ["## What PITR needs"], ["**Tools you need:**"], ["## 必要な Cloudflare リソース"], ["## Accounts you'll need"]])(
    "“%s” over two bullets: two items",
    (label) => {
      expect(parse(doc(label)).phases.flatMap((x) => x.checklistItems.map((i) => i.text))).toEqual(["A Linux server with Docker", "A domain pointing at it"]);
    },
  );
});

describe("how it works, technical details and a command's options: reference beside the work", () => {
  // after 6081 (set 508: a Chinese schema-sync guide's "## 工作原理" (how it works), "## 命令行参数说明" (the command-line options) and
  // "## 技术细节" (technical details) between its quick start and its safety section — both counters 3–5 stages) and 773 (set 68)
  const doc = (a: string, b: string) =>
    lines(
      "# Schema sync guide",
      "",
      "## Quick start",
      "",
      "```bash",
      "npm run db:backup",
      "npm run db:sync",
      "```",
      "",
      `## ${a}`,
      "",
      "```bash",
      "npm run db:sync -- --help",
      "```",
      "",
      "## Verify",
      "",
      "```bash",
      "npm run db:check",
      "```",
      "",
      `## ${b}`,
      "",
      "```text",
      "The sync compares the schema with the database and adds what is missing.",
      "```",
    );
  it.each([
    ["Command-line options", "How it works"],
    ["命令行参数说明", "工作原理"],
    ["CLI reference", "技术细节"],
    ["Detalles técnicos", "Technical details"],
  ])("“## %s” and “## %s”: two phases of work", (a, b) => {
    expect(parse(doc(a, b)).phases.map((p) => p.title)).toEqual(["Quick start", "Verify"]);
  });
});

describe("a Chinese action over the product it acts on is a stage: “导入 Vercel”, “配置 Cloudflare R2”", () => {
  // after 6071 (set 507: a deploy guide's "## 2. 导入 Vercel" (import into Vercel) and "## 3. 配置 Cloudflare R2" (configure R2), each
  // over numbered steps of what to fill in, were kept as notes — both counters 4–6 stages)
  const doc = (two: string, three: string) =>
    lines(
      "# 部署指南",
      "",
      "## 1. 准备服务",
      "",
      "1. 在 Turso 创建数据库。",
      "2. 在 Cloudflare R2 创建 bucket。",
      "",
      `## 2. ${two}`,
      "",
      "在 Vercel 中导入仓库，并填写环境变量。",
      "",
      `## 3. ${three}`,
      "",
      "为 bucket 设置 CORS，只允许站点的域名。",
      "",
      "## 4. 首次设置",
      "",
      "1. 用管理员账号登录。",
      "2. 新建相册。",
      "",
      "## 5. 上线检查",
      "",
      "- 相册对未授权成员不可见。",
    );
  it.each([
    ["导入 Vercel", "配置 Cloudflare R2"],
    ["部署到 Vercel", "设置 R2 CORS"],
  ])("“## 2. %s” and “## 3. %s”: phases of their own", (two, three) => {
    expect(parse(doc(two, three)).phases.map((p) => p.title)).toContain(two);
  });
  it("a Chinese name of a note over the same text stays the notes: “## 2. 配置说明”", () => {
    expect(parse(doc("配置说明", "更新日志")).phases.map((p) => p.title)).not.toContain("配置说明");
  });
});

describe("a label naming a checklist and what it is for labels its list", () => {
  // after 6057 (set 506: a Postgres DR runbook's quarterly drill — "Manual checklist for the operator-driven walkthrough:" over
  // five bullets — both counters' five items)
  const doc = (label: string) =>
    lines(
      "# Disaster recovery",
      "",
      "## Restore procedure",
      "",
      "1. Stop the app.",
      "2. Restore the base backup.",
      "3. Replay the WAL.",
      "",
      "## Quarterly drill",
      "",
      label,
      "",
      "- Pick a date inside the quarter.",
      "- Review the produced report.",
    );
  const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));
  it.each([["Manual checklist for the operator-driven walkthrough:"], ["Release checklist for the mobile apps:"], ["Checklist for the drill:"]])(
    "“%s” over two bullets: two items",
    (label) => {
      expect(items(parse(doc(label)))).toEqual(["Pick a date inside the quarter.", "Review the produced report."]);
    },
  );
  it("a sentence that only mentions a checklist stays text: “Keep the checklist for the auditors in the wiki:”", () => {
    expect(items(parse(doc("Keep the checklist for the auditors in the wiki:")))).toEqual([]);
  });
});

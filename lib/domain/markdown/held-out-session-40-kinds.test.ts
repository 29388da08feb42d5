// Kinds found in session 40 (round 36's first-run misses, sets 324–329, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("round 36: “Rücksprung” (jumping back) names the way back in German", () => {
  // after 3912 (set 327: a German operations guide's "## Sicherung und Rücksprung" — "Rücksprung: Dienst stoppen,
  // Sicherungsdatei über `data/app.db` kopieren, Dienst starten." —, both counters' rollback)
  it("a paragraph labelled “Rücksprung:” is the rollback", () => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, "", "Rücksprung: Dienst stoppen, Sicherung zurückkopieren, Dienst starten."));
    expect(rollbackText(parsed)).toContain("Dienst stoppen");
  });

  it("a section named “Rücksprung” is the rollback, not a phase", () => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, "", "## Rücksprung", "", "1. Dienst stoppen", "2. Sicherung zurückkopieren"));
    expect(rollbackText(parsed)).toContain("Dienst stoppen");
    expect(titles(parsed)).toHaveLength(3);
  });
});

describe("round 36: a Russian step for the case of an error puts the previous value back", () => {
  // after 3923 (set 328: a secret rotation's window — "8. При ошибке вернуть предыдущее значение, восстановить сервис и
  // оформить инцидент." —, both counters' rollback)
  const runbook = (step: string) =>
    lines(
      "# Регламент ротации секретов",
      "",
      "## Инвентаризация",
      "",
      "1. Составить список секретов.",
      "2. Определить владельцев.",
      "",
      "## Выполнение окна ротации",
      "",
      "1. Сделать backup.",
      "2. Выпустить новое значение.",
      "3. Перезапустить контейнеры.",
      `4. ${step}`,
    );

  it.each([["При ошибке вернуть предыдущее значение, восстановить сервис и оформить инцидент."], ["В случае сбоя вернуть предыдущую версию."]])("“%s”", (step) => {
    expect(rollbackText(parse(runbook(step)))).toContain(step.replace(/\.$/, ""));
  });

  it("an error case that fixes forward rolls nothing back (“При ошибке оформить инцидент.”)", () => {
    expect(parse(runbook("При ошибке оформить инцидент.")).rollback).toBeNull();
  });
});

describe("round 36: the rollback told as the work in reverse (“Rollback is the reverse `ExecStart` swap”)", () => {
  // after 3894 (set 325: a runtime switch's paragraph after its restart fence — "… compare `query` row counts with the
  // numbers from before the stop. Rollback is the reverse `ExecStart` swap in the unit files; keep the Node runtime for a
  // week." —, both counters' rollback)
  it.each([["Rollback is the reverse `ExecStart` swap in the unit files."], ["The rollback is the inverse of step 2."]])("“%s” after another sentence", (sentence) => {
    const parsed = parse(lines("# Switch the runtime", "", ...WORK, "", `Watch the logs for the first events. ${sentence}`));
    expect(rollbackText(parsed)).toContain(sentence);
  });

  it("a reverse of something else is no rollback (“Sorting is the reverse of the default.”)", () => {
    expect(parse(lines("# Switch the runtime", "", ...WORK, "", "Watch the logs. Sorting is the reverse of the default.")).rollback).toBeNull();
  });
});

describe("round 36: sections about the rollback hold no way back of their own", () => {
  // after 3927 (set 328: "## Puntos de rollback" — each step declares its rollback point; see the rollback runbook —, both
  // counters' no rollback), as "Rollback points" names them
  it.each([["Puntos de rollback"], ["Pontos de rollback"]])("“## %s” over the points and a pointer", (name) => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        ...WORK,
        "",
        `## ${name}`,
        "",
        "Cada paso del simulador declara su `rollback_point` (`RP-01`..`RP-04`). Antes de autorizar cualquier ejecución real de un",
        "paso, debe existir rollback probado hasta ese punto (ver `docs/ROLLBACK_RUNBOOK.md`).",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 36: “The ground rules” introduce the runbook, as “Ground rules” do", () => {
  // after 3917 (set 327: "## 0. The ground rules (read once, 2 minutes)" over five numbered rules, before the cut-over's
  // timeline and its "Step N" sections; both counters: reference)
  it.each([["The ground rules (read once, 2 minutes)"], ["Our principles"]])("“## %s” before the steps is no phase", (name) => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        `## 0. ${name}`,
        "",
        "1. Nothing is deleted before the final gate.",
        "2. Every step is reversible until step 3.",
        "",
        "## 1. Step 0: prepare",
        "",
        "1. Write down the passphrases",
        "",
        "## 2. Step 1: fence the old system",
        "",
        "1. Stop the scheduler",
        "",
        "## 3. Step 2: verify it is idle",
        "",
        "1. Run the dry run",
      ),
    );
    expect(titles(parsed)).toEqual(["Step 0: prepare", "Step 1: fence the old system", "Step 2: verify it is idle"]);
  });
});

describe("round 36: when to back out, told after the rollback with other sections between, is part of the rollback", () => {
  // after 3928 (set 328: "## E. Rollback", "## F. Incident response (1-pager)", then "## G. Backout criteria (decide BEFORE
  // launch)" — "Roll back immediately if, within the first hour: …" —; both counters: four phases at most, the criteria none)
  const runbook = (name: string) =>
    lines(
      "# Go-live runbook",
      "",
      "## A. Pre-flight",
      "",
      "1. Run the type check",
      "2. Run the tests",
      "",
      "## B. Deploy",
      "",
      "1. Push to main",
      "",
      "## C. Smoke",
      "",
      "1. Sign in as each role",
      "",
      "## D. Rollback",
      "",
      "1. Promote the previous deployment",
      "",
      "## E. Incident response",
      "",
      "1. Assess the severity",
      "2. Tell the pilots",
      "",
      `## ${name}`,
      "",
      "Roll back immediately if, within the first hour:",
      "",
      "- Login is broken for any role",
      "- A money path writes wrong amounts",
      "",
      "### One-command pre-ship gate",
      "",
      "```",
      "npm run typecheck && npm test",
      "```",
    );

  it.each([["F. Backout criteria (decide BEFORE launch)"], ["F. Rollback triggers"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["A. Pre-flight", "B. Deploy", "C. Smoke", "E. Incident response"]);
    expect(rollbackText(parsed)).toContain("Login is broken");
  });

  it("conditions that name no rollback stay where they stand (“## F. Abort conditions”)", () => {
    // (parsed without the export round trip: exported, the phase stands just before the rollback and is read as its lead-in,
    // "Abort conditions" being one — ROLLBACK_LEADIN_RE)
    expect(titles(parseRunbookMarkdown(runbook("F. Abort conditions")))).toEqual(["A. Pre-flight", "B. Deploy", "C. Smoke", "E. Incident response", "F. Abort conditions"]);
  });
});

describe("round 37: Chinese names of a host's requirements label a checklist (“部署主机软件和环境要求：”, “## 系统要求”)", () => {
  // after 3944 (set 330: "部署主机软件和环境要求：" — the deploy host's software and environment requirements — over five bullets,
  // both counters' items) and 3997 (set 334: "### 系统要求" — system requirements — over four bullets, both counters' items)
  it("a label line “部署主机软件和环境要求：” over bullets", () => {
    const parsed = parse(
      lines(
        "# 部署指南",
        "",
        "## 准备环境",
        "",
        "部署主机软件和环境要求：",
        "",
        "- 部署需要创建一个有root权限的公共用户",
        "- 安装 docker 18.09 及以上",
        "",
        "## 实施部署",
        "",
        "```bash",
        "ansible-playbook deploy.yml",
        "```",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["部署需要创建一个有root权限的公共用户", "安装 docker 18.09 及以上"]);
  });

  it("a section “## 系统要求” over bullets", () => {
    const parsed = parse(lines("# 生产部署指南", "", "## 系统要求", "", "- Node.js 20+", "- PostgreSQL 16", "", ...WORK));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Node.js 20+", "PostgreSQL 16"]);
  });
});

describe("round 37: a box naming the rollback plan with its how in brackets is the way back (“- [ ] 回滚方案（Vercel 一键 / systemd 旧 commit）”)", () => {
  // after 3997 (set 334: the last box of "## 8. 上线 Checklist", both counters' rollback)
  const runbook = (box: string) => lines("# 生产部署指南", "", ...WORK, "", "## 上线 Checklist", "", "- [ ] 域名 + HTTPS 就绪", "- [ ] 监控 + 告警就绪", `- [ ] ${box}`);

  it.each([["回滚方案（Vercel 一键 / systemd 旧 commit）"], ["Rollback plan (redeploy the previous image tag)"]])("“%s”", (box) => {
    const parsed = parse(runbook(box));
    expect(parsed.rollback?.phases[0]?.checklistItems.map((i) => i.text)).toEqual([box]);
  });

  it("a box naming another plan stays a box (“备份策略（Neon 自动 + 手动 snapshot）”)", () => {
    expect(parse(runbook("备份策略（Neon 自动 + 手动 snapshot）")).rollback).toBeNull();
  });
});

describe("round 37: a section named as the steps beside plain sections is a phase of its own (“## Setup”, “## Procedure”)", () => {
  // after 3963 (set 331: "## Problem", "## Setup" of two bullets, "## Procedure" over ten numbered steps with shell fences —
  // all of it the set-up's notes before; both counters two phases or more)
  it("the steps under “## Procedure” are steps of a phase, after the set-up", () => {
    const parsed = parse(
      lines(
        "# Restore the database from a backup",
        "",
        "## Problem",
        "",
        "Invalid data was persisted; restore the database to a point in time before it.",
        "",
        "## Setup",
        "* Set the kubectl context to the right cluster.",
        "* In a multicluster set-up, finish one cluster before the other.",
        "",
        "## Procedure",
        "",
        "1. Shut down the monitor.",
        "",
        "   ```shell",
        "   kubectl scale --replicas=0 deployment/monitor",
        "   ```",
        "",
        "2. Restore the database from the backup in the console.",
        "3. Restart the importer.",
      ),
    );
    expect(titles(parsed)).toEqual(["Setup", "Procedure"]);
    expect(parsed.phases[1]?.steps.map((s) => s.kind)).toEqual(["COMMAND", "MANUAL", "MANUAL"]);
  });
});

describe("round 37: one roadmap phase named by two headings is no sequence of phases (“## PHASE 16: …” twice)", () => {
  // after 3996 (set 334: "## PHASE 16: server-only env generation" and "## PHASE 16: env validation" among plain sections —
  // "## Подготовка env на сервере", "## Валидация compose", "## Smoke/health checks" —; both counters three phases or more)
  it("the plain sections of work beside them are phases too", () => {
    const parsed = parse(
      lines(
        "# Production deploy",
        "",
        "## Prepare the env on the server",
        "1. Copy the template.",
        "2. Fill in the secrets.",
        "## PHASE 16: server-only env generation",
        "```bash",
        "./scripts/gen-env.sh",
        "```",
        "## PHASE 16: env validation",
        "```bash",
        "./scripts/check-env.sh",
        "```",
        "## Smoke checks",
        "```bash",
        "curl -f https://example.com/health",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Prepare the env on the server", "server-only env generation", "env validation", "Smoke checks"]);
  });

  it("keyword phases of different numbers stay the only phases (“## Phase 1”, “## Phase 2” beside “## Notes on DNS”)", () => {
    const parsed = parse(
      lines("# Cutover", "", "## Phase 1: Copy", "", "1. Copy the data", "", "## Phase 2: Switch", "", "1. Switch the DNS", "", "## Notes on DNS", "", "TTLs are five minutes."),
    );
    expect(titles(parsed)).toEqual(["Copy", "Switch"]);
  });
});

describe("round 37: a section saying what the checklist leaves out is no checklist (“## What this checklist does not include”)", () => {
  // after 3952 (set 330: its four bullets of what is not checked and why, after sixteen boxes; both counters sixteen items)
  const runbook = (name: string) =>
    lines("# Release checklist", "", "## Before every commit", "", "- [ ] Type-check", "- [ ] Lint", "", `## ${name}`, "", "- No automated CI run.", "- No staging sign-off.");

  it.each([["What this checklist does not include (and why)"]])("“## %s”", (name) => {
    const items = parse(runbook(name)).phases.flatMap((p) => p.checklistItems.map((i) => i.text));
    expect(items).toHaveLength(2);
    expect(items.every((text) => /Type-check|Lint/.test(text))).toBe(true);
  });

  it("a checklist so named over bullets is one (“## Release checklist”)", () => {
    expect(parse(runbook("Release checklist")).phases.flatMap((p) => p.checklistItems)).toHaveLength(4);
  });
});

describe("round 37: bullets of a symptom and what to check, under “When something goes wrong”, are troubleshooting, no way back", () => {
  // after 3965 (set 331: five bullets "- **Site is up but slow** → Check Sentry. …" after a go-live's ten numbered sections;
  // both counters' no rollback)
  const runbook = (second: string) =>
    lines(
      "# Go-live runbook",
      "",
      ...WORK,
      "",
      "## When something goes wrong",
      "",
      "- **Site is up but slow** → Check Sentry. Check the spend page.",
      `- **Crisis alert didn't fire** → ${second}`,
    );

  it("symptoms and checks", () => {
    expect(parse(runbook("Check the mail provider's dashboard. Re-fire the test endpoint.")).rollback).toBeNull();
  });

  it("a remedy that puts the previous release back is still the way back", () => {
    expect(parse(runbook("Roll back to the previous release.")).rollback).not.toBeNull();
  });
});

describe("round 37: “Treat re-enabling the old workflow as an explicit rollback” names the way back", () => {
  // after 3953 (set 330: a CI runner cut-over's paragraph after its numbered steps, both counters' rollback)
  it.each([["Treat re-enabling the old provision/destroy workflow as an explicit rollback."], ["Treat restoring the previous image as the rollback."]])("“%s”", (sentence) => {
    expect(rollbackText(parse(lines("# Runner cutover", "", ...WORK, "", `${sentence} Never leave both flows able to release the same SHA.`)))).toContain(sentence);
  });

  it("treating something else as a rollback trigger is no way back (“Treat any failed check as a rollback trigger.”)", () => {
    expect(parse(lines("# Runner cutover", "", ...WORK, "", "Treat any failed check as a rollback trigger.")).rollback).toBeNull();
  });
});

/** Every checklist item of the main phases, in order. */
const items = (source: string) => parse(source).phases.flatMap((p) => p.checklistItems.map((i) => i.text));

describe("round 38: more names of a list to tick — “## 5. 验证清单”, “Assumes:”, “目标机器要求”", () => {
  // after 4083 (set 341: "## 5. 验证清单" — verification list — over four checks), 4032 (set 337: "Assumes:" over four
  // bullets) and 4056 (set 339: "目标机器要求" — target machine requirements — over three bullets); both counters each
  it.each([["## 5. 验证清单"], ["Assumes:"], ["### 目标机器要求"]])("“%s” over two bullets", (label) => {
    expect(items(lines("# Deploy", "", label, "", "- Ubuntu 22.04+", "- A sudo user named deploy", "", ...WORK))).toEqual(["Ubuntu 22.04+", "A sudo user named deploy"]);
  });

  it("facts a runbook assumes, as a name among others, label none (“## 0. Facts this runbook assumes”)", () => {
    expect(items(lines("# Deploy", "", "## 0. Facts this runbook assumes", "", "- The VPS runs Ubuntu", "- DNS points at it", "", ...WORK))).toEqual([]);
  });
});

describe("round 38: under “Prerequisites”, a sub-heading named for a thing to do holds how, not more prerequisites", () => {
  // after 4018 (set 336: "## 前提条件" of four numbered items, then "### Cloudflare API トークンの作成" — creating the API token —
  // over the token's six permission bullets; both counters four items)
  const runbook = (sub: string) =>
    lines(
      "# Deploy",
      "",
      "## Prerequisites",
      "",
      "1. **Telegram bot** -- create one",
      "2. **Cloudflare account**",
      "",
      `### ${sub}`,
      "",
      "- Workers Scripts: Edit",
      "- D1: Edit",
      "",
      ...WORK,
    );

  it.each([["Cloudflare API トークンの作成"], ["Create the Cloudflare API token"]])("“### %s”", (sub) => {
    expect(items(runbook(sub))).toHaveLength(2);
  });

  it("a sub-heading naming more of what is required still groups items (“### Required access”)", () => {
    expect(items(runbook("Required access"))).toHaveLength(4);
  });
});

describe("round 38: a bullet for a deploy gone wrong that rolls back in its own words is the way back", () => {
  // after 4076 (set 341: "- If production breaks after a deploy, use Vercel Instant Rollback first." among a maintenance
  // runbook's incident bullets, both counters' rollback)
  const runbook = (bullet: string) => lines("# Maintenance runbook", "", ...WORK, "", "## Incident response", "", `- ${bullet}`, "- If billing is wrong, check the webhook log.");

  it("“If production breaks after a deploy, use Vercel Instant Rollback first.”", () => {
    expect(rollbackText(parse(runbook("If production breaks after a deploy, use Vercel Instant Rollback first.")))).toContain("Instant Rollback");
  });

  it("a case that names no deploy rolls nothing back (“If the node fails to connect, revert the change.”)", () => {
    expect(parse(runbook("If the node fails to connect, revert the change.")).rollback).toBeNull();
  });
});

describe("round 38: “## After Every Deploy” is a round of work, as “## Weekly” is", () => {
  // after 4076 (set 341: eight numbered checks before "## Weekly" and "## Monthly"; both counters three phases or more)
  it("three rounds", () => {
    const parsed = parse(
      lines(
        "# Maintenance runbook",
        "",
        "## After Every Deploy",
        "",
        "1. Confirm the deployment is ready.",
        "2. Visit the homepage.",
        "",
        "## Weekly",
        "",
        "- Check failed webhooks.",
        "",
        "## Monthly",
        "",
        "- Reconcile subscriptions.",
      ),
    );
    expect(titles(parsed)).toEqual(["After Every Deploy", "Weekly", "Monthly"]);
  });
});

describe("round 38: a commented command of a fence of the work that goes back is the way back (“# Rollback one migration step”)", () => {
  // after 4023 (set 336: a migrations guide's command block — "# Apply all pending migrations" over `alembic upgrade head`,
  // "# Rollback one migration step" over `alembic downgrade -1` —, both counters' rollback)
  const fence = ["```bash", "# Apply all pending migrations", "alembic upgrade head", "", "# Rollback one migration step", "alembic downgrade -1", "```"];

  it("the comment and its command move to the rollback; the rest of the fence stays", () => {
    const parsed = parse(lines("# Database migrations", "", "## Setup", "", "1. Install the requirements", "", "## Migration commands", "", ...fence));
    expect(parsed.rollback?.phases[0]?.steps[0]?.title).toBe("Rollback one migration step");
    expect(parsed.phases[1]?.steps.map((s) => s.text).join("\n")).toContain("alembic upgrade head");
    expect(parsed.phases[1]?.steps.map((s) => s.text).join("\n")).not.toContain("downgrade");
  });

  it("not in a reference of commands (“## Quick commands reference”)", () => {
    expect(parse(lines("# Database migrations", "", "## Setup", "", "1. Install the requirements", "", "## Quick commands reference", "", ...fence)).rollback).toBeNull();
  });
});

describe("round 38: Japanese and English cases of going back, and an instruction that names the checklist", () => {
  // after 4079 (set 341: "- 直前のデプロイに戻す場合は `bunx wrangler rollback`" — to go back to the deploy before, run … — in "## 5. 復旧手順",
  // both counters' rollback; and "チェックリスト全行合格後に実行する（詳細はガイド手順 9）:" over four numbered deletions, both counters'
  // steps) and 4078 (set 341: "If verification fails before acceptance, keep the public release stopped and use the recorded
  // rollback procedure.", both counters' rollback)
  it("“直前のデプロイに戻す場合は `bunx wrangler rollback`”", () => {
    const parsed = parse(
      lines("# 移行手順", "", ...WORK, "", "## 復旧手順", "", "- 環境不備なら修正して再デプロイする。", "- 直前のデプロイに戻す場合は `bunx wrangler rollback` を実行する。"),
    );
    expect(rollbackText(parsed)).toContain("wrangler rollback");
  });

  it("“If verification fails before acceptance, … use the recorded rollback procedure.”", () => {
    const sentence = "If verification fails before acceptance, keep the public release stopped and use the recorded rollback procedure.";
    expect(rollbackText(parse(lines("# Release", "", ...WORK, "", sentence)))).toContain(sentence);
  });

  it("a label line that names the checklist as its condition heads steps, not items", () => {
    const parsed = parse(
      lines(
        "# 移行手順",
        "",
        ...WORK,
        "",
        "## 4. 旧資産解約（切替と同時・Human 実行）",
        "",
        "チェックリスト全行合格後に実行する（詳細はガイド手順 9）:",
        "",
        "1. Vercel プロジェクト削除。",
        "2. Upstash Redis 削除。",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("round 38: the section just before the first keyword phase named for what comes before is a phase (“## Before asking NITA for Phase 2”)", () => {
  // after 4044 (set 338: five numbered conditions before "## Phase 2 — the switch" and "## Phase 3 — …"; both counters three
  // phases or four)
  const runbook = (name: string) =>
    lines(
      "# DNS cutover",
      "",
      `## ${name}`,
      "",
      "1. The production stack is deployed.",
      "2. The prelaunch site serves a valid certificate.",
      "",
      "## Phase 2 — the switch",
      "",
      "1. Ask for both records",
      "",
      "## Phase 3 — a week after",
      "",
      "1. Raise the TTL",
    );

  it("“## Before asking NITA for Phase 2”", () => {
    expect(titles(parse(runbook("Before asking NITA for Phase 2")))).toHaveLength(3);
  });

  it("another section before them stays out (“## State after Phase 1”)", () => {
    expect(titles(parse(runbook("State after Phase 1")))).toHaveLength(2);
  });
});

describe("round 38: Arabic headings opened by a verb name work (“## تحقق الخدمة الحية”)", () => {
  // after 4086 (set 341: "## نقل البيانات القديمة بأمان" — move the old data safely — and "## تحقق الخدمة الحية" — verify the live
  // service — after "## Supabase" and "## Vercel"; both counters three or four phases)
  it("two sections of bullets after two of steps are phases", () => {
    const parsed = parse(
      lines(
        "# تشغيل",
        "",
        "## Supabase",
        "",
        "1. a",
        "2. b",
        "",
        "## Vercel",
        "",
        "1. c",
        "",
        "## نقل البيانات القديمة بأمان",
        "",
        "- x",
        "- y",
        "",
        "## تحقق الخدمة الحية",
        "",
        "z",
      ),
    );
    expect(titles(parsed)).toEqual(["Supabase", "Vercel", "نقل البيانات القديمة بأمان", "تحقق الخدمة الحية"]);
  });
});

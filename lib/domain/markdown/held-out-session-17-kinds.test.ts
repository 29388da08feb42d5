// Kinds found in session 17, each as a small document of its own: what a lead expects, and that the import is sound
// (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, lines, withLastSection } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a procedure written as a table: one step per row", () => {
  // after a wave migration plan (163: "| Step | Action |" under each wave) and a cut-over plan's D-day table (1138:
  // "| # | 단계 | 실행 | 확인 | 되돌리기 |") — the rows are what the lead does, in order, not a note to read
  const plan = (table: string[]) =>
    lines("# Data-centre move", "", "## 1. Prepare", "", "1. Freeze changes", "", "## 2. Move the database", "", ...table, "", "## 3. Verify", "", "1. Run the smoke tests");

  it("“| Step | Action | Owner | Duration |”: a step per row, titled by its number and action, the other cells its text", () => {
    const parsed = parsedSoundly(
      plan([
        "| Step | Action | Owner | Duration |",
        "| ---- | ------ | ----- | -------- |",
        "| 1 | Stop the application services | App Support | 15 min |",
        "| 2 | Take a final log backup | DBA | 10 min |",
        "| 3 | Repoint the data files | DBA | 20 min |",
      ]),
    );
    const steps = parsed.phases[1]?.steps;
    expect(steps?.map((s) => s.title)).toEqual(["1. Stop the application services", "2. Take a final log backup", "3. Repoint the data files"]);
    expect(steps?.[1]).toEqual({ kind: "MANUAL", language: null, title: "2. Take a final log backup", text: "**Owner:** DBA\n\n**Duration:** 10 min" });
    // (the duration column still adds up to the phase's estimate)
    expect(parsed.phases[1]?.estimatedMinutes).toBe(45);
  });

  it("a numbered column over a worded step column (“| # | 단계 | 실행 | 되돌리기 |”): the worded column names each step", () => {
    const parsed = parsedSoundly(
      plan([
        "| # | 단계 | 실행 | 되돌리기 |",
        "| --- | --- | --- | --- |",
        "| 1 | 쓰기 중지 | 배너 표시 | 배너 제거 |",
        "| 2 | 데이터 이관 | 이관 스크립트 실행 | 이전 트리거 복원 |",
      ]),
    );
    expect(parsed.phases[1]?.steps.map((s) => [s.title, s.text])).toEqual([
      ["1. 쓰기 중지", "**실행:** 배너 표시\n\n**되돌리기:** 배너 제거"],
      ["2. 데이터 이관", "**실행:** 이관 스크립트 실행\n\n**되돌리기:** 이전 트리거 복원"],
    ]);
  });

  it("sub-numbered rows keep their numbers (“3.1 Stop the services”)", () => {
    const parsed = parsedSoundly(plan(["| No. | Task |", "| --- | --- |", "| 3.1 | Stop the services |", "| 3.2 | Stop the scheduler |"]));
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["3.1 Stop the services", "3.2 Stop the scheduler"]);
  });

  it("a Spanish table (“| Paso | Acción | Responsable |”) is steps too", () => {
    const parsed = parsedSoundly(
      plan(["| Paso | Acción | Responsable |", "|---|---|---|", "| 1 | Invalidar el token expuesto | Seguridad |", "| 2 | Emitir un token nuevo | Plataforma |"]),
    );
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["1. Invalidar el token expuesto", "2. Emitir un token nuevo"]);
  });

  it.each([
    [
      "a tracker of items with a status (“| # | Item | Owner | Status |”)",
      ["| # | Item | Owner | Status |", "|---|---|---|---|", "| 1 | Backups | DBA | done |", "| 2 | DNS TTL | Ops | open |"],
    ],
    [
      "a worded step column with no numbering (“| Step | Owner | Evidence |”, a list of evidence)",
      ["| Step | Owner | Evidence |", "|---|---|---|", "| Change approved | Release Manager | CHG number |", "| Smoke passed | QA | HTTP 200 |"],
    ],
    [
      "a schedule of phases (“| Phase | Window | Activities |”)",
      ["| Phase | Window | Activities |", "|---|---|---|", "| T-1 | Planning | Approvals |", "| T0 | Cutover | Deploy |"],
    ],
    ["a one-row table", ["| Step | Action |", "|---|---|", "| 1 | Stop the services |"]],
  ])("%s stays the phase's notes", (_name, table) => {
    const parsed = parsedSoundly(plan(table));
    expect(parsed.phases[1]?.steps).toEqual([]);
    expect(parsed.phases[1]?.notes).toContain(table[0]);
  });
});

describe("the rollback under the names sets 96–103 gave it", () => {
  // after a Korean deploy runbook (1145: "## 되돌리기", "to turn back": pick the previous deployment and promote it)
  it.each(["되돌리기", "이전 버전으로 되돌리기", "되돌리는 방법"])("“## %s” is the rollback", (name) => {
    const parsed = parsedSoundly(withLastSection(name, "이전 배포를 production 으로 되돌린다"));
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual(["이전 배포를 production 으로 되돌린다"]);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Deploy", "Verify"]);
  });

  // after a staged rollout (1218: "## Rollback levers (any time)" over a severity / lever / effect table)
  it.each(["Rollback levers (any time)", "Rollback options"])("“## %s” is the rollback", (name) => {
    const parsed = parsedSoundly(withLastSection(name, "Set the kill switch to off"));
    expect(parsed.rollback?.title).toBe(name);
  });
});

describe("no rollback of the runbook's own, where a section by that name says so", () => {
  // after a Postgres failover runbook (1184): "## Rollback" opening "A failover cannot be rolled back." and pointing to
  // the disaster-recovery restore — both counters counted no rollback
  it.each([
    "A failover cannot be rolled back. The old primary is decommissioned; the new primary is now authoritative.",
    "There is no rollback: the old key is destroyed once the new one is live.",
    "Rollback is not possible after the data is migrated; restore from backup instead.",
    "This change is irreversible.",
    "此操作无法回滚，只能从备份恢复。",
  ])("“## Rollback” opening “%s” is text where it stands, with a warning", (opening) => {
    const source = lines(
      "# Postgres failover",
      "",
      "## 1. Promote",
      "",
      "1. Promote the standby",
      "",
      "## 2. Reconnect",
      "",
      "1. Repoint the pooler",
      "",
      "## Rollback",
      "",
      opening,
      "",
    );
    const parsed = parsedSoundly(source);
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.at(-1)?.notes).toContain(opening);
    expect(parsed.warnings.join(" ")).toContain("no way back");
  });

  it("a rollback that opens by saying it cannot undo one thing and then gives steps is still the rollback", () => {
    const source = lines(
      "# Release",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy",
      "",
      "## Rollback",
      "",
      "The migration cannot be rolled back; the code can:",
      "",
      "1. Redeploy the previous tag",
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.steps.map((s) => s.title)).toEqual(["Redeploy the previous tag"]);
  });

  // after a failover incident runbook (1221): "## Immediate Actions" › "### 1. Confirm the Issue" … "### 4. Migration
  // Rollback" ("If a recent migration caused the issue: create a rollback migration …") — a remedy among its actions
  const incident = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## Immediate Actions",
      "",
      "### 1. Confirm the Issue",
      "",
      "Check the health endpoint.",
      "",
      "### 2. Restart the Pooler",
      "",
      "1. Restart PgBouncer",
      "",
      "### 3. Migration Rollback",
      "",
      "If a recent migration caused the issue:",
      "",
      "- Create a rollback migration that reverses the change",
      "",
      "## Recovery Verification",
      "",
      "1. Run the smoke tests",
    );

  it("“### 3. Migration Rollback” among an incident runbook's numbered actions is one of its remedies", () => {
    const parsed = parsedSoundly(incident("Database Failover Runbook"));
    expect(parsed.rollback).toBeNull();
    expect(JSON.stringify(parsed.phases)).toContain("Create a rollback migration");
  });

  it("in a deploy runbook the same section is the rollback", () => {
    expect(parsedSoundly(incident("Deploy Runbook")).rollback?.title).toBe("Migration Rollback");
  });

  // after a Chinese cut-over (1235: "## 最晚回退时间", the latest time to roll back: a formula and rules, the procedure
  // in rollback.md)
  it.each(["最晚回退时间", "回滚窗口", "ロールバック期限", "롤백 기준"])("“## %s” says when, not how: no rollback", (name) => {
    const parsed = parsedSoundly(withLastSection(name, "维护窗口结束前 30 分钟决定"));
    expect(parsed.rollback).toBeNull();
  });

  // after a backup and restore runbook (1161: "## Recovery and rollback", the restore to an isolated service and the
  // target kept to go back to — prose, its own work)
  it("“## Recovery and rollback” of a backup and restore runbook is its work; “## Rollback” there is the rollback", () => {
    const runbook = (name: string) =>
      lines(
        "# PostgreSQL backup and restore runbook",
        "",
        "## 1. Take a backup",
        "",
        "1. Run the backup job",
        "",
        "## 2. Verify",
        "",
        "1. Restore into a scratch database",
        "",
        `## ${name}`,
        "",
        "1. Restore the selected dump to a new isolated service",
        "",
      );
    expect(parsedSoundly(runbook("Recovery and rollback")).rollback).toBeNull();
    expect(parsedSoundly(runbook("Rollback")).rollback?.title).toBe("Rollback");
  });
});

describe("phases by their names: the time before the event, and the rules about the work", () => {
  // after a pilot cut-over plan (1200): "## Pre-Cutover" (bullets: freeze scope, confirm users, validate backups …),
  // "## Cut-Over Day" (eleven numbered), "## Post-Cutover" (bullets), "## Rollback", "## Pilot Success Criteria"
  const plan = (first: string) =>
    lines(
      `# Pilot Cut-Over Plan`,
      "",
      `## ${first}`,
      "- Freeze pilot scope.",
      "- Validate the backups.",
      "",
      "## Cut-Over Day",
      "1. Take a backup.",
      "2. Import the data.",
      "",
      "## Go-Live",
      "1. Enable the adapters.",
      "",
      "## Post-Cutover",
      "- Monitor the queue.",
      "",
      "## Success Criteria",
      "- No lost cases.",
      "",
    );

  it.each(["Pre-Cutover", "Pre-deployment tasks", "Before the migration"])("“## %s” over bullets is the first phase, not the preamble", (first) => {
    const parsed = parsedSoundly(plan(first));
    expect(parsed.phases.map((p) => p.title)).toEqual([first, "Cut-Over Day", "Go-Live", "Post-Cutover"]);
    expect(parsed.preamble).toBe("");
  });

  it("“## Background” in the same place stays the preamble", () => {
    expect(parsedSoundly(plan("Background")).phases.map((p) => p.title)).toEqual(["Cut-Over Day", "Go-Live", "Post-Cutover"]);
  });

  it("“## Pre-requisites” over bullets stays a checklist of what must hold", () => {
    expect(parsedSoundly(plan("Pre-requisites")).phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Freeze pilot scope.", "Validate the backups."]);
  });

  // after an EF Core migration runbook (1220: "## Guiding Principles" bullets before "## Developer Execution" and
  // "## Production Execution Pipeline") and a Chinese release runbook (1192: "## 约束", constraints, between the
  // emergency deploy and a one-off database step)
  it.each(["Guiding Principles", "Constraints", "约束", "制約"])("“## %s” between phases of work is about the work, no phase", (name) => {
    const source = lines(
      "# Database Migration Runbook",
      "",
      "## Local",
      "1. Run the migration locally",
      "",
      `## ${name}`,
      "- Never drop a column without review.",
      "",
      "## Production",
      "1. Run the migration job",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Local", "Production"]);
    expect(parsed.phases[0]?.notes).toContain("Never drop a column without review.");
  });
});

describe("a `text` fence is lines to read, not work to run", () => {
  // after an Alembic runbook (1185): "## Create Migration", "## Apply Migration" of bash fences, then "## Event Store
  // Constraint" — "Migration must preserve:" over a `text` fence of invariants: reference after the work
  const runbook = (lang: string) =>
    lines(
      "# Database Migration Runbook",
      "",
      "## Create Migration",
      "```bash",
      "alembic revision -m add_index",
      "```",
      "",
      "## Apply Migration",
      "```bash",
      "alembic upgrade head",
      "```",
      "",
      "## Event Store Constraint",
      "Migration must preserve:",
      "",
      `\`\`\`${lang}`,
      "agent_events append-only behavior",
      "unique(task_id, sequence)",
      "```",
      "",
    );

  it.each(["text", "txt", "plaintext"])("a section of a ```%s fence alone after the work is the last phase's notes", (lang) => {
    const parsed = parsedSoundly(runbook(lang));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Create Migration", "Apply Migration"]);
    expect(parsed.phases[1]?.notes).toContain("unique(task_id, sequence)");
  });

  it("a ```bash fence there is work: a phase", () => {
    expect(parsedSoundly(runbook("bash")).phases.map((p) => p.title)).toEqual(["Create Migration", "Apply Migration", "Event Store Constraint"]);
  });

  // after a server-move checklist (388): nothing to run anywhere — bullets, and a `text` fence of hosts-file lines to add
  it("in a plan with nothing to run anywhere, a section of a `text` fence is a phase as the others are", () => {
    const source = lines(
      "# Cutover Checklist",
      "",
      "## Dry test",
      "- Copy the data.",
      "- Start the stack.",
      "",
      "## Hosts-file test",
      "Add to the hosts file:",
      "",
      "```text",
      "203.0.113.7 app.example.com",
      "```",
      "",
      "## Switch",
      "- Repoint the DNS record.",
      "",
    );
    expect(parsedSoundly(source).phases.map((p) => p.title)).toContain("Hosts-file test");
  });
});

describe("sections about the runbook, in the languages sets 96–103 wrote them", () => {
  // after a Chinese deploy document (1205: "## 1. 文档说明" first, "## 10. 常用运维命令" — common operations commands —
  // after the verification) and a Japanese deployment strategy (1182: "## 継続的改善", continuous improvement, last)
  const doc = (first: string, last: string) =>
    lines(
      "# 部署文档",
      "",
      `## ${first}`,
      "本文档说明部署步骤。",
      "",
      "## 后端部署",
      "```bash",
      "docker compose up -d api",
      "```",
      "",
      "## 部署验证",
      "```bash",
      "curl -f http://localhost/health",
      "```",
      "",
      `## ${last}`,
      "```bash",
      "docker compose logs -f api",
      "```",
      "",
    );

  it.each([
    ["文档说明", "常用运维命令"],
    ["About this document", "Continuous improvement"],
    ["このドキュメントについて", "継続的改善"],
    ["문서 설명", "자주 쓰는 명령어"],
  ])("“## %s” first is the preamble, “## %s” last the runbook's notes", (first, last) => {
    const parsed = parsedSoundly(doc(first, last));
    expect(parsed.phases.map((p) => p.title)).toEqual(["后端部署", "部署验证"]);
    expect(parsed.preamble).toContain("本文档说明部署步骤。");
    // (the runbook's notes, as an appendix is)
    expect(parsed.appendix).toContain("docker compose logs -f api");
  });
});

describe("a flow written as text that opens with “commit” is no SQL", () => {
  // after a Portuguese deploy runbook (1156): an unlabelled fence "commit → push → PR → merge na main → CI publica imagem"
  const kinds = (fence: string) => parsedSoundly(fenceInFirstPhase("", fence)).phases[0]?.steps.map((s) => s.kind);

  it("“commit → push → PR → merge” is not a SQL step", () => {
    expect(kinds("commit → push → PR → merge na main → CI publica imagem → VPS puxa")).not.toContain("SQL");
  });

  it.each([
    ["BEGIN; … COMMIT;", "BEGIN;\nUPDATE accounts SET active = false WHERE id = 7;\nCOMMIT;"],
    ["BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE", "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nDELETE FROM sessions;\nCOMMIT;"],
    ["COMMIT alone", "COMMIT;"],
  ])("%s still is", (_name, fence) => {
    expect(kinds(fence)).toEqual(["SQL"]);
  });
});

describe("psql -c with options after its SQL, or its output written to a file, is SQL on the target", () => {
  // after a Postgres failover runbook (1184): `psql "$DATABASE_URL" -c 'SELECT 1' --connect-timeout=5` and a snapshot
  // of the standby's state, `psql "$DATABASE_REPLICA_URL" -c "SELECT pg_last_wal_receive_lsn() …" > /tmp/standby-state-<ts>.txt`
  const steps = (fence: string) => parsedSoundly(fenceInFirstPhase("sh", fence)).phases[0]?.steps.map((s) => [s.kind, s.text]);

  it("an option after the quoted SQL", () => {
    expect(steps(`psql "$DATABASE_URL" -c 'SELECT 1' --connect-timeout=5`)).toEqual([["SQL", expect.stringMatching(/\nSELECT 1$/)]]);
  });

  it("the output written to a file", () => {
    expect(steps(`psql "$DATABASE_REPLICA_URL" -c "\n  SELECT pg_last_wal_receive_lsn(),\n         pg_last_wal_replay_lsn();\n" > /tmp/standby-state-<ts>.txt`)).toEqual([
      ["SQL", expect.stringMatching(/\nSELECT pg_last_wal_receive_lsn\(\),\n\s+pg_last_wal_replay_lsn\(\);$/)],
    ]);
  });

  it("piped into another command, it stays a command", () => {
    expect(steps(`psql "$DATABASE_URL" -c "SELECT count(*) FROM orders" | tee /tmp/count.txt`)?.map(([kind]) => kind)).not.toContain("SQL");
  });
});

describe("sections named for the time around the event are phases, even as bullets", () => {
  // after an on-call runbook (1166): "## Before Your Shift" (boxes), "## During Your Shift" (bullets), "## Common Alerts →
  // First Move" (a table), "## After Your Shift" (bullets), "## Cardinal Rules" (numbered, bold-led)
  it("before, during and after the shift are its phases; its cardinal rules are about the work", () => {
    const source = lines(
      "# On-Call",
      "",
      "## Before Your Shift",
      "- [ ] Read the last 7 days of #incidents.",
      "",
      "## During Your Shift",
      "- Acknowledge any page in 5 minutes.",
      "",
      "## After Your Shift",
      "- Post a handoff message.",
      "",
      "## Cardinal Rules",
      "1. **Mitigate first, diagnose second.**",
      "2. **Two-person rule for destructive ops.**",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Before Your Shift", "During Your Shift", "After Your Shift"]);
    expect(parsed.phases[2]?.notes).toContain("Mitigate first, diagnose second.");
  });

  // after a go-live runbook (1198): "## 7. After launch" (bullets) after the steps, before an appendix
  it("“## After launch” after the steps is a phase; “## Changing the API address later” stays notes", () => {
    const source = lines(
      "# Go-live",
      "",
      "## 1. Deploy",
      "1. Deploy the VM",
      "",
      "## 2. Verify",
      "1. Open the site",
      "",
      "## 3. After launch",
      "- Watch the error rate for a day.",
      "",
      "## 4. Changing the API address later",
      "- Edit the env file.",
      "",
    );
    expect(parsedSoundly(source).phases.map((p) => p.title)).toEqual(["Deploy", "Verify", "After launch"]);
  });
});

// Kinds found in session 16, each as a small document of its own: what a lead expects, and that the import is sound
// (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** The first phase's steps, kind and text. */
const firstSteps = (source: string) => parsedSoundly(source).phases[0]?.steps.map((s) => ({ kind: s.kind, text: s.text }));

describe("SQL under a shell's “#” comments is SQL to run, its comments written as SQL's", () => {
  // after a failover runbook (1004): "```bash" over "# Check active connections" / "# Run via Supabase SQL editor:" and
  // a SELECT … GROUP BY — the content is a query, the label a habit; "#" is no comment PostgreSQL parses
  const query = ["# Check active connections", "# Run via the SQL editor:", "SELECT count(*), state", "FROM pg_stat_activity", "GROUP BY state;"];
  const asSql = ["-- Check active connections", "-- Run via the SQL editor:", "SELECT count(*), state", "FROM pg_stat_activity", "GROUP BY state;"].join("\n");

  it.each(["bash", "sh", "shell", ""])("```%s over comments and a SELECT: a SQL step", (lang) => {
    expect(firstSteps(fenceInFirstPhase(lang, query.join("\n")))).toEqual([{ kind: "SQL", text: asSql }]);
  });

  it("a shell fence of comments and commands stays a command", () => {
    const steps = firstSteps(fenceInFirstPhase("bash", ["# Scale down and back up", "fly scale count 0 --app api", "fly scale count 2 --app api"].join("\n")));
    expect(steps?.map((s) => s.kind)).not.toContain("SQL");
  });

  it("a MySQL fence already read as SQL keeps its “#” comments as written (MySQL parses them)", () => {
    const fence = ["CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-1';", "# start the replica", "START REPLICA;"].join("\n");
    expect(firstSteps(fenceInFirstPhase("", fence))).toEqual([{ kind: "SQL", text: fence }]);
  });
});

describe("psql -c run through docker compose with options before “exec” is SQL on the target", () => {
  // after a launch runbook (1037): "docker compose --env-file deploy/.env.prod -f deploy/docker-compose.prod.yml exec db \"
  // over "psql -U … -d … \" and '-c "UPDATE …"' — compose's own options sit between "compose" and "exec"
  it.each([
    [
      "docker compose --env-file deploy/.env.prod -f deploy/docker-compose.prod.yml exec db \\",
      '  psql -U "$POSTGRES_USER" -d app \\',
      `  -c "UPDATE users SET role = 'ADMIN' WHERE id = 1;"`,
    ],
    ["docker-compose -f compose.yml -p shop exec -T db psql -U shop -c 'SELECT count(*) FROM orders;'"],
    ["docker --context prod exec -i pg-1 psql -U app -c 'VACUUM ANALYZE orders;'"],
  ])("%s", (...command) => {
    const steps = firstSteps(fenceInFirstPhase("bash", command.join("\n")));
    expect(steps?.map((s) => s.kind)).toEqual(["SQL"]);
    expect(steps?.[0]?.text).toMatch(/(?:UPDATE users|SELECT count|VACUUM ANALYZE)[^\n]*;$/);
  });

  it("compose with options running anything else stays a command", () => {
    const steps = firstSteps(fenceInFirstPhase("bash", "docker compose -f compose.prod.yml exec api npm run migrate"));
    expect(steps?.map((s) => s.kind)).toEqual(["COMMAND"]);
  });
});

/** A release of two phases, "## 1. Build" and "## 2. Deploy", whose last phase ends with the paragraph `last`. */
const buildThenDeploy = (last: string) => lines("# Deploy", "", "## 1. Build", "", "1. Tag the release", "", "## 2. Deploy", "", "1. Run the release workflow", "", last, "");

describe("the rollback named as the last of a label's topics: “**Redeploy / rollback:** …”", () => {
  // after a production deploy runbook (1048): "**Redeploy / rollback:** Actions → Release → Run workflow → enter an
  // existing tag (e.g. `v1.1.0`)" under "## Ongoing deploys" — redeploying an earlier tag is the way back
  it.each(["Redeploy / rollback", "Hotfix / roll back", "Redeploy and rollback"])("**%s:** in a phase's text is the rollback", (label) => {
    const source = buildThenDeploy(`**${label}:** run the workflow again with the previous tag.`);
    const parsed = parsedSoundly(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
  });

  it("a label naming something about the rollback is no rollback: “**Deploy / rollback window:** …”", () => {
    const source = buildThenDeploy("**Deploy / rollback window:** Tuesdays 10:00–12:00 UTC.");
    expect(parsedSoundly(source).rollback).toBeNull();
  });
});

describe("a phase's last step for the case its change fails, rolling it back, is the rollback", () => {
  // after a database hosts runbook (1053): "4. If the new image fails to start, revert the pull request, merge, and
  // roll again." — the case of failure named by what fails, two words after "the"
  it.each(["If the new image fails to start, revert the pull request, merge, and roll again.", "If the database upgrade fails, roll back to the snapshot."])("%s", (step) => {
    const source = lines(
      "# Database hosts",
      "",
      "## Back up",
      "",
      "1. Take a backup",
      "2. Verify it",
      "",
      "## Change the image",
      "",
      "1. Merge the change",
      "2. Roll the hosts",
      `3. ${step}`,
      "",
    );
    const parsed = parsedSoundly(source);
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual([step]);
    expect(parsed.phases.at(-1)?.steps.map((s) => s.title)).toEqual(["Merge the change", "Roll the hosts"]);
  });
});

describe("in an incident runbook, “Remediation / Rollback” is the mitigation, the work itself", () => {
  // after a German incident response runbook (1071): "## 4) Remediation / Rollback" of "Bei P1/P2 sofort Rollback auf
  // letztes stabiles Artefakt" beside hotfixes — rolling back the cause is how the incident is mitigated
  const incident = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## 1) Triage",
      "",
      "- Severity festlegen",
      "",
      "## 2) Remediation / Rollback",
      "",
      "- Rollback auf letztes stabiles Artefakt",
      "- Hotfix nur mit minimalem Blast-Radius",
      "",
      "## 3) Postmortem",
      "",
      "- Innerhalb von 5 Tagen",
      "",
    );
  it("an incident's: a phase, no rollback", () => {
    const parsed = parsedSoundly(incident("Runbook: Incident Response"));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toContain("Remediation / Rollback");
  });
  it("a release's (a guard): the rollback", () => {
    expect(parsedSoundly(incident("Runbook: Release 7")).rollback?.title).toBe("Remediation / Rollback");
  });
});

describe("circled numbers number sections: “## ① サービスアカウントの作成”", () => {
  // after a Japanese deploy runbook (1072): "## ①" … "## ⑥" — the number is no part of the phase's name
  it("① … ③ are numbers; ⑥ 戻し方・初回の公開停止 (how to go back, and unpublishing a first release) is the rollback", () => {
    const source = lines(
      "# デプロイ手順",
      "",
      "## ① サービスアカウントの作成",
      "",
      "```bash",
      "gcloud iam service-accounts create app",
      "```",
      "",
      "## ② デプロイ",
      "",
      "```bash",
      "bash deploy.sh",
      "```",
      "",
      "## ❸ デプロイ直後の確認",
      "",
      "- ログを確認する",
      "",
      "## ⑥ 戻し方・初回の公開停止",
      "",
      "```bash",
      "gcloud run services update-traffic app --to-revisions=PREVIOUS=100",
      "```",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["サービスアカウントの作成", "デプロイ", "デプロイ直後の確認"]);
    expect(parsed.rollback?.title).toBe("戻し方・初回の公開停止");
  });
});

describe("prerequisites named with a gloss after a hyphen, or where they must hold", () => {
  // after a domain cut-over plan (1067): "## Preconditions - do not start until every one is true" over five numbered
  // items; and a host migration (1068): "## 0. Prerequisites on the target" over two bullets — what must hold first
  it.each(["Preconditions - do not start until every one is true", "0. Prerequisites on the target", "Voraussetzungen auf dem Zielsystem", "Prérequis sur le serveur cible"])(
    "## %s: its items are a checklist",
    (name) => {
      const source = lines(
        "# Cutover",
        "",
        `## ${name}`,
        "",
        "1. The backup is recent",
        "2. The build is green",
        "",
        "## 1. Point DNS",
        "",
        "```bash",
        "dig +short example.org",
        "```",
        "",
        "## 2. Verify",
        "",
        "- [ ] The site loads",
        "",
      );
      const parsed = parsedSoundly(source);
      expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["The backup is recent", "The build is green"]);
    },
  );
});

describe("a numbered section that names an action in prose is a phase: “### 1. Add the domain”, “## 3. Adjust `.env`”", () => {
  // after 1067 ("### 1. Add the domain to this Vercel project" in prose went to the preamble) and 1068 ("## 3. Adjust
  // `.env` for the target" in prose went to the previous phase's notes)
  it("before and between the phases with commands", () => {
    const source = lines(
      "# Move the site",
      "",
      "## 1. Add the domain to the new project",
      "",
      "Add both the apex and www in the dashboard.",
      "",
      "## 2. Copy the data",
      "",
      "```bash",
      "rsync -a src/ dst/",
      "```",
      "",
      "## 3. Adjust `.env` for the target",
      "",
      "Set the host names of the new machine.",
      "",
      "## 4. Start the stack",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## 5. Verify",
      "",
      "```bash",
      "curl -fsS https://example.org/health",
      "```",
      "",
    );
    expect(titles(parsedSoundly(source))).toEqual(["Add the domain to the new project", "Copy the data", "Adjust `.env` for the target", "Start the stack", "Verify"]);
  });
});

describe("the rollback told as a step of the work in reverse", () => {
  // after 1068's last phase: "Leave the stopped source stack in place for a week as an instant rollback (step 6 in
  // reverse is the entire rollback plan)."
  it.each([
    "Leave the old stack stopped for a week as an instant rollback (step 2 in reverse is the entire rollback plan).",
    "Rollback is step 2 in reverse: point the records back at the old host.",
  ])("%s", (paragraph) => {
    const source = lines(
      "# Move",
      "",
      "## 1. Copy",
      "",
      "```bash",
      "rsync -a src/ dst/",
      "```",
      "",
      "## 2. Cut over DNS",
      "",
      "```bash",
      "dns-cli set A example.org 203.0.113.7",
      "```",
      "",
      paragraph,
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.notes).toBe(paragraph);
  });

  it("a step done in reverse without a rollback word is no rollback (a guard)", () => {
    const source = lines("# Move", "", "## 1. Copy", "", "```bash", "rsync -a src/ dst/", "```", "", "## 2. Tear down", "", "Do step 1 in reverse order on the old host.", "");
    expect(parsedSoundly(source).rollback).toBeNull();
  });
});

describe("a time line after the declared phases is another numbering, not the phases starting over", () => {
  // after a cut-over plan (1066): "## 3. Cutover Procedure" › "### Phase 1: Snapshot (5 min)" … "### Phase 6: Announce",
  // then "## 6. Operation Day Checklist" › "### T-60 min (Preparation)" … of boxes — the six phases stay the phases
  it("“### Phase 1” … “### Phase 3”, then “### T-60 min” … of boxes: the declared phases stay phases", () => {
    const source = lines(
      "# Cutover plan",
      "",
      "## 1. Procedure",
      "",
      "### Phase 1: Snapshot (5 min)",
      "",
      "```bash",
      "git rev-parse HEAD",
      "```",
      "",
      "### Phase 2: Switch (5 min)",
      "",
      "```bash",
      "railway variables set CHAIN=evm",
      "```",
      "",
      "### Phase 3: Validate (5 min)",
      "",
      "```bash",
      "curl -fsS https://api.example.org/health",
      "```",
      "",
      "## 2. Operation Day Checklist",
      "",
      "### T-60 min (Preparation)",
      "",
      "- [ ] Team on the call",
      "",
      "### T-0 (Execute)",
      "",
      "- [ ] Phases 1–3 done",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed).slice(0, 3)).toEqual(["Snapshot", "Switch", "Validate"]);
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual(["Team on the call", "Phases 1–3 done"]);
  });
});

describe("a document cut into five or more numbered sections, one alone with a fence: its sections are its phases", () => {
  // after a Chinese pre-release checklist (1086): "## 1. 工作区" … "## 8. 私用开发迁移包" of bullets, "## 4. 发布入口" alone over a
  // `powershell` fence — the sections before it were the preamble, those after it that phase's notes: one phase
  const sections = ["1. 工作区", "2. 必留内容", "3. 发布入口", "4. 产物要求", "5. GitHub 发布"];
  const body = (k: number) => (k === 2 ? ["```powershell", "./scripts/release/preflight.ps1", "```"] : ["- 确认工作区干净"]);
  it("five numbered sections: five phases", () => {
    const source = lines("# 发布前检查清单", "", ...sections.flatMap((s, k) => [`## ${s}`, "", ...body(k), ""]));
    expect(titles(parsedSoundly(source))).toEqual(["工作区", "必留内容", "发布入口", "产物要求", "GitHub 发布"]);
  });
  it("four (a guard): the procedure among an intro and reference stays one phase", () => {
    const four = ["1. 工作区", "2. 发布入口", "3. 产物要求", "4. GitHub 发布"];
    const source = lines("# 发布前检查清单", "", ...four.flatMap((s, k) => [`## ${s}`, "", ...body(k + 1), ""]));
    expect(titles(parsedSoundly(source))).toHaveLength(1);
  });
});

describe("a section after deeper phases, named as a check or an action, with code to run, is a phase", () => {
  // after a failover runbook (1088): "## Procedure" › "### Step 1 — …" … "### Step 5 — …", then "## Verification" of
  // numbered checks over indented fences (one a `psql -c "SELECT …"`) — they were the last step's notes
  const source = (name: string) =>
    lines(
      "# Database failover",
      "",
      "## Procedure",
      "",
      "### Step 1 — Confirm the primary is down",
      "",
      "```bash",
      "pg_isready -h db-1",
      "```",
      "",
      "### Step 2 — Promote the replica",
      "",
      "```bash",
      "sudo -u postgres pg_ctl promote -D /var/lib/postgresql/data",
      "```",
      "",
      `## ${name}`,
      "",
      "1. **Direct connection:**",
      "   ```bash",
      '   psql "$DATABASE_URL" -c "SELECT pg_is_in_recovery();"',
      "   ```",
      "",
    );
  it.each(["Verification", "Verify the apps", "Restart the apps"])("## %s: a phase, its SQL a step", (name) => {
    const parsed = parsedSoundly(source(name));
    expect(titles(parsed)).toEqual(["Confirm the primary is down", "Promote the replica", name]);
    expect(parsed.phases[2]?.steps.map((s) => s.kind)).toEqual(["SQL"]);
  });
  it.each(["Troubleshooting", "Useful queries"])("## %s (a guard): the last phase's notes", (name) => {
    expect(titles(parsedSoundly(source(name)))).toEqual(["Confirm the primary is down", "Promote the replica"]);
  });
});

describe("a sentence saying to roll back from a named point, after the case for it, is the rollback", () => {
  // after a restore runbook (1089): "If any value is dramatically smaller after restore, do **not** declare success. Roll
  // back from the pre-restore dump in §A.2."
  it("“… do not declare success. Roll back from the pre-restore dump in §2.”", () => {
    const paragraph = "If any count is far smaller after the restore, do **not** declare success. Roll back from the pre-restore dump in §2.";
    const source = lines(
      "# Restore",
      "",
      "## 1. Restore",
      "",
      "```bash",
      "pg_restore -d app app.dump",
      "```",
      "",
      "## 2. Verify",
      "",
      "```sql",
      "SELECT count(*) FROM orders;",
      "```",
      "",
      paragraph,
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.notes).toBe(paragraph);
  });
  it("a paragraph opening with it is a label of an incident's remedy, left where it stands (a guard)", () => {
    const source = lines(
      "# Outage",
      "",
      "## 1. Triage",
      "",
      "```bash",
      "kubectl get pods",
      "```",
      "",
      "## 2. Fix",
      "",
      "Roll back to previous deployment:",
      "",
      "```bash",
      "kubectl rollout undo deployment/api",
      "```",
      "",
    );
    expect(parsedSoundly(source).rollback).toBeNull();
  });
});

describe("in an incident or diagnosis runbook, the common scenarios with commands to run are its work", () => {
  // after an outage runbook (1083): "## Initial Response Protocol" › "### Step 1" … "### Step 3", then "## Common Outage
  // Scenarios" › "### Scenario B — Database Connection Exhaustion" over `kubectl exec … -- psql -c` fences — they were the
  // last step's notes, nothing to run
  const source = (title: string, name: string) =>
    lines(
      `# ${title}`,
      "",
      "## Initial Response",
      "",
      "### Step 1 — Acknowledge",
      "",
      "1. Claim the incident in the channel.",
      "",
      "### Step 2 — Assess",
      "",
      "```bash",
      "kubectl get pods -n shop",
      "```",
      "",
      `## ${name}`,
      "",
      "### Scenario A — Database connections exhausted",
      "",
      "```bash",
      "kubectl exec -it pg-0 -n shop -- psql -U app -c \\",
      '  "SELECT count(*), state FROM pg_stat_activity GROUP BY state;"',
      "```",
      "",
    );
  it.each([
    ["Outage Runbook", "Common Outage Scenarios"],
    ["Incident response", "Common problems"],
    ["Guide de dépannage", "Problèmes courants"],
  ])("%s › ## %s: a phase, its query a SQL step", (title, name) => {
    const parsed = parsedSoundly(source(title, name));
    expect(titles(parsed)).toEqual(["Acknowledge", "Assess", name]);
    expect(parsed.phases[2]?.steps.map((s) => s.kind)).toEqual(["SQL"]);
  });
  it("in a release runbook (a guard), “Common problems” is reference: the last phase's notes", () => {
    expect(titles(parsedSoundly(source("Release 7", "Common problems")))).toEqual(["Acknowledge", "Assess"]);
  });
});

describe("a rollback section that says when and points elsewhere for how is no rollback", () => {
  // after a cut-over runbook (1055): "## RED path — abort and rollback": "If any of the smoke calls fail …, **stop trying
  // to fix forward**. Go to `rollback.md` and execute the fast rollback." over "Common red-path triggers:" and bullets
  const source = (...body: string[]) => lines("# Cutover", "", "## 1. Switch", "", "```bash", "pm2 restart all", "```", "", "## 2. RED path — abort and rollback", "", ...body);
  it("a pointer over the triggers: no rollback, the lead told", () => {
    const parsed = parsedSoundly(
      source(
        "If any smoke call fails and you cannot tell why in a minute, **stop trying to fix forward**. Go to `rollback.md` and execute the fast rollback.",
        "",
        "Common red-path triggers:",
        "",
        "- `/health` returns 500: roll back and investigate.",
        "",
      ),
    );
    expect(parsed.rollback).toBeNull();
    expect(parsed.warnings.some((w) => w.includes("points to another document for how"))).toBe(true);
  });
  it("a way back of its own beside the pointer (a guard): the rollback", () => {
    const parsed = parsedSoundly(source("Redeploy the previous tag with `make deploy TAG=v1`. See `rollback.md` for the database.", ""));
    expect(parsed.rollback?.phases.length).toBe(1);
  });
});

describe("a rollback bullet labelled with a full-width colon keeps its value whole: “- **回滚**：…”", () => {
  // after a Chinese go-live plan (1114): "- **回滚**：GitHub Pages 无热回滚，直接 `git revert` 合并 + 重新触发流水线即可" — the
  // value kept its "：" and the line was read nowhere (the only line of sets 92–95 left unplaced)
  it("the value without its colon, every line placed", () => {
    const source = lines(
      "# 上线计划",
      "",
      "## 1. 部署",
      "",
      "```bash",
      "npm run deploy",
      "```",
      "",
      "## 2. 运维",
      "",
      "- **可用性**：自带基础监控；",
      "- **回滚**：直接 `git revert` 合并 + 重新触发流水线即可；",
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.notes).toBe("直接 `git revert` 合并 + 重新触发流水线即可；");
  });
});

/** A deploy of one phase, then a section `## name` of one paragraph. */
const deployThen = (name: string, paragraph: string) => lines("# Deploy", "", "## 1. Deploy", "", "```bash", "make deploy", "```", "", `## ${name}`, "", paragraph, "");

describe("a rollback that only points elsewhere, behind an arrow or after “via”, is no rollback", () => {
  // after a German deploy runbook (1097): "## Wenn etwas schiefgeht" over "→ [rollback.md](rollback.md)"; and a go-live
  // runbook (1104): "## Abort" over "Rollback to previous release id via `docs/runbooks/rollback.md`."
  it.each([
    ["Wenn etwas schiefgeht", "→ [rollback.md](rollback.md)"],
    ["Abort", "Rollback to previous release id via `docs/runbooks/rollback.md`."],
    ["Rollback", "Roll back as described in [the rollback runbook](rollback.md)."],
  ])("## %s: %s", (name, pointer) => {
    const parsed = parsedSoundly(deployThen(name, pointer));
    expect(parsed.rollback).toBeNull();
    expect(parsed.appendix).toContain(pointer);
  });
  it("a way back with a link beside it (a guard): the rollback", () => {
    const source = deployThen("Rollback", "Redeploy the previous tag with [the release workflow](https://example.org/actions).");
    expect(parsedSoundly(source).rollback?.phases.length).toBe(1);
  });
});

describe("a step's way back labelled in bold before a dash: “**Reverter** — …”", () => {
  // after a Portuguese cut-over (1126): each "## Passo N" holds "**Fazer** — …", "**Verificar**" and "**Reverter** —
  // restaurar o snapshot anterior do banco."
  it("is the rollback", () => {
    const source = lines(
      "# Corte",
      "",
      "## Passo 1 · Espinha",
      "",
      "**Fazer** — aplicar as migrations.",
      "",
      "```bash",
      'psql "$DATABASE_URL" -f migrations/001.sql',
      "```",
      "",
      "**Reverter** — restaurar o snapshot anterior do banco.",
      "",
      "## Passo 2 · Canais",
      "",
      "**Fazer** — apontar o webhook.",
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.notes).toBe("**Reverter** — restaurar o snapshot anterior do banco.");
  });
});

describe("a TL;DR, a status and a format are about the runbook, not phases of it", () => {
  // after a restore runbook (1124): "## TL;DR" over five numbered lines summing up the procedure, "## Setup status" and
  // "## Rehearsal status (3 Oct 2026)" after it; and a restore drill (1111): "## Drill log format" over a fence
  it("## TL;DR: the preamble; ## Setup status, ## Drill log format: notes", () => {
    const source = lines(
      "# Database restore",
      "",
      "## TL;DR",
      "",
      "1. Stop writes.",
      "2. Restore to a point in time.",
      "",
      "## Restore",
      "",
      "```bash",
      "neonctl branches restore main ^self@2026-10-01T10:00:00Z",
      "```",
      "",
      "## Verify",
      "",
      "```sql",
      "SELECT count(*) FROM orders;",
      "```",
      "",
      "## Setup status",
      "",
      "- Backups run nightly.",
      "",
      "## Drill log format",
      "",
      "```",
      "2026-10-01 | restore | 12 min",
      "```",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Restore", "Verify"]);
    expect(parsed.preamble).toContain("TL;DR");
  });
});

describe("in a prerequisites section, a label naming more of what is required keeps its list items", () => {
  // after a restore runbook (1136): "## Prerequisites" of six ✅ bullets, then "**Required Tools:**" over two bullets
  it.each(["**Required Tools:**", "**Tools needed:**", "**Access:**"])("%s", (label) => {
    const source = lines(
      "# Restore",
      "",
      "## Prerequisites",
      "",
      "- ✅ Backup files exist",
      "",
      label,
      "- kubectl",
      "- psql 16",
      "",
      "## 1. Restore",
      "",
      "```bash",
      "pg_restore -d app app.dump",
      "```",
      "",
    );
    const name = label.replace(/[*:]/g, "");
    expect(parsedSoundly(source).phases[0]?.checklistItems.map((c) => c.text)).toEqual(["✅ Backup files exist", `${name}: kubectl`, `${name}: psql 16`]);
  });
  it("a label of something else there (a guard) is notes: “**Why:**”", () => {
    const source = lines(
      "# Restore",
      "",
      "## Prerequisites",
      "",
      "- Backup files exist",
      "",
      "**Why:**",
      "- a restore overwrites",
      "",
      "## 1. Restore",
      "",
      "```bash",
      "pg_restore -d app app.dump",
      "```",
      "",
    );
    expect(parsedSoundly(source).phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Backup files exist"]);
    expect(parsedSoundly(source).phases[0]?.notes).toContain("a restore overwrites");
  });
});

describe("a backup strategy or a retention policy explains the setting, not a phase of the work", () => {
  // after a MongoDB restore runbook (1112): "## Backup strategy (Atlas)" over three numbered settings between the triage
  // and the restore procedure
  it.each(["Backup strategy (Atlas)", "Retention policy"])("## %s: the previous phase's notes", (name) => {
    const source = lines(
      "# Restore",
      "",
      "## Triage",
      "",
      "```bash",
      "curl -fsS https://api.example.org/health",
      "```",
      "",
      `## ${name}`,
      "",
      "1. Enable continuous cloud backup.",
      "2. Keep 7 days of snapshots.",
      "",
      "## Restore procedure",
      "",
      "1. Pick the point in time.",
      "2. Restore to a new cluster.",
      "",
    );
    expect(titles(parsedSoundly(source))).toEqual(["Triage", "Restore procedure"]);
  });
});

describe("Chinese names of troubleshooting (“故障处理”, “常见故障”) are reference, their numbered cases no phases", () => {
  // after a Chinese operations manual (1107): "## 故障处理" › "### 常见故障" › "#### 1. 后端服务无响应" … "#### 5. 内存不足" —
  // the only numbered headings, they were chosen as the phases and the manual's "##" areas read around them
  it("the areas stay the phases", () => {
    const source = lines(
      "# 运维手册",
      "",
      "## 日常运维",
      "",
      "```bash",
      "docker compose ps",
      "```",
      "",
      "## 备份恢复",
      "",
      "```bash",
      "pg_dump -Fc app > app.dump",
      "```",
      "",
      "## 故障处理",
      "",
      "### 常见故障",
      "",
      "#### 1. 后端服务无响应",
      "",
      "```bash",
      "docker compose logs backend",
      "```",
      "",
      "#### 2. 数据库连接失败",
      "",
      "```bash",
      "docker compose logs postgres",
      "```",
      "",
      "## 升级维护",
      "",
      "```bash",
      "git pull && docker compose up -d --build",
      "```",
      "",
    );
    expect(titles(parsedSoundly(source))).toEqual(["日常运维", "备份恢复", "升级维护"]);
  });
});

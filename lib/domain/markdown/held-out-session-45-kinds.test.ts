// Kinds found in session 45 (round 52's first-run misses, sets 419–424, and the last session's leftovers, with their siblings in
// the corpus's other languages), each as a small document of its own: what a lead expects, and that the import is sound (every
// line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const WORK_TITLES = ["Build", "Deploy", "Verify"];

describe("session 44's leftovers: one section of work among intro and reference, over three or more sub-sections of work", () => {
  // after 4940 (set 415: "## Architecture / Implementation" between "## Background" and "## Design Decisions", over nine "###"
  // stages each with its fences — "### Create the CA hierarchy" … "### Validate renewal" —, both counters three phases or more)
  const stage = (name: string, command: string) => [`### ${name}`, "", "```bash", command, "```", ""];
  const doc = (name: string, ...after: string[]) =>
    lines(
      "# Certificate Operations",
      "",
      "## Purpose",
      "",
      "How the internal CA issues and renews certificates.",
      "",
      "## Background",
      "",
      "The cluster trusts one root.",
      "",
      `## ${name}`,
      "",
      ...stage("Create the CA hierarchy", "step certificate create root root.crt root.key"),
      ...stage("Install cert-manager", "helm install cert-manager jetstack/cert-manager"),
      ...stage("Validate HTTPS", "curl -v https://app.internal"),
      ...after,
    );
  it.each([["Architecture / Implementation"], ["Implementation"], ["Certificate setup"]])("“## %s” over three “###” stages", (name) => {
    const parsed = parse(doc(name, "## Design Decisions", "", "One root, one issuing CA."));
    expect(titles(parsed)).toEqual(["Create the CA hierarchy", "Install cert-manager", "Validate HTTPS"]);
  });

  it("a section of work beside it keeps the sections as the phases (“## Prepare” before “## Deploy” of sub-steps)", () => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        "## Prepare",
        "",
        "```bash",
        "make build",
        "```",
        "",
        "## Deploy",
        "",
        "### Push the image",
        "",
        "```bash",
        "docker push app",
        "```",
        "",
        "### Roll the pods",
        "",
        "```bash",
        "kubectl rollout restart deploy/app",
        "```",
        "",
        "### Watch the rollout",
        "",
        "```bash",
        "kubectl rollout status deploy/app",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Prepare", "Deploy"]);
  });
});

describe("round 52: a later sentence saying how to revert a named part (“Para revertir el Worker se usa …”) is the way back", () => {
  // after 5011 (set 419: a Spanish deploy note's closing paragraph — "Antes de producción: backup verificado, … Para revertir el Worker
  // se usa el version ID anterior de Wrangler; la base de datos se recupera en un proyecto limpio …" —, both counters' rollback)
  const note = (para: string) => lines("# Despliegue", "", ...WORK, "## Producción", "", para);
  it.each([
    ["Antes de producción: backup verificado y aprobación manual. Para revertir el Worker se usa el version ID anterior de Wrangler."],
    ["Antes de produção: backup verificado. Para reverter o frontend, basta publicar o build anterior."],
    ["Production needs a verified backup. To revert the worker, deploy the previous version ID with Wrangler."],
  ])("%j", (para) => {
    expect(parse(note(para)).rollback).not.toBeNull();
  });

  it("a later sentence on what the revert needs, not how (“Para revertir el Worker hace falta aprobación.”), is none", () => {
    expect(parse(note("Antes de producción: backup verificado. Para revertir el Worker hace falta la aprobación del equipo.")).rollback).toBeNull();
  });
});

describe("round 52: going back to the old version as a Chinese section name (“## 回復舊版”) is the rollback", () => {
  // after 5047 (set 422: a Windows gateway's deploy guide — "## 回復舊版" over stopping the service and putting the previous release's
  // folder back —, both counters)
  it.each([["回復舊版"], ["恢复旧版本"], ["回退到上一版本"]])("“## %s”", (name) => {
    const parsed = parse(lines("# 部署指南", "", ...WORK, `## ${name}`, "", "1. 停止服务", "2. 把上一版的目录改回 current"));
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(parsed.rollback?.title).toBe(name);
  });
});

describe("round 52: a rollback decision of cases, each with a remedy that restores or reverses, is the rollback", () => {
  // after 5057 (set 422: a database recovery gate's last section — "## Rollback Decision" over "- If the database is healthy and only
  // lifecycle flags are wrong, stop the importer and use the reviewed reversible backfill …" / "- If rows were destructively
  // corrupted, stop all writers, … and invoke the provider restore procedure." —, both counters)
  const gate = (...items: string[]) => lines("# Database Recovery", "", ...WORK, "## Rollback Decision", "", ...items);
  it("cases whose remedies restore", () => {
    const parsed = gate(
      "- If only flags are wrong, stop the importer and use the reviewed reversible backfill.",
      "- If rows were corrupted, stop all writers,",
      "  record the time, and invoke the provider restore procedure.",
    );
    expect(titles(parse(parsed))).toEqual(WORK_TITLES);
    expect(parse(parsed).rollback?.title).toBe("Rollback Decision");
  });

  it("cases that only page someone are no way back", () => {
    expect(parse(gate("- If the error rate stays above 5 %, page the on-call.", "- If latency doubles, open an incident.")).rollback).toBeNull();
  });
});

describe("round 52: a Chinese item or later sentence for the case something goes wrong, then going back, is the way back", () => {
  // after 5063 (set 423: a Docker upgrade guide's "## 注意事项" — "- 如遇问题，可将备份的 `data` 目录还原后回退到旧版本镜像" (if there is a
  // problem, restore the backed-up data folder, then go back to the old image) —) and 5079 (set 424: a deploy runbook — "失败时恢复备份的
  // `compose.yml`，以同一命令切回旧镜像。" (on failure restore the backed-up compose.yml …) and "回滚先恢复 Nginx `.previous` 并重载" —),
  // both counters each
  const doc = (...body: string[]) => lines("# 升级指南", "", ...WORK, "## 注意事项", "", ...body);
  it.each([
    ["- 升级前务必备份 `data` 目录", "- 如遇问题，可将备份的 `data` 目录还原后回退到旧版本镜像"],
    ["验证控制台版本与静态资源。失败时恢复备份的 `compose.yml`，以同一命令切回旧镜像。"],
    ["迁移保留 `.env` 和 `data/`。回滚先恢复 Nginx `.previous` 并重载，再停止中继。"],
  ])("%j", (...body) => {
    expect(parse(doc(...body)).rollback).not.toBeNull();
  });

  it("the case with only a check after it (“如遇问题，请查看日志”) is none", () => {
    expect(parse(doc("- 升级前务必备份 `data` 目录", "- 如遇问题，请先查看容器日志")).rollback).toBeNull();
  });
});

describe("round 52: a sentence handing over the list after it as the requirements to meet makes its items prerequisites", () => {
  // after 5068 (set 423: "## 1. 环境以及依赖" › "在开始之前，请确保您的环境满足以下要求：" over Docker, Compose and hardware bullets, both
  // counters' three) and 3887 ("certifique-se de que o ambiente atende aos seguintes requisitos:", its counter's six)
  const doc = (sentence: string) =>
    lines("# Deploy", "", "## 1. Environment", "", sentence, "", "- **Docker**: 20.10+", "- **Compose**: 2.0+", "", "## 2. Start", "", "```bash", "docker compose up -d", "```");
  it.each([
    ["在开始之前，请确保您的环境满足以下要求："],
    ["Before you start, make sure your environment meets the following requirements:"],
    ["Antes de iniciar, certifique-se de que o ambiente atende aos seguintes requisitos:"],
    ["Antes de empezar, verifica que el servidor cumple los siguientes requisitos:"],
  ])("%j", (sentence) => {
    expect(parse(doc(sentence)).phases[0]?.checklistItems.map((i) => i.text)).toEqual(["**Docker**: 20.10+", "**Compose**: 2.0+"]);
  });

  it("what should hold after the work (“升级完成后，应该满足以下条件：”) is no such hand-over", () => {
    expect(parse(doc("升级完成后，应该满足以下条件：")).phases[0]?.checklistItems).toEqual([]);
  });
});

describe("round 52: what is not required, the issues met, and the objective of the go-live are no phases", () => {
  // after 5081 (set 424: "## Services that are not required" among a pilot's account sections), 5033 (set 420: "## Issues
  // Encountered" before the fix) and 5037 (set 421: "## Objetivo de salida a producción" over the three pillars), both counters each
  it.each([["Services that are not required"], ["Issues Encountered"], ["Objetivo de salida a producción"], ["Objectif de la mise en production"]])("“## %s”", (name) => {
    const fence = (command: string) => ["```bash", command, "```", ""];
    const parsed = parse(
      lines(
        "# Go-live",
        "",
        `## ${name}`,
        "",
        "1. Twilio voice",
        "2. A paid map API",
        "",
        "## Prepare",
        "",
        ...fence("make build"),
        "## Deploy",
        "",
        ...fence("make deploy"),
        "## Verify",
        "",
        ...fence("make smoke"),
      ),
    );
    expect(titles(parsed)).toEqual(["Prepare", "Deploy", "Verify"]);
  });
});

describe("round 54: a runbook whose title is recovery and rollback is itself the way back, with no rollback of its own", () => {
  // after 5179 (set 433: "# Recovery and Rollback" over recording the running version, switching to the previous commit, rebuilding
  // and "### Client rollback" / "### Server rollback" / "### Documentation rollback" — both counters no rollback of its own; its
  // rollback-named sub-sections were read as one, and its export imported back with another of them as the rollback)
  const doc = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## Phase 1: Record the running version",
      "",
      "```bash",
      "git rev-parse HEAD",
      "```",
      "",
      "## Phase 2: Roll back one service",
      "",
      "Pick the one that broke.",
      "",
      "### Client rollback",
      "",
      "```bash",
      "docker compose up -d client",
      "```",
      "",
      "### Server rollback",
      "",
      "```bash",
      "docker compose up -d server",
      "```",
    );
  it.each([["Recovery and Rollback"], ["Rollback & Recovery Runbook"]])("“# %s”", (title) => {
    expect(parse(doc(title)).rollback).toBeNull();
  });

  it("“# Restore and recovery” names no rollback: its rollback section is one (3164)", () => {
    expect(parse(doc("Restore and recovery")).rollback).not.toBeNull();
  });
});

describe("rounds 53–54: the old thing kept as the way back (“it is the rollback”, “keep … as rollback”) is the rollback", () => {
  // after 5209 (set 435: a go-live handover — "3. **Keep the Mac running** until you're satisfied. It costs nothing and it is the
  // rollback." —) and 5152 (set 430: a cut-over plan — "Flip `getCandidates` → substrate; keep legacy path removable for one
  // session as rollback." —), both counters each
  it.each([
    ["1. Set both passwords and log in.", "2. **Keep the Mac running** until you're satisfied. It costs nothing and it is the rollback."],
    ["- Flip `getCandidates` → substrate; keep the legacy path removable for one session as rollback."],
    ["- **The Mac is untouched and still running.** It remains the source of truth and the rollback path."],
  ])("%j", (...body) => {
    expect(parse(lines("# Go-live", "", ...WORK, "## Morning", "", ...body)).rollback).not.toBeNull();
  });

  it("a backup named the rollback among a backup runbook's rules (“the backup is the rollback”) is none (4434)", () => {
    expect(
      parse(lines("# Backups", "", ...WORK, "## Rules", "", "- Never upgrade without a fresh backup: migrations can be one-way; the backup is the rollback.")).rollback,
    ).toBeNull();
  });
});

describe("rounds 53–54: a box for the case of failure that throws the kill switch is the way back", () => {
  // after 5088 (set 425: a go-live's dark smoke test — "- [ ] f. If anything fails: flip `agent_program_active=0` (instant kill
  // switch) and report" —, both counters)
  const smoke = (box: string) => lines("# Go-live", "", ...WORK, "## 5. Dark smoke test", "", "- [ ] a. Flip `agent_program_active=1`.", `- [ ] ${box}`);
  it("“If anything fails: flip … (instant kill switch)”", () => {
    const parsed = parse(smoke("f. If anything fails: flip `agent_program_active=0` (instant kill switch) and report."));
    expect(rollbackText(parsed) + JSON.stringify(parsed.rollback)).toContain("kill switch");
  });

  it("a kill switch named with no case of failure (“Check the kill switch works”) is none", () => {
    expect(parse(smoke("f. Check the kill switch works in staging.")).rollback).toBeNull();
  });
});

describe("rounds 53–54: abort conditions restoring the old system, and a Chinese sentence giving the rollback's command, are the way back", () => {
  // after 5157 (set 431: "## Abort conditions" › "Abort and restore the old runtime if:" over the conditions —) and 5215's kind
  // (set 436: "旧栈回滚是 `cd … && docker compose up -d`" — the old stack's rollback is … —), both counters each
  it("“## Abort conditions” › “Abort and restore the old runtime if:”", () => {
    const parsed = parse(
      lines("# Cut-over", "", ...WORK, "## Abort conditions", "", "Abort and restore the old runtime if:", "", "- integrity checks fail;", "- duplicates appear."),
    );
    expect(parsed.rollback?.title).toBe("Abort conditions");
  });

  it("“## Abort conditions” over conditions alone (“Abort if:”) is none", () => {
    expect(parse(lines("# Cut-over", "", ...WORK, "## Abort conditions", "", "Abort if:", "", "- integrity checks fail;")).rollback).toBeNull();
  });

  it("“数据卷不会被改动。旧栈回滚是 `cd /srv/old && docker compose up -d`。”", () => {
    expect(parse(lines("# 部署", "", ...WORK, "数据卷不会被改动。旧栈回滚是 `cd /srv/old && docker compose up -d`。")).rollback).not.toBeNull();
  });
});

describe("rounds 53–54: a case, then only the document that holds the restore, is a pointer — no rollback of this document's own", () => {
  // after 5091 (set 425: an Alembic guide — "If the upgrade goes wrong, [`backup.md`](backup.md) §5 has the restore." —, both
  // counters' no rollback)
  it.each([["If the upgrade goes wrong, [`backup.md`](backup.md) §5 has the restore."], ["If the deploy fails, [rollback.md](rollback.md) covers the way back."]])("%j", (para) => {
    expect(parse(lines("# Migrations", "", ...WORK, para)).rollback).toBeNull();
  });

  it("a case with the way back told here (“If the upgrade goes wrong, restore the dump: `pg_restore …`”) is the rollback", () => {
    expect(parse(lines("# Migrations", "", ...WORK, "If the upgrade goes wrong, restore the backup: `pg_restore -d app dump.sql`.")).rollback).not.toBeNull();
  });
});

describe("rounds 53–54: more names of what must hold first", () => {
  // after 5136 (set 429: "## 4. Prérequis technique des scripts" over two bullets, both counters' two) and 5174 (set 432: "###
  // Relay seed" › "Requirements:" over four bullets, three times; 1806's "**Requirements:**" — both counters each)
  it("“## 4. Prérequis technique des scripts” over bullets", () => {
    const parsed = parse(lines("# Sauvegardes", "", ...WORK, "## 4. Prérequis technique des scripts", "", "- `pg_dump` présent ;", "- `openssl` présent."));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["`pg_dump` présent ;", "`openssl` présent."]);
  });

  it("a “Requirements:” line over bullets", () => {
    const parsed = parse(lines("# Secrets", "", ...WORK, "Requirements:", "", "- file permissions must be restrictive", "- the file must be encrypted at rest"));
    expect(parsed.phases.at(-1)?.checklistItems.map((i) => i.text)).toEqual(["file permissions must be restrictive", "the file must be encrypted at rest"]);
  });
});

describe("round 55: a section named by the case of failure exports and imports back with the same rollback", () => {
  // after 5252 (set 439: a go-live page's "## Si algo falla" over three bullets, one of a symptom and an arrow — "El bot no responde:
  // Render → Logs." —; its export's "### Step 1: Si algo falla" under it was counted as a case of its own, so the section read back
  // as troubleshooting and the sub-heading as a rollback inside the phase before)
  it("“## Si algo falla” over bullets, one with an arrow", () => {
    const parsed = parse(
      lines(
        "# Go-live",
        "",
        ...WORK,
        "## Antes de usar el número real",
        "",
        "- Verifica el negocio.",
        "",
        "## Si algo falla",
        "",
        "- `npm run preflight` dice qué falta.",
        "- El bot no responde: Render → Logs.",
      ),
    );
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(["Si algo falla"]);
  });
});

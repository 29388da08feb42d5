// Kinds found in session 33 (round 16's first-run misses, with their siblings in the corpus's other languages), each as
// a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import the
// identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a sub-section's name carried on each of its steps is not the last step's own label", () => {
  // after 2547 (set 213: "# Runbook — Postgres backup & restore" › "### Restore (PITR)" of five numbered steps, each
  // folded into its phase as "Restore (PITR): …" — its last step, "Decommission the old instance once verified", was
  // taken out as the rollback, where its counter reads none: the restore is the runbook's work)
  const restore = (title: string, section: string) =>
    lines(`# ${title}`, "", "## Topology A", "", `### ${section}`, "", "1. Stop writes.", "2. Restore to a new instance.", "3. Decommission the old instance once verified.");

  it.each([
    ["Runbook — Postgres backup & restore", "Restore (PITR)"],
    ["Database restore guide", "Restore"],
    ["Wiederherstellung der Datenbank", "Wiederherstellung (PITR)"],
    ["Restauration de la base", "Restauration (PITR)"],
    ["Backup and recovery", "Restoring (snapshot)"],
  ])("in “%s”, the steps of “### %s” stay its work", (title, section) => {
    const parsed = parse(restore(title, section));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.flatMap((p) => p.steps).map((s) => s.title)).toContain(`${section}: Decommission the old instance once verified.`);
  });

  it("a last step labelled the rollback plan after steps of other labels is still the rollback", () => {
    // (the rule it narrows: "6. Rollback plan: flip DNS back to the legacy host." — 1848's kind)
    const parsed = parse(lines("# Cut-over", "", ...WORK, "", "## 4. Switch", "", "1. Point DNS at the new host.", "2. Rollback plan: flip DNS back to the legacy host."));
    expect(parsed.rollback?.phases[0]?.steps[0]?.title ?? "").toContain("flip DNS back");
  });
});

describe("what is left open, the rules kept and the backups' locations are reference, not phases", () => {
  // after 2596 (set 217: "## Isu diketahui / tindakan tertunggak" — known issues / outstanding actions — over two numbered
  // open issues, read as a fifth phase where its counter reads 2–4), 2584 (set 216: "## 6. 규율" — discipline — over four
  // numbered rules, a fifth phase where 3–4) and 2532 (set 212: "## Emplacements des Sauvegardes" over two location bullets,
  // a fourth phase where 2–3)
  const runbook = (name: string) => lines("# Release", "", ...WORK, "", `## 4. ${name}`, "", "1. The nightly job is flaky.", "2. Rotate the deploy key.");

  it.each([
    "Isu diketahui / tindakan tertunggak",
    "규율",
    "운영 규칙",
    "Emplacements des Sauvegardes",
    "Backup locations",
    "Open items",
    "Outstanding actions",
    "Known issues and open questions",
    "Offene Punkte",
    "Temas pendientes",
    "Pendências",
    "Points en suspens",
    "遗留问题",
    "未解決の課題",
    "미해결 이슈",
  ])("“## %s” after the work is kept as notes", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("Rotate the deploy key.");
  });

  it.each(["Backup", "Actions", "Rules out the old host", "Where backups live"])("“## %s” stays a phase", (name) => {
    // (a backup is work; "Where backups live" lists the bucket with a command, 1840's first stage of its restore)
    const parsed = parse(runbook(name));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("a step-numbered heading named as reference is reference, its number notwithstanding", () => {
  // after 2562 (set 214: "## Detailed Investigation" › "### Step 1: Verify Certificate Details" … "### Step 3: Common Issues"
  // — a table of issues and fixes — … "### Step 5: Verify Fix": the table read as a phase of its own, six where its counters
  // read 3–5)
  const runbook = (name: string) =>
    lines(
      "# Runbook: TLS certificate expiry",
      "",
      "## Investigation",
      "",
      "### Step 1: Check the certificate",
      "",
      "```bash",
      "openssl s_client -connect example.com:443",
      "```",
      "",
      "### Step 2: Check renewal",
      "",
      "```bash",
      "journalctl -u caddy",
      "```",
      "",
      `### Step 3: ${name}`,
      "",
      "| Issue | Fix |",
      "| --- | --- |",
      "| DNS does not resolve | fix the A record |",
      "",
      "### Step 4: Force renewal",
      "",
      "```bash",
      "caddy reload",
      "```",
    );

  it.each(["Common Issues", "Troubleshooting", "Häufige Probleme", "常见问题", "Known issues"])("“### Step 3: %s” is no phase", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Check the certificate", "Check renewal", "Force renewal"]);
  });

  it("“## Phase 1: Overview” named by a keyword stays a phase", () => {
    // (an introduction's name does not undo a "Phase N" keyword: the keyword still overrides INTRO_RE)
    const parsed = parse(lines("# Upgrade", "", "## Phase 1: Overview", "", "1. Read the plan.", "", "## Phase 2: Upgrade", "", "1. Run the upgrade."));
    expect(parsed.phases).toHaveLength(2);
  });
});

describe("an event's time names a phase: before, during and after the event", () => {
  // after 2578 (set 216: a CTF event runbook — "## One-time VM setup", "## Pre-event (do this before players connect)" of
  // numbered steps, then "## During the event" and "## After the event" of bullets, read as the notes of the pre-event phase:
  // 2 phases where both counters read 3–4)
  const runbook = (during: string, after: string) =>
    lines(
      "# Event runbook",
      "",
      "## Setup",
      "",
      "1. Install docker.",
      "2. Configure the daemon.",
      "",
      "## Pre-event",
      "",
      "1. Build the images.",
      "2. Start the fleet.",
      "",
      `## ${during}`,
      "",
      "- Run the status check every 15 minutes.",
      "- Reset a wedged task.",
      "",
      `## ${after}`,
      "",
      "- Consolidate the snapshots.",
      "- Rotate the secrets.",
    );

  it.each([
    ["During the event", "After the event"],
    ["During the event", "Post-event"],
  ])("“## %s” and “## %s” of bullets are phases", (during, after) => {
    const parsed = parse(runbook(during, after));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Setup", "Pre-event", during, after]);
  });
});

describe("a bullet of a phase's notes that rolls back, as one case among others, is the way back", () => {
  // after 2578 (set 216: "## During the event" › "- Whole VM wedged/compromised: roll back to the event-ready ESXi snapshot."
  // among the other cases — no rollback found, where both counters read one)
  const runbook = (bullet: string) =>
    lines(
      "# Event runbook",
      "",
      "## Setup",
      "",
      "1. Install docker.",
      "",
      "## During the event",
      "",
      "- One task wedged: reset it.",
      `- ${bullet}`,
      "- Give the scoreboard its flags.",
    );

  it.each(["Whole VM wedged: roll back to the event-ready snapshot.", "Bad release: revert to the previous tag.", "Release cassée : revenir à la version précédente."])(
    "“- %s” is the rollback",
    (bullet) => {
      const parsed = parse(runbook(bullet));
      expect(rollbackText(parsed)).toContain(bullet);
      expect(parsed.phases.at(-1)?.notes ?? "").not.toContain(bullet);
    },
  );

  it.each([
    // (408: a Finnish statement — rollback is often the fastest mitigation —, the noun "rollback" before "on", is)
    "Jos ongelma alkoi juuri julkaistusta versiosta: rollback on usein nopein mitigointi.",
    "Rollback window: 30 minutes.",
  ])("“- %s” is no rollback", (bullet) => {
    const parsed = parse(runbook(bullet));
    expect(parsed.rollback).toBeNull();
  });
});

describe("going back to another mode is no rollback", () => {
  // after 2545 (set 213: "### 6. ✅ Revenir au mode application" — switch the container from its documentation mode back
  // to the app — read as the rollback, where both counters read none)
  const runbook = (name: string) =>
    lines(
      "# Déploiement Docker",
      "",
      "## Déploiement avec Docker",
      "",
      "### 1. Construction de l'image",
      "",
      "```bash",
      "docker compose build",
      "```",
      "",
      "### 2. Lancement du site de documentation",
      "",
      "```bash",
      "docker compose up docs",
      "```",
      "",
      `### 3. ${name}`,
      "",
      "1. Arrêter le conteneur de documentation :",
      "",
      "```bash",
      "docker stop docs",
      "```",
      "",
      "2. Redémarrer en mode application :",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## Test en mode API",
      "",
      "### 1. Lancement du mode API",
      "",
      "```bash",
      "docker compose up api",
      "```",
      "",
      "### 2. Santé",
      "",
      "```bash",
      "curl localhost:8000/health",
      "```",
    );

  it("“### 3. Revenir au mode application” is a step of the work", () => {
    const parsed = parse(runbook("Revenir au mode application"));
    expect(parsed.rollback).toBeNull();
  });

  it.each(["Revenir à la version précédente", "Revenir en arrière"])("“### 3. %s” is the rollback", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("a plain label for the case of failure whose value rolls back is the way back", () => {
  // after 2529 (set 212: "## 4. Check it works" › five numbered checks, then "If step 1 or 4 fails: use the host's rollback (or
  // run the old container), then tell me exactly what you saw." — no rollback found, where both counters read one)
  const runbook = (para: string) =>
    lines(
      "# Update",
      "",
      "## 1. Backup",
      "",
      "1. Run the backup.",
      "",
      "## 2. Update",
      "",
      "1. Pull the image.",
      "2. Restart.",
      "",
      para,
      "",
      "## 3. Verify",
      "",
      "1. Check health.",
    );

  it.each([
    "If step 1 or 4 fails: use the host's rollback (or run the old container), then tell me what you saw.",
    "If steps 2, 3 or 5 fail: roll back to the previous image.",
    "If any of the checks fail: revert to the last release.",
    "If the smoke tests fail, use the host's rollback or run the old container.",
  ])("“%s” is the rollback", (para) => {
    const parsed = parse(runbook(para));
    expect(rollbackText(parsed)).toContain(para);
  });

  it.each(["If step 1 or 4 fails: check the logs and try again.", "If step 1 fails: do not roll back, fix forward."])("“%s” is no rollback", (para) => {
    const parsed = parse(runbook(para));
    expect(parsed.rollback).toBeNull();
  });
});

describe("the things that must be true before the work label its prerequisites", () => {
  // after 2529 (set 212: "## 0. Two things that must be true of any host" over two numbered requirements — both counters
  // count them as items)
  it.each(["Two things that must be true of any host", "Things that must be true", "Conditions that must hold", "What must already be true"])(
    "“## 0. %s” over a numbered list is a checklist of its items",
    (name) => {
      const parsed = parse(lines("# Go-live", "", `## 0. ${name}`, "", "1. It runs Docker.", "2. It has a public address.", "", ...WORK));
      expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual(["It runs Docker.", "It has a public address."]);
    },
  );
});

describe("“Para voltar:” (to go back) before the instruction is the way back, in the Romance languages", () => {
  // after 2574 (set 215: "## 3. Atualizar e voltar versão" › "Antes de atualizar rode `npm run backup`. Para voltar: `git checkout
  // <versão anterior>` e `npm run prod:up`. …" — no rollback found, where both counters read one)
  const runbook = (para: string) =>
    lines(
      "# Operação",
      "",
      "## 1. Instalar",
      "",
      "```bash",
      "npm ci",
      "```",
      "",
      "## 2. Atualizar",
      "",
      "```bash",
      "git pull",
      "```",
      "",
      para,
      "",
      "## 3. Backup",
      "",
      "```bash",
      "npm run backup",
      "```",
    );

  it.each([
    "Antes de atualizar rode `npm run backup`. Para voltar: `git checkout <versão anterior>` e `npm run prod:up`.",
    "Para volver: `git checkout <versión anterior>` y `npm run prod:up`.",
    "Avant la mise à jour, lancez `npm run backup`. Pour revenir : `git checkout <version précédente>`.",
  ])("“%s” is the rollback", (para) => {
    const parsed = parse(runbook(para));
    expect(parsed.rollback).not.toBeNull();
  });

  it("“Para voltar ao menu, clique em Sair.” is no rollback", () => {
    expect(parse(runbook("Para voltar ao menu, clique em Sair.")).rollback).toBeNull();
  });
});

describe("the rollback named with how it is done, in the corpus's other languages", () => {
  // after 2575 (set 216: "### Сайт показує 500 після deploy" › "**Швидкий rollback:**" — quick rollback — over two bullets,
  // restore the backup or deploy the previous commit: no rollback found, where both counters read one; as "Quick rollback"
  // and "Rollback rápido" already were)
  const runbook = (label: string) =>
    lines(
      "# Deploy",
      "",
      "## 1. Build",
      "",
      "1. Build it.",
      "",
      "## 2. Deploy",
      "",
      "1. Deploy it.",
      "",
      `**${label}:**`,
      "- restore the backup",
      "- or deploy the previous commit",
      "",
      "## 3. Verify",
      "",
      "1. Check it.",
    );

  it.each([
    "Швидкий rollback",
    "Быстрый откат",
    "Экстренный откат",
    "Notfall-Rollback",
    "Schneller Rollback",
    "Rollback rapide",
    "Szybki rollback",
    "快速回滚",
    "緊急ロールバック",
    "긴급 롤백",
  ])("“**%s:**” over its bullets is the rollback", (label) => {
    const parsed = parse(runbook(label));
    expect(rollbackText(parsed)).toContain("deploy the previous commit");
  });

  it("“- **快速回滚**: 5-10分钟”, a time estimate, is no rollback", () => {
    // (86: a rollback manual's "### ⏱️ 回滚时间估算" — rollback time estimates — "快速回滚: 5-10分钟", "完整回滚: 15-30分钟")
    const parsed = parse(lines("# 发布", "", "- **快速回滚**: 5-10分钟", "- **完整回滚**: 15-30分钟", "", ...WORK));
    expect(parsed.rollback).toBeNull();
  });
});

describe("acceptance after the work names a check to make, in the corpus's other languages", () => {
  // after 2587 (set 217: "## 配備後の受入" — post-deploy acceptance — over a 12-row table of checks and paragraphs, read as the
  // notes of the host-update phase: 3 phases where both counters read 4–5)
  const runbook = (name: string) =>
    lines(
      "# 配備手順",
      "",
      "## 配備前の確認",
      "",
      "1. 認証情報を確認する。",
      "",
      "## イメージとplan",
      "",
      "```bash",
      "terraform plan",
      "```",
      "",
      `## ${name}`,
      "",
      "| 項目 | 結果 |",
      "| --- | --- |",
      "| ログイン | 未実施 |",
      "",
      "結果を記録する。",
    );

  it.each(["配備後の受入", "受け入れテスト", "인수 테스트", "Приёмка", "Recette"])("“## %s” after the work is a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases.map((p) => p.title)).toContain(name);
  });

  it("“## 验收证据” — acceptance evidence — stays the notes", () => {
    // (726: the evidence to keep for the acceptance, after a migration's procedure)
    const parsed = parse(runbook("验收证据"));
    expect(parsed.phases.map((p) => p.title)).not.toContain("验收证据");
  });
});

describe("a paragraph saying what the rollback uses tells how to go back", () => {
  // after 2581 (set 216: "## Graceful stop, rollback and teardown" › "Rollback uses a previously reviewed immutable application
  // image whose schema is compatible …; … restore the validated pre-change backup into a new isolated database" — no rollback
  // found, where both counters read one)
  const runbook = (para: string) => lines("# Staging operations", "", ...WORK, "", "## 4. Stop and teardown", "", "```bash", "docker compose stop app", "```", "", para);

  it.each([
    "Rollback uses a previously reviewed immutable image whose schema is compatible with the applied migrations.",
    "Rollback works by pointing the alias at the previous version.",
  ])("“%s” is the rollback", (para) => {
    expect(rollbackText(parse(runbook(para)))).toContain(para);
  });

  it("“Rollback uses of the old API are logged.” is no such paragraph", () => {
    expect(parse(runbook("Rollback uses of the old API are logged.")).rollback).toBeNull();
  });
});

describe("a section of cases of failure is troubleshooting, whatever commands its cases show", () => {
  // after 2540 (set 213: "## 9. Cuando algo falla" — when something fails — over "### El contenedor no arranca", "### El build
  // muere sin mensaje claro", "### nginx responde 502 Bad Gateway", each with its fence: read as a tenth phase, where both
  // counters read it as reference)
  const runbook = (name: string, second = "### nginx answers 502") =>
    lines(
      "# Deploy",
      "",
      ...WORK,
      "",
      `## 4. ${name}`,
      "",
      "### The container does not start",
      "",
      "```bash",
      "docker compose logs web",
      "```",
      "",
      second,
      "",
      "Check the upstream port.",
    );

  it.each(["Cuando algo falla", "When something goes wrong", "If something breaks", "Quand quelque chose échoue", "Quando algo falha"])(
    "“## 4. %s” over its cases is no phase",
    (name) => {
      const parsed = parse(runbook(name));
      expect(parsed.phases.map((p) => p.title)).toEqual(["Build", "Deploy", "Verify"]);
      expect(parsed.phases.at(-1)?.notes ?? "").toContain("docker compose logs web");
    },
  );

  it("one whose case puts the previous release back is still no phase of the work", () => {
    // (a case that rolls back is the way back's business: findSetAsideSections reads it, not this test)
    const parsed = parse(runbook("When something goes wrong", "### Roll back to the previous release"));
    expect(parsed.phases.map((p) => p.title)).not.toContain("When something goes wrong");
  });
});

describe("going back named as such in the corpus's other languages is the rollback", () => {
  // after 2610 (set 218: "## Volta atrás" — way back: revert the merge and let the workflow republish the old blog — read as
  // reference, no rollback found, where both counters read one)
  it.each(["Volta atrás", "Voltar atrás", "Volver atrás", "Vuelta atrás", "Tornare indietro", "Rückweg", "Как откатиться", "Як відкотити", "Cofnięcie zmian"])(
    "“## %s” after the work is the rollback",
    (name) => {
      const parsed = parse(lines("# Plano de virada", "", "## Antes", "", "1. Revisar.", "", "## A virada", "", "1. Publicar.", "", `## ${name}`, "", "1. `./publish.sh v1`"));
      expect(rollbackText(parsed)).toContain("./publish.sh v1");
    },
  );
});

describe("the time after the work names a phase, its time glossed after it", () => {
  // after 2610 (set 218: "## Depois da virada (no mesmo dia)" — after the cut-over, the same day — over five check bullets,
  // read as notes: 2 phases where both counters read 3–4) and 2614 (set 219: "## Post-flip (after ~1 week stable)" over two
  // bullets: 1–2 where 3–5)
  const runbook = (name: string) =>
    lines(
      "# Cut-over",
      "",
      "## Before",
      "",
      "1. Review the plan.",
      "2. Freeze content.",
      "",
      "## The flip",
      "",
      "1. Merge the branch.",
      "2. Deploy.",
      "",
      `## ${name}`,
      "",
      "- Check the home page.",
      "- Check the feed.",
    );

  it.each(["Depois da virada (no mesmo dia)", "Post-flip (after ~1 week stable)", "After the cutover (T+1h)", "Después del despliegue (mismo día)"])(
    "“## %s” of bullets is a phase",
    (name) => {
      expect(parse(runbook(name)).phases.map((p) => p.title)).toContain(name);
    },
  );

  it("“## Post-lanzamiento (no bloquea operar)” — a remark glossed, not a time — stays the notes", () => {
    // (1933: its counter reads the post-launch bullets as notes)
    expect(parse(runbook("Post-lanzamiento (no bloquea operar)")).phases).toHaveLength(2);
  });
});

describe("the conventions for writing new migrations are guidance for the developer, in the corpus's languages", () => {
  // after 2657 (set 222: "## 4. Convenciones para nuevas migraciones" — seven numbered rules — after "## 3. Aplicación
  // recomendada", read as a fourth phase where its counter reads 2–3; as "Creating a New Migration" already was, after the work)
  const runbook = (name: string) =>
    lines(
      "# Migrations",
      "",
      "## 1. Apply",
      "",
      "```bash",
      "alembic upgrade head",
      "```",
      "",
      "## 2. Verify",
      "",
      "```bash",
      "alembic current",
      "```",
      "",
      `## 3. ${name}`,
      "",
      "1. Name each file by date.",
      "2. Make every migration idempotent.",
    );

  it.each([
    "Convenciones para nuevas migraciones",
    "Convenções para novas migrações",
    "Conventions for new migrations",
    "Crear una nueva migración",
    "Neue Migration erstellen",
    "新建迁移",
    "マイグレーションの作成",
  ])("“## 3. %s” after the work is the notes", (name) => {
    expect(parse(runbook(name)).phases).toHaveLength(2);
  });
});

describe("a reference's name before a colon and what it covers is reference", () => {
  // after 2609 (set 218: "## Quick Reference: GCP Secret Manager Commands" after six rotation sections, read as a seventh
  // phase where its counter reads 4–6)
  it.each(["Quick Reference: GCP Secret Manager Commands", "Troubleshooting: common errors", "Glossary: terms used here", "Contacts: on-call"])(
    "“## 4. %s” after the work is no phase",
    (name) => {
      const parsed = parse(lines("# Rotation", "", ...WORK, "", `## 4. ${name}`, "", "```bash", "gcloud secrets versions list jwt", "```"));
      expect(parsed.phases).toHaveLength(3);
    },
  );

  it("“## 4. Deploy: the API” — a phase's name before its colon — stays a phase", () => {
    const parsed = parse(lines("# Release", "", ...WORK, "", "## 4. Deploy: the API", "", "```bash", "make deploy-api", "```"));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("what it takes, said impersonally, labels the prerequisites in Portuguese and Spanish", () => {
  // after 2661 (set 223: "## O que é preciso" — what is needed — over three bullets: Node.js, a static host, a GitHub account;
  // no items read, where both counters read 3; "O que você precisa" already was a label)
  it.each(["O que é preciso", "Do que você precisa", "Lo que se necesita", "Qué se necesita"])("“## %s” over bullets is a checklist of its items", (name) => {
    const parsed = parse(lines("# Deploy", "", `## ${name}`, "", "- Node.js 20 or later", "- A static host", "- A GitHub account", "", ...WORK));
    expect(parsed.phases[0]?.checklistItems).toHaveLength(3);
  });
});

describe("the Chinese “前置要求” (requirements before) labels the prerequisites", () => {
  // after 2683 (set 225: "### 1. 本地部署" › "#### 前置要求" over three bullets — Python 3.10+, 2 GB of disk, a network — no items
  // read, where both counters count them; "前置需求" already was a label)
  it.each(["前置要求", "前提要求", "先决要求"])("“## %s” over bullets is a checklist of its items", (name) => {
    const parsed = parse(lines("# 部署", "", `## ${name}`, "", "- Python 3.10+", "- 至少 2GB 磁盘空间", "", ...WORK));
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
  });
});

describe("an empty anchor for links in a heading names nothing", () => {
  // after 2715 (set 227: a translated vendor article whose headings open with anchors — "## <a name=\"prerequisites\"></a>
  // Предварительные требования" over two bullets: no items read, where both counters count them)
  it.each(['<a name="prerequisites"></a>Prerequisites', '<a id="prereq"></a>Предварительные требования', '<a name="x"/>Voraussetzungen'])(
    "“## %s” over bullets is a checklist, its title kept as written",
    (name) => {
      const parsed = parse(lines("# Dump and restore", "", `## ${name}`, "", "- a server", "- pg_dump installed", "", ...WORK));
      expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
      expect(parsed.phases[0]?.title).toBe(name);
    },
  );
});

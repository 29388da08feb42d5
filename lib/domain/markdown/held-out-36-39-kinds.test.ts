// Kinds that held-out sets 36–39 showed at first run (session 8), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown } from "./export-runbook";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";
import { splitPhaseHeading } from "./vocabulary";

describe("a summary that reads as something else once on one line", () => {
  // after an upgrade runbook: "**Status (2026-10-06):** steps 1–2 work today. The …" wrapped over several lines.
  // The draft holds the summary on one line; written so, it would read back as a "**Key:** value" field.
  const summaries = [
    "**Status (2026-10-06):** steps 1–2 work today.\nThe pre-upgrade snapshot lands with step 8.",
    "Owner: platform team\nThis runbook moves the ledger to the new cluster.",
    "**Window:** Saturday 02:00–04:00 UTC,\nannounced to customers a week ahead.",
  ];

  it.each(summaries)("keeps %j as the summary through export and import", (summary) => {
    const source = `# Upgrade\n\n${summary}\n\n## 1. Prepare\n\n1. Take a snapshot\n\n## 2. Upgrade\n\n1. Pull the new images\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.summary).toBe(summary.replace(/\s+/g, " "));
    expectSound(source, parsed);
  });

  it("is written plainly when plain text reads back the same", () => {
    const parsed = parseRunbookMarkdown("# Upgrade\n\nMoves the ledger to the new cluster.\n\n## 1. Prepare\n\n1. Take a snapshot\n");
    expect(exportRunbookMarkdown(parsed)).toContain("# Upgrade\n\nMoves the ledger to the new cluster.\n");
  });
});

describe("reference sections after the last phase of work", () => {
  // after a gated CI deploy runbook (420) and a cache-to-database cut-over guide (450): the procedure, then
  // sections that describe, list or point — nothing to run, tick or check
  const source = [
    "# Deploy the web app",
    "",
    "## One-time setup",
    "",
    "1. Add a required reviewer to the `production` environment.",
    "2. Store the registry token as `REGISTRY_TOKEN`.",
    "",
    "## Trigger a deploy",
    "",
    "1. Merge to `main`.",
    "2. Approve the `deploy` job when CI asks.",
    "",
    "## What each job does",
    "",
    "- `build` builds the image and pushes it to the registry.",
    "- `deploy` rolls the new image out to the container service.",
    "",
    "## Required secrets",
    "",
    "| Secret | Used by |",
    "| --- | --- |",
    "| `REGISTRY_TOKEN` | build |",
    "",
    "## See also",
    "",
    "- `.github/workflows/deploy.yml`",
    "",
  ].join("\n");

  it("are the last phase's notes, or the runbook's when named as an appendix — not phases", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["One-time setup", "Trigger a deploy"]);
    expect(parsed.phases[1]?.notes).toContain("## What each job does");
    expect(parsed.phases[1]?.notes).toContain("| `REGISTRY_TOKEN` | build |");
    expect(parsed.appendix).toContain("## See also");
    expectSound(source, parsed);
  });

  it("stay phases when the heading names a check, an action, a phase or a time, prose and all", () => {
    const release = (last: string) => `# Release\n\n## Prepare\n\n1. Bump the version.\n\n## Publish\n\n1. Push the tag.\n\n${last}\n`;
    const docs = [
      release("## Verification\n\nOpen the dashboard and compare the order counts."),
      release("## Announce\n\n- Post in the release channel."),
      release("## Retirar el legacy\n\nApagar el servidor antiguo tras una semana."),
      release("## 確認\n\n管理画面で件数を確認する。"),
      // after a rollback plan's phases (58): the last one, prose, gives its time and calls itself a phase
      "# Rollback plan\n\n### Phase 1: Immediate stop (5 Min)\n\n1. Pause the deploys.\n\n### Phase 2: Git rollback (10 Min)\n\n1. Revert the merge.\n\n### Phase 3: Root Cause (1-2h)\n\n- Analyse what went wrong.\n- Plan the fix for the next attempt.\n",
    ];
    for (const doc of docs) {
      const parsed = parseRunbookMarkdown(doc);
      expect(parsed.phases, doc).toHaveLength(3);
      expectSound(doc, parsed);
    }
  });

  it("read an English noun as no action, a Romance verb over its object as one", () => {
    for (const [heading, isPhase] of [
      ["## Server configuration", false],
      ["## Architecture", false],
      ["## After the cutover", false],
      ["## Vérifier le service", true],
      ["## Desplegar en producción", true],
    ] as const) {
      const doc = `# Release\n\n## Prepare\n\n1. Bump the version.\n\n## Publish\n\n1. Push the tag.\n\n${heading}\n\nA paragraph of prose.\n`;
      expect(parseRunbookMarkdown(doc).phases, heading).toHaveLength(isPhase ? 3 : 2);
    }
  });

  it("leave a document of prose phases alone, and prose phases before the work", () => {
    const prose =
      "# Failover\n\n## 1. Detection\n\nThe primary stops answering.\n\n## 2. Promotion\n\nThe replica is promoted by the operator.\n\n## 3. Follow-up\n\nThe incident review is held within a week.\n";
    expect(titles(parseRunbookMarkdown(prose))).toEqual(["Detection", "Promotion", "Follow-up"]);
    const before = "# Change\n\n## 1. Change control\n\nThe change board approves the window.\n\n## 2. Implementation\n\n1. Stop the service.\n2. Move the volumes.\n";
    expect(titles(parseRunbookMarkdown(before))).toEqual(["Change control", "Implementation"]);
  });
});

describe("rollbacks by other names and shapes", () => {
  const rollbackOf = (source: string) => {
    const parsed = parseRunbookMarkdown(source);
    expectSound(source, parsed);
    return { title: parsed.rollback?.title ?? null, main: titles(parsed), steps: parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title)) ?? [] };
  };

  it("reads a rollback heading glossed at any length (448: “Stage 5 — Rollback (safety net, use if …)”)", () => {
    const got = rollbackOf(
      "# DB migration\n\n### Stage 1 — Restore (no downtime)\n\n1. Run the restore workflow.\n\n### Stage 2 — Swap (5-15 min downtime)\n\n1. Point the app at the new database.\n\n### Stage 3 — Rollback (safety net, use if Stage 2 or the smoke test breaks)\n\n1. Restore the previous `.env`.\n2. Restart the app.\n",
    );
    expect(got.title).toBe("Rollback (safety net, use if Stage 2 or the smoke test breaks)");
    expect(got.main).toEqual(["Restore (no downtime)", "Swap (5-15 min downtime)"]);
  });

  it("reads the rollback of a runbook whose title lists it among its topics (453, 465)", () => {
    const english = rollbackOf(
      "# Upgrade, roll back one version, and upgrade Postgres\n\n## Upgrade\n\n1. Pull the new tag.\n2. Restart.\n\n## Roll back one version\n\n1. Start the previous tag.\n\n## Upgrade Postgres\n\n1. Dump and restore through the backup.\n",
    );
    expect(english.title).toBe("Roll back one version");
    expect(english.main).toEqual(["Upgrade", "Upgrade Postgres"]);
    const french = rollbackOf(
      "# Runbook : migrations Alembic — exécution, suivi, rollback\n\n## Résolution\n\n### Cas 1 — Appliquer une migration\n\n1. Lancer `make migrate`.\n\n### Cas 4 — Rollback (la nouvelle migration a cassé des données)\n\n1. Sauvegarder la base.\n2. Lancer `alembic downgrade -1`.\n",
    );
    expect(french.steps).toEqual(["Sauvegarder la base.", "Lancer `alembic downgrade -1`."]);
  });

  it("reads “Going back” and “if something goes wrong” in other languages as the rollback (463, 466)", () => {
    for (const name of ["Going back", "How to go back", "🚨 Si Algo Sale Mal", "Se algo der errado", "En cas d'échec", "Wenn etwas schiefgeht"]) {
      const got = rollbackOf(`# Deploy\n\n## Build\n\n1. Build the image.\n\n## Release\n\n1. Push the tag.\n\n## ${name}\n\n1. Start the previous tag.\n`);
      expect(got.title, name).not.toBeNull();
      expect(got.main, name).toEqual(["Build", "Release"]);
    }
  });

  it("keeps “Rollback de Migration” the rollback when its own sub-section is named “Se algo der errado:” (409)", () => {
    const got = rollbackOf(
      "# Migração\n\n## Aplicar\n\n1. Rodar as migrations.\n\n## Verificar\n\n1. Conferir as tabelas.\n\n## Rollback de Migration\n\n### Se algo der errado:\n\n1. Restaurar o backup.\n\n## Criar nova migration\n\n1. Nomear o arquivo.\n",
    );
    expect(got.title).toBe("Rollback de Migration");
  });

  it("keeps the heading of a rollback section that names neither the procedure nor a phase of it (58's triggers)", () => {
    const source =
      "# Release\n\n## 1. Deploy\n\n1. Ship it.\n\n## Rollback triggers\n\n### Critical\n\n- Error rate above 5 %\n\n### Warning\n\n- Latency doubled\n\n## Rollback\n\n### Step 1\n\n1. Revert the merge.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(parsed.rollback?.phases[0]?.notes).toContain("## Rollback triggers");
    expectSound(source, parsed);
  });
});

describe("phases lettered or in Roman numerals", () => {
  // after a German cut-over plan (460): "## Schritt-für-Schritt" over "### Phase A — Vorbereitung" … "### Phase D"
  const source = [
    "# Cutover-Plan",
    "",
    "## Strategie",
    "",
    "Parallelbetrieb hinter dem Router.",
    "",
    "## Schritt-für-Schritt",
    "",
    "### Phase A — Vorbereitung (kein Produktions-Eingriff)",
    "",
    "- [ ] Image bauen",
    "",
    "### Phase B — Parallelbetrieb",
    "",
    "- [ ] Neuen Container starten",
    "",
    "### Phase C — Cutover (2–3 Minuten)",
    "",
    "1. Priorität umschalten.",
    "",
    "### Phase D — Altsystem abschalten",
    "",
    "1. Alten Container stoppen.",
    "",
    "## Rollback",
    "",
    "1. Priorität zurücksetzen.",
    "",
  ].join("\n");

  it("are the phases, as numbered ones are — not the sections above them", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Vorbereitung (kein Produktions-Eingriff)", "Parallelbetrieb", "Cutover", "Altsystem abschalten"]);
    expect(parsed.phases[2]?.estimatedMinutes).toBe(3);
    expectSound(source, parsed);
  });

  it("reads Roman numerals, and no small letter or word as a mark", () => {
    const roman = "# Migration\n\n## Phase I: Prepare\n\n1. Snapshot.\n\n## Phase II: Migrate\n\n1. Run the migration.\n\n## Phase III: Verify\n\n1. Compare counts.\n";
    expect(titles(parseRunbookMarkdown(roman))).toEqual(["Prepare", "Migrate", "Verify"]);
    for (const title of ["Phase in progress", "Step a: check", "Phase RELEASE — Publish"]) expect(splitPhaseHeading(title).hasKeyword, title).toBe(false);
  });
});

describe("a rollback written as the procedure's last step", () => {
  // after a Talos kernel upgrade runbook (476): twelve numbered steps, the last "Roll back if the node misbehaves:"
  const upgrade = (last: string) =>
    `# Kernel upgrade\n\n1. Build the image:\n\n    \`\`\`\n    make image\n    \`\`\`\n\n2. Upgrade one worker:\n\n    \`\`\`\n    talosctl -n worker-1 upgrade --image ghcr.io/example/installer:v1.2\n    \`\`\`\n\n${last}\n`;

  it("is the rollback, moved whole out of the procedure", () => {
    const source = upgrade("3. Roll back if the node misbehaves:\n\n    ```\n    talosctl -n worker-1 rollback\n    ```\n\n    A node that does not come back is reflashed.");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Roll back if the node misbehaves");
    expect(parsed.rollback?.phases[0]?.steps[0]?.text).toContain("talosctl -n worker-1 rollback");
    expect(parsed.phases.flatMap((p) => p.steps).map((s) => s.title)).not.toContain("Roll back if the node misbehaves");
    expectSound(source, parsed);
  });

  it("is not a step about the rollback, nor one beside a rollback section", () => {
    expect(parseRunbookMarkdown(upgrade("3. Rollback window: keep the old image for a week.")).rollback).toBeNull();
    const withSection = `${upgrade("3. Roll back if the node misbehaves: `talosctl rollback`.")}\n## Rollback\n\n1. Reflash the previous image.\n`;
    expect(parseRunbookMarkdown(withSection).rollback?.title).toBe("Rollback");
  });
});

describe("a troubleshooting aside between phases, by other names", () => {
  // after a Japanese deploy procedure (443) and a release runbook (442)
  it.each([
    ["## うまくいかないとき", "| 症状 | 対処 |\n| --- | --- |\n| 500 エラー | 環境変数を確認 |"],
    ["## Where to look when things break", "- App Runner logs: `/aws/apprunner/api`.\n- Worker logs: CloudWatch."],
    ["## 문제가 생기면", "로그를 먼저 확인한다."],
  ])("%s is the notes of the phase before it", (heading, body) => {
    const source = `# Deploy\n\n## Step 1: Build\n\n1. Build the image.\n\n${heading}\n\n${body}\n\n## Step 2: Release\n\n1. Push the tag.\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Build", "Release"]);
    expect(parsed.phases[0]?.notes).toContain(heading);
    expectSound(source, parsed);
  });
});

describe("sections numbered with a section sign, and a rollback rehearsed or checked (sets 40–43)", () => {
  // after a French cut-over runbook (523): "## §0 — Configuration", "## §2 — J-1 Dry-run rollback" › "### 2.3 Vérifier le rollback procédure"
  const source = [
    "# Runbook — Cutover J+0",
    "",
    "## §1 — J-7 Prérequis",
    "",
    "- [ ] Accès prod vérifiés",
    "",
    "## §2 — J-1 Dry-run rollback",
    "",
    "### 2.1 Export (dry-run)",
    "",
    "1. Lancer l'export en lecture seule.",
    "",
    "### 2.2 Vérifier le rollback procédure",
    "",
    "Relire la procédure dans `rollback.md`.",
    "",
    "## §3 — J+0 Séquence",
    "",
    "1. Geler la feuille.",
    "2. Basculer le DNS.",
    "",
  ].join("\n");

  it("reads the section sign as the number's, and a dry run or a check of the rollback as work, not the rollback", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["J-7 Prérequis", "J-1 Dry-run rollback", "J+0 Séquence"]);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });

  it("keeps such a title through export and import", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parseRunbookMarkdown(exportRunbookMarkdown(parsed)).phases.map((p) => p.title)).toEqual(titles(parsed));
  });
});

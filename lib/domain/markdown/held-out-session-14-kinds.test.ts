// Kinds that the corpus and sets 80–83 showed (session 14), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** Two phases of work, for a document whose last section decides what the rollback is. */
const work = ["## 1. Migrate", "", "1. Run the migration", "", "## 2. Deploy", "", "1. Deploy the build", ""];

/** The document imports with no rollback, soundly; its parse. */
function expectNoRollback(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expect(parsed.rollback).toBeNull();
  expectSound(source, parsed);
  return parsed;
}

/** The document imports with one rollback of these phases, soundly; its parse. */
function expectRollback(source: string, names: string[]) {
  const parsed = parseRunbookMarkdown(source);
  expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(names);
  expectSound(source, parsed);
  return parsed;
}

describe("a “Before you start” list is what the reader should know, not a checklist", () => {
  // after a key-rotation runbook ("## Before you start" over "- You have shell access to the host …", 818), a
  // cut-over runbook (936), a Portuguese deploy ("## Antes de começar", 396) and a ledger cut-over ("Before you
  // begin", 449): every counter of the corpus counted none of their items, where a list labelled "Prerequisites"
  // or "Checklist" is counted item by item
  it.each([
    ["## Before you start", "You have shell access to the host"],
    ["## Before you begin", "You have shell access to the host"],
    ["## Antes de começar", "Acesso SSH ao servidor"],
    ["## Avant de commencer", "Un accès SSH au serveur"],
  ])("%s over bullets: no checklist items", (heading, item) => {
    const source = lines(
      "# Runbook: rotating the encryption key",
      "",
      heading,
      "",
      `- ${item}`,
      "- You have the current key and a new one",
      "",
      "## 1. Stop the service",
      "",
      "```bash",
      "systemctl stop rein",
      "```",
      "",
      "## 2. Rotate the key",
      "",
      "```bash",
      "rein rotate-key --new-key-file new.key",
      "```",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
    expect(titles(parsed).slice(-2)).toEqual(["Stop the service", "Rotate the key"]);
    expectSound(source, parsed);
  });

  it.each([
    ["## Prerequisites", 2],
    ["## Before you start\n\n- [ ] A fresh backup exists\n- [ ] The window is announced\n\n## Prerequisites", 4],
  ])("a prerequisites list, and boxes under any heading, are still counted (%s)", (heading, count) => {
    const source = lines(
      "# Upgrade",
      "",
      heading,
      "",
      "- Shell access to the host",
      "- The new key",
      "",
      "## 1. Stop",
      "",
      "1. Stop the service",
      "",
      "## 2. Rotate",
      "",
      "1. Rotate the key",
      "",
    );
    expect(parseRunbookMarkdown(source).phases.flatMap((p) => p.checklistItems)).toHaveLength(count);
  });
});

describe("an HTML comment before the title", () => {
  // after a German go-live handover template (996): "<!-- Template: IT-Betriebshandbuch … -->" over "# Betriebsübergabe
  // und Go-Live-Checkliste": the title was lost, and the first section's heading with it
  it("leaves the heading after it the title, the comment the preamble's", () => {
    const source = lines(
      "<!--",
      "Template: IT-Betriebshandbuch",
      "Hinweis: Platzhalter sind mit [TODO] gekennzeichnet.",
      "-->",
      "",
      "# Betriebsübergabe und Go-Live-Checkliste",
      "",
      "## Voraussetzungen (Definition of Ready)",
      "- ☐ Architektur & Security Review abgeschlossen",
      "- ☐ Backup/Restore getestet",
      "",
      "## Go-Live",
      "1. Deployment starten",
      "2. Smoke-Tests ausführen",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.title).toBe("Betriebsübergabe und Go-Live-Checkliste");
    expect(parsed.preamble).toContain("Template: IT-Betriebshandbuch");
    expect(titles(parsed)).toEqual(["Voraussetzungen (Definition of Ready)", "Go-Live"]);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("a table cell of one box before the status it ticks", () => {
  // after a go-live checklist's sign-off table ("| Engineering Lead | | | ☐ Approved |", 924)
  it("is a checklist item per row, the status word kept", () => {
    const source = lines(
      "# Go-live",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy the build",
      "",
      "## 2. Hand over",
      "",
      "| Task | Owner | Status |",
      "|---|---|---|",
      "| Runbook reviewed | Ops | ☐ Done |",
      "| Alerts routed | SRE | ☐ Done |",
      "| Backups verified | DBA | ☐ Done |",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[1]?.checklistItems.map((c) => c.text)).toEqual([
      "Runbook reviewed (Owner: Ops; Status: Done)",
      "Alerts routed (Owner: SRE; Status: Done)",
      "Backups verified (Owner: DBA; Status: Done)",
    ]);
    expectSound(source, parsed);
  });

  it("in a sign-off table of roles, its rows are the roles to sign", () => {
    const source = lines(
      "# Go-live",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy the build",
      "",
      "## 2. Verify",
      "",
      "1. Run the smoke tests",
      "",
      "## Sign-Off",
      "",
      "| Role | Name | Date | Status |",
      "|------|------|------|--------|",
      "| Engineering Lead | | | ☐ Approved |",
      "| QA Lead | | | ☐ Approved |",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.signoffRoles).toEqual(["Engineering Lead", "QA Lead"]);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
    expectSound(source, parsed);
  });

  it("a choice between two boxes (“☐ Yes ☐ No”) is no item", () => {
    const source = lines(
      "# Go-live",
      "",
      "## 1. Decide",
      "",
      "| Criteria | Pass? |",
      "|---|---|",
      "| Database healthy | ☐ Yes ☐ No |",
      "| Rollback ready | ☐ Yes ☐ No |",
      "",
      "## 2. Deploy",
      "",
      "1. Deploy the build",
      "",
    );
    expect(parseRunbookMarkdown(source).phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("a quick runbook of numbered lines over bullets", () => {
  // after a manual failover note (993): "Prereqs:" over two bullets, then "1) Check replication health" over its
  // bullets, "2) Planned switch (no failure)" over its own …: the label took every list after it as checklist
  // items (19 where 2 were counted), and the numbered lines were no sections
  const source = lines(
    "### Manual failover quick runbook",
    "",
    "Prereqs:",
    "- Master and standby configured with streaming replication.",
    "- App reads DATABASE_URL from .env.",
    "",
    "1) Check replication health",
    "- Run:",
    "  - `python scripts/check_replication.py`",
    "",
    "2) Promote the standby",
    "- Stop app processes connecting to DB.",
    "- Promote standby on the standby host:",
    "  - `sudo bash scripts/promote_standby.sh`",
    "",
    "3) Repoint the app",
    "- Update app `.env` on app host:",
    '  - `./scripts/switch_app_db.sh "$STANDBY_DB_URL"`',
    "- Start app.",
    "",
    "Notes",
    "- Backups still required; replication ≠ backup.",
    "",
  );

  it("a “Label:” line names the list under it, not every list after it", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual([
      "Master and standby configured with streaming replication.",
      "App reads DATABASE_URL from .env.",
    ]);
    expectSound(source, parsed);
  });

  it("the numbered lines counting up from 1 name its sections", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prereqs", "Check replication health", "Promote the standby", "Repoint the app"]);
  });

  it("one numbered line over bullets is a list item, no section", () => {
    const one = lines("# Deploy", "", "1) Deploy the build", "- Run `make deploy`", "", "Then watch the dashboards.", "");
    expect(titles(parseRunbookMarkdown(one))).toHaveLength(1);
  });
});

describe("a section named “Checks” over a plain list", () => {
  // after a key-rotation runbook ("## Checks" over "1. /health", "2. /ready", "3. Demo login", 987) and a failover
  // runbook's "### Checks" (299): both counters counted none — checks to make, not a checklist's items
  it("holds checks to make, not checklist items", () => {
    const source = lines(
      "# Runbook: key rotation",
      "",
      "Set the new secret, restart the pods, revoke the refresh tokens.",
      "",
      "## Checks",
      "",
      "1. /health",
      "2. /ready",
      "3. Demo login",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
    expectSound(source, parsed);
  });

  it("boxes under it are still ticked", () => {
    const source = lines("# Runbook: key rotation", "", "## Checks", "", "- [ ] /health", "- [ ] /ready", "");
    expect(parseRunbookMarkdown(source).phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
  });
});

describe("the rollback, found where sets 80–83 put it", () => {
  it("a CJK title naming the release and its rollback (“平台发布与回滚手册”) leaves its rollback section the rollback", () => {
    // 952: "与" (and) joins the topics without spaces; the title was read as a rollback document's
    const source = lines("# 平台发布与回滚手册", "", ...work, "## 观察与回滚", "", "出现以下任一情况立即回滚：", "", "- 错误率上升", "", "应用回滚使用 Vercel 回滚。", "");
    expectRollback(source, ["观察与回滚"]);
  });

  it("a title of the rollback and the recovery (“发布回滚与恢复路径”) still names a rollback document", () => {
    // 381: a runbook of rollback and recovery paths — its sections are that procedure, none a rollback of its own
    const source = lines("# 发布回滚与恢复路径", "", "## 1. 已发布版本回滚", "", "1. 回退该提交", "", "## 2. 恢复 main", "", "1. 重置 main", "");
    expectNoRollback(source);
  });

  it("a “Failure handling” section holding the command that rolls back is the rollback", () => {
    // 954: "After a restore bookmark exists, any … failure runs a code-only rollback:" over a `wrangler rollback` fence
    const source = lines(
      "# Deploy tenants",
      "",
      ...work,
      "## Failure handling",
      "",
      "Any migration, deploy, or smoke failure runs a code-only rollback:",
      "",
      "```sh",
      'pnpm exec wrangler rollback --name ops-acme --message "v1.4.0 failed smoke" --yes',
      "```",
      "",
    );
    expectRollback(source, ["Failure handling"]);
  });

  it("a “Failure handling” section that only says where the rollback is told is no rollback", () => {
    // 742: "Correct code through a new patch release … Security-sensitive rollback follows the security response runbook."
    const source = lines(
      "# Release Runbook",
      "",
      ...work,
      "## Failure handling",
      "",
      "Do not move an existing tag. Correct code through a new patch release. Security-sensitive rollback follows the",
      "security response runbook.",
      "",
    );
    expectNoRollback(source);
  });

  it("“Rollback criteria” that open by saying to put it back as it was are the rollback", () => {
    // 994: "## Rollback criteria" / "Rollback DNS to the previous Weebly records if any Severity 1 issue blocks:"
    const source = lines(
      "# Cutover plan",
      "",
      ...work,
      "## Rollback criteria",
      "",
      "Rollback DNS to the previous Weebly records if any Severity 1 issue blocks:",
      "",
      "- public site access;",
      "- booking requests.",
      "",
    );
    expectRollback(source, ["Rollback criteria"]);
  });

  it("“Rollback criteria” of conditions only are about the rollback, no rollback", () => {
    const source = lines("# Cutover plan", "", ...work, "## Rollback criteria", "", "- Error rate above 5 % for 10 minutes", "- Checkout unavailable", "");
    expectNoRollback(source);
  });

  it("an incident runbook's “Mitigation & Rollback” is its work, no rollback of its own", () => {
    // 997: rolling back the change that caused the incident is the mitigation; both counters counted no rollback
    const source = lines(
      "# Incident Response Runbook",
      "",
      "## Triage",
      "- [ ] Confirm the alert",
      "",
      "## Mitigation & Rollback",
      "- [ ] Apply feature flags or traffic shaping if available",
      "- [ ] Execute rollback workflow (see `ci/rollback.yaml`)",
      "",
      "## Post-Incident",
      "- [ ] Open postmortem issue",
      "",
    );
    const parsed = expectNoRollback(source);
    expect(titles(parsed)).toEqual(["Triage", "Mitigation & Rollback", "Post-Incident"]);
  });
});

describe("a plan of one paragraph per section", () => {
  // after a Portuguese go-live plan (970: "## Backup" / "Realizar backup lógico …", "## Deploy" / "Aplicar pacote …")
  // and a secrets runbook (788): no section held work, so every one but the last was read as the preamble
  it("keeps its sections as its phases, not its preamble", () => {
    const source = lines(
      "# Plano de go-live",
      "",
      "## Backup",
      "Realizar backup lógico do PostgreSQL e exportar logs relevantes.",
      "",
      "## Deploy",
      "Aplicar pacote versionado, executar migrations controladas, iniciar API e Worker.",
      "",
      "## Smoke test",
      "Health live/ready, login, pedido e dashboard.",
      "",
      "## Suporte assistido",
      "Plantão nas primeiras 48 horas.",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    // (the sections before "## Deploy", the first named action, are phases as much as it is: nothing in the plan holds
    // a step, a box or a check that would set them apart as context)
    expect(parsed.preamble).toBe("");
    expect(titles(parsed)).toEqual(["Backup", "Deploy", "Smoke test"]);
    expectSound(source, parsed);
  });
});

describe("a lone time-named section among plain ones", () => {
  // after a go-live runbook (984): "## T-1 day" then "## Release window (T0)" — the lone "T-1" heading was taken as
  // the only phase, and the release window its notes
  it("is one of the phases, the plain sections beside it the others", () => {
    const source = lines(
      "# Go-Live Runbook",
      "",
      "## T-1 day",
      "1. Validate env and secrets",
      "2. Run the full regression",
      "",
      "## Release window (T0)",
      "1. Freeze writes.",
      "2. Deploy current `main` to production.",
      "",
      "## Rollback action",
      "- Redeploy the previous stable deployment.",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["T-1 day", "Release window (T0)"]);
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["Freeze writes.", "Deploy current `main` to production."]);
    expectSound(source, parsed);
  });
});

describe("a section of the checks after the work", () => {
  // after a secret-rotation runbook (963: "## Checks after rotation" of three bullets after "## Procedure") and 762
  it.each(["Checks after rotation", "Post-rotation checks", "Post-cutover verification", "Check after the upgrade"])("“%s” is a phase, not the procedure's notes", (name) => {
    const source = lines(
      "# Runbook: signing secret rotation",
      "",
      "## Procedure",
      "",
      "1. Confirm the key is configured.",
      "2. Rotate the secret.",
      "",
      `## ${name}`,
      "",
      "- Inbound: send a test event with the new secret → 202.",
      "- Outbound: signatures use the new primary.",
      "",
      "## Escalation",
      "",
      "If inbound 403 spikes after rotation, see the onboarding runbook.",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Procedure", name]);
    expectSound(source, parsed);
  });
});

describe("“Prerrequisitos”, Spanish's other spelling", () => {
  // after a Spanish disaster-recovery runbook (998): "**Prerrequisitos**:" over bullets, in each procedure
  it("labels a list of prerequisites as “Prerequisitos” does", () => {
    const source = lines(
      "# Runbook de recuperación",
      "",
      "## Procedimiento 1: Failover",
      "",
      "**Prerrequisitos**:",
      "- Acceso a scripts de DR",
      "- Credenciales de Cloudflare",
      "",
      "**Pasos**:",
      "1. Ejecutar failover",
      "",
      "## Procedimiento 2: Verificación",
      "",
      "1. Verificar el servicio",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual(["Acceso a scripts de DR", "Credenciales de Cloudflare"]);
    expectSound(source, parsed);
  });
});

describe("a rollback section that only says when to roll back", () => {
  // after a cut-over runbook (923: "### Rollback" / "Rollback must be prepared before release proceeds if any of the
  // following fail:" over conditions), a Portuguese go-live plan (970: "## Rollback" / "Acionar se houver perda de dados
  // …"), a VM move (344) and a release runbook (826: "Trigger rollback when a stop criterion is met …"): both counters
  // of each counted no rollback — there is no procedure to run
  it.each([
    ["Rollback must be prepared before release proceeds if any of the following fail:", ["- tenant scope leak", "- smoke check fails"]],
    ["Acionar se houver perda de dados, indisponibilidade prolongada ou erro crítico sem contorno.", []],
    ["Trigger rollback when a stop criterion is met or readiness remains unhealthy. Follow `docs/runbooks/rollback.md`.", []],
  ])("“%s” is no rollback", (opening, rest) => {
    const source = lines("# Release", "", ...work, "## Rollback", "", opening, "", ...rest, "");
    expectNoRollback(source);
  });

  it("a rollback that says when, then how, is the rollback", () => {
    const source = lines(
      "# Release",
      "",
      ...work,
      "## Rollback",
      "",
      "Trigger rollback if the error rate stays above 5 %:",
      "",
      "1. Redeploy the previous build",
      "2. Re-run the smoke tests",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases).toHaveLength(1);
    expectSound(source, parsed);
  });
});

describe("a numbered “Restore” of a failover or incident runbook", () => {
  // after a DB failover runbook with no standby (985): "### 1. Stop the bleed", "### 2. Communicate", "### 3. Restore",
  // "### 4. Validate before re-opening" — the restore is the recovery itself, no rollback
  it("is that runbook's work, no rollback", () => {
    const source = lines(
      "# DB failover",
      "",
      "## During the incident",
      "",
      "### 1. Stop the bleed",
      "",
      "Route the public origin to a maintenance page.",
      "",
      "### 2. Communicate",
      "",
      "Post in the status channel.",
      "",
      "### 3. Restore",
      "",
      "Follow the restore runbook to a fresh primary.",
      "",
      "### 4. Validate before re-opening",
      "",
      "- [ ] Row counts match the last dump",
      "",
    );
    expectNoRollback(source);
  });
});

describe("a fence indented past its list item's text", () => {
  // after a cut-over plan (971): "- [ ] The workspace row exists:" over "      ```sql" six spaces in — CommonMark reads an
  // indented code block holding the fence's markers as code; its author wrote a SQL fence
  it("is read as the fence its author wrote: its language, and its code without the markers", () => {
    const source = lines(
      "# Cutover",
      "",
      "## 1. Pre-cutover",
      "",
      "- [ ] The workspace row exists:",
      "",
      "      ```sql",
      "      SELECT id, name FROM workspaces WHERE slug = 'crc';",
      "      ```",
      "",
      "## 2. Cutover",
      "",
      "1. Switch the app to the new database",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    const step = parsed.phases[0]?.steps.find((s) => s.kind === "SQL");
    expect(step?.text).toBe("SELECT id, name FROM workspaces WHERE slug = 'crc';");
    expect(parsed.phases[0]?.checklistItems).toHaveLength(1);
    expectSound(source, parsed);
  });
});

describe("a rollback field among bold-labelled lines of one paragraph", () => {
  // after a French backup and restore runbook (956): "**Escalade** : …" / "**Rollback** : conserver la derniere archive
  // valide ; ne jamais ecraser une" / "sauvegarde." / "**Retour normal** : …", hard-wrapped into one paragraph
  it("is the rollback, the fields beside it kept in place", () => {
    const source = lines(
      "# Runbook sauvegarde et restauration",
      "",
      "## Sauvegarde PostgreSQL",
      "",
      "```bash",
      "Infrastructure/scripts/backup-postgres.sh",
      "```",
      "",
      "Planifier la commande.",
      "**Escalade** : echec ou checksum absent.",
      "**Rollback** : conserver la derniere archive valide ; ne jamais ecraser une",
      "sauvegarde.",
      "**Retour normal** : archive et manifeste presents.",
      "",
      "## Restauration jetable",
      "",
      "1. Restaurer dans une base jetable",
      "",
    );
    const parsed = expectRollback(source, ["Rollback"]);
    expect(parsed.rollback?.phases[0]?.notes).toBe("conserver la derniere archive valide ; ne jamais ecraser une\nsauvegarde.");
    expect(parsed.phases[0]?.notes).toBe("Planifier la commande.\n**Escalade** : echec ou checksum absent.\n**Retour normal** : archive et manifeste presents.");
  });
});

describe("plain bullets in a checklist section that marks its items with boxes", () => {
  // after a cut-over plan (971: "## 1. Pre-Cutover Checklist" of boxes, and under "### 1.4 Data migration dry-run" the
  // expected row counts as plain bullets), 315 and 722: their counters counted the boxes only
  const section = (extra: string[]) =>
    lines(
      "# Cutover",
      "",
      "## Pre-cutover checklist",
      "",
      "- [ ] The dry run completed without errors",
      "- [ ] The backup is downloaded",
      "",
      ...extra,
      "",
      "## 1. Cutover",
      "",
      "1. Switch the app to the new database",
      "",
    );
  const items = (source: string) => parseRunbookMarkdown(source).phases.flatMap((p) => p.checklistItems.map((c) => c.text));

  it("are what to expect, not more items", () => {
    const source = section(["Expected row counts:", "", "- `projects`: 24 rows", "- `songs`: 310 rows"]);
    expect(items(source)).toEqual(["The dry run completed without errors", "The backup is downloaded"]);
    expectSound(source, parseRunbookMarkdown(source));
  });

  it("a list named by its own label there is still counted", () => {
    expect(items(section(["**Prerequisites:**", "", "- Shell access", "- The new key"]))).toHaveLength(4);
  });

  it("a checklist section of plain bullets only is still counted item by item", () => {
    const source = lines("# Cutover", "", "## Pre-cutover checklist", "", "- The dry run completed", "- The backup is downloaded", "", "## 1. Cutover", "", "1. Switch", "");
    expect(items(source)).toHaveLength(2);
  });
});

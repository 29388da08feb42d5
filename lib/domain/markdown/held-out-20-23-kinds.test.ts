// Kinds of structure held-out sets 20–23 (238–285: deploys and releases, database runbooks, cut-over
// plans, operations runbooks) showed the importer missing at their first run (issue 16 "Done when"):
// each a small document of its own, written for this test.
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, titles, withLastSection, withoutWarnings } from "./kinds-test-support";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";

const sqlOf = (lang: string, fence: string) => parseRunbookMarkdown(fenceInFirstPhase(lang, fence)).phases[0]?.steps[0];

describe("psql run in the database's container", () => {
  it.each([
    ["docker exec", 'docker exec -it app_postgres psql -U app -d app -c "SELECT count(*) FROM audit_log;"'],
    ["docker exec, the SQL on the line after `-c \\`", 'docker exec -it app_postgres psql -U app -d app -c \\\n  "SELECT count(*) FROM audit_log;"'],
    ["docker compose exec with options", 'docker compose exec -T -e PGPASSWORD=secret db psql -U app -c "UPDATE flags SET on = true;"'],
    ["kubectl exec … --", 'kubectl exec -it pg-0 -n data -- psql -U postgres -c "SELECT pg_is_in_recovery();"'],
    ["a heredoc through docker exec", "docker exec -i app_postgres psql -U app <<'SQL'\nALTER TABLE users ADD COLUMN nickname text;\nSQL"],
  ])("%s is a SQL step", (_how, fence) => {
    expect(sqlOf("bash", fence)?.kind).toBe("SQL");
  });

  it("a shell in the container is a command", () => {
    expect(sqlOf("bash", "docker exec -it app_postgres bash")?.kind).toBe("COMMAND");
  });
});

/** Three phases of work with one more `##` section between the second and the third. */
const withAside = (name: string, body = "| Role | Contact |\n| --- | --- |\n| On-call | pager |") =>
  `# Incident runbook\n\n## Detect\n\n1. Check the alert\n\n## Mitigate\n\n1. Roll the canary back\n\n## ${name}\n\n${body}\n\n## Close\n\n1. Resolve the alert\n`;

describe("an aside among the phases", () => {
  it.each([
    "Escalation and contacts",
    "Escalação e contatos",
    "Glossary & references",
    "Responsibilities",
    "Verantwortlichkeiten",
    "Getting help",
    "Sorun Giderme",
    "استكشاف الأخطاء",
    "Felsökning",
    "Thông tin chung",
    "Informações gerais",
  ])("“## %s” between phases is the notes of the phase before it", (name) => {
    const source = withAside(name);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Detect", "Mitigate", "Close"]);
    expect(parsed.phases[1]?.notes).toContain("On-call");
    expectSound(source, parsed);
  });

  it("one holding boxes to tick stays a phase", () => {
    const parsed = parseRunbookMarkdown(withAside("Contacts", "- [ ] Page the database on-call"));
    expect(titles(parsed)).toEqual(["Detect", "Mitigate", "Contacts", "Close"]);
  });

  it("a section of work is no aside (“## Communicate the outage”)", () => {
    expect(titles(parseRunbookMarkdown(withAside("Communicate the outage", "1. Post in the status page")))).toEqual(["Detect", "Mitigate", "Communicate the outage", "Close"]);
  });

  it("“### Notes relevant to deployment” after the box groups is the runbook's notes, not a phase", () => {
    const source =
      "# Release Checklist\n\n### Beta Deployment\n- [ ] Deploy to beta\n- [ ] QA sign-off\n\n### Production Deployment\n- [ ] Deploy to production\n- [ ] Notify the team\n\n### Notes relevant to deployment\n1. [Enter notes here]\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Beta Deployment", "Production Deployment"]);
    expectSound(source, parsed);
  });
});

describe("abort criteria just before the rollback", () => {
  it.each(["Abort criteria", "No-go criteria", "Abbruchkriterien", "Criterios de aborto"])("“## %s” belongs to the rollback, not the phases", (name) => {
    const source = `# Hardware cutover\n\n## Prepare\n\n1. Take a full backup\n\n## Cut over\n\n1. Switch the proxy\n\n## ${name}\n\n- Health check failing for 5 minutes\n\n## Rollback\n\n1. Switch the proxy back\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Cut over"]);
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual([name, "Rollback"]);
    expectSound(source, parsed);
  });
});

describe("the SQL client's own commands under a `sql` label", () => {
  it.each([
    ["SQL*Plus SHOW PARAMETER at its prompt", "-- verify on the primary\nSQL> SHOW PARAMETER log_archive_config\nSQL> SHOW PARAMETER compatible"],
    ["SHUTDOWN ABORT", "SQL> SHUTDOWN ABORT;"],
    ["SHUTDOWN and STARTUP on one line", "SHUTDOWN ABORT; STARTUP MOUNT;"],
    ["the mysql client's EXIT", "EXIT;"],
  ])("%s is no SQL step", (_what, fence) => {
    expect(sqlOf("sql", fence)?.kind).not.toBe("SQL");
  });

  it("a fence that also runs SQL on the server is SQL (STARTUP MOUNT, then FLASHBACK DATABASE)", () => {
    expect(sqlOf("sql", "SHUTDOWN IMMEDIATE;\nSTARTUP MOUNT;\nFLASHBACK DATABASE TO RESTORE POINT before_switchover;")?.kind).toBe("SQL");
  });
});

describe("a checklist that repeats the phases' names", () => {
  it("“## 6. Checklist” over “### Phase 1-2”, “### Phase 3” box groups leaves the “### Phase N” sections the phases", () => {
    const source =
      "# DNS migration\n\n## 2. Procedure\n\n### Phase 1: Add the zone\n\n1. Add the domain\n\n### Phase 2: Copy the records\n\n1. Copy the MX records\n\n### Phase 3: Switch the name servers\n\n1. Change the name servers\n\n## 6. Checklist\n\n### Phase 1-2\n\n- [ ] Zone added\n\n### Phase 3\n\n- [ ] Name servers changed\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed).slice(0, 3)).toEqual(["Add the zone", "Copy the records", "Switch the name servers"]);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("estimates in other languages and brackets", () => {
  it.each([
    ["Cloudflareでドメイン追加（所要時間: 5分）", "Cloudflareでドメイン追加", 5],
    ["准备（约30分钟）", "准备", 30],
    ["Migração (15 minutos)", "Migração", 15],
    ["Wartung (ca. 2 Stunden)", "Wartung", 120],
    ["Обновление (10 минут)", "Обновление", 10],
    ["DB 백업 (30분)", "DB 백업", 30],
  ])("“## %s” is the phase “%s” of %i minutes", (heading, title, minutes) => {
    const parsed = parseRunbookMarkdown(`# Runbook\n\n## ${heading}\n\n1. Do it\n\n## Verify\n\n1. Check it\n`);
    expect(parsed.phases[0]?.title).toBe(title);
    expect(parsed.phases[0]?.estimatedMinutes).toBe(minutes);
  });
});

describe("a cut-over's day count-down", () => {
  it("“### D-14”, “### D-1”, “### D-Day”, “### D+1” under “## 2. Schedule” are the phases, not the numbered `##` sections", () => {
    const source =
      "# Cut-over plan\n\n## 1. Decisions\n\n| Item | Owner |\n| --- | --- |\n| Freeze time | PM |\n\n## 2. Schedule\n\n### D-14 — Analyse the source\n\n1. Export the ledgers\n\n### D-1 — Freeze\n\n1. Stop data entry\n\n### D-Day — Load\n\n1. Load the balances\n\n### D+1\n\n1. Reconcile\n\n## 3. Rollback\n\n1. Re-open the old system\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["D-14 — Analyse the source", "D-1 — Freeze", "D-Day — Load", "D+1"]);
    expect(parsed.rollback?.phases).toHaveLength(1);
    expectSound(source, parsed);
  });
});

describe("a section named as a checklist among other words, over bullets", () => {
  it.each([
    ["🛡️ Post-Migration Checklist", "* ✅ Snapshot the boot volume\n* ✅ Enable the alerts"],
    ["RPO / RTO Checklist", "- RPO met (last backup < 15 min)\n- RTO met (restore < 1 h)"],
    ["Checkliste nach dem Go-Live", "- Monitoring aktiv\n- Backups geplant"],
  ])("“## %s”: its bullets are items to tick, whatever their glyph", (name, bullets) => {
    const source = `# Migration\n\n## Migrate\n\n1. Restore the backup\n\n## ${name}\n\n${bullets}\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.at(-1)?.checklistItems).toHaveLength(2);
    expectSound(source, parsed);
  });

  it("over numbered steps they stay steps (“## Release checklist” over “1. Tag the release”)", () => {
    const parsed = parseRunbookMarkdown("# Release\n\n## Build\n\n1. Build the image\n\n## Release checklist\n\n1. Tag the release\n2. Publish the notes\n");
    expect(parsed.phases.at(-1)?.steps).toHaveLength(2);
    expect(parsed.phases.at(-1)?.checklistItems).toHaveLength(0);
  });
});

describe("other SQL clients given their SQL on the command line (sets 24–27)", () => {
  it.each([
    ["mysql -e", 'mysql -u root -p -e "USE shop; SHOW TABLES;"'],
    ["mariadb --execute=", 'mariadb --execute="SELECT VERSION();"'],
    ["sqlite3 with the SQL on the next line", 'sqlite3 build/registry.sqlite \\\n  "SELECT kid FROM registry_entries ORDER BY id DESC LIMIT 1;"'],
    ["sqlcmd -Q", 'sqlcmd -S prod -d shop -Q "SELECT COUNT(*) FROM orders"'],
  ])("%s is a SQL step", (_how, fence) => {
    expect(sqlOf("bash", fence)?.kind).toBe("SQL");
  });

  it.each([
    ["a script file run by sqlcmd -i", "sqlcmd -S prod -d master -i database-script.sql"],
    ["a dump fed to mysql", "mysql -u root -p shop < /tmp/backup.sql"],
    ["sqlite3's dot-command", 'sqlite3 app.db ".tables"'],
  ])("%s is not", (_how, fence) => {
    expect(sqlOf("bash", fence)?.kind).not.toBe("SQL");
  });
});

describe("names met in sets 24–27", () => {
  it("“## When it fails” is the rollback", () => {
    const parsed = parseRunbookMarkdown(withLastSection("When it fails"));
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases).toHaveLength(1);
  });

  it("“## Maintain synchronized fallback environment for immediate rollback” is about the rollback: no rollback", () => {
    expect(parseRunbookMarkdown(withLastSection("Maintain synchronized fallback environment for immediate rollback")).rollback).toBeNull();
  });

  it.each(["Prerequisites before activation", "Förutsättningar före aktivering", "Voraussetzungen für das Update"])("“## %s” over a numbered list is a checklist", (name) => {
    const source = `# Update\n\n## ${name}\n\n1. A verified backup\n2. A maintenance window\n\n## Update\n\n1. Run the upgrade\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
    expectSound(source, parsed);
  });

  it("“## Källor” (sources) between the phases is notes, not a phase", () => {
    const source = "# Update\n\n## Back up\n\n1. Snapshot the volume\n\n## Källor\n\n- https://example.com/docs\n\n## Upgrade\n\n1. Run the upgrade\n";
    expect(titles(parseRunbookMarkdown(source))).toEqual(["Back up", "Upgrade"]);
  });
});

describe("colon labels over boxes in a note without headings", () => {
  it("“Preparation:”, “When window starts:”, “Finally” over box lists are its phases", () => {
    const source =
      "# Reboot\n\nChecklist for the host's reboot, created when the provider announces a window:\n\nPreparation:\n\n - [ ] schedule the status page notice\n - [ ] tell the users\n\nWhen window starts:\n - [ ] stop the job runner\n\nFinally\n - [ ] close the notice\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Preparation", "When window starts", "Finally"]);
    expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([2, 1, 1]);
    expectSound(source, parsed);
  });

  it("a colon label over a fence stays a label (“PowerShell:”)", () => {
    const source = "# Upgrade\n\nRun this first:\n```bash\ndocker compose pull\n```\n\nPowerShell:\n```powershell\ndocker compose up -d\n```\n";
    expect(titles(parseRunbookMarkdown(source))).toEqual(["Upgrade"]);
  });
});

describe("a prerequisites name with a gloss in brackets", () => {
  it.each(["1. Prerequisites (NEW box)", "Voraussetzungen (Zielsystem)", "前提条件（本番）"])("“## %s” over bullets is a checklist", (name) => {
    const source = `# Move\n\n## ${name}\n\n- Docker installed\n- Port 443 open\n\n## 2. Clone\n\n1. Clone the repository\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("reference sections after the procedure (sets 28–31)", () => {
  it.each([
    "Troubleshooting 💡",
    "Troubleshooting rápido",
    "Häufige Probleme",
    "Comandos Úteis de Diagnóstico",
    "Known issues",
    "Kontakt bei Problemen",
    "Out of scope for the automated apply",
  ])("“## %s” closing the runbook is the last phase's notes, not a phase", (name) => {
    const source = `# Upgrade\n\n## Prepare\n\n1. Snapshot the database\n\n## Upgrade\n\n1. Run the upgrade\n\n## ${name}\n\n- Look at the service log first.\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Upgrade"]);
    expectSound(source, parsed);
  });
});

describe("an export's verbatim text holding a stray fence", () => {
  it("notes and an appendix ending in an unclosed ``` export and import back to the same structure (the rollback after them kept)", () => {
    const base = parseRunbookMarkdown(
      "# Patching\n\n## Phase 1: Patch\n\n1. Install the updates\n\n## Phase 2: Verify\n\n1. Check the services\n\n## Rollback\n\n1. Restore the snapshot\n",
    );
    const runbook = {
      ...base,
      phases: base.phases.map((p, k) => (k === 0 ? { ...p, notes: "If it hangs:\n\n```" } : p)),
      appendix: "| Issue | Fix |\n| --- | --- |\n| Reboot loop | Safe mode |\n\n```",
    };
    const again = parseRunbookMarkdown(exportRunbookMarkdown(runbook));
    expect(withoutWarnings(again)).toEqual(withoutWarnings(runbook));
  });
});

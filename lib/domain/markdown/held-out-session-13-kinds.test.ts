// Kinds that sets 76–79's first run showed (session 13), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const firstStep = (lang: string, fence: string) => parseRunbookMarkdown(fenceInFirstPhase(lang, fence)).phases[0]?.steps[0];

describe("psql given its SQL on the command line, in the forms DBAs write", () => {
  // after a Kubernetes restore runbook (`kubectl -n chatwoot exec deploy/… -- \` over `psql … -tAc \` over the
  // quoted SQL, 908), a French restore procedure (`PGPASSWORD=… psql \` over one option per line and
  // `--command="GRANT …"`, 919) and a CloudNativePG failover on OpenShift (`oc exec … -- psql -c "SELECT …"`, 925)
  it.each([
    [
      "options continued over `\\` lines",
      'PGPASSWORD="$PGPASSWORD" psql \\\n    --host=localhost \\\n    --username=app \\\n    --command="GRANT ALL PRIVILEGES ON DATABASE app TO app;"',
      "GRANT ALL PRIVILEGES ON DATABASE app TO app;",
    ],
    ["clustered short options ending in -c", 'psql -U postgres -d app -tAc "SELECT count(*) FROM users;"', "SELECT count(*) FROM users;"],
    [
      "kubectl with its options before exec, continued",
      'kubectl -n shop exec deploy/shop-postgres -- \\\n  psql -U postgres -d shop -tAc \\\n  "select count(*) from orders;"',
      "select count(*) from orders;",
    ],
    ["OpenShift's oc exec", 'oc exec -it pg-2 -n data -- psql -U postgres -c "SELECT pg_is_in_recovery();"', "SELECT pg_is_in_recovery();"],
    [
      "several commands, each continued, with comments between",
      '# 1. the connection\npsql \\\n  --host=db \\\n  --command="SELECT version();"\n\n# 2. the users\npsql \\\n  --host=db \\\n  --command="\n  SELECT id, role\n  FROM users;\n  "',
      "SELECT version();",
    ],
  ])("%s is a SQL step", (_how, fence, sql) => {
    const step = firstStep("bash", fence);
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain(sql);
    const source = fenceInFirstPhase("bash", fence);
    expectSound(source, parseRunbookMarkdown(source));
  });

  it.each([
    ["a psql line among other commands", 'psql \\\n  --host=db \\\n  --command="SELECT 1;"\ndocker compose restart web'],
    ["psql given a file", "psql \\\n  --host=db \\\n  -f migrations/0002_roles.sql"],
    ["a clustered option that is not -c", 'psql -U postgres -tA -f check.sql "$DATABASE_URL"'],
    ["kubectl exec into a shell", "kubectl -n shop exec -it deploy/shop-postgres -- bash"],
  ])("%s is no SQL step", (_how, fence) => {
    expect(firstStep("bash", fence)?.kind).not.toBe("SQL");
  });
});

describe("psql at PgBouncer's admin console", () => {
  // after a failover runbook (299): `psql -h <pgbouncer-host> -p 6432 -U pgbouncer pgbouncer -c "SHOW POOLS;"` asks the
  // pooler, not the database; its counter counts no SQL step there
  it.each([
    'psql -h pgbouncer.internal -p 6432 -U pgbouncer pgbouncer -c "SHOW POOLS;"',
    'psql -p 6432 -U admin -d pgbouncer -c "RELOAD;"',
    'psql "postgresql://admin@pgbouncer:6432/pgbouncer" -c "PAUSE app;"',
  ])("%s is no SQL step", (fence) => {
    expect(firstStep("bash", fence)?.kind).not.toBe("SQL");
  });

  it("a database on the pooler's host is still the target", () => {
    expect(firstStep("bash", 'psql -h pgbouncer.internal -p 6432 -U app app -c "SELECT count(*) FROM orders;"')?.kind).toBe("SQL");
  });
});

describe("a rollback in a restore or failover runbook", () => {
  // after a PostgreSQL restore runbook ("## Rollback Path" after the promotion, 920) and a failover runbook ("# Database
  // failover and restore runbook" … "## Rollback and restore", 949): the way back is named, whatever the work is
  it.each([
    ["# Database restore", "## Rollback Path"],
    ["# Database restore", "## Rollback playbook"],
    ["# Database failover and restore runbook", "## Rollback and restore"],
    ["# Primary failover", "## Rollback"],
    ["# Release 4.2", "## Rollback path"],
  ])("%s › “%s” is the rollback", (title, heading) => {
    const source = lines(
      title,
      "",
      "## Prepare",
      "",
      "1. Fence the old primary.",
      "",
      "## Promote",
      "",
      "1. Promote the replica.",
      "2. Point the application at it.",
      "",
      heading,
      "",
      "1. Rename the databases back.",
      "2. Restart the application.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(heading.replace(/^#+\s*/, ""));
    expect(titles(parsed)).toEqual(["Prepare", "Promote"]);
    expectSound(source, parsed);
  });

  // after a German restore runbook ("# Runbook — Datenbank wiederherstellen (Neon)" … "**Wiederherstellung:** `node
  // scripts/db-restore-blobs.mjs`", 944): in a runbook whose work is a restore, the restore is that work
  it.each([
    ["# Runbook — Datenbank wiederherstellen", "**Wiederherstellung:** `node scripts/db-restore.mjs` spielt den letzten Dump ein."],
    ["# Restauración de la base de datos", "**Restauración:** `pg_restore -d app latest.dump` carga el último volcado."],
    ["# Database restore", "**Restore:** `pg_restore -d app latest.dump` loads the last dump."],
  ])("%s › a “restore” label is no rollback", (title, paragraph) => {
    const source = lines(title, "", "## 1. Backup", "", "1. `node scripts/db-backup.mjs`", "", "## 2. Nightly job", "", "1. Enable the cron job.", "", paragraph);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });

  it("in a change runbook, “Wiederherstellung” is still the way back", () => {
    const source = lines(
      "# Deployment 4.2",
      "",
      "## 1. Deploy",
      "",
      "1. `helm upgrade app ./chart`",
      "",
      "## 2. Verify",
      "",
      "1. Smoke tests.",
      "",
      "**Wiederherstellung:** `helm rollback app` auf die vorige Revision.",
    );
    expect(parseRunbookMarkdown(source).rollback).not.toBeNull();
  });
});

describe("a prerequisites section after the steps, in the runbook's own language", () => {
  // after a Spanish release runbook ("## Requisitos antes de `v0.1.0`" over two bullets, after the steps, 916): its
  // bullets are what must hold before the first release, items to tick as an English "## Prerequisites" section's are
  it.each([
    ["## Requisitos antes de `v0.1.0`", "- Licencia decidida y en `LICENSE`.", "- Un ensayo sin etiqueta en verde."],
    ["## Requisitos", "- Acceso al registro de paquetes.", "- Dos aprobaciones en el PR."],
    ["## Voraussetzungen", "- Zugang zur Registry.", "- Zwei Freigaben im PR."],
    ["## Prerequisites before `v1.0.0`", "- License decided.", "- One green rehearsal."],
  ])("“%s” after the phases is a checklist", (heading, ...items) => {
    const source = lines(
      "# Release",
      "",
      "## Rehearse",
      "",
      "1. Run the workflow without a tag.",
      "",
      "## Publish",
      "",
      "1. Tag and push.",
      "2. Publish the draft release.",
      "",
      heading,
      "",
      ...items,
    );
    const parsed = parseRunbookMarkdown(source);
    const checklist = parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text));
    expect(checklist).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("a prerequisites heading with what it is about after a dash", () => {
  // after a Spanish PITR restore runbook ("## Pre-requisito — PITR habilitado" over three numbered checks, 943)
  it.each(["## Pre-requisito — PITR habilitado", "## Prerequisite — PITR enabled", "## Voraussetzungen – PITR aktiv"])("“%s” over a numbered list is a checklist", (heading) => {
    const source = lines(
      "# Restore",
      "",
      heading,
      "",
      "1. Open the project's dashboard.",
      "2. Open **Database** → **Backups**.",
      "3. Confirm point-in-time recovery is on.",
      "",
      "## 1. Decide",
      "",
      "1. Pick the target timestamp.",
      "",
      "## 2. Restore",
      "",
      "1. Restore into a new project.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(3);
    expectSound(source, parsed);
  });
});

// Kinds that the corpus and sets 80–83 showed (session 14), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

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

  it("a “Before you begin:” label under the title over bullets stays the preamble", () => {
    const source = lines(
      "# Upgrade the orders database",
      "",
      "Before you begin:",
      "",
      "- A fresh backup exists",
      "- The maintenance window is announced",
      "",
      "## Step 1: Stop writes",
      "",
      "```bash",
      "kubectl scale deploy/orders-api --replicas=0",
      "```",
      "",
      "## Step 2: Upgrade",
      "",
      "```bash",
      "pg_upgradecluster 15 main",
      "```",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Stop writes", "Upgrade"]);
    expect(parsed.preamble).toContain("A fresh backup exists");
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

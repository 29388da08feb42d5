// Kinds found in session 25 (sets 147–150 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a rollback named with its condition (“Rollback if needed”, “Revert (if necessary)”) is the rollback, as “Rollback” is", () => {
  // after 1797 ("### Phase 4: rollback if needed" between "Phase 3: cut over" and "Phase 5: decommission": it had been a
  // phase of the work, and the runbook had no rollback)
  const plan = (name: string) =>
    lines(
      "# Migration runbook",
      "",
      "## Phases",
      "",
      "### Phase 1: extract the service",
      "",
      "Deploy the new service beside the monolith; the gateway still routes to the monolith.",
      "",
      "### Phase 2: cut over",
      "",
      "```bash",
      "RESERVATIONS_TARGET=SERVICE docker compose up -d gateway",
      "```",
      "",
      `### Phase 3: ${name}`,
      "",
      "If a problem appears after cutover, flip the target back to the monolith.",
      "",
      "```bash",
      "RESERVATIONS_TARGET=MONOLITH docker compose up -d gateway",
      "```",
      "",
      "### Phase 4: decommission",
      "",
      "Remove the monolith's copy of the capability once the service has run cleanly for a week.",
    );

  it.each(["rollback if needed", "Roll back if necessary", "Revert (if needed)", "Rollback, if required"])("“%s” is the rollback; the other three are the phases", (name) => {
    const parsed = parse(plan(name));
    expect(titles(parsed)).toEqual(["extract the service", "cut over", "decommission"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.text)).join("\n")).toContain("RESERVATIONS_TARGET=MONOLITH");
  });

  it("a rollback test as a stage of the work is no rollback: “Phase 3: rehearse the rollback” stays a phase", () => {
    const parsed = parse(plan("rehearse the rollback"));
    expect(titles(parsed)).toEqual(["extract the service", "cut over", "rehearse the rollback", "decommission"]);
  });
});

describe("an Indonesian reference section (“Rujukan cepat”, “Referensi”, “Lampiran”) is reference, as “Quick reference” is", () => {
  // after 1753 ("## 10. Rujukan cepat" — quick reference — a command table and a sample line in a fence, between the
  // per-client checklist and "## 11. Setelah deploy ulang aplikasi": it had been a phase of its own)
  const guide = (name: string) =>
    lines(
      "# Deploy ke VPS",
      "",
      "## 1. Pasang aplikasi",
      "",
      "```bash",
      "git clone https://example.com/app.git /opt/app && cd /opt/app && composer install --no-dev",
      "```",
      "",
      "## 2. Skema dan impor data",
      "",
      "```bash",
      "php artisan migrate --force",
      "```",
      "",
      "## 3. Aktifkan client satu per satu",
      "",
      "```bash",
      "sudo php artisan cron:render --apply",
      "```",
      "",
      `## 4. ${name}`,
      "",
      "| Perintah | Fungsi |",
      "| --- | --- |",
      "| `php artisan cron:render --validate` | Cek semua schedule aktif |",
      "",
      "```",
      "*/6 * * * * ubuntu /usr/bin/php /opt/app/artisan cron:run 12",
      "```",
    );

  it.each(["Rujukan cepat", "Referensi perintah", "Lampiran: perintah"])("“%s” after the work is the runbook's notes, not a phase", (name) => {
    const parsed = parse(guide(name));
    expect(titles(parsed)).toEqual(["Pasang aplikasi", "Skema dan impor data", "Aktifkan client satu per satu"]);
  });

  it("a section named by its action there is still a phase: “## 4. Pantau” (monitor)", () => {
    expect(titles(parse(guide("Pantau")))).toEqual(["Pasang aplikasi", "Skema dan impor data", "Aktifkan client satu per satu", "Pantau"]);
  });
});

describe("a section named as a checklist over numbered sub-headings of work is a procedure: its bullets are no items", () => {
  // after 1766 ("## Pre-CUTOVER Checklist" › "### 1. Environment Verification" (a bash fence), "### 2. MetaSocket Service
  // Status" (three endpoint bullets), "### 3. Backup Current State" (a bash fence): numbered steps, as a checklist over a
  // numbered list is — the three bullets had been counted as items)
  const runbook = (second: string, third: string[]) =>
    lines(
      "# MetaSocket cut-over runbook",
      "",
      "## Pre-cutover checklist",
      "",
      "### 1. Environment verification",
      "",
      "```bash",
      "./scripts/cutover_verify.sh",
      "```",
      "",
      `### 2. ${second}`,
      "",
      "Ensure the service is running and accessible:",
      "",
      "- **CMD TCP**: localhost:8777",
      "- **STREAM TCP**: localhost:8778",
      "",
      "### 3. Backup current state",
      "",
      ...third,
      "",
      "## Cut-over procedure",
      "",
      "### Phase 1: Switch the source",
      "",
      "```bash",
      "export SOURCE=metasocket",
      "```",
      "",
      "### Phase 2: Restart services",
      "",
      "```bash",
      "pm2 restart command_router webapp",
      "```",
      "",
      "### Phase 3: Verification",
      "",
      "```bash",
      "curl -fsS http://localhost:8888/health",
      "```",
    );
  const items = (source: string) => parse(source).phases.flatMap((p) => p.checklistItems.map((c) => c.text));

  it("the endpoint bullets under “2. Service status” are the step's text, not items", () => {
    const source = runbook("Service status", ["```bash", "cp .env .env.backup", "```"]);
    expect(items(source)).toEqual([]);
    expect(titles(parse(source))).toEqual(["Pre-cutover checklist", "Switch the source", "Restart services", "Verification"]);
  });

  it("numbered sub-headings of bullets only group items: “1.”, “2.”, “3.” of things to confirm stay items", () => {
    const source = runbook("Service status", ["- The backup of last night is recent", "- The on-call engineer is reachable"]).replace(
      "```bash\n./scripts/cutover_verify.sh\n```",
      "- The verification script shows all green",
    );
    expect(items(source)).toHaveLength(5);
  });
});

describe("the requirements of an environment (“Deployment requirements”, “Server requirements”) are prerequisites: items to tick", () => {
  // after 1790 ("## Deployment requirements" after the launch runbook: "**Node 22+**, **PostgreSQL 15+**", "`npx prisma
  // migrate deploy` on every release", "Leave `SEED_PASSWORD` unset in production" … — both counters counted its seven
  // bullets as items; they had been the last phase's notes)
  const runbook = (name: string) =>
    lines(
      "# Putting this live",
      "",
      `## ${name}`,
      "",
      "- **Node 22+**, **PostgreSQL 15+**.",
      "- `npx prisma migrate deploy` on every release.",
      "- Leave `SEED_PASSWORD` unset in production.",
      "",
      "## Launch",
      "",
      "1. Create the production database.",
      "2. `npx prisma migrate deploy`",
      "3. Deploy the app.",
      "",
      "## The first morning",
      "",
      "1. Sign in as a real person and open `/my-day`.",
      "2. Check the schedule of one department.",
    );
  const items = (source: string) => parse(source).phases.flatMap((p) => p.checklistItems.map((c) => c.text));

  it.each(["Deployment requirements", "Server requirements", "System requirements"])("“%s” over bullets: three items", (name) => {
    expect(items(runbook(name))).toEqual(["**Node 22+**, **PostgreSQL 15+**.", "`npx prisma migrate deploy` on every release.", "Leave `SEED_PASSWORD` unset in production."]);
  });

  // (under a checklist, "#### Environment Requirements:" groups its items by that name, as seed 001's does: parse-runbook.test.ts)
  it("the requirements of a business or a law are no environment's: “Business requirements” lists no items", () => {
    expect(items(runbook("Business requirements"))).toEqual([]);
  });
});

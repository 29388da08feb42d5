// Import of Markdown runbooks (PRODUCT.md "Import and export"): both seeds exactly, eight other
// styles, the "never drop a line" check and the export → import round trip.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { exportRunbookMarkdown } from "./export-runbook";
import { repairMojibake } from "./mojibake";
import { RunbookParseError, parseRunbookMarkdown, simpleCommandLine } from "./parse-runbook";
import { ZParsedRunbook, type TParsedPhase, type TParsedRunbook } from "./types";
import { SEED_001_PATH, SEED_003_PATH } from "@/lib/testing/seeds";

const FIXTURES = join(import.meta.dirname, "__fixtures__");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

const kinds = (p: TParsedPhase) => p.steps.map((s) => `${s.kind}:${s.language ?? "-"}`);
const withoutWarnings = ({ warnings: _w, ...rest }: TParsedRunbook) => rest;

function expectEveryLinePlaced(source: string, parsed: TParsedRunbook) {
  expect(findUnplacedLines(source, parsed)).toEqual([]);
}

function expectRoundTrip(parsed: TParsedRunbook) {
  const again = parseRunbookMarkdown(exportRunbookMarkdown(parsed));
  expect(withoutWarnings(again)).toEqual(withoutWarnings(parsed));
}

describe("seed 003 (### Phase N: … (N minutes))", () => {
  const source = readFileSync(SEED_003_PATH, "utf8");
  const parsed = parseRunbookMarkdown(source);
  // the 8 "Phase N" phases, between the pre-deployment checklist and the post-deployment tasks
  const main = parsed.phases.slice(1, 9);

  it("is valid against the schema and needs no repair", () => {
    expect(ZParsedRunbook.parse(parsed)).toEqual(parsed);
    expect(parsed.warnings).toEqual([]);
  });

  it("reads the title, summary and metadata", () => {
    expect(parsed.title).toBe("Deployment Runbook: Migration 001 - Fixed Cost to Fixed Fee Facilitated");
    expect(parsed.summary).toMatch(/^This deployment implements Phase 1 of the fee type refactoring/);
    // MEDIUM-HIGH → the higher level; "30-45 minutes" → 45; "15-20 minutes" → 20
    expect(parsed).toMatchObject({ riskLevel: "HIGH", estimatedMinutes: 45, rollbackMinutes: 20 });
  });

  it("has its 8 phases between two checklist phases, with their estimates, objectives and failure policies", () => {
    expect(parsed.phases.map((p) => p.title)).toEqual([
      "Pre-Deployment Checklist",
      "Pre-Migration Validation",
      "Database Migration",
      "Post-Migration Validation",
      "Backend Deployment",
      "Frontend Deployment",
      "Cache Invalidation Verification",
      "Functional Testing",
      "Monitoring & Verification",
      "Post-Deployment Tasks",
    ]);
    expect(parsed.phases.map((p) => p.estimatedMinutes)).toEqual([null, 5, 5, 10, 5, 5, 3, 5, 1440, null]);
    expect(main[0]!.objective).toBe("Capture baseline state and verify environment readiness");
    expect(main.every((p) => p.objective.length > 0)).toBe(true);
    expect(parsed.phases.map((p) => p.failurePolicy ?? null)).toEqual([null, "STOP", "ROLLBACK", "ROLLBACK", "ROLLBACK", "ROLLBACK", null, "ROLLBACK", null, null]);
  });

  it("makes every one of its 67 checkbox lines a tickable item, prefixed by its group", () => {
    expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([16, 0, 0, 0, 0, 0, 0, 26, 8, 12]);
    const all = [...parsed.phases, ...parsed.rollback!.phases].flatMap((p) => p.checklistItems);
    expect(all).toHaveLength((source.match(/^\s*- \[ \]/gm) ?? []).length);
    expect(all).toHaveLength(67);
    expect(parsed.phases[0]!.checklistItems[0]).toEqual({ text: "Team Coordination: Notify all stakeholders of maintenance window", isRequired: true });
    expect(parsed.phases[9]!.checklistItems.at(-1)!.text).toBe("Planning (Week 2): Update refactoring plan with actual timings");
    expect(main[6]!.checklistItems[0]).toEqual({ text: "Test 1: View Client Details: Navigate to Clients page", isRequired: true });
    expect(main[7]!.checklistItems.map((c) => c.text)).toContain("24-Hour Check: Review application metrics");
  });

  it("takes the 31 ✅ success criteria, without the ✅", () => {
    expect(main.map((p) => p.successCriteria.length)).toEqual([3, 3, 4, 4, 4, 4, 5, 4]);
    expect(parsed.phases.flatMap((p) => p.successCriteria)).toHaveLength(31);
    expect(main[2]!.successCriteria[3]).toBe('Validation script outputs "VALIDATION PASSED ✅"');
    expect(parsed.phases.flatMap((p) => p.successCriteria).some((c) => c.startsWith("✅"))).toBe(false);
  });

  it("turns numbered items and code fences into steps by language", () => {
    expect(parsed.phases.map(kinds)).toEqual([
      [],
      ["MANUAL:bash", "SQL:sql", "MANUAL:bash", "MANUAL:-"],
      ["COMMAND:bash", "SQL:sql", "MANUAL:-"],
      ["SQL:sql", "SQL:sql", "MANUAL:-", "MANUAL:-"],
      ["COMMAND:powershell", "MANUAL:bash", "COMMAND:bash", "COMMAND:powershell", "COMMAND:powershell", "COMMAND:bash"],
      ["MANUAL:bash", "MANUAL:bash", "COMMAND:powershell", "MANUAL:-"],
      ["MANUAL:-", "MANUAL:-", "MANUAL:-", "MANUAL:javascript", "MANUAL:-"],
      [],
      ["COMMAND:powershell", "MANUAL:-", "MANUAL:-"],
      [],
    ]);
    const [connect, baseline] = main[0]!.steps;
    // `psql $DATABASE_URL` needs a shell (variable expansion): a person runs it
    expect(connect).toEqual({ kind: "MANUAL", language: "bash", title: "Connect to production database", text: "```bash\npsql $DATABASE_URL\n```" });
    expect(baseline).toEqual({
      kind: "SQL",
      language: "sql",
      title: "Run pre-migration baseline capture",
      text: "\\i backend/migrations/validation/001_pre_migration_baseline.sql",
    });
    expect(main[3]!.steps[0]).toEqual({ kind: "COMMAND", language: "powershell", title: "Stop backend service", text: "# Stop PM2 process\npm2 stop kingstons-api" });
    expect(main[2]!.steps[3]!.text).toBe("- Revenue differences < £0.01 for all products\n- No NULL value mismatches\n- Company totals match baseline\n- All views queryable");
    expect(main[7]!.steps[0]!.title).toBe("Immediate Monitoring (First Hour): Monitor application logs");
  });

  it("keeps the If Failed text in the phase's notes", () => {
    expect(main[0]!.notes).toBe("**If Failed**: STOP - Investigate baseline query errors before proceeding");
    expect(main[1]!.notes).toContain("- Execute rollback procedure (see Rollback section)");
  });

  it("reads the rollback procedure's 8 numbered steps as rollback phases", () => {
    const rollback = parsed.rollback!;
    expect(rollback.title).toBe("Rollback Procedure");
    expect(rollback.phases.map((p) => p.title)).toEqual([
      "Stop Application Traffic (if possible)",
      "Execute Database Rollback",
      "Verify Rollback Success",
      "Rollback Backend Code",
      "Rollback Frontend Code",
      "Reset Schema Version",
      "Verify Rollback Complete",
      "Communicate Rollback",
    ]);
    expect(rollback.phases.map(kinds)).toEqual([["COMMAND:powershell"], ["SQL:sql"], ["SQL:sql"], ["MANUAL:bash"], ["MANUAL:bash"], ["MANUAL:typescript"], [], []]);
    expect(rollback.phases[6]!.checklistItems).toHaveLength(5);
    // "When to Rollback" comes before the first step: kept in the nearest phase
    expect(rollback.phases[0]!.notes).toContain("Execute rollback immediately if ANY of these occur:");
    expect(rollback.phases[7]!.notes).toContain("- Schedule post-mortem meeting");
  });

  it("reads the sign-off sheet", () => {
    expect(parsed.signoffRoles).toEqual(["Deployment Lead", "Database Admin", "Product Owner", "Post-Deployment Verification"]);
  });

  it("keeps only what precedes the first phase as preamble, and the communication plan, contacts and appendices as the runbook's notes", () => {
    expect(parsed.preamble).toMatch(/^\*\*Migration\*\*: 001_rename_fixed_cost_to_fixed_fee_facilitated/);
    expect(parsed.preamble).toMatch(/- React Query cache$/);
    expect(parsed.preamble).not.toContain("- [ ]");
    for (const text of ["## Communication Plan", "## Emergency Contacts", "## Appendix B: Troubleshooting", "3. If still incorrect, execute rollback"]) {
      expect(parsed.appendix).toContain(text);
    }
    // the heading between the checklist and the phases joins the nearest phase before it
    expect(parsed.phases[0]!.notes).toBe("## Deployment Phases");
  });

  it("drops no line", () => expectEveryLinePlaced(source, parsed));
  it("exports to Markdown that imports back to the same structure", () => expectRoundTrip(parsed));
});

describe("seed 001 (## **STEP N: emoji TITLE**, mis-encoded)", () => {
  const source = readFileSync(SEED_001_PATH, "utf8");
  const parsed = parseRunbookMarkdown(source);

  it("repairs the emoji and says so", () => {
    expect(parsed.title).toBe("🚀 Production Migration Deployment Plan");
    expect(parsed.warnings).toEqual(["Repaired 46 mis-encoded character sequence(s) (UTF-8 read as Mac Roman)."]);
    const all = JSON.stringify(parsed);
    for (const emoji of ["🚀", "📦", "✅", "❌", "🔄", "├──"]) expect(all).toContain(emoji);
    expect(all).not.toMatch(/üöÄ|‚úÖ|üì¶/);
  });

  it("has the 7 STEP phases between its two checklists; STEP 6 (CREATE ROLLBACK PLAN) is the rollback procedure", () => {
    expect(parsed.phases.map((p) => p.title)).toEqual([
      "📋 PRE-DEPLOYMENT CHECKLIST",
      "📦 CREATE PRODUCTION DATABASE BACKUP",
      "🔍 VERIFY MIGRATION ORDER AND DEPENDENCIES",
      "🛠️ RUN DATABASE MIGRATIONS",
      "✅ VERIFY SCHEMA AND DATA INTEGRITY",
      "🧪 TEST SUMUP OAUTH FUNCTIONALITY",
      "⚙️ ENVIRONMENT CONFIGURATION",
      "🔄 RESTART APPLICATION SERVICES",
      "📝 DEPLOYMENT CHECKLIST",
    ]);
    expect(parsed.phases.map((p) => p.estimatedMinutes)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(parsed.rollback?.title).toBe("🔄 CREATE ROLLBACK PLAN");
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(["Rollback Script", "Database Restore (if needed)"]);
    expect(parsed.rollback?.phases.map(kinds)).toEqual([["MANUAL:bash"], ["MANUAL:bash"]]);
  });

  it("keeps every code block as a step (or, inside other text, in a phase's notes)", () => {
    expect(parsed.phases.map(kinds)).toEqual([
      ["MANUAL:-"],
      ["MANUAL:bash", "MANUAL:bash", "MANUAL:bash"],
      ["MANUAL:bash", "COMMAND:bash"],
      ["MANUAL:bash", "MANUAL:bash"],
      ["SQL:sql", "SQL:sql", "SQL:sql", "MANUAL:python"],
      ["MANUAL:bash", "MANUAL:python"],
      ["MANUAL:bash", "MANUAL:bash"],
      ["MANUAL:bash", "MANUAL:bash"],
      ["COMMAND:bash"],
    ]);
    expect(parsed.phases[1]!.steps.map((s) => s.title)).toEqual(["SQLite Production Backup", "PostgreSQL Production Backup", "Backup Verification Script"]);
    const fences = (source.match(/^\s*```\S*\s*$/gm) ?? []).length / 2;
    const stepFences = [...parsed.phases, ...parsed.rollback!.phases].flatMap((p) => p.steps).length;
    const noteFences = parsed.phases.map((p) => (p.notes.match(/^\s*```\S*\s*$/gm) ?? []).length / 2).reduce((a, b) => a + b, 0);
    expect(fences).toBe(22);
    expect(stepFences + noteFences).toBe(fences);
  });

  it("makes its 20 checkbox lines tickable items: the checklists before and after the steps are phases", () => {
    expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 15]);
    expect(parsed.phases[0]!.checklistItems[0]!.text).toBe("Environment Requirements: Production server access confirmed");
    expect(parsed.phases[8]!.checklistItems[0]!.text).toBe("Pre-Deployment: Production backup created and verified");
    expect(parsed.phases[8]!.successCriteria).toContain("Database queries perform normally");
    expect(parsed.phases[8]!.steps[0]).toMatchObject({ kind: "COMMAND", text: "python manage.py notify_artists_sumup_migration --approved-only" });
  });

  it("keeps the subtitle as preamble, the emergency procedures in the nearest phase, and finds no sign-off sheet", () => {
    expect(parsed.preamble).toBe("## SumUp OAuth Integration - Safe Deployment Guide");
    expect(parsed.phases[7]!.notes).toMatch(/^## \*\*🚨 EMERGENCY PROCEDURES\*\*/);
    expect(parsed.appendix).toBe("");
    expect(parsed.signoffRoles).toEqual([]);
  });

  it("drops no line", () => expectEveryLinePlaced(source, parsed));
  it("exports to Markdown that imports back to the same structure", () => expectRoundTrip(parsed));
});

type TExpected = {
  title: string;
  phases: Array<{ title: string; estimatedMinutes: number | null; checklist: number; criteria: number; steps: string[] }>;
  rollback?: string[] | null;
  signoffRoles?: string[];
  check?: (parsed: TParsedRunbook) => void;
};

const FIXTURE_EXPECTATIONS: Record<string, TExpected> = {
  "numbered-list-phases.md": {
    title: "Redis 7 upgrade",
    phases: [
      { title: "Prepare the replica", estimatedMinutes: 15, checklist: 2, criteria: 0, steps: ["COMMAND:bash"] },
      { title: "Fail over", estimatedMinutes: 5, checklist: 0, criteria: 0, steps: ["COMMAND:bash"] },
      { title: "Verify clients", estimatedMinutes: 60, checklist: 0, criteria: 2, steps: [] },
    ],
    rollback: ["Rollback"],
    check: (p) => {
      expect(p.summary).toBe("Upgrade the session cache from Redis 6 to Redis 7 with a replica failover.");
      expect(p.phases[1]!.notes).toBe("Promote the upgraded replica.");
      expect(p.rollback!.phases[0]!.steps.map((s) => s.title)).toEqual(["Point clients back at the old primary", "Re-attach the replica"]);
      expect(p.preamble).toBe("## Procedure");
      expect(p.appendix).toBe("## Contacts\n\n- On-call: #cache-oncall");
    },
  },
  "h1-phases.md": {
    title: "Untitled runbook",
    phases: [
      { title: "Freeze writes", estimatedMinutes: 10, checklist: 2, criteria: 0, steps: ["SQL:sql"] },
      { title: "Copy the ledger", estimatedMinutes: 120, checklist: 0, criteria: 0, steps: ["COMMAND:bash"] },
      { title: "Unfreeze", estimatedMinutes: 5, checklist: 0, criteria: 0, steps: ["SQL:sql"] },
    ],
    rollback: null,
    check: (p) => {
      expect(p.warnings[0]).toMatch(/no title heading/);
      expect(p.phases[0]!.objective).toBe("No writes reach the ledger during the copy");
      expect(p.phases[1]!.failurePolicy).toBe("STOP");
      expect(p.preamble).toBe("");
      expect(p.appendix).toBe("# Appendix\n\nRunbook owner: payments team.");
    },
  },
  "bold-headings.md": {
    title: "Certificate rotation",
    phases: [
      { title: "Issue the new certificate", estimatedMinutes: 10, checklist: 0, criteria: 0, steps: ["COMMAND:bash"] },
      { title: "Install", estimatedMinutes: 5, checklist: 2, criteria: 0, steps: [] },
      { title: "Check expiry", estimatedMinutes: 2, checklist: 0, criteria: 1, steps: ["COMMAND:bash"] },
    ],
    check: (p) => {
      expect(p.riskLevel).toBe("LOW");
      expect(p.phases[0]!.steps[0]!.title).toBe("Request it from the internal CA.");
    },
  },
  "table-in-phase.md": {
    title: "Feature flag cut-over",
    phases: [
      { title: "Review flag states", estimatedMinutes: 5, checklist: 1, criteria: 0, steps: [] },
      { title: "Flip the flag", estimatedMinutes: 1, checklist: 0, criteria: 1, steps: ["COMMAND:bash"] },
    ],
    signoffRoles: ["Deployment Lead", "DBA"],
    check: (p) => {
      expect(p.phases[0]!.notes).toBe("| Flag | Staging | Production |\n| --- | --- | --- |\n| new_checkout | on | off |\n| fast_search | on | on |");
      expect(p.phases[1]!.steps[0]!.text).toBe("flagctl set new_checkout on --env production");
    },
  },
  "nested-lists.md": {
    title: "Search index rebuild",
    phases: [
      // (the curl fence nested under "via the API:" is a command of its own, named by its sub-step)
      { title: "Prepare", estimatedMinutes: 10, checklist: 4, criteria: 0, steps: ["MANUAL:-", "COMMAND:bash", "MANUAL:-"] },
      { title: "Rebuild", estimatedMinutes: 45, checklist: 0, criteria: 0, steps: ["COMMAND:bash"] },
    ],
    check: (p) => {
      expect(p.phases[0]!.checklistItems.map((c) => c.text)).toEqual([
        "Capacity checked",
        "Capacity checked: CPU headroom above 40%",
        "Capacity checked: Disk headroom above 30%",
        "Stakeholders told",
      ]);
      expect(p.phases[0]!.notes).toBe("- email sent to #search");
      expect(p.phases[0]!.steps[0]).toEqual({ kind: "MANUAL", language: null, title: "Snapshot the index", text: "- via the console, or" });
      expect(p.phases[0]!.steps[1]).toMatchObject({ kind: "COMMAND", title: "Snapshot the index: via the API", text: "curl -X PUT localhost:9200/_snapshot/backup/pre-rebuild" });
      expect(p.phases[0]!.steps[2]).toEqual({ kind: "MANUAL", language: null, title: "Pause the indexer", text: "1. scale the deployment to zero\n2. wait for in-flight batches" });
    },
  },
  "no-phases.md": {
    title: "Rotate the SMTP password",
    phases: [{ title: "Rotate the SMTP password", estimatedMinutes: null, checklist: 2, criteria: 0, steps: ["COMMAND:bash", "COMMAND:bash"] }],
    check: (p) => {
      expect(p.warnings[0]).toMatch(/whole document is one phase/);
      expect(p.phases[0]!.steps[1]!.title).toBe("Check the queue afterwards");
      expect(p.phases[0]!.notes).toBe("Done when the queue drains.");
      expect(p.preamble).toBe("");
    },
  },
  "setext.md": {
    title: "Queue migration",
    phases: [
      { title: "Drain", estimatedMinutes: 20, checklist: 2, criteria: 0, steps: [] },
      { title: "Switch", estimatedMinutes: 5, checklist: 0, criteria: 0, steps: ["COMMAND:sh"] },
    ],
    rollback: ["Rollback Plan"],
    check: (p) => expect(p.rollback!.phases[0]!.notes).toBe("Switch back with `billing-ctl use-backend rabbitmq`."),
  },
  "code-hash-comment.md": {
    title: "Log retention change",
    phases: [
      { title: "Apply", estimatedMinutes: 5, checklist: 0, criteria: 0, steps: ["COMMAND:bash"] },
      { title: "Verify", estimatedMinutes: 5, checklist: 0, criteria: 1, steps: ["MANUAL:python"] },
    ],
    check: (p) => {
      // the `#` lines are code comments: no third phase, and the code is kept whole
      expect(p.phases[0]!.steps[0]!.text).toBe("# not a heading\n# Phase 9: also not a phase\nlogctl retention set 30d");
    },
  },
};

describe.each(Object.entries(FIXTURE_EXPECTATIONS))("fixture %s", (name, expected) => {
  const source = fixture(name);
  const parsed = parseRunbookMarkdown(source);

  it("parses to the expected structure", () => {
    expect(ZParsedRunbook.safeParse(parsed).success).toBe(true);
    expect(parsed.title).toBe(expected.title);
    expect(
      parsed.phases.map((p) => ({ title: p.title, estimatedMinutes: p.estimatedMinutes, checklist: p.checklistItems.length, criteria: p.successCriteria.length, steps: kinds(p) })),
    ).toEqual(expected.phases);
    if (expected.rollback !== undefined) expect(parsed.rollback?.phases.map((p) => p.title) ?? null).toEqual(expected.rollback);
    expect(parsed.signoffRoles).toEqual(expected.signoffRoles ?? []);
    expected.check?.(parsed);
  });

  it("drops no line", () => expectEveryLinePlaced(source, parsed));
  it("exports to Markdown that imports back to the same structure", () => expectRoundTrip(parsed));
});

describe("the no-dropped-line check itself", () => {
  it("notices a line the structure lost", () => {
    const source = "# T\n\n## Phase 1: A (5 minutes)\n\n- [ ] tick me\n";
    const parsed = parseRunbookMarkdown(source);
    parsed.phases[0]!.checklistItems = [];
    expect(findUnplacedLines(source, parsed)).toEqual(["- [ ] tick me"]);
  });
});

describe("unreadable input", () => {
  it("refuses an empty document or one without content", () => {
    expect(() => parseRunbookMarkdown("  \n\n")).toThrow(RunbookParseError);
    expect(() => parseRunbookMarkdown("---\n\n<!-- nothing -->\n")).toThrow(RunbookParseError);
  });
});

describe("simpleCommandLine", () => {
  it("accepts one argv-able line and refuses shell features", () => {
    expect(simpleCommandLine("bash", "# comment\npm2 stop api")).toBe("pm2 stop api");
    expect(simpleCommandLine("bash", 'grep -n "a b" file.py')).toBe('grep -n "a b" file.py');
    expect(simpleCommandLine("bash", "echo $?  # 0")).toBeNull();
    expect(simpleCommandLine("bash", "a | b")).toBeNull();
    expect(simpleCommandLine("bash", "cd frontend")).toBeNull();
    expect(simpleCommandLine("bash", "one\ntwo")).toBeNull();
  });
});

describe("repairMojibake", () => {
  it("repairs UTF-8 read as Mac Roman or Windows-1252 and leaves correct text alone", () => {
    expect(repairMojibake("# \uF8FFüöÄ Go ‚úÖ").text).toBe("# 🚀 Go ✅");
    expect(repairMojibake("donâ€™t cafÃ©").text).toBe("don’t café");
    const correct = "£0.01 → café ✅ ☐ naïve 日本";
    expect(repairMojibake(correct)).toEqual({ text: correct, repairedRuns: 0, encoding: null });
  });

  it("leaves correct French alone where a typographic apostrophe before an accented letter round-trips by chance", () => {
    // ("l’équipe": "’é" read as Mac Roman bytes D5 8E is valid UTF-8, the Armenian "Վ" — corpus 2043 and 2276 were so mangled)
    const french = "Vérifier les accès des membres de l’équipe, puis l’état à côté du déploiement précédent.";
    expect(repairMojibake(french)).toEqual({ text: french, repairedRuns: 0, encoding: null });
    // ("§2–§4": "–§" is the Cyrillic "Ф" so read — eight documents of the corpus)
    expect(repairMojibake("See §2–§4 first.").text).toBe("See §2–§4 first.");
    expect(parseRunbookMarkdown(`# Mise en production\n\n## Étape 1\n\n1. ${french}\n`).warnings.join(" ")).not.toContain("Repaired");
  });

  it("still repairs a document saved twice over that has a few correct characters added since", () => {
    expect(repairMojibake("donâ€™t cafÃ© rÃ©sumÃ© Ã\u00a0 Ã©tÃ© → ok").text).toBe("don’t café résumé à été → ok");
  });
});

describe("structure kinds of real runbooks (issue 16)", () => {
  it("reads a rollback subsection inside a phase as a rollback phase named after it", () => {
    const parsed = parseRunbookMarkdown(
      "# T\n\n## Phase 1: Deploy (5 min)\n\n```bash\nkubectl apply -f app.yaml\n```\n\n### Roll back\n\n1. kubectl rollout undo deployment/app\n\n## Phase 2: Verify\n\n- [ ] Pods ready\n",
    );
    expect(parsed.phases.map((p) => p.title)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(["Deploy: Roll back"]);
    expect(parsed.rollback?.phases[0]?.steps[0]?.title).toBe("kubectl rollout undo deployment/app");
  });

  it("reads psql heredocs and psql -c as SQL steps, keeping the command line as a comment", () => {
    const parsed = parseRunbookMarkdown(
      '# T\n\n## Step 1: Count\n\n```bash\npsql -d app <<SQL\nSELECT count(*) FROM orders;\nSQL\n```\n\n## Step 2: Vacuum\n\n```\npsql -d app -c "VACUUM ANALYZE orders;"\n```\n',
    );
    expect(parsed.phases.map((p) => p.steps.map((s) => [s.kind, s.text]))).toEqual([
      [["SQL", "-- psql -d app <<SQL\n-- SELECT count(*) FROM orders;\n-- SQL\nSELECT count(*) FROM orders;"]],
      [["SQL", '-- psql -d app -c "VACUUM ANALYZE orders;"\nVACUUM ANALYZE orders;']],
    ]);
  });

  it("keeps numbered sub-steps in their phase: 4 sections of 10 restarting steps are 4 phases, not 40", () => {
    const sections = ["Prepare", "Migrate", "Verify", "Clean up"].map((name) =>
      [`## ${name}`, ...Array.from({ length: 10 }, (_, i) => `### ${i + 1}. Task ${i + 1} of ${name}\n\nDo it.`)].join("\n\n"),
    );
    const parsed = parseRunbookMarkdown(`# Upgrade\n\n${sections.join("\n\n")}\n`);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Prepare", "Migrate", "Verify", "Clean up"]);
    expect(parsed.phases.map((p) => p.steps.length)).toEqual([10, 10, 10, 10]);
    expect(parsed.phases[0]!.steps[0]).toEqual({ kind: "MANUAL", language: null, title: "Task 1 of Prepare", text: "Do it." });
  });

  it("takes checkboxes written every way: bare [ ] and ☐ lines, numbered, nested under a plain item, table columns", () => {
    const parsed = parseRunbookMarkdown(
      "# T\n\n## Phase 1: Checks\n\n[ ] bare line\n☐ glyph line\n\n1. [ ] numbered\n\n- Database\n  - [x] backup taken\n\n| Done | Task | Owner |\n| --- | --- | --- |\n| [ ] | Drain queue | On-call |\n",
    );
    expect(parsed.phases[0]!.checklistItems.map((c) => c.text)).toEqual(["bare line", "glyph line", "numbered", "Database: backup taken", "Drain queue (Owner: On-call)"]);
  });

  it("reads estimates written as Duration: 1h, ~10 minutes and a duration column", () => {
    const parsed = parseRunbookMarkdown(
      "# T\n\n## Step 1: A\n\nDuration: 1h\n\n## Step 2: B ~10 minutes\n\n## Step 3: C\n\n| Task | Duration |\n| --- | --- |\n| x | 5 min |\n| y | 10 |\n",
    );
    expect(parsed.phases.map((p) => p.estimatedMinutes)).toEqual([60, 10, 15]);
  });
});

describe("follow-up phases (issue 15)", () => {
  const source = [
    "# Rename fixed_cost",
    "",
    "## Phase 1: Migrate (5 minutes)",
    "",
    "**Steps**:",
    "",
    "1. Run it",
    "",
    "## Phase 2: Check after four hours (10 minutes)",
    "",
    "**Follow-up**: +4 h after the main phases",
    "",
    "- [ ] Error rate below 1 %",
    "",
    "## Phase 3: Monitoring (24 hours)",
    "",
    "Follow-up: +1 d",
    "",
    "- [ ] No alerts overnight",
    "",
  ].join("\n");

  it("reads the marker as the phase's offset, and drops no line", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => [p.title, p.estimatedMinutes, p.followUpOffsetMinutes])).toEqual([
      ["Migrate", 5, undefined],
      ["Check after four hours", 10, 240],
      ["Monitoring", 1440, 1440],
    ]);
    expectEveryLinePlaced(source, parsed);
    expectRoundTrip(parsed);
    expect(exportRunbookMarkdown(parsed)).toContain("**Follow-up**: +4 h after the main phases");
  });

  it("a plain duration is an estimate, never an offset: seed 003's 24-hour monitoring stays a main phase on import", () => {
    const parsed = parseRunbookMarkdown(readFileSync(SEED_003_PATH, "utf8"));
    expect(parsed.phases.some((p) => p.followUpOffsetMinutes !== undefined)).toBe(false);
    const odd = parseRunbookMarkdown("# T\n\n## Phase 1: Watch\n\n**Follow-up**: the next morning\n");
    expect(odd.phases[0]!.followUpOffsetMinutes).toBeUndefined();
    expect(odd.phases[0]!.notes).toContain("the next morning");
  });
});

describe("a numbered step heading over a line that names its code", () => {
  // found by the 1 MB benchmark (scripts/bench-import-corpus.ts): corpus 04's "1. Update Virtual
  // Environment (optional)", one level deeper, lost its heading to the line under it
  const source = [
    "# T",
    "",
    "## Phase 1: Batch (10 minutes)",
    "",
    "#### 1. Update Virtual Environment (optional)",
    "",
    "Run it.",
    "",
    "```bash",
    "pip install -r requirements.txt",
    "```",
    "",
    "Then check it:",
    "",
    "```bash",
    "pip check",
    "```",
    "",
    "#### 2. Migrate",
    "",
    "Do it.",
    "",
  ].join("\n");

  it("keeps the heading in the first step's title and drops no line", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]!.steps.map((s) => [s.kind, s.title])).toEqual([
      ["COMMAND", "Update Virtual Environment (optional): Run it."],
      ["COMMAND", "Then check it"],
      ["MANUAL", "Migrate"],
    ]);
    expectEveryLinePlaced(source, parsed);
    expectRoundTrip(parsed);
  });
});

// Kinds that sets 84–87 showed (session 15), each as a small document of its own: what a lead expects, and that the
// import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a Spanish or Portuguese infinitive with “a” names an action: “Aplicar a producción”", () => {
  // after a controlled-deploy runbook (1001): "## Aplicar a staging" over a fence, then "## Aplicar a producción" in
  // prose — the last is the production deploy, a phase, not the staging phase's notes
  it.each([
    ["## Aplicar a staging", "## Aplicar a producción", "Repita con `production.env` tras aprobación manual."],
    ["## Enviar a homologação", "## Enviar a produção", "Repita com `producao.env` depois da aprovação."],
  ])("%s, then %s in prose: two phases", (first, second, prose) => {
    const source = lines(
      "# Runbook: despliegue",
      "",
      "## Validar la configuración",
      "",
      "```sh",
      "docker compose config --quiet",
      "```",
      "",
      first,
      "",
      "```sh",
      "docker compose up -d --wait",
      "```",
      "",
      second,
      "",
      prose,
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Validar la configuración", first.slice(3), second.slice(3)]);
  });

  it("a noun phrase with “a” stays what it was: “Acceso a producción” in prose after the work is notes", () => {
    const source = lines("# Runbook", "", "## Desplegar", "", "```sh", "make deploy", "```", "", "## Acceso a producción", "", "Solo el equipo de guardia tiene acceso.", "");
    expect(titles(parsedSoundly(source))).toEqual(["Desplegar"]);
  });
});

describe("a rollback section that only points elsewhere, after a condition or a label, is no rollback", () => {
  // after a go-live runbook's "## Step 8: Rollback" (1031): "If anything goes wrong, see [rollback.md](…) for the full
  // rollback procedure." and "Quick emergency stop: see [disable-trading.md](…)." — the procedure is in another document
  it.each([
    ["If anything goes wrong, see [the rollback runbook](rollback.md) for the full procedure.", "Quick emergency stop: see [disable.md](disable.md)."],
    ["In case of failure, follow `docs/runbooks/rollback.md`.", "Kill switch: see [flags.md](flags.md)."],
    ["Wenn etwas schiefgeht, siehe [Rollback](rollback.md).", "Notfall: siehe [stop.md](stop.md)."],
  ])("%s", (pointer, label) => {
    const source = lines("# Go-live", "", "## 1. Deploy", "", "1. Deploy the build", "", "## 2. Rollback", "", pointer, "", label, "");
    const parsed = parsedSoundly(source);
    expect(parsed.rollback).toBeNull();
    expect(parsed.appendix).toContain(pointer);
  });

  it("a condition over steps of its own stays the rollback", () => {
    const source = lines(
      "# Go-live",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy the build",
      "",
      "## 2. Rollback",
      "",
      "If anything goes wrong, see the dashboard, then:",
      "",
      "1. Redeploy the previous tag",
      "2. Restore the database snapshot",
      "",
    );
    expect(parsedSoundly(source).rollback?.phases[0]?.steps.length).toBe(2);
  });
});

describe("a rollback section of rules that say to fix forward is a policy, no rollback", () => {
  // after a migration runbook's "## Rollback" (1041): "Do not edit applied migration files", "Prefer forward-fix
  // migration or feature toggle", "Document rollback decision in PR" — both counters counted no rollback
  const doc = (...rollback: string[]) =>
    lines(
      "# Database migrations",
      "",
      "## Local",
      "",
      "```bash",
      "npx prisma migrate dev",
      "```",
      "",
      "## Production",
      "",
      "1. Merge to main",
      "2. Watch the deploy job",
      "",
      "## Rollback",
      "",
      ...rollback,
      "",
    );

  it.each([
    [["- Do **not** edit applied migration files.", "- Prefer forward-fix migration or feature toggle.", "- Document rollback decision in PR."]],
    [["Never roll a migration back by hand. Prefer a fix-forward migration.", "", "Always record the decision in the incident."]],
  ])("%j: no rollback", (rollback) => {
    expect(parsedSoundly(doc(...rollback)).rollback).toBeNull();
  });

  it.each([
    // a way back beside the preference (895, 614, 531 of the corpus)
    [["- Prefer fix-forward for template mistakes: deploy the corrected function first.", "- If the data is wrong, stop the trigger before replaying."]],
    [["- Schema changes are forward-only.", "- If the rollout fails, redeploy the previous app version and fix forward."]],
    [["Fix forward where you can; otherwise restore the snapshot taken before the migration."]],
  ])("%j: still the rollback", (rollback) => {
    expect(parsedSoundly(doc(...rollback)).rollback).not.toBeNull();
  });
});

describe("a section named as the phases, over a numbered list of bold-named items, gives one phase per item", () => {
  // after an ERP cut-over runbook (1007): "## Phases (with go/no-go gates — spec/18 §6)" over "1. **Extract & map.** …"
  // … "6. **Go live.** …", then "## Verify" — its counter counted six phases and the verification
  it.each(["## Phases (with go/no-go gates)", "## Migration stages", "## Etapas"])("%s", (heading) => {
    const source = lines(
      "# Cut-over to the new ledger",
      "",
      "## Principles (spec/7)",
      "",
      "- Every backfill is re-runnable.",
      "",
      heading,
      "",
      "Each phase ends at a gate.",
      "",
      "1. **Extract & map.** Pull the source extracts and build the SKU map.",
      "   *Gate:* every source row maps or is excluded.",
      "2. **Backfill (idempotent).** Run the backfill in dependency order.",
      "3. **Opening balances.** Post the opening balances per entity.",
      "4. **Go live.** Freeze legacy writes and flip the API.",
      "",
      "## Verify",
      "",
      "- The trial balance nets to zero.",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Extract & map", "Backfill (idempotent)", "Opening balances", "Go live", "Verify"]);
    expect(parsed.phases[0]?.notes).toContain("Pull the source extracts and build the SKU map.");
    // ("Principles (spec/7)" introduces the runbook: a source cited after the name is no part of it)
    expect(parsed.preamble).toContain("Every backfill is re-runnable.");
  });

  // (and, as the runbook's one list of three steps, two stages of them since session 26: one-list-stages.ts)
  it("plain items under “## Phases” stay steps", () => {
    const source = lines("# Cutover plan", "", "## Phases", "", "1. Freeze the legacy schema.", "2. Run the final backup.", "3. Switch DNS.", "");
    const parsed = parsedSoundly(source);
    expect(parsed.phases.map((p) => p.steps.map((s) => s.title))).toEqual([["Phases: Freeze the legacy schema.", "Phases: Run the final backup."], ["Phases: Switch DNS."]]);
  });
});

describe("sections on what a tool covers and its caveats introduce a runbook, before the procedure", () => {
  // after a Velero DR runbook (1034): "## What Velero covers", "## What Velero does not cover", "## GitOps caveat" before
  // "## Restore procedures" — its counter counted the procedures, not these
  it("they are no phases: the preamble", () => {
    const source = lines(
      "# Disaster recovery runbook",
      "",
      "## Targets",
      "",
      "Restore within four hours.",
      "",
      "## What Velero covers",
      "",
      "- Namespaces and their volumes",
      "",
      "## What Velero does not cover",
      "",
      "- The cluster's own etcd",
      "",
      "## GitOps caveat",
      "",
      "Argo CD will fight a restore unless it is paused.",
      "",
      "## Restore procedures",
      "",
      "1. Pause Argo CD",
      "2. Run `velero restore create --from-backup daily`",
      "",
      "## Quarterly drill",
      "",
      "1. Restore into a scratch cluster",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Restore procedures", "Quarterly drill"]);
    expect(parsed.preamble).toContain("Argo CD will fight a restore unless it is paused.");
  });
});

describe("after a list of preconditions only, the sections of prose are the procedure", () => {
  // after a VM cut-over document (1020): "## Preconditions" of bullets, then "## Source stop", "## Final synchronization",
  // "## Production activation" in prose and bullets — its counter counted those three as the phases
  it("they are phases, not the preconditions' notes", () => {
    const source = lines(
      "# Cutover",
      "",
      "## Preconditions",
      "",
      "- the destination passed a test boot",
      "- the latest sync is verified",
      "",
      "## Source stop",
      "",
      "The controller shuts the source guest down and waits.",
      "",
      "## Final synchronization",
      "",
      "- capture the final sync",
      "- verify the destination data",
      "",
      "## Production activation",
      "",
      "The controller moves the NIC to the production network and starts the destination.",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Preconditions", "Source stop", "Final synchronization", "Production activation"]);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
  });

  it("after steps to run, sections of prose stay reference", () => {
    const source = lines(
      "# Cutover",
      "",
      "## Preconditions",
      "",
      "- the destination passed a test boot",
      "",
      "## Procedure",
      "",
      "1. Stop the source",
      "2. Sync the data",
      "",
      "## Background on the controller",
      "",
      "The controller keeps its state in a file.",
      "",
    );
    expect(titles(parsedSoundly(source))).toEqual(["Preconditions", "Procedure"]);
  });
});

describe("a heading naming the time right after the change is a phase: “The first week”, “Primeras 24 horas”", () => {
  // after a launch runbook (1043: "## 4. The first week" of daily checks) and a Spanish one (1042: "## Primeras 24
  // horas"): both counters count the watch after the launch as a phase, where other prose after the work is reference
  it.each(["## The first week", "## First 24 hours", "## Primeras 24 horas", "## Die ersten 48 Stunden", "## Première semaine"])("%s", (heading) => {
    const source = lines(
      "# Launch runbook",
      "",
      "## Sequence",
      "",
      "1. Freeze changes",
      "2. Deploy to production",
      "",
      heading,
      "",
      "Every day, read the error dashboard and the support inbox.",
      "",
    );
    expect(titles(parsedSoundly(source))).toEqual(["Sequence", heading.slice(3)]);
  });

  it("“Known issues” after the work stays reference", () => {
    const source = lines("# Launch runbook", "", "## Sequence", "", "1. Deploy to production", "", "## Known issues", "", "The map tiles load slowly.", "");
    const parsed = parsedSoundly(source);
    expect(parsed.phases).toHaveLength(1);
    expect(`${parsed.phases[0]?.notes}${parsed.appendix}`).toContain("The map tiles load slowly.");
  });
});

describe("boxes quoted under a list item are checklist items of that item", () => {
  // after an incident runbook (1022): "- [ ] Assess the impact" over "  > Answer these questions:" and "  > - [ ] What
  // is currently not working?" — the quoted boxes were kept as notes, untickable
  const items = (source: string) => parsedSoundly(source).phases.flatMap((p) => p.checklistItems.map((i) => i.text));

  it("under a box", () => {
    const source = lines(
      "# Incident response",
      "",
      "## Triage",
      "",
      "- [ ] Assess the impact",
      "  > Answer these questions:",
      "  > - [ ] What is not working?",
      "  > - [ ] What changed last?",
      "",
      "- [ ] Open a ticket",
      "",
      "## Mitigation",
      "",
      "- [ ] Roll the feature flag off",
      "",
    );
    expect(items(source)).toEqual([
      "Assess the impact",
      "Assess the impact: What is not working?",
      "Assess the impact: What changed last?",
      "Open a ticket",
      "Roll the feature flag off",
    ]);
  });

  it("under a plain bullet that names them", () => {
    const source = lines(
      "# Incident response",
      "",
      "## Triage",
      "",
      "- Questions for the reporter",
      "  > - [ ] When did it start?",
      "  > - [ ] Which region?",
      "",
      "## Fix",
      "",
      "1. Deploy the fix",
      "",
    );
    expect(items(source)).toEqual(["Questions for the reporter: When did it start?", "Questions for the reporter: Which region?"]);
  });
});

describe("a section that gathers the prerequisites with something else is still a prerequisites list", () => {
  // after an Italian go-live runbook (1032): "## 0. Account e prerequisiti" over bullets of accounts to open — both
  // counters counted its six items; it was left in the preamble
  it.each(["## 0. Account e prerequisiti", "## 0. Accounts and prerequisites", "## 0. Konten und Voraussetzungen", "## Konten und Voraussetzungen"])("%s", (heading) => {
    const source = lines(
      "# Go-live",
      "",
      heading,
      "",
      "- A Supabase project in the EU region",
      "- A Railway project",
      "",
      "## 1. Supabase",
      "",
      "1. Apply the migrations",
      "",
      "## 2. Railway",
      "",
      "1. Deploy the worker",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual(["A Supabase project in the EU region", "A Railway project"]);
  });
});

describe("a middle dot or a bar after a section's number separates it from the name: “## 1 · Prerequisites”", () => {
  // after a contract deploy runbook (1025): "## 2 · Deploy the Safe multi-sig" was imported under the title "2 · Deploy
  // the Safe multi-sig", and "## 1 · Prerequisites" was not read as prerequisites
  it.each(["·", "|", "•"])("“## 2 %s Deploy”", (mark) => {
    const source = lines("# Deploy", "", `## 1 ${mark} Build`, "", "1. Build the image", "", `## 2 ${mark} Deploy the Safe`, "", "1. Deploy it", "");
    expect(titles(parsedSoundly(source))).toEqual(["Build", "Deploy the Safe"]);
  });
});

describe("an overview of something (“拓扑概览”, “Architecture overview”) introduces the runbook", () => {
  // after a Chinese production deploy runbook (1024): "## 1. 拓扑概览" (topology overview: a text fence of the hosts)
  // before "## 2. 空机前提" … — both counters counted the deploy sections only
  it.each(["## 1. 拓扑概览", "## 1. Architecture overview", "## 1. System topology overview"])("%s", (heading) => {
    const source = lines(
      "# Production deploy",
      "",
      heading,
      "",
      "```text",
      "browser -> caddy -> api -> postgres",
      "```",
      "",
      "## 2. Clone and build",
      "",
      "1. Clone the repository",
      "",
      "## 3. Deploy",
      "",
      "1. Start the stack",
      "",
    );
    const parsed = parsedSoundly(source);
    expect(titles(parsed)).toEqual(["Clone and build", "Deploy"]);
    expect(parsed.preamble).toContain("browser -> caddy -> api -> postgres");
  });
});

describe("in a restore runbook, a section on rolling back a bad migration is a procedure of its own, not its rollback", () => {
  // after two restore / disaster-recovery runbooks (1029: "## 4. Rollback of Erroneous Prisma Migration" over `prisma
  // migrate resolve --rolled-back`; 1003: "## 5. Rollback de migrations problématiques"): both counters of each
  // counted no rollback — nothing backs the restore out
  const doc = (title: string, heading: string) =>
    lines(
      `# ${title}`,
      "",
      "## 1. Verify the backup",
      "",
      "```bash",
      "gzip -t backup.sql.gz",
      "```",
      "",
      "## 2. Restore",
      "",
      "```bash",
      "gunzip -c backup.sql.gz | psql app",
      "```",
      "",
      heading,
      "",
      "If a bad migration corrupted the schema:",
      "",
      "```bash",
      'npx prisma migrate resolve --rolled-back "20260815_faulty"',
      "```",
      "",
    );

  it.each([
    ["Runbook: Database Restore & Disaster Recovery", "## 3. Rollback of Erroneous Prisma Migration"],
    ["Runbook — Restauration et reprise après sinistre", "## 3. Rollback de migrations problématiques"],
  ])("%s › %s: no rollback", (title, heading) => {
    const parsed = parsedSoundly(doc(title, heading));
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toContain(heading.slice(6));
  });

  it("in a deploy runbook, “Rollback of the migration” is its rollback", () => {
    const source = lines(
      "# Release 4.2 deploy",
      "",
      "## 1. Migrate",
      "",
      "```bash",
      "npx prisma migrate deploy",
      "```",
      "",
      "## 2. Deploy",
      "",
      "1. Roll out the new image",
      "",
      "## Rollback of the migration",
      "",
      "```bash",
      'npx prisma migrate resolve --rolled-back "20260815_faulty"',
      "```",
      "",
    );
    expect(parsedSoundly(source).rollback?.title).toBe("Rollback of the migration");
  });
});

describe("a maintenance runbook's cadence names its rounds of work: “## Weekly”, “## Monthly”, “## Quarterly”", () => {
  // after a site maintenance runbook (1023): "## Weekly (~10 minutes)" and "## Monthly (~15 minutes)" carried estimates,
  // "## Quarterly" none, and was read as Monthly's notes — both counters counted the three cadences
  it.each([
    ["## Weekly (~10 minutes)", "## Monthly (~15 minutes)", "## Quarterly"],
    ["## Wöchentlich (10 min)", "## Monatlich (15 min)", "## Vierteljährlich"],
    ["## Daily checks (5 min)", "## Weekly (30 min)", "## Annually"],
  ])("%s, %s, %s", (a, b, c) => {
    const source = lines(
      "# Maintenance runbook",
      "",
      a,
      "",
      "- Merge the dependency updates",
      "",
      b,
      "",
      "- Review the error budget",
      "",
      c,
      "",
      "- Run a restore drill",
      "",
      "## Known issues",
      "",
      "The CDN purge is slow.",
      "",
    );
    expect(titles(parsedSoundly(source)).length).toBe(3);
  });
});

describe("in a prerequisites section, each sub-section's plain bullets are items, though another holds boxes", () => {
  // after a contract deploy runbook (1025): "## 1 · Prerequisites" › "### 1.1 People" and "### 1.2 Tooling" of plain
  // bullets, "### 1.4 Pre-deploy security checklist" of boxes — both counters counted all 19; the numbered sub-headings
  // were read as steps and their bullets lost as items
  const source = (heading: string) =>
    lines(
      "# Production deploy",
      "",
      heading,
      "",
      "### 1.1 People",
      "",
      "- **Deployer.** Holds the key that pays gas.",
      "- **Reviewer.** Cross-checks every address.",
      "",
      "### 1.2 Tooling",
      "",
      "- Foundry, pinned to the version in `foundry.toml`.",
      "",
      "### 1.3 Pre-deploy security checklist",
      "",
      "- [ ] `forge test` passes on the SHA to deploy",
      "- [ ] The audit's findings are closed",
      "",
      "## 2 · Deploy",
      "",
      "1. Broadcast the deploy script",
      "",
    );

  it("## 1 · Prerequisites: all five are items", () => {
    const parsed = parsedSoundly(source("## 1 · Prerequisites"));
    expect(parsed.phases[0]?.checklistItems).toHaveLength(5);
    expect(parsed.phases[0]?.steps).toEqual([]);
  });

  it("## 1 · Pre-flight checklist: the boxes are the items, the plain bullets what to know", () => {
    const parsed = parsedSoundly(source("## 1 · Pre-flight checklist"));
    expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual([
      "Pre-deploy security checklist: `forge test` passes on the SHA to deploy",
      "Pre-deploy security checklist: The audit's findings are closed",
    ]);
  });
});

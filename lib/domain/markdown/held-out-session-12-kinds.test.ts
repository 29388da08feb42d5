// Kinds that sets 68–71's first run showed (session 12), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { notesBlocks, splitImportPhase } from "./arrange-import";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a fallback that is another way of doing the work, not a way back", () => {
  // after a staging deploy runbook ("Manual host-side fallback deploy:" over numbered commands, 846) and a
  // maintenance runbook ("2. **SSH fallback** — `ha core restart` via SSH", 855)
  it.each([
    ["Manual host-side fallback deploy:", "1. `ssh deploy@staging`", "2. `./scripts/deploy.sh --local`"],
    ["Reload methods:", "1. **REST API** — `curl -X POST $HA/api/services/homeassistant/reload_all`", "2. **SSH fallback** — `ha core restart` via the SSH add-on"],
    ["Fallback DNS resolver:", "1. Point `/etc/resolv.conf` at `10.0.0.53`.", "2. Restart the resolver."],
  ])("reads “%s” as steps of the work", (label, ...steps) => {
    const source = lines(
      "# Staging deploy",
      "",
      "## Build",
      "",
      "1. Run `npm ci`.",
      "2. Run `npm run build`.",
      "",
      "## Deploy",
      "",
      "The workflow deploys on every merge to `main`.",
      "",
      label,
      "",
      ...steps,
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expectSound(source, parsed);
  });

  it.each([
    ["## Fallback plan", "1. Redeploy the previous image tag."],
    ["## Falling back to v1", "1. Point the load balancer at the v1 pool."],
    ["## Rollback", "1. Run `./scripts/deploy.sh --previous`."],
  ])("still reads “%s” as the rollback", (heading, step) => {
    const source = lines("# Staging deploy", "", "## Build", "", "1. Run `npm ci`.", "", "## Deploy", "", "1. Run `./scripts/deploy.sh`.", "", heading, "", step);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expectSound(source, parsed);
  });
});

describe("a rollback section that only points to another document", () => {
  // after a cut-over template ("## Rollback" / "See `rollback.md`.", 850) and a Russian release plan
  // ("## План отката (ссылка)" / "См. `rollback_plan.md`.", 221): the rollback is elsewhere, not imported as one
  const cutover = (heading: string, ...body: string[]) =>
    lines(
      "# Cut-over",
      "",
      "## Pre-cutover",
      "",
      "- [ ] Backups verified",
      "- [ ] Freeze announced",
      "",
      "## Cutover steps",
      "",
      "1. Stop writes.",
      "2. Switch DNS.",
      "",
      heading,
      "",
      ...body,
    );

  it.each([
    ["## Rollback", "See `rollback.md`."],
    ["## План отката (ссылка)", "См. `rollback_plan.md`."],
    ["## Rollback plan", "Follow the [rollback runbook](../rollback.md) for the procedure."],
    ["## Rollback", "https://wiki.example.test/runbooks/rollback"],
    ["## ロールバック", "`docs/rollback.md` を参照。"],
  ])("keeps “%s” / “%s” in the runbook's notes, says so, and imports no rollback", (heading, pointer) => {
    const source = cutover(heading, pointer);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(parsed.appendix).toBe(`${heading}\n\n${pointer}`);
    expect(titles(parsed)).toEqual(["Pre-cutover", "Cutover steps"]);
    expect(parsed.warnings.some((w) => w.includes("only points to another document"))).toBe(true);
    expectSound(source, parsed);
  });

  it.each([
    ["See `rollback.md` for the context, then run `./rollback.sh v1` and check that `/health` answers 200 on every node."],
    ["Run `scripts/rollback.sh` with the previous digest."],
    ["See `rollback.md`.", "1. Switch DNS back to the old primary."],
  ])("keeps a rollback that says what to do (“%s”) as the procedure", (...body) => {
    const source = cutover("## Rollback", ...body.flatMap((b, k) => (k === 0 ? [b] : ["", b])));
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(parsed.appendix).toBe("");
    expectSound(source, parsed);
  });
});

describe("numbered sections read as reference are named to the lead", () => {
  // after a production deploy runbook (844): "## 1. Take the backup" holds the commands; "## 2. Workflow inputs", "## 3.
  // Read the plan, then approve" and "## 4. After it lands" are prose and key-value bullets — reference by the
  // importer's reading, phases by their numbers. The preview says so and one click makes each a phase. (Since session 28
  // "Dispatch" and "Read the plan, then approve" name actions, phases as 844's counters read them: the sections here are
  // named by nouns, as reference is.)
  const source = lines(
    "# Production deploy",
    "",
    "## 1. Take the backup",
    "",
    "```bash",
    "pg_dump --format=custom -f prod.dump",
    "```",
    "",
    "## 2. Workflow inputs",
    "",
    "GitHub → Actions → `deploy-prod` → Run workflow, on `main`.",
    "",
    "- `confirm`: `deploy`.",
    "",
    "## 3. The plan",
    "",
    "Read the summary of `plan`, then approve or reject.",
    "",
    "## 4. After it lands",
    "",
    "Run the checks in the release checklist.",
    "",
    "## Known gaps",
    "",
    "The branch policy is a GitHub setting.",
  );

  it("warns which numbered sections were kept as a phase's notes, and “Make it a phase” turns one into a phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Take the backup"]);
    const warning = parsed.warnings.find((w) => w.includes("numbered like a phase"));
    expect(warning).toBe(
      "“2. Workflow inputs”, “3. The plan” and “4. After it lands” are numbered like a phase but read as reference: kept in the notes of phase “Take the backup”. If one is a phase, use “Make it a phase” on its note in the preview.",
    );
    expect(warning).not.toContain("Known gaps");
    const at = notesBlocks(parsed.phases[0]?.notes ?? "").findIndex((b) => b.startsWith("## 2. Workflow inputs"));
    const split = splitImportPhase(parsed, { procedure: "main", phase: 0, place: "notes", index: at });
    expect(split.ok && titles(split.runbook)).toEqual(["Take the backup", "Workflow inputs"]);
    expectSound(source, parsed);
  });

  it("says nothing where the sections after the work are unnumbered reference, or are phases", () => {
    const reference = parseRunbookMarkdown(source.replace(/## \d\. /g, "## "));
    expect(reference.warnings.filter((w) => w.includes("numbered like a phase"))).toEqual([]);
    const work = parseRunbookMarkdown(source.replace("Run the checks in the release checklist.", "```bash\n./scripts/smoke.sh\n```"));
    expect(titles(work)).toEqual(["Take the backup", "Workflow inputs", "The plan", "After it lands"]);
    expect(work.warnings.filter((w) => w.includes("numbered like a phase"))).toEqual([]);
  });
});

describe("a rollback section named beside another topic", () => {
  // after a go-live runbook ("## 7. Rollback / safety" over a table of flags that switch each stage off, 851)
  const withSection = (heading: string) =>
    lines(
      "# Go-live",
      "",
      "## 1. Install",
      "",
      "```bash",
      "npm ci",
      "```",
      "",
      "## 2. First live run",
      "",
      "```bash",
      "npm run pipeline -- --live",
      "```",
      "",
      heading,
      "",
      "Everything is reversible via `.env`, no redeploy needed:",
      "",
      "| To disable | Set |",
      "| --- | --- |",
      '| Sentinel in the daily run | `PIPELINE_ENABLED="false"` |',
    );

  it.each(["## 7. Rollback / safety", "## Rollback / Recovery", "## 3. Revert / clean-up"])("reads “%s” as the rollback", (heading) => {
    const source = withSection(heading);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(titles(parsed)).toEqual(["Install", "First live run"]);
    expectSound(source, parsed);
  });

  it.each(["## 7. Rollback safety", "## Rollback triggers / owners", "## Safety / monitoring"])("does not read “%s” as one", (heading) => {
    const source = withSection(heading);
    expect(parseRunbookMarkdown(source).rollback).toBeNull();
  });
});

describe("rollbacks that sets 72–75 showed at their first run", () => {
  // after a dual-cluster DNS cut-over ("Rollback restores the previously verified IP in the same record, …", 884), a
  // release playbook titled for both ("# Release / Rollback Playbook" › "## 3) Rollback model", 894) and a rollout
  // playbook whose way back is "## 5. Undo Fast" (891)
  const runbook = (title: string, last: string, ...body: string[]) =>
    lines(
      `# ${title}`,
      "",
      "## 1. Deploy",
      "",
      "```bash",
      "kubectl apply -f deploy.yaml",
      "```",
      "",
      "## 2. Verify",
      "",
      "```bash",
      "curl -fsS https://app.example.test/health",
      "```",
      "",
      last,
      "",
      ...body,
    );

  it.each([
    ["Cut-over", "## Notes", "Rollback restores the previously verified IP in the same record, then verifies traffic again."],
    ["Release / Rollback Playbook", "## 3) Rollback model", "1. Stop the rollout.", "2. Publish a fixed patch version."],
    ["Dual-cluster cut-over and rollback", "## 3. Rollback", "1. Point the record back at the old cluster."],
    ["Roll out a change", "## 5. Undo Fast", "```bash", "kubectl rollout undo deployment/web", "```"],
  ])("finds the rollback of “%s” under “%s”", (title, last, ...body) => {
    const source = runbook(title, last, ...body);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expectSound(source, parsed);
  });

  it.each([
    ["Cut-over", "## Notes", "Rollback restores are rare: we practise them each quarter."],
    ["Database upkeep", "## 3. Undo tablespace", "Keep the undo tablespace at 20 % free."],
  ])("does not read “%s” / “%s” as one", (title, last, ...body) => {
    expect(parseRunbookMarkdown(runbook(title, last, ...body)).rollback).toBeNull();
  });
});

describe("a sequence keyword over a dotted number", () => {
  // after a staged DNS cut-over ("## Stage 4.2 — First prod apply" … "## Stage 4.4 — Rollback", 870): the number is
  // "4.4", not "4" then a title "4 — Rollback" — which an export wrote as "## 4 — Rollback" and read back as "Rollback"
  const source = lines(
    "# Cut-over",
    "",
    "## Stage 4.1 — Preflight",
    "",
    "```bash",
    "terraform plan",
    "```",
    "",
    "## Stage 4.2 — First prod apply",
    "",
    "```bash",
    "terraform apply",
    "```",
    "",
    "## Stage 4.4 — Rollback",
    "",
    "1. Point the apex record back at the old host.",
  );

  it("names each section by its words, and the export imports back to the same structure", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Preflight", "First prod apply"]);
    expect(parsed.rollback?.title).toBe("Rollback");
    expectSound(source, parsed);
  });
});

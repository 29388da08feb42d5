// Kinds that sets 52–63's gaps showed (session 11), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("the rollback told in a paragraph of prose", () => {
  // after a headingless production deploy guide (754), a restore-and-cutover guide (765) and a migration
  // guide's recovery paragraph (758): the way back written as a sentence, in no section of its own name
  const guide = (paragraph: string) =>
    lines(
      "# Production deployment",
      "",
      "## Prepare",
      "",
      "Run `make preflight` and take an encrypted backup of the database.",
      "",
      "```sh",
      "make preflight",
      "```",
      "",
      "## Deploy",
      "",
      "Run `scripts/deploy.sh`. It pulls the pinned images and waits for container health.",
      "",
      paragraph,
    );

  it.each([
    "For rollback, load the last known-good image digests and run `scripts/rollback.sh`. Database migrations stay forward-only.",
    "For a rollback: redeploy the previous tag with `scripts/deploy.sh v1.4.2`.",
    "Rollback is a mount change. Stop the services, point the mounts back to the prior tree, and start them again.",
    "If you need to roll back, redeploy the previous tag and restore the snapshot taken before the deploy.",
    "If a rollback is needed, run `scripts/rollback.sh` with the previous digest.",
    "If validation fails, stop the deployment, retain the backup, restore it and rerun the dry run.",
    "If the smoke test fails, revert the release with `scripts/rollback.sh`.",
  ])("reads “%s” as the rollback, its text kept whole", (paragraph) => {
    const source = guide(paragraph);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases[0]?.notes).toBe(paragraph);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Prepare", "Deploy"]);
    expect(parsed.phases[1]?.notes).not.toContain(paragraph);
    expectSound(source, parsed);
  });

  it.each([
    "Rollback is not possible once the migration ran: the old columns are gone.",
    "For reference, the deploy takes about five minutes.",
    "If validation fails, stop the deployment and page the on-call engineer.",
    "When the deploy finishes, post the release notes in the channel.",
  ])("does not read “%s” as one", (paragraph) => {
    const source = guide(paragraph);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });
});

describe("a section for the case of a named part failing, whose text rolls back", () => {
  // after an OS patching runbook (691): "## When patching breaks something" — a failure table, then "To roll a single
  // package back:" over a `dnf history undo` fence; and a schema-change guide (710) whose "## When a migration fails"
  // says to fix forward (naming rollback.md only as a link)
  const runbook = (name: string, ...body: string[]) =>
    lines(
      "# Monthly patching",
      "",
      "## Before the window",
      "",
      "- [ ] Snapshot taken of every host",
      "- [ ] Change ticket approved",
      "",
      "## Running the cycle",
      "",
      "```bash",
      "ansible-playbook patch.yml --limit monitoring",
      "```",
      "",
      `## ${name}`,
      "",
      ...body,
    );

  it.each(["When patching breaks something", "If the upgrade fails", "When a deploy goes wrong"])("reads “%s” over a way back as the rollback", (name) => {
    const source = runbook(
      name,
      "| Symptom | Action |",
      "| --- | --- |",
      "| A service will not start | Look for `.rpmnew` files |",
      "",
      "To roll a single package back:",
      "",
      "```bash",
      "sudo dnf history undo <transaction-id>",
      "```",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(name);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Before the window", "Running the cycle"]);
    expectSound(source, parsed);
  });

  it("does not read one that fixes forward as the rollback, though it links the rollback runbook", () => {
    const source = runbook(
      "When a migration fails",
      "The application did not roll, so nothing is broken yet. Fix forward with a new migration; never",
      "edit `flyway_schema_history` by hand. See step 4 of [rollback.md](rollback.md).",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });
});

describe("a recovery section named for its options, and a rollback item with a plain label", () => {
  // after a Drizzle migration runbook (770): "## Recovery Patterns" listing application rollback, a reverse migration
  // and a point-in-time restore to choose from
  it.each(["Recovery Patterns", "Recovery options", "Recovery strategy"])("reads “## %s” that names the rollback as the rollback", (name) => {
    const source = lines(
      "# Database migration",
      "",
      "## Preflight",
      "",
      "1. Confirm the backup and restore point.",
      "2. Review the generated SQL.",
      "",
      "## Apply",
      "",
      "```sh",
      "npm run db:migrate",
      "```",
      "",
      `## ${name}`,
      "",
      "- Application rollback while the additive schema remains",
      "- Point-in-time restore of the database",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(name);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Preflight", "Apply"]);
    expectSound(source, parsed);
  });

  // after a Chinese Android release runbook (779): "- 出问题的回滚：Release 页把它标成 pre-release 或删除 …" among the
  // after-release bullets
  const release = (item: string) =>
    lines(
      "# Release process",
      "",
      "## 1. Build",
      "",
      "```sh",
      "./gradlew assembleRelease",
      "```",
      "",
      "## 2. After the release",
      "",
      "- Announce it in the channel.",
      `- ${item}`,
      "- Watch the crash reports for a day.",
    );

  it.each([
    "出问题的回滚：Release 页把它标成 pre-release 或删除；不要重打同一个 tag。",
    "Rollback: mark the release as a pre-release and publish the previous build again.",
    "Roll back: `gh release edit v1.2.0 --prerelease`.",
  ])("reads the item “%s” as the rollback, its text kept whole", (item) => {
    const source = release(item);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases[0]?.notes).toBe(item);
    expect(parsed.phases.map((p) => p.notes).join("\n")).not.toContain(item);
    expectSound(source, parsed);
  });

  it.each(["Rollback owner: the release manager.", "Rollback: none — a published tag stays.", "Announce: post the rollback plan in the channel."])(
    "does not read the item “%s” as one",
    (item) => {
      const source = release(item);
      const parsed = parseRunbookMarkdown(source);
      expect(parsed.rollback).toBeNull();
      expectSound(source, parsed);
    },
  );
});

describe("the rollback named by a Portuguese or Spanish infinitive", () => {
  // after a Portuguese feature-flag cut-over runbook (774): "**Reverter:**" over the fence that turns the flag off
  const cutover = (label: string) =>
    lines(
      "# Runbook — Cutover da flag",
      "",
      "## 1. Preparar",
      "",
      "1. Backup do banco",
      "2. Avisar o time",
      "",
      "## 2. Cutover",
      "",
      "```bash",
      "export USE_DB=true",
      "```",
      "",
      label,
      "",
      "```bash",
      "export USE_DB=false",
      "```",
      "",
      "## 3. Limpeza",
      "",
      "1. Apagar os dados antigos",
    );

  it.each(["**Reverter:**", "**Revertir:**", "**Reverter**"])("reads the label “%s” over its fence as the rollback", (label) => {
    const source = cutover(label);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(label.replace(/[*:]/g, ""));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Preparar", "Cutover", "Limpeza"]);
    expectSound(source, parsed);
  });
});

describe("a section on authoring a migration, after the migrations are applied", () => {
  // after Alembic and TypeScript migration runbooks (793, 675): "## Creating a New Migration" after "## Running
  // Migrations" — guidance for the developer, not a phase of the change
  const runbook = (...sections: string[][]) => lines("# Database migrations", "", ...sections.flatMap((x) => [...x, ""]));
  const apply = ["## Running migrations", "", "```bash", "alembic upgrade head", "```"];
  const prerequisites = ["## Prerequisites", "", "- PostgreSQL is running", "- `DATABASE_URL` is set"];

  it.each(["Creating a New Migration", "Writing a new migration", "Generating a Migration File", "Adding a new migration version"])(
    "reads “## %s” after the apply as the notes of the phase before it",
    (name) => {
      const source = runbook(prerequisites, apply, [
        `## ${name}`,
        "",
        "```bash",
        'alembic revision --autogenerate -m "add users"',
        "```",
        "",
        "Review the generated file before applying.",
      ]);
      const parsed = parseRunbookMarkdown(source);
      expect(parsed.phases.map((p) => p.title)).toEqual(["Prerequisites", "Running migrations"]);
      expect(parsed.phases[1]?.notes).toContain(`## ${name}`);
      expectSound(source, parsed);
    },
  );

  it("keeps authoring as a phase where the runbook starts with it (create, then apply)", () => {
    const source = runbook(["## Create the migration file", "", "```bash", "npm run migration:new add_users", "```"], apply);
    expect(parseRunbookMarkdown(source).phases.map((p) => p.title)).toEqual(["Create the migration file", "Running migrations"]);
  });

  it("keeps one with boxes to tick as a phase", () => {
    const source = runbook(apply, ["## Creating a new migration", "", "- [ ] The migration has a down step", "- [ ] Reviewed by a DBA"]);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([0, 2]);
    expectSound(source, parsed);
  });

  it("keeps one whose SQL is the migration itself as a phase", () => {
    const source = runbook(apply, ["## Write the migration", "", "```sql", "ALTER TABLE users ADD COLUMN email text;", "```"]);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => p.title)).toEqual(["Running migrations", "Write the migration"]);
    expectSound(source, parsed);
  });
});

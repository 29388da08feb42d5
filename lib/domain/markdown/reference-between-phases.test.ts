// Sections between phases of work that hold nothing to run, tick or check (issue 16: "a sensible
// number of phases"). In a runbook of five or more phases such a section is reference the procedure
// stops for — configuration, known drift, a list of what was superseded — and is the previous
// phase's notes; a section named for an action or a check stays a phase, prose and all.
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** A release of five sections: four of steps and, third, the section `middle` of prose only. */
const release = (middle: string, prose = "The values differ per environment; ask the platform team for the current ones.") =>
  lines(
    "# Release the billing service",
    "",
    "## 1. Freeze merges",
    "",
    "1. Announce the freeze in the release channel",
    "",
    "## 2. Build the image",
    "",
    "```bash",
    "docker build -t billing:7.4.0 .",
    "```",
    "",
    `## 3. ${middle}`,
    "",
    prose,
    "",
    "| Name | Where |",
    "| --- | --- |",
    "| `DATABASE_URL` | secret store |",
    "",
    "## 4. Deploy",
    "",
    "```bash",
    "kubectl set image deploy/billing billing=billing:7.4.0",
    "```",
    "",
    "## 5. Smoke test",
    "",
    "1. Open the invoices page and create a draft invoice",
  );

describe("a section of reference between phases of work", () => {
  it.each(["Production configuration and secrets", "Variables", "Known drift (live has it, migrations don't)"])("reads “%s” as the notes of the phase before it", (middle) => {
    const source = release(middle);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Freeze merges", "Build the image", "Deploy", "Smoke test"]);
    expect(parsed.phases[1]?.notes).toContain(middle);
    expect(parsed.phases[1]?.notes).toContain("`DATABASE_URL`");
    expectSound(source, parsed);
  });

  it.each([
    // named for the action it takes, in English, Korean ("add the MySQL service", "get a domain and register it")
    // and Japanese ("build the APK"), or behind a letter-and-number enumerator
    "Rotate the database password",
    "MySQL 서비스 추가",
    "도메인 받고 콘솔에 등록",
    "APKをビルド",
    "S3: Confirm existing cost controls",
    // named for a check
    "Verify the configuration",
  ])("keeps “%s”, a section named for its action or check, as a phase", (middle) => {
    const source = release(middle, "Do it in the console; the table lists what to set.");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases).toHaveLength(5);
    expect(parsed.phases[2]?.title).toBe(middle);
    expectSound(source, parsed);
  });

  it("keeps it a phase in a shorter runbook", () => {
    // four phases: a prose section among them is as likely a step written out as reference
    const source = release("Variables").replace(/## 5\. Smoke test\n\n1\. Open the invoices page and create a draft invoice\n/, "");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Freeze merges", "Build the image", "Variables", "Deploy"]);
    expectSound(source, parsed);
  });

  it("keeps a prose section before the first phase of work or after the last one where it was", () => {
    // before the work, three phases after it: the preamble (the context rule); after the work: the last phase's notes
    const source = lines(
      "# Release",
      "",
      "## 1. Freeze merges",
      "",
      "1. Announce the freeze",
      "",
      "## 2. Build",
      "",
      "1. Build the image",
      "",
      "## 3. Deploy",
      "",
      "1. Roll the deployment",
      "",
      "## 4. Smoke test",
      "",
      "1. Create a draft invoice",
      "",
      "## 5. Variables",
      "",
      "The values differ per environment.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Freeze merges", "Build", "Deploy", "Smoke test"]);
    expect(parsed.phases[3]?.notes).toContain("Variables");
    expectSound(source, parsed);
  });
});

describe("a rollback written as a plain label in a step's text", () => {
  const rotation = (paragraph: string) =>
    lines(
      "# Rotate the database password",
      "",
      "## 1. Generate",
      "",
      "1. Generate a new password in the vault",
      "",
      "## 2. Apply",
      "",
      "```bash",
      "psql -c \"ALTER USER app WITH PASSWORD '$NEW'\"",
      "```",
      "",
      paragraph,
      "",
      "## 3. Verify",
      "",
      "1. Check that the application reconnects",
    );

  it.each([
    ["Rollback: re-run the `ALTER USER` with the old password and revert `docker/.env`.", "Rollback"],
    // a short gloss of when, between the label and its colon
    ["Rollback (any time): revert the registrar NS to the recorded set. The old\nzone stays intact for a week.", "Rollback"],
  ])("reads %j as the rollback, the paragraph kept whole", (paragraph, title) => {
    const source = rotation(paragraph);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(title);
    expect(parsed.rollback?.phases[0]?.notes).toBe(paragraph);
    expect(titles(parsed)).toEqual(["Generate", "Apply", "Verify"]);
    expect(parsed.phases[1]?.notes ?? "").not.toContain("Rollback");
    expectSound(source, parsed);
  });

  it.each(["Rollback: not possible once the old password is revoked.", "Rollback window: until the old password expires.", "Note: keep the old password until the check passes."])(
    "does not read %j as one",
    (paragraph) => {
      expect(parseRunbookMarkdown(rotation(paragraph)).rollback).toBeNull();
    },
  );
});

describe("a cheat sheet among the phases", () => {
  it("is reference, not a phase", () => {
    // after a Drizzle migration runbook (542): the tool's commands, a fence of them, gathered before the procedure's stages
    const source = lines(
      "# Expand and contract",
      "",
      "## Drizzle Kit cheat-sheet",
      "",
      "```bash",
      "# write the SQL for a schema change",
      "npx drizzle-kit generate --name=<descriptive-name>",
      "# apply pending migrations",
      "npx drizzle-kit migrate",
      "```",
      "",
      "## Expand",
      "",
      "```sql",
      "ALTER TABLE users ADD COLUMN email_lower text;",
      "```",
      "",
      "## Backfill",
      "",
      "1. Run the backfill job until it reports zero rows left",
      "",
      "## Contract",
      "",
      "```sql",
      "ALTER TABLE users DROP COLUMN email;",
      "```",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Expand", "Backfill", "Contract"]);
    expectSound(source, parsed);
  });
});

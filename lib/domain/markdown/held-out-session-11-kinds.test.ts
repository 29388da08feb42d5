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

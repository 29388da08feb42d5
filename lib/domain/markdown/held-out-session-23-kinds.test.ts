// Kinds found in session 23 (sets 131–134 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** Every text of the rollback: its phases' step titles and notes. */
const rollbackText = (p: ReturnType<typeof parse>) => (p.rollback?.phases ?? []).flatMap((x) => [...x.steps.map((s) => s.title), x.notes]).join("\n");

describe("a line labelled as the rollback in the text before the first phase is the rollback where nothing else names one", () => {
  // after 839 ("## Web (Vercel)", prose read before the phases, its paragraph ending "Rollback: Vercel dashboard →
  // Deployments → promote a previous one.")
  const release = (line: string) =>
    lines(
      "# Releasing: web and mobile",
      "",
      "## Web",
      "",
      "Merging to `main` deploys automatically. Before merging a feature branch CI must be",
      "green; env vars live in the project settings.",
      line,
      "",
      "## Mobile",
      "",
      "1. Bump the build number.",
      "2. Archive and upload:",
      "",
      "   ```bash",
      "   fastlane beta",
      "   ```",
      "",
      "3. Promote the build once testers sign off.",
    );

  it("“Rollback: Vercel dashboard → Deployments → promote a previous one.”", () => {
    const parsed = parse(release("Rollback: dashboard → Deployments → promote a previous one."));
    expect(rollbackText(parsed)).toContain("promote a previous one");
    expect(parsed.preamble).toContain("Merging to `main` deploys automatically.");
    expect(parsed.preamble).not.toContain("Rollback:");
  });

  it("prose on rollbacks before the phases is about them, not the way back: “Rollback rolls back code, never data.”", () => {
    // after 753 (a restore runbook: "Rollback rolls back code, never data. … Restoring data is a separate, deliberate act")
    const parsed = parse(release("Rollback rolls back code, never data."));
    expect(parsed.rollback).toBeNull();
  });
});

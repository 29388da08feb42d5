// Kinds found in session 48 (the last rounds' misses, with their siblings in the corpus's other languages), each as a small
// document of its own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));

describe("a checklist section over bold group names, each over plain bullets: the bullets are items too", () => {
  // after 5717 (set 477: a release runbook's "## Pre-deploy checklist" — "- **Environment parity**" over two nested bullets,
  // "- **Domains + routing**" over two … — both counters 4 groups + 8 bullets = 12 items)
  const doc = (section: string, group: string) =>
    lines(
      "# Release runbook",
      "",
      `## ${section}`,
      `- ${group}`,
      "  - Confirm staging mirrors production feature flags.",
      "  - Verify the `.env` values match the target environment.",
      "- **Data + migrations**",
      "  - Review pending migrations.",
      "",
      ...WORK,
    );
  it.each([
    ["Pre-deploy checklist", "**Environment parity**"],
    ["Go-live checklist", "__Environment parity__:"],
    ["Checkliste vor dem Deployment", "**Environment parity**"],
  ])("“## %s” over “- %s” and its bullets: each bullet an item, named by its group", (section, group) => {
    expect(items(parse(doc(section, group)))).toEqual([
      expect.stringContaining("Environment parity"),
      "Environment parity: Confirm staging mirrors production feature flags.",
      "Environment parity: Verify the `.env` values match the target environment.",
      "**Data + migrations**",
      "Data + migrations: Review pending migrations.",
    ]);
  });
  it("under a prerequisites label, bullets under a bold name say how to meet it: the names alone are items", () => {
    expect(items(parse(doc("Prerequisites", "**Environment parity**")))).toEqual(["**Environment parity**", "**Data + migrations**"]);
  });
  it("an item that is a whole sentence keeps its bullets as notes (its details, not more to tick)", () => {
    expect(items(parse(doc("Pre-deploy checklist", "Staging matches production in every respect")))).toEqual([
      "Staging matches production in every respect",
      "**Data + migrations**",
      "Data + migrations: Review pending migrations.",
    ]);
  });
});

// Kinds found in session 33 (round 16's first-run misses, with their siblings in the corpus's other languages), each as
// a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import the
// identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a sub-section's name carried on each of its steps is not the last step's own label", () => {
  // after 2547 (set 213: "# Runbook — Postgres backup & restore" › "### Restore (PITR)" of five numbered steps, each
  // folded into its phase as "Restore (PITR): …" — its last step, "Decommission the old instance once verified", was
  // taken out as the rollback, where its counter reads none: the restore is the runbook's work)
  const restore = (title: string, section: string) =>
    lines(`# ${title}`, "", "## Topology A", "", `### ${section}`, "", "1. Stop writes.", "2. Restore to a new instance.", "3. Decommission the old instance once verified.");

  it.each([
    ["Runbook — Postgres backup & restore", "Restore (PITR)"],
    ["Database restore guide", "Restore"],
    ["Wiederherstellung der Datenbank", "Wiederherstellung (PITR)"],
    ["Restauration de la base", "Restauration (PITR)"],
    ["Backup and recovery", "Restoring (snapshot)"],
  ])("in “%s”, the steps of “### %s” stay its work", (title, section) => {
    const parsed = parse(restore(title, section));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.flatMap((p) => p.steps).map((s) => s.title)).toContain(`${section}: Decommission the old instance once verified.`);
  });

  it("a last step labelled the rollback plan after steps of other labels is still the rollback", () => {
    // (the rule it narrows: "6. Rollback plan: flip DNS back to the legacy host." — 1848's kind)
    const parsed = parse(lines("# Cut-over", "", ...WORK, "", "## 4. Switch", "", "1. Point DNS at the new host.", "2. Rollback plan: flip DNS back to the legacy host."));
    expect(parsed.rollback?.phases[0]?.steps[0]?.title ?? "").toContain("flip DNS back");
  });
});

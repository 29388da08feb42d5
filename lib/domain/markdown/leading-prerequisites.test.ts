// A labelled list of prerequisites under the title, before the first phase (issue 16: "a checklist
// section before … the phases becomes a phase of its own …, never preamble text"; the corpus
// convention counts a list labelled "Prerequisites" as checklist items). As a "## Prerequisites"
// section already is, a "**Prerequisites:**" or bare "Prerequisites" label over bullets is a
// checklist phase named by its label; the overview before it stays the preamble.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const runbook = (intro: string[]) =>
  [
    "# Upgrade the orders database",
    "",
    ...intro,
    "",
    "- A fresh backup exists",
    "- The maintenance window is announced",
    "- [Replication lag](https://example.org/lag) is under 5 s",
    "",
    "## Step 1: Stop writes",
    "",
    "```bash",
    "kubectl scale deploy/orders-api --replicas=0",
    "```",
    "",
    "## Step 2: Upgrade",
    "",
    "```bash",
    "pg_upgradecluster 15 main",
    "```",
    "",
  ].join("\n");

describe("a labelled prerequisites list before the first phase", () => {
  it.each([
    ["a bold label with a colon", ["This upgrades the cluster in place.", "", "**Prerequisites:**"]],
    ["a bare label line right under the title", ["Prerequisites"]],
    ["another name (“Pre-requisites:”)", ["Upgrade in place; about 20 minutes of downtime.", "", "Pre-requisites:"]],
    ["Portuguese (“**Pré-requisitos**”)", ["**Pré-requisitos**"]],
  ])("%s: a checklist phase of its three items, not preamble", (_kind, intro) => {
    const source = runbook(intro);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toHaveLength(3);
    expect(titles(parsed).slice(1)).toEqual(["Stop writes", "Upgrade"]);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual([
      "A fresh backup exists",
      "The maintenance window is announced",
      "[Replication lag](https://example.org/lag) is under 5 s",
    ]);
    expect(parsed.preamble).not.toContain("fresh backup");
    expectSound(source, parsed);
  });

  it("the overview before the label stays the summary or preamble, and the label is not taken for the summary", () => {
    const parsed = parseRunbookMarkdown(runbook(["Prerequisites"]));
    expect(parsed.summary).toBe("");
    const withOverview = parseRunbookMarkdown(runbook(["This upgrades the cluster in place.", "", "**Prerequisites:**"]));
    expect(withOverview.summary).toBe("This upgrades the cluster in place.");
  });

  // ("Before you begin:" is what to know before the work: every counter of the corpus counted none of its items —
  // 396, 449, 646, 818, held-out-session-14-kinds.test.ts)
  it.each(["Context for the change:", "Before you begin:"])("an unlabelled list under the title stays the preamble (%s: nothing says it must hold first)", (intro) => {
    const parsed = parseRunbookMarkdown(runbook([intro]));
    expect(titles(parsed)).toEqual(["Stop writes", "Upgrade"]);
    expect(parsed.preamble).toContain("A fresh backup exists");
  });
});

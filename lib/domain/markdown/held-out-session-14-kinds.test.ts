// Kinds that the corpus and sets 80–83 showed (session 14), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a “Before you start” list is what the reader should know, not a checklist", () => {
  // after a key-rotation runbook ("## Before you start" over "- You have shell access to the host …", 818), a
  // cut-over runbook (936), a Portuguese deploy ("## Antes de começar", 396) and a ledger cut-over ("Before you
  // begin", 449): every counter of the corpus counted none of their items, where a list labelled "Prerequisites"
  // or "Checklist" is counted item by item
  it.each([
    ["## Before you start", "You have shell access to the host"],
    ["## Before you begin", "You have shell access to the host"],
    ["## Antes de começar", "Acesso SSH ao servidor"],
    ["## Avant de commencer", "Un accès SSH au serveur"],
  ])("%s over bullets: no checklist items", (heading, item) => {
    const source = lines(
      "# Runbook: rotating the encryption key",
      "",
      heading,
      "",
      `- ${item}`,
      "- You have the current key and a new one",
      "",
      "## 1. Stop the service",
      "",
      "```bash",
      "systemctl stop rein",
      "```",
      "",
      "## 2. Rotate the key",
      "",
      "```bash",
      "rein rotate-key --new-key-file new.key",
      "```",
      "",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
    expect(titles(parsed).slice(-2)).toEqual(["Stop the service", "Rotate the key"]);
    expectSound(source, parsed);
  });

  it("a “Before you begin:” label under the title over bullets stays the preamble", () => {
    const source = lines(
      "# Upgrade the orders database",
      "",
      "Before you begin:",
      "",
      "- A fresh backup exists",
      "- The maintenance window is announced",
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
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Stop writes", "Upgrade"]);
    expect(parsed.preamble).toContain("A fresh backup exists");
    expectSound(source, parsed);
  });

  it.each([
    ["## Prerequisites", 2],
    ["## Before you start\n\n- [ ] A fresh backup exists\n- [ ] The window is announced\n\n## Prerequisites", 4],
  ])("a prerequisites list, and boxes under any heading, are still counted (%s)", (heading, count) => {
    const source = lines(
      "# Upgrade",
      "",
      heading,
      "",
      "- Shell access to the host",
      "- The new key",
      "",
      "## 1. Stop",
      "",
      "1. Stop the service",
      "",
      "## 2. Rotate",
      "",
      "1. Rotate the key",
      "",
    );
    expect(parseRunbookMarkdown(source).phases.flatMap((p) => p.checklistItems)).toHaveLength(count);
  });
});

// Kinds that held-out sets 36–39 showed at first run (session 8), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown } from "./export-runbook";
import { expectSound } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a summary that reads as something else once on one line", () => {
  // after an upgrade runbook: "**Status (2026-10-06):** steps 1–2 work today. The …" wrapped over several lines.
  // The draft holds the summary on one line; written so, it would read back as a "**Key:** value" field.
  const summaries = [
    "**Status (2026-10-06):** steps 1–2 work today.\nThe pre-upgrade snapshot lands with step 8.",
    "Owner: platform team\nThis runbook moves the ledger to the new cluster.",
    "**Window:** Saturday 02:00–04:00 UTC,\nannounced to customers a week ahead.",
  ];

  it.each(summaries)("keeps %j as the summary through export and import", (summary) => {
    const source = `# Upgrade\n\n${summary}\n\n## 1. Prepare\n\n1. Take a snapshot\n\n## 2. Upgrade\n\n1. Pull the new images\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.summary).toBe(summary.replace(/\s+/g, " "));
    expectSound(source, parsed);
  });

  it("is written plainly when plain text reads back the same", () => {
    const parsed = parseRunbookMarkdown("# Upgrade\n\nMoves the ledger to the new cluster.\n\n## 1. Prepare\n\n1. Take a snapshot\n");
    expect(exportRunbookMarkdown(parsed)).toContain("# Upgrade\n\nMoves the ledger to the new cluster.\n");
  });
});

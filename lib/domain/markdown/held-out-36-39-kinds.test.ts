// Kinds that held-out sets 36–39 showed at first run (session 8), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown } from "./export-runbook";
import { expectSound, titles } from "./kinds-test-support";
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

describe("reference sections after the last phase of work", () => {
  // after a gated CI deploy runbook (420) and a cache-to-database cut-over guide (450): the procedure, then
  // sections that describe, list or point — nothing to run, tick or check
  const source = [
    "# Deploy the web app",
    "",
    "## One-time setup",
    "",
    "1. Add a required reviewer to the `production` environment.",
    "2. Store the registry token as `REGISTRY_TOKEN`.",
    "",
    "## Trigger a deploy",
    "",
    "1. Merge to `main`.",
    "2. Approve the `deploy` job when CI asks.",
    "",
    "## What each job does",
    "",
    "- `build` builds the image and pushes it to the registry.",
    "- `deploy` rolls the new image out to the container service.",
    "",
    "## Required secrets",
    "",
    "| Secret | Used by |",
    "| --- | --- |",
    "| `REGISTRY_TOKEN` | build |",
    "",
    "## See also",
    "",
    "- `.github/workflows/deploy.yml`",
    "",
  ].join("\n");

  it("are the last phase's notes, or the runbook's when named as an appendix — not phases", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["One-time setup", "Trigger a deploy"]);
    expect(parsed.phases[1]?.notes).toContain("## What each job does");
    expect(parsed.phases[1]?.notes).toContain("| `REGISTRY_TOKEN` | build |");
    expect(parsed.appendix).toContain("## See also");
    expectSound(source, parsed);
  });

  it("stay phases when the heading names a check, an action, a phase or a time, prose and all", () => {
    const release = (last: string) => `# Release\n\n## Prepare\n\n1. Bump the version.\n\n## Publish\n\n1. Push the tag.\n\n${last}\n`;
    const docs = [
      release("## Verification\n\nOpen the dashboard and compare the order counts."),
      release("## Announce\n\n- Post in the release channel."),
      release("## Retirar el legacy\n\nApagar el servidor antiguo tras una semana."),
      release("## 確認\n\n管理画面で件数を確認する。"),
      // after a rollback plan's phases (58): the last one, prose, gives its time and calls itself a phase
      "# Rollback plan\n\n### Phase 1: Immediate stop (5 Min)\n\n1. Pause the deploys.\n\n### Phase 2: Git rollback (10 Min)\n\n1. Revert the merge.\n\n### Phase 3: Root Cause (1-2h)\n\n- Analyse what went wrong.\n- Plan the fix for the next attempt.\n",
    ];
    for (const doc of docs) {
      const parsed = parseRunbookMarkdown(doc);
      expect(parsed.phases, doc).toHaveLength(3);
      expectSound(doc, parsed);
    }
  });

  it("leave a document of prose phases alone, and prose phases before the work", () => {
    const prose =
      "# Failover\n\n## 1. Detection\n\nThe primary stops answering.\n\n## 2. Promotion\n\nThe replica is promoted by the operator.\n\n## 3. Follow-up\n\nThe incident review is held within a week.\n";
    expect(titles(parseRunbookMarkdown(prose))).toEqual(["Detection", "Promotion", "Follow-up"]);
    const before = "# Change\n\n## 1. Change control\n\nThe change board approves the window.\n\n## 2. Implementation\n\n1. Stop the service.\n2. Move the volumes.\n";
    expect(titles(parseRunbookMarkdown(before))).toEqual(["Change control", "Implementation"]);
  });
});

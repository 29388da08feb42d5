// Step titles as a lead reads them (issue 16: "rollback steps keeping their text"; the import preview
// showed "**Execute cutover**" as one step and its code as another named after the phase): a numbered
// item cut short by the fence under it names that fence's step, and a title is plain text — the bold
// of a list item and the colon that announced its code are markup, not words.
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown, isTitleVisible } from "./export-runbook";
import { expectSound, withoutWarnings } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

const steps = (p: TParsedRunbook, phase = 0) => (p.phases[phase]?.steps ?? []).map((s) => [s.kind, s.title, s.text]);

describe("a numbered item over a fence at the left margin", () => {
  // after a DNS cut-over runbook: "1) **Execute cutover**", its fence, "2) **Propagation check**", its fence
  const source = [
    "# DNS cutover",
    "",
    "## Pre-requisites",
    "- [ ] Change ticket approved",
    "",
    "## Steps",
    "",
    "1) **Execute cutover**",
    "```bash",
    "./dns_cutover.sh azure",
    "```",
    "",
    "2) **Propagation check**",
    "```bash",
    "dig +short app.example.com",
    "```",
    "",
  ].join("\n");

  it("is the title of that fence's step: one step per item, none named after the phase", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(steps(parsed, 1)).toEqual([
      ["COMMAND", "Execute cutover", "./dns_cutover.sh azure"],
      ["COMMAND", "Propagation check", "dig +short app.example.com"],
    ]);
    expectSound(source, parsed);
  });

  it("after a list of several items, is a step of its own (only an item ending in a colon announces it)", () => {
    const list = "# R\n\n## 1. Deploy\n\n1. Stop the workers\n2. Drain the queue\n\n```bash\nsystemctl restart api\n```\n";
    const parsed = parseRunbookMarkdown(list);
    expect(steps(parsed).at(-1)).toEqual(["COMMAND", "Deploy", "systemctl restart api"]);
    expect(steps(parsed).some(([, title]) => title === "Drain the queue" || title === "Stop the workers")).toBe(false);
    expectSound(list, parsed);
  });
});

describe("a step title", () => {
  it("reads bold as plain words, drops the colon that announced the code, and keeps the rest of its markup", () => {
    const source = [
      "# Restore",
      "",
      "## 1. Restore",
      "",
      "Then **revert the SSM parameters**:",
      "```bash",
      "aws ssm put-parameter --name db --overwrite --value old",
      "```",
      "",
      "## 2. Clean up",
      "",
      "1. **Restaurar docker-compose.yml original** (com serviço postgres)",
      "2. Run `SELECT * FROM t` twice",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(steps(parsed, 0).map(([, title]) => title)).toEqual(["Then revert the SSM parameters"]);
    expect(steps(parsed, 1).map(([, title]) => title)).toEqual(["Restaurar docker-compose.yml original (com serviço postgres)", "Run `SELECT * FROM t` twice"]);
    expectSound(source, parsed);
  });

  it("written in bold by a person in the draft, exports with its exact title and imports back the same", () => {
    const title = "Ship **only** the API:";
    expect(isTitleVisible(title)).toBe(false);
    expect(isTitleVisible("Ship only the API")).toBe(true);
    // (a stored version's export carries such a title in the step's comment: export-runbook-version.ts)
    const parsed = parseRunbookMarkdown("# R\n\n## 1. Deploy\n\n1. Ship it\n");
    const phase = parsed.phases[0];
    if (!phase) throw new Error("no phase");
    const edited: TParsedRunbook = { ...parsed, phases: [{ ...phase, steps: [{ kind: "MANUAL", language: null, title, text: "", details: { kind: "MANUAL", title } }] }] };
    expect(withoutWarnings(parseRunbookMarkdown(exportRunbookMarkdown(edited))).phases[0]?.steps[0]).toMatchObject({ title });
  });
});

describe("a sub-step heading whose number is followed by a dash", () => {
  // after a server cut-over checklist (642): "### 0.1 — DB migration rehearsal *(highest risk — do this first)*"
  const source = [
    "# Cutover checklist",
    "",
    "## Phase 0 — Validate on the test box",
    "",
    "### 0.1 — DB migration rehearsal *(highest risk — do this first)*",
    "",
    "- [ ] Take a fresh dump on the old box",
    "",
    "### 0.2 - Prove file storage works end-to-end",
    "",
    "- [ ] Upload a file and read it back",
    "",
    "## Phase 1 — Cutover window",
    "",
    "### 1. — Stop the old box",
    "",
    "```bash",
    "systemctl stop mattermost",
    "```",
    "",
  ].join("\n");

  it("names its step without the dash, and its emphasised gloss counts as placed", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.steps.map((s) => s.title)).toEqual(["DB migration rehearsal (highest risk — do this first)", "Prove file storage works end-to-end"]);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual([
      "DB migration rehearsal (highest risk — do this first): Take a fresh dump on the old box",
      "Prove file storage works end-to-end: Upload a file and read it back",
    ]);
    expect(steps(parsed, 1).map(([, title]) => title)).toEqual(["Stop the old box"]);
    expectSound(source, parsed);
  });
});

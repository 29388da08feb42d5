// Kinds found in session 48 (the last rounds' misses, with their siblings in the corpus's other languages), each as a small
// document of its own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

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

describe("the requirements of a new server, named in more words, label their list (Russian, Chinese)", () => {
  // after 5772 (set 482: "## 3. Требования к новому VPS" — requirements for the new VPS — over a paragraph, a label line and nine
  // bullets, both counters nine items) and 5764 (set 480: "## 3. 新服务器前置条件" — the new server's prerequisites — over five
  // bullets, both counters five)
  const doc = (name: string) => lines("# Перенос", "", `## ${name}`, "", "- Ubuntu 24.04 LTS x86-64;", "- 4 vCPU, 8 GiB RAM;", "", ...WORK);
  it.each([["Требования к новому VPS"], ["Требования к новому серверу приложений"], ["新服务器前置条件"], ["目标机器前提条件"]])("“## %s”: its bullets are items", (name) => {
    expect(items(parse(doc(name)))).toEqual(["Ubuntu 24.04 LTS x86-64;", "4 vCPU, 8 GiB RAM;"]);
  });
});

describe("the case of having done a step too early or by mistake is the way back", () => {
  // after 5731 (set 479: a key rotation's "## If you dropped the key too early" — stop writing, find the old key's version,
  // else restore a backup from before the drop —, both counters' rollback)
  const doc = (name: string) =>
    lines(
      "# Rotating the key",
      "",
      ...WORK,
      "",
      `## ${name}`,
      "",
      "1. Find the old key in the secret's previous versions.",
      "2. If it is gone, restore the backup taken before the drop.",
    );
  it.each([["If you dropped the key too early"], ["If we ran the migration by mistake"], ["If someone deleted the bucket prematurely"]])("“## %s”", (name) => {
    expect(rollbackText(parse(doc(name)))).toContain("Find the old key");
  });
  it("a case of the set-up (“## If you installed it with Docker”) is no way back", () => {
    expect(parse(doc("If you installed it with Docker")).rollback).toBeNull();
  });
});

describe("an application's rollback, by that name, is the way back; an automatic restore is not", () => {
  // after 5790 (set 483: a cut-over's "## Automatic application rollback" — what the deploy script puts back when its checks
  // fail: the previous checkout, the static directory, the backup cron —, both counters' rollback)
  const doc = (name: string) => lines("# Cutover", "", ...WORK, "", `## ${name}`, "", "1. restore the prior checkout;", "2. restart the previous service.");
  it.each([["Automatic application rollback"], ["Automated app rollback"], ["Application rollback"]])("“## %s”", (name) => {
    expect(rollbackText(parse(doc(name)))).toContain("restore the prior checkout");
  });
  it("“## Automatic restore” of a restore runbook names its work, no way back (3009)", () => {
    expect(parse(doc("Automatic restore")).rollback).toBeNull();
  });
});

describe("a list of release checks, each a condition, is one stage — a condition over its command too", () => {
  // after 5755 (set 481: "## Release Checks" numbered 1–7 — "Backend image builds successfully.", "Backend non-Polar suite passes:"
  // over its pytest line, "Database migrations apply cleanly against staging.", "`/health` returns …" — before its rollback:
  // both counters one or two phases, where the seven were read as three stages)
  const doc = (third: string) =>
    lines(
      "# Production runbook",
      "",
      "## Release Checks",
      "",
      "1. Backend image builds successfully.",
      "2. Frontend lint and build pass.",
      `3. ${third}`,
      "4. Database migrations apply cleanly against staging.",
      "5. `/health` returns `ok`.",
      "6. `/metrics` is scrapeable.",
      "",
      "## Rollback",
      "",
      "1. Redeploy the previous image tag.",
    );
  it("“Backend suite passes: `pytest -q`” among them: one phase", () => {
    expect(titles(parse(doc("Backend suite passes: `pytest -q`")))).toHaveLength(1);
  });
  it("an action among them (“Deploy: `make deploy`”) makes them stages of work", () => {
    expect(titles(parse(doc("Deploy: `make deploy`"))).length).toBeGreaterThan(1);
  });
});

describe("a fence's “<summary>” placeholder is the fence's text, placed as written", () => {
  // after 5864 (set 490: "git commit -m \"vX.Y.Z — <summary>\"" in a bash fence, reported unplaced because the check took the
  // placeholder for a collapsed section's tag)
  it("a step's fence holding `<summary>` is sound", () => {
    const doc = lines("# Deploy", "", "## 1. Commit", "", "```bash", 'git commit -m "vX.Y.Z — <summary>"', "git push origin main", "```", "", ...WORK);
    expect(parse(doc).phases[0]?.steps[0]?.text).toContain("<summary>");
  });
});

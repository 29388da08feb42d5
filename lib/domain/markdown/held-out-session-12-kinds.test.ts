// Kinds that sets 68–71's first run showed (session 12), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a fallback that is another way of doing the work, not a way back", () => {
  // after a staging deploy runbook ("Manual host-side fallback deploy:" over numbered commands, 846) and a
  // maintenance runbook ("2. **SSH fallback** — `ha core restart` via SSH", 855)
  it.each([
    ["Manual host-side fallback deploy:", "1. `ssh deploy@staging`", "2. `./scripts/deploy.sh --local`"],
    ["Reload methods:", "1. **REST API** — `curl -X POST $HA/api/services/homeassistant/reload_all`", "2. **SSH fallback** — `ha core restart` via the SSH add-on"],
    ["Fallback DNS resolver:", "1. Point `/etc/resolv.conf` at `10.0.0.53`.", "2. Restart the resolver."],
  ])("reads “%s” as steps of the work", (label, ...steps) => {
    const source = lines(
      "# Staging deploy",
      "",
      "## Build",
      "",
      "1. Run `npm ci`.",
      "2. Run `npm run build`.",
      "",
      "## Deploy",
      "",
      "The workflow deploys on every merge to `main`.",
      "",
      label,
      "",
      ...steps,
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expectSound(source, parsed);
  });

  it.each([
    ["## Fallback plan", "1. Redeploy the previous image tag."],
    ["## Falling back to v1", "1. Point the load balancer at the v1 pool."],
    ["## Rollback", "1. Run `./scripts/deploy.sh --previous`."],
  ])("still reads “%s” as the rollback", (heading, step) => {
    const source = lines("# Staging deploy", "", "## Build", "", "1. Run `npm ci`.", "", "## Deploy", "", "1. Run `./scripts/deploy.sh`.", "", heading, "", step);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expectSound(source, parsed);
  });
});

describe("a rollback section that only points to another document", () => {
  // after a cut-over template ("## Rollback" / "See `rollback.md`.", 850) and a Russian release plan
  // ("## План отката (ссылка)" / "См. `rollback_plan.md`.", 221): the rollback is elsewhere, not imported as one
  const cutover = (heading: string, ...body: string[]) =>
    lines(
      "# Cut-over",
      "",
      "## Pre-cutover",
      "",
      "- [ ] Backups verified",
      "- [ ] Freeze announced",
      "",
      "## Cutover steps",
      "",
      "1. Stop writes.",
      "2. Switch DNS.",
      "",
      heading,
      "",
      ...body,
    );

  it.each([
    ["## Rollback", "See `rollback.md`."],
    ["## План отката (ссылка)", "См. `rollback_plan.md`."],
    ["## Rollback plan", "Follow the [rollback runbook](../rollback.md) for the procedure."],
    ["## Rollback", "https://wiki.example.test/runbooks/rollback"],
    ["## ロールバック", "`docs/rollback.md` を参照。"],
  ])("keeps “%s” / “%s” in the runbook's notes, says so, and imports no rollback", (heading, pointer) => {
    const source = cutover(heading, pointer);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(parsed.appendix).toBe(`${heading}\n\n${pointer}`);
    expect(titles(parsed)).toEqual(["Pre-cutover", "Cutover steps"]);
    expect(parsed.warnings.some((w) => w.includes("only points to another document"))).toBe(true);
    expectSound(source, parsed);
  });

  it.each([
    ["See `rollback.md` for the context, then run `./rollback.sh v1` and check that `/health` answers 200 on every node."],
    ["Run `scripts/rollback.sh` with the previous digest."],
    ["See `rollback.md`.", "1. Switch DNS back to the old primary."],
  ])("keeps a rollback that says what to do (“%s”) as the procedure", (...body) => {
    const source = cutover("## Rollback", ...body.flatMap((b, k) => (k === 0 ? [b] : ["", b])));
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(parsed.appendix).toBe("");
    expectSound(source, parsed);
  });
});

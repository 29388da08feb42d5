// Kinds that held-out sets 56–63 showed at first run (session 10), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a phase's last step labelled as the rollback", () => {
  // after a domain cut-over plan (677): "6. Rollback plan: flip DNS back to the legacy host." ending the cut-over steps,
  // with a checklist section after them
  const plan = (last: string) =>
    lines(
      "# Domain cutover plan",
      "",
      "## 1. Cutover steps",
      "",
      "1. Freeze: agree a window; no pushes to `main` during it.",
      "2. DNS: point the domain at the new host.",
      "3. Verify live: rerun the smoke checklist.",
      `4. ${last}`,
      "",
      "## 2. Pre-cutover checklist",
      "",
      "- [ ] TTL lowered to 300 s a day before",
      "- [ ] Smoke checklist passed on the preview URL",
    );

  it.each(["Rollback plan: flip DNS back to the legacy host. Legacy keeps working.", "Back-out: point the domain at the old host again."])("reads “%s” as the rollback", (last) => {
    const source = plan(last);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.title)).toEqual([last]);
    expect(parsed.phases[0]?.steps).toHaveLength(3);
    expect(titles(parsed)).toEqual(["Cutover steps", "Pre-cutover checklist"]);
    expectSound(source, parsed);
  });

  it.each(["Rollback window: one hour after the DNS change.", "Announce: post in the release channel."])("does not read “%s” as one", (last) => {
    expect(parseRunbookMarkdown(plan(last)).rollback).toBeNull();
  });
});

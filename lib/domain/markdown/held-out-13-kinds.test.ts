// Kinds of structure the thirteenth held-out set (154–165, database and infrastructure operations
// runbooks) showed the importer missing at its first measure (issue 16 "Done when"): each a small
// document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("section names written with other hyphens", () => {
  it.each([
    ["U+2011 non-breaking hyphen", "Pre\u2011requisites"],
    ["U+2010 hyphen", "Pre\u2010requisites"],
    ["U+FF0D full-width hyphen-minus", "Pre\uFF0Drequisites"],
  ])("“## Pre‑requisites” with a %s is the prerequisites checklist", (_kind, name) => {
    const source = `# DNS cut-over\n\n## ${name}\n\n- Access to the DNS zone\n- TTL lowered to 60 s a day before\n\n## Steps\n\n1. Point the record at the new load balancer\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Access to the DNS zone", "TTL lowered to 60 s a day before"]);
    expect(titles(parsed)).toHaveLength(2);
    expectSound(source, parsed);
  });
});

// Kinds of structure the twelfth held-out set (142–153, deploy / release / go-live / maintenance
// runbooks) showed the importer missing at its first measure (issue 16 "Done when"): each a small
// document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const work = "# Deploy\n\n## 1. Build\n\n```bash\nnpm run build\n```\n\n## 2. Release\n\n```bash\nvercel --prod\n```\n\n";

describe("a closing section made of checklists only", () => {
  it.each(["Checklists", "Checklisten", "Post-Maintenance Activities"])("“## %s” over two sub-sections of boxes is one checklist phase, not one per sub-section", (name) => {
    const source = `${work}## ${name}\n\n### Immediate (0-1 hour)\n\n- [ ] Status page updated\n- [ ] Error rate normal\n\n### Short-term (1-24 hours)\n\n- [ ] Review the logs\n- [ ] Close the change ticket\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Build", "Release", name]);
    expect(parsed.phases[2]?.checklistItems).toHaveLength(4);
    expectSound(source, parsed);
  });

  it("a section of checklists beside a sub-section of other work is still split, so each checklist phase is named by its own heading", () => {
    const source = `${work}## Cut-over\n\n### Pre-flight checklist\n\n- [ ] Backups verified\n\n### Switch the traffic\n\n1. Point the DNS at the new cluster\n\n### Post-deployment checklist\n\n- [ ] Smoke tests green\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toContain("Pre-flight checklist");
    expect(titles(parsed)).toContain("Post-deployment checklist");
    expectSound(source, parsed);
  });
});

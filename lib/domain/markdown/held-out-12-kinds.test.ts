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

describe("a note with no heading but its title", () => {
  const note = [
    "# Deployment Runbook",
    "",
    "Step-by-step actions for deploying and rolling back releases.",
    "",
    "Prerequisites",
    "- Azure CLI installed",
    "- `kubectl` installed",
    "",
    "Deploy to dev (manual)",
    "1. Get the cluster credentials:",
    "",
    "```bash",
    "az aks get-credentials --name dev",
    "```",
    "",
    "2. Deploy:",
    "",
    "```bash",
    "helm upgrade --install shop ./chart -n dev",
    "```",
    "",
    "Deploy to production",
    "- Follow the same steps with `values-production.yaml`.",
    "",
    "Rollback",
    "- Roll back to the previous release:",
    "",
    "```bash",
    "helm rollback shop -n dev",
    "```",
    "",
  ].join("\n");

  it("reads its bare label lines over lists and fences as its sections: a prerequisites checklist, phases, the rollback", () => {
    const parsed = parseRunbookMarkdown(note);
    expect(titles(parsed)).toEqual(["Prerequisites", "Deploy to dev (manual)", "Deploy to production"]);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Azure CLI installed", "`kubectl` installed"]);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(parsed.summary).toBe("Step-by-step actions for deploying and rolling back releases.");
    expectSound(note, parsed);
  });

  it("a line that labels what follows (“PowerShell:”), a sentence, or one lone label is no section", () => {
    const one = "# Upgrade\n\nPull and restart\n1. Pull the image\n2. Restart the service\n";
    expect(titles(parseRunbookMarkdown(one))).toEqual(["Upgrade"]);
    const labelled = "# Upgrade\n\nRun this first.\n```bash\ndocker compose pull\n```\n\nPowerShell:\n```powershell\ndocker compose up -d\n```\n";
    expect(parseRunbookMarkdown(labelled).phases).toHaveLength(1);
  });

  it("with a real heading besides the title, bare lines stay text", () => {
    const withHeading = note.replace("Deploy to production\n", "## Deploy to production\n");
    expect(titles(parseRunbookMarkdown(withHeading))).not.toContain("Deploy to dev (manual)");
  });
});

// Kinds of structure the eleventh held-out set (130–141, release / deploy / operations runbooks) showed
// the importer missing at its first measure (issue 16 "Done when"): each a small document of its own,
// so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a rollback section named with a qualifier", () => {
  it("reads “## 🔄 ROLLBACK DE EMERGÊNCIA” (an emergency rollback in Portuguese / Spanish) as the rollback", () => {
    const source =
      "# Deploy checklist\n\n## Build\n\n```bash\ndocker compose build --no-cache app\n```\n\n## Deploy\n\n```bash\ndocker service update --force shop_app\n```\n\n## 🔄 ROLLBACK DE EMERGÊNCIA\n\n```bash\ngit checkout v1.2.0\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expect(parsed.rollback?.title).toBe("🔄 ROLLBACK DE EMERGÊNCIA");
    expectSound(source, parsed);
  });

  it("reads a rollback name glossed in brackets (“## ロールバック（概要）”, “## Rollback (overview)”) as the rollback", () => {
    for (const name of ["ロールバック（概要）", "Rollback (overview)"]) {
      const source = `# リリース手順\n\n## 手順\n\n1. タグを付ける\n2. prodへデプロイ\n\n## ${name}\n\n- 前バージョンへ戻す\n\n## 変更履歴\n\n- 2026-01-31: 初版\n`;
      const parsed = parseRunbookMarkdown(source);
      expect(parsed.rollback?.title).toBe(name);
      expect(titles(parsed)).not.toContain(name);
      expectSound(source, parsed);
    }
  });

  it("leaves a section whose brackets count its parts (“ROLLBACK PROCESS (4 PHASEN)”) to the rollback runbook it belongs to", () => {
    const source =
      "# V28 MIGRATION ROLLBACK PLAN V28.2.0\n\n## ROLLBACK TRIGGERS\n\n- Error rate > 5 %\n\n## ROLLBACK PROCESS (4 PHASEN)\n\n### Phase 1: Stop (5 Min)\n\n1. Stop the workers\n\n### Phase 2: Git Rollback (15 Min)\n\n1. Check out the last stable commit\n";
    expect(parseRunbookMarkdown(source).rollback).toBeNull();
  });

  it("reads “## 7. Rollback canary” and “### Rollback to DR” (what is rolled back, or where to) as the rollback", () => {
    const canary =
      "# Runbook: Deploy, Test, Promote\n\n## 1. Deploy\n\n```bash\nkubectl apply -f k8s/base/canary.yaml\n```\n\n## 2. Promote canary to stable\n\n```bash\nkubectl set image deployment/app-stable app=registry.example/app:2\n```\n\n## 3. Rollback canary\n\n- **Option A**: Delete the canary Ingress:\n  ```bash\n  kubectl delete ingress app-canary-ingress\n  ```\n";
    const parsed = parseRunbookMarkdown(canary);
    expect(titles(parsed)).toEqual(["Deploy", "Promote canary to stable"]);
    expect(parsed.rollback?.title).toBe("Rollback canary");
    expectSound(canary, parsed);

    const failback =
      "# DR Failback Checklist\n\n## Phase 0: Validate Primary\n\n- [ ] Primary healthy?\n\n## Phase 1: Traffic Switch\n\n- [ ] Update DNS to primary\n\n## Troubleshooting\n\n### Common Failback Issues\n\n| Issue | Solution |\n|---|---|\n| DNS not updating | Check TTL |\n\n### Rollback to DR\n\n```bash\naz network dns record-set a update --name api --set aRecords[0].ipv4Address=DR_IP\n```\n";
    const back = parseRunbookMarkdown(failback);
    expect(back.rollback?.title).toBe("Rollback to DR");
    expect(titles(back)).toEqual(["Validate Primary", "Traffic Switch"]);
    expectSound(failback, back);
  });
});

describe("a numbered “Prerequisites” section among numbered sections", () => {
  it("reads the bullets of “## 2. Prerequisites” / “## 1. Preconditions” as checklist items", () => {
    const source =
      "# Runbook: Terraform Plan & Apply\n\n## 1. Preconditions\n\n- Secrets are configured in CI.\n- Approval from the platform lead.\n\n## 2. Generate Plan\n\n1. Trigger the plan workflow.\n2. Review the plan summary.\n\n## 3. Apply Changes\n\n1. Trigger the apply workflow.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Secrets are configured in CI.", "Approval from the platform lead."]);
    expect(parsed.phases[1]?.steps).toHaveLength(2);
    expectSound(source, parsed);
  });

  it("keeps a numbered “Prerequisites” section of numbered steps as steps", () => {
    const source = "# Upgrade\n\n## 1. Prerequisites\n\n1. Install the CLI.\n2. Log in.\n\n## 2. Upgrade\n\n1. Run the upgrade.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems).toEqual([]);
    expectSound(source, parsed);
  });
});

describe("an Overview section of bold field lines", () => {
  it("keeps “**Objective:** … / **Target Date:** …” lines in the preamble, not as the summary, so the export reads back the same", () => {
    const source =
      "# Production Cutover Plan\n\n## 🎯 Overview\n\n**Objective:** Deploy the API workaround to production\n**Target Date:** [TBD]\n**Estimated Duration:** 4-6 hours\n\n## Deploy\n\n1. Run the deploy\n\n## Verify\n\n1. Run the smoke tests\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.summary).toBe("");
    expect(parsed.preamble).toContain("**Objective:** Deploy the API workaround to production");
    expectSound(source, parsed);
  });
});

describe("a change template of field bullets left as prompts", () => {
  const source =
    "---\nname: Change Management\nlabels: 'change-management'\n---\n\n## **Change Request Details**\n\n* **Change Request ID:** \\[Auto/Manual Number\\]  \n* **Priority:** \\[High / Medium / Low\\]\n\n### 2\\. Change Description\n\n* **Current State:**  \n   \\[Describe the current functionality.\\]  \n* **Reason for Change:**  \n   \\[Why is this change necessary?\\]\n\n### 3\\. Alternatives Considered\n\n\\[List other approaches evaluated, if any.\\]\n\n### 4\\. Implementation Plan\n\n* **Implementation Owner:** \\[Person Responsible\\]  \n* **Steps to Implement:**  \n  1. \\[Step 1\\]  \n  2. \\[Step 2\\]  \n* **Rollback Plan:** \\[If the change fails, how will the system be restored?\\]\n\n### 5\\. Status Tracking\n\n* **Change Request Status:** \\[Open / Approved / Closed\\]\n";

  it("keeps sections of `* **Field:** \\[prompt\\]` bullets (escaped brackets) out of the phases, as forms", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Implementation Plan"]);
    expect(parsed.preamble).toContain("Describe the current functionality.");
    expectSound(source, parsed);
  });

  it("reads its “* **Rollback Plan:** \\[…\\]” field as the rollback procedure, the prompt its notes", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback Plan");
    expect(parsed.rollback?.phases[0]?.notes).toBe("\\[If the change fails, how will the system be restored?\\]");
    expect(parsed.phases[0]?.notes).not.toContain("Rollback Plan");
    expectSound(source, parsed);
  });
});

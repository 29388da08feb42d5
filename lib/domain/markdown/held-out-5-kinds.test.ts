// Kinds of structure the fifth held-out set (65–73) showed the importer missing at its first measure
// (issue 16 "Done when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";

describe("a Japanese deployment guide", () => {
  const source =
    "# デプロイメント手順書\n\n## 1. 概要\n手順の概要。\n\n## 2. デプロイ手順\n1. ビルド\n2. デプロイ\n\n## 3. 事後確認\n1. ヘルスチェック\n\n## 4. ロールバック手順\n1. 前のバージョンに戻す\n\n## 5. 承認\n| 項目 | 氏名 |\n|---|---|\n| 承認者 | [氏名] |\n";

  it("finds “ロールバック手順” as the rollback, keeps “概要” out of the phases and reads “承認” as the sign-off section", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["デプロイ手順", "事後確認"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });
});

describe("a French rollback runbook", () => {
  it("reads a title “Procédures de rollback” as a runbook that is itself a rollback", () => {
    const source = "# Procédures de Rollback\n\n## Procédure de rollback\n\n1. Promouvoir le déploiement précédent.\n\n## Validation\n\n1. Tests manuels.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.length).toBe(2);
    expectSound(source, parsed);
  });

  it("takes “## Procédure de rollback” of a change runbook as its rollback", () => {
    const source =
      "# Mise en production\n\n## 1. Déployer\n\n1. Déployer la version.\n\n## 2. Vérifier\n\n1. Tests.\n\n## Procédure de rollback\n\n1. Promouvoir le déploiement précédent.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Déployer", "Vérifier"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });

  it("reads “#### Étape 2 : Rollback (10 min max)” as a numbered step heading with its estimate", () => {
    const source =
      "# Incident\n\n#### Étape 1 : Évaluation (5 min max)\n\n- [ ] Identifier le type d'incident\n\n#### Étape 2 : Rollback Database (10 min max)\n\n```bash\nsupabase db reset --version 42\n```\n\n#### Étape 3 : Validation (10 min)\n\n- [ ] Tests manuels\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => [p.title, p.estimatedMinutes])).toEqual([
      ["Évaluation", 5],
      ["Rollback Database", 10],
      ["Validation", 10],
    ]);
    expectSound(source, parsed);
  });
});

describe("a section of work before the first numbered phase", () => {
  it("is a phase when it holds SQL or shell to run, not preamble", () => {
    const source =
      "# DB rollback\n\n## Database\n\n### Principle\n\nEvery migration has a down script.\n\n### Rollback a migration\n\n1. **Check the state**\n\n   ```sql\n   SELECT * FROM pg_tables WHERE tablename = 'orders';\n   ```\n\n2. **Run the down script**\n\n   ```sql\n   ALTER TABLE orders DROP COLUMN tax_rate;\n   ```\n\n## Full rollback\n\n#### Step 1: Assess (5 min)\n\n- [ ] Read the logs\n\n#### Step 2: Revert the code (2 min)\n\n```bash\ngit revert HEAD\n```\n";
    const parsed = parseRunbookMarkdown(source);
    const sql = parsed.phases.flatMap((p) => p.steps).filter((s) => s.kind === "SQL");
    expect(sql.length).toBe(2);
    expect(parsed.preamble ?? "").not.toContain("ALTER TABLE");
    expectSound(source, parsed);
  });

  it("stays preamble when its only fence is a link in a “bash” fence", () => {
    const source =
      "# Upgrade\n\n# Architecture\n\nThe CNI must support the target version:\n\n```bash\nhttps://docs.example.com/compatibility/\n```\n\n# PHASE 1 --- Prepare\n\n1. Snapshot etcd.\n\n# PHASE 2 --- Upgrade\n\n1. Upgrade the control plane.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.length).toBe(2);
    expectSound(source, parsed);
  });
});

describe("a numbered list of steps each over its code (sixth set, 74)", () => {
  // (its one list of four steps is read as stages since session 26 — two, three since session 35: one-list-stages.ts)
  it("is steps, not a phase per item", () => {
    const source =
      '# Rolling upgrade\n\nFor package installs.\n\n1. Disable shard allocation:\n\n   ```json\n   PUT _cluster/settings\n   {"persistent": {"cluster.routing.allocation.enable": "primaries"}}\n   ```\n\n1. Stop the node:\n\n   ```bash\n   sudo systemctl stop elasticsearch.service\n   ```\n\n1. Upgrade the packages:\n\n   ```bash\n   sudo yum install opendistroforelasticsearch\n   ```\n\n   `apt` only upgrades to the newest version.\n\n1. Repeat steps 1-3 for each node.\n';
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => p.steps.length)).toEqual([2, 2, 1]); // (the third item’s fence and its note: one item, one stage)
    // (a note after an item's code is a manual step of the same title, as in any numbered step)
    expect([...new Set(parsed.phases.flatMap((p) => p.steps).map((s) => s.title))]).toEqual([
      "Disable shard allocation",
      "Stop the node",
      "Upgrade the packages",
      "Repeat steps 1-3 for each node.",
    ]);
    expectSound(source, parsed);
  });

  it("still reads numbered items with estimates (“1. **Prepare** (15 minutes)”) as phases", () => {
    const source =
      "# Redis upgrade\n\n1. **Prepare** (15 minutes)\n   ```bash\n   redis-cli INFO replication\n   ```\n2. **Fail over** (5 min)\n   ```bash\n   redis-cli REPLICAOF NO ONE\n   ```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => [p.title, p.estimatedMinutes])).toEqual([
      ["Prepare", 15],
      ["Fail over", 5],
    ]);
    expectSound(source, parsed);
  });
});

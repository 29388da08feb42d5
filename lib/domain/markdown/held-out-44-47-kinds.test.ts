// Kinds that held-out sets 44–47 showed at first run (session 9), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a rollback written in a paragraph of a step", () => {
  const upgrade = (paragraph: string) =>
    lines(
      "# Upgrade the cluster",
      "",
      "## Snapshot",
      "",
      "1. Take a snapshot of the state store",
      "",
      "## Upgrade",
      "",
      "1. Set the new image tag",
      "2. Watch the rolling restart",
      "",
      paragraph,
      "",
      "## Verify",
      "",
      "1. Check that every member is healthy",
    );

  it.each([
    // after a French exit plan (570): a label, a space, then the colon
    ["**Rollback** : revert `storage/index.ts` to the old provider.", "Rollback"],
    // after a Nomad upgrade runbook (535): a numbered bold lead-in ending in a full stop
    ["**5. If it goes wrong.** Restore the pre-upgrade snapshot, then set the\nprevious image tag again.", "If it goes wrong"],
    // after a forum upgrade guide (547): prose that opens with rolling back
    ["To roll back, check out the release before, install its dependencies and\nrestart. Restore the backup taken before the first command.", "Rollback"],
  ])("reads %j as the rollback", (paragraph, title) => {
    const source = upgrade(paragraph);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe(title);
    expect(titles(parsed)).toEqual(["Snapshot", "Upgrade", "Verify"]);
    expect(parsed.phases[1]?.notes ?? "").not.toMatch(/roll back|Rollback|goes wrong/);
    expectSound(source, parsed);
  });

  it.each(["To rollout the change, merge the pull request.", "**Rollback:** not possible after this step."])("does not read %j as one", (paragraph) => {
    expect(parseRunbookMarkdown(upgrade(paragraph)).rollback).toBeNull();
  });

  it("reads a bullet naming what the rollback is (“**Rollback = restore.**”) as the rollback", () => {
    // after a container upgrade guide (560)
    const source = lines(
      "# Upgrade",
      "",
      "## Procedure",
      "",
      "1. Back up the database",
      "2. Pull the new image and restart",
      "",
      "## Migrations are forward-only",
      "",
      "- There are no down-migrations.",
      "- **Rollback = restore.** Restore the pre-upgrade backup and start the previous image.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback = restore.");
    expectSound(source, parsed);
  });
});

describe("a section naming the rollback as the last of its topics", () => {
  // after a CI deploy runbook (538): "## Readiness failure and application rollback"
  const source = (name: string) =>
    lines(
      "# Deploy",
      "",
      "## 1. Watch the run",
      "",
      "1. Stream the logs",
      "",
      "## 2. Verify production",
      "",
      "1. Check the health endpoint",
      "",
      `## ${name}`,
      "",
      "1. Redeploy the previous image",
      "2. Confirm the old version answers",
    );

  it("is the rollback", () => {
    const parsed = parseRunbookMarkdown(source("Readiness failure and application rollback"));
    expect(parsed.rollback?.title).toBe("Readiness failure and application rollback");
    expectSound(source("Readiness failure and application rollback"), parsed);
  });

  it("is not, when it is about the rollback (“… and rollback safety”)", () => {
    // after a Helm upgrade runbook (393)
    expect(parseRunbookMarkdown(source("Schema changes and rollback safety")).rollback).toBeNull();
  });
});

describe("a lone keyword heading among numbered sections of its level", () => {
  // after a Supabase migration rollout (530): "## Step 0 — Confirm you can restore", then "## 0." … "## 6."
  const source = lines(
    "# Migration runbook",
    "",
    "## Step 0 — Confirm you can restore (do this first)",
    "",
    "1. Download last night's backup",
    "",
    "## 1. Prove the ledger matches the files",
    "",
    "```sql",
    "select count(*) from schema_migrations;",
    "```",
    "",
    "## 2. Apply 137",
    "",
    "1. Run the file in one transaction",
    "",
    "## 3. Order on the day",
    "",
    "1. Apply 137, then deploy",
  );

  it("is one phase among them, not the only one", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Confirm you can restore (do this first)", "Prove the ledger matches the files", "Apply 137", "Order on the day"]);
    expectSound(source, parsed);
  });
});

describe("prerequisites under other names", () => {
  it.each([
    // after a Spanish cut-over (532) and a Chinese upgrade note (548)
    ["Preconditions GO", ["main is green", "backup restored and checked"]],
    ["升级前提", ["已备份数据库", "已停止写入"]],
    ["部署前提条件", ["服务器已就绪", "域名已解析"]],
  ])("ticks the items of %j", (name, items) => {
    const source = lines("# Runbook", "", `## ${name}`, "", ...items.map((x) => `- ${x}`), "", "## 1. Deploy", "", "1. Pull the image", "", "## 2. Verify", "", "1. Open the site");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((x) => x.text)).toEqual(items);
    expectSound(source, parsed);
  });
});

describe("phases named by what they do, after the last with steps", () => {
  // after a schema migration runbook (573): "## 5. Observe and roll forward", "## 6. Record completion"
  it.each(["Observe and roll forward", "Record completion", "Reconcile the ledgers", "Hand over to support"])("keeps %j as a phase, prose and all", (name) => {
    const source = lines(
      "# Schema migration",
      "",
      "## Prepare",
      "",
      "1. Take a checkpoint",
      "",
      "## Deploy",
      "",
      "1. Run the migration job",
      "",
      `## ${name}`,
      "",
      "Watch the error rate for an hour.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Deploy", name]);
    expectSound(source, parsed);
  });
});

describe("prose sections before the work", () => {
  // after a blue-green upgrade (572), an upgrade procedure (559) and a French Prisma runbook (567):
  // "## Safety Rules", "## How migrations run", "## Règle de base" before the sections with steps
  const source = (first: string) =>
    lines(
      "# Upgrade",
      "",
      `## ${first}`,
      "",
      "- Never run two upgrades at once.",
      "- Keep the old stack until the new one is healthy.",
      "",
      "## Rehearse",
      "",
      "1. Restore last night's backup into a scratch stack",
      "",
      "## Cut over",
      "",
      "1. Stop the old stack",
      "2. Start the new one",
      "",
      "## Verify",
      "",
      "1. Log in as a test user",
    );

  it.each(["Safety Rules", "How migrations run", "Règle de base"])("reads %j as the preamble", (first) => {
    const parsed = parseRunbookMarkdown(source(first));
    expect(titles(parsed)).toEqual(["Rehearse", "Cut over", "Verify"]);
    expect(parsed.preamble).toContain(`## ${first}`);
    expectSound(source(first), parsed);
  });

  it.each(["前置检查", "Pre-flight gates", "Go / no-go"])("keeps %j, a check, as a phase", (first) => {
    expect(titles(parseRunbookMarkdown(source(first)))).toEqual([first, "Rehearse", "Cut over", "Verify"]);
  });

  it("keeps them as phases when fewer than three phases follow", () => {
    // (a cut-over's "## Timeline (example)" before "## Preparation" and "## Cutover": a phase to a reader)
    const short = source("Timeline (example)").replace("## Verify\n\n1. Log in as a test user\n", "");
    expect(titles(parseRunbookMarkdown(short))).toEqual(["Timeline (example)", "Rehearse", "Cut over"]);
  });
});

describe("rules, reasons and conditions beside the procedure", () => {
  // after a Prisma migration runbook (566), an upgrade guide (561) and a Supabase runbook (541)
  it.each(["Migration Safety Rules", "Guidelines", "When to run a full re-import", "Why the hotfix exists", "Règles de migration"])("reads %j as notes", (name) => {
    const source = lines(
      "# Upgrade",
      "",
      "## Create the migration",
      "",
      "1. Generate it from the schema",
      "",
      "## Apply to staging",
      "",
      "1. Deploy the branch to staging",
      "",
      `## ${name}`,
      "",
      "1. Never edit an applied migration",
      "2. Keep each migration small",
      "",
      "## Apply to production",
      "",
      "1. Deploy the release",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Create the migration", "Apply to staging", "Apply to production"]);
    expectSound(source, parsed);
  });
});

describe("a SQL client started after environment variables", () => {
  // after an RDS migration runbook (553): "PGPASSWORD=$RDS_PASS psql -h $RDS_HOST … <<-'SQL'"
  it.each([
    "PGPASSWORD=$RDS_PASS psql -h $RDS_HOST -U admin -d app <<-'SQL'\nGRANT USAGE ON SCHEMA public TO app_user;\nSQL",
    'PGPASSWORD="$DB_PASS" PGSSLMODE=require psql -h db.internal -d app -c "ALTER TABLE orders ADD COLUMN note text;"',
    "env PGOPTIONS='-c lock_timeout=5s' psql \"$DATABASE_URL\" <<SQL\nCREATE INDEX CONCURRENTLY orders_note ON orders (note);\nSQL",
  ])("reads %j as a SQL step", (fence) => {
    const source = lines("# Migrate", "", "## 1. Back up", "", "1. Take a snapshot", "", "## 2. Grant", "", "```bash", fence, "```");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[1]?.steps.map((s) => s.kind)).toEqual(["SQL"]);
    expectSound(source, parsed);
  });
});

describe("a procedure's last step that rolls it back when it fails", () => {
  // after a Chinese upgrade runbook (537): "5. 如失败 `helm rollback` + PITR。" ending its second procedure
  const source = (last: string) =>
    lines(
      "# 升级 Runbook",
      "",
      "## Kubernetes 升级",
      "1. 备份 etcd",
      "2. `kubeadm upgrade apply v1.30.x`",
      "",
      "## 补丁",
      "1. 在 staging 部署新 chart",
      "2. `helm upgrade`，实时观测指标。",
      `3. ${last}`,
      "",
      "## Operator 升级",
      "1. 升级 Helm chart",
      "2. 观察 24h",
    );

  it.each(["如失败 `helm rollback` + PITR。", "If it fails, run `helm rollback` to the previous revision."])("reads %j as the rollback", (last) => {
    const parsed = parseRunbookMarkdown(source(last));
    expect(parsed.rollback?.phases[0]?.steps).toHaveLength(1);
    expect(parsed.phases[1]?.steps).toHaveLength(2);
    expectSound(source(last), parsed);
  });

  it("does not read a failure step that does not roll back as one", () => {
    expect(parseRunbookMarkdown(source("如失败，联系值班 DBA。")).rollback).toBeNull();
  });
});

describe("kinds sets 48–51 showed at first run", () => {
  it.each(["Server Prerequisites", "Deployment prerequisites", "Cluster preconditions"])("ticks the bullets of %j", (name) => {
    // after a compose deploy runbook (575): "## Server Prerequisites" over bullets, before the procedure
    const source = lines(
      "# Deploy",
      "",
      `## ${name}`,
      "",
      "- Docker 24 or later",
      "- A user in the docker group",
      "",
      "## 1. Deploy",
      "",
      "1. Pull the images",
      "",
      "## 2. Verify",
      "",
      "1. Open the site",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((x) => x.text)).toEqual(["Docker 24 or later", "A user in the docker group"]);
    expectSound(source, parsed);
  });

  it("reads “Rollback means …” prose as the rollback", () => {
    // after a production deployment note (610)
    const source = lines(
      "# Production deployment",
      "",
      "## 1. Build",
      "",
      "1. Build the images",
      "",
      "## 2. Deploy",
      "",
      "1. Deploy the API, then the worker",
      "",
      "Rollback means redeploying the previous application image while keeping the",
      "database at its latest compatible migration.",
    );
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases[0]?.notes).toMatch(/^Rollback means redeploying/);
    expectSound(source, parsed);
  });

  it("does not read “Rollback is not possible …” as one", () => {
    const source = lines("# Deploy", "", "## 1. Build", "", "1. Build", "", "## 2. Deploy", "", "1. Deploy", "", "Rollback is not possible once the data is migrated.");
    expect(parseRunbookMarkdown(source).rollback).toBeNull();
  });
});

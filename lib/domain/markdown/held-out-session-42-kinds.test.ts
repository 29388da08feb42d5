// Kinds found in session 42 (rounds 42–43's first-run misses, sets 360–371, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";
import * as parser from "./parse-runbook";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("round 42: what is forbidden (“Operações proibidas”, “Prohibited actions”, “Verbotene Befehle”) is reference, no phase", () => {
  // after 4309 (set 360: a Drizzle migrations doc — "## Checklist antes de migration real" (eight boxes), "## Operacoes proibidas
  // nesta fase" (five bullets of what must not be run), "## Rollback" —, both counters one phase or two)
  it.each([
    ["Operacoes proibidas nesta fase"],
    ["Operações proibidas"],
    ["Prohibited actions"],
    ["Forbidden on production"],
    ["Forbidden operations (data safety)"],
    ["Operaciones prohibidas"],
    ["Opérations interdites"],
    ["Verbotene Befehle"],
    ["Запрещено в prod"],
  ])("“## %s” between the checklist and the rollback", (name) => {
    const parsed = parse(
      lines(
        "# Database Migrations",
        "",
        "## Checklist before a real migration",
        "",
        "- [ ] Confirm the target.",
        "- [ ] Review the SQL.",
        "",
        `## ${name}`,
        "",
        "- Run `db:migrate` without approval.",
        "- Paste `DATABASE_URL` into a chat.",
        "",
        "## Rollback",
        "",
        "An app rollback does not revert the database: restore the Neon branch.",
      ),
    );
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.notes).toContain("without approval");
  });

  it("a section of work that names what it stops (“## Stop forbidden traffic”) stays a phase", () => {
    const parsed = parse(lines("# Cut-over", "", ...WORK, "## 4. Stop forbidden traffic", "", "```bash", "./firewall.sh deny-all", "```"));
    expect(titles(parsed)).toHaveLength(4);
  });
});

describe("round 42: the environments and the workflows a deploy uses are reference before the work", () => {
  // after 4363 (set 365: a deploy runbook — "## Environments" (dev / staging / production bullets), "## GitHub Workflows" (four
  // workflow files), "## Secret Posture", "## Deployment Checklist" (six numbered steps), "## Rollback" —, both counters 1–3)
  it("“## Environments” and “## GitHub Workflows” before the deployment's steps", () => {
    const parsed = parse(
      lines(
        "# Deployment",
        "",
        "## Environments",
        "",
        "- `dev`: local development",
        "- `staging`: release candidate validation",
        "- `production`: protected release environment",
        "",
        "## GitHub Workflows",
        "",
        "- `.github/workflows/ci.yml`",
        "- `.github/workflows/deploy-production.yml`",
        "",
        // "## 2. Deploy" and "## 3. Verify"
        ...WORK.slice(6),
      ),
    );
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.preamble).toContain("release candidate validation");
  });
});

describe("round 42: a navigation line above the title (a language switch, a breadcrumb) leaves the “# …” heading the title", () => {
  // after 4339 (set 363: "[English](DEPLOY.md) | **한국어**" over "# 배포 가이드", both counters' title; imported as "Untitled
  // runbook", as 1804, 2153, 2504, 2642, 2777, 4285 and 4371 of the corpus were)
  it.each([
    ["[English](DEPLOY.md) | **한국어**", "배포 가이드"],
    ["> 🇧🇷 **Português** · [🇬🇧 English](deploy.md)", "Implantação"],
    ["**Language / Язык:** [English](../operations.md) | [Русский](operations.md)", "Эксплуатация"],
    ["[< Back to Index](../INDEX.md) | [Installation](../install.md) | [Troubleshooting](../faq.md)", "Migration Guide"],
  ])("“%s” over “# %s”", (navigation, title) => {
    const parsed = parse(lines(navigation, "", `# ${title}`, "", ...WORK));
    expect(parsed.title).toBe(title);
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.preamble).toContain(navigation.replace(/^> /, ""));
  });

  it("a sentence above the heading is no navigation line (“Read [the guide](guide.md) before you start.”)", () => {
    expect(parser.isNavigationLine("Read [the guide](guide.md) before you start the deployment of the new release.")).toBe(false);
    expect(parser.isNavigationLine("[English](README.md) | 中文")).toBe(true);
  });
});

describe("round 42: recovery after a failure — “## 7. 失败恢复”, “## Recovery policy” — that restores is the way back", () => {
  // after 4366 (set 365: a Chinese migration runbook's last "## 7. 失败恢复" — keep the service stopped, restore the verified backup —,
  // both counters) and 4338 (set 362: "## Recovery policy" — "If a deployment fails, stop the application, … restore or roll
  // forward" —, both counters)
  it("“## 7. 失败恢复” closing a migration runbook", () => {
    const parsed = parse(
      lines(
        "# 数据库迁移操作手册",
        "",
        "## 1. 备份",
        "",
        "```bash",
        "pg_dump -Fc app > app.dump",
        "```",
        "",
        "## 2. 迁移",
        "",
        "```bash",
        "npm run migrate",
        "```",
        "",
        "## 3. 失败恢复",
        "",
        "- 迁移失败：保持服务停止，从备份恢复后再启动。",
      ),
    );
    expect(titles(parsed)).toEqual(["备份", "迁移"]);
    expect(rollbackText(parsed)).toContain("从备份恢复");
  });

  it("“## Recovery policy” between the commands and the status", () => {
    const parsed = parse(
      lines(
        "# Database operations",
        "",
        "## Commands",
        "",
        "```sh",
        "pnpm db:migrate",
        "```",
        "",
        "## Recovery policy",
        "",
        "Before a production migration, take a backup. If a deployment fails, stop the application, restore the backup or roll",
        "forward using a reviewed migration. Do not roll back production by running a development reset.",
        "",
        "## Validation status",
        "",
        "CI applies the migration to an empty database.",
      ),
    );
    expect(titles(parsed)).toEqual(["Commands", "Validation status"]);
    expect(rollbackText(parsed)).toContain("restore the backup or roll");
  });
});

describe("round 42: a Chinese paragraph for a named part failing that goes back to the version before is the way back", () => {
  // after 4357 (set 364: an operations manual's "## 升级" closing "若健康检查失败，保留日志和备份，先回到上一版本镜像；…", both counters)
  /** A manual of a backup and an upgrade whose upgrade ends with `after`. */
  const manual = (after: string) =>
    lines("# 运维手册", "", "## 1. 备份", "", "```bash", "./backup.sh", "```", "", "## 2. 升级", "", "```bash", "docker compose up -d", "```", "", after);

  it("“若健康检查失败，…先回到上一版本镜像” after the upgrade's commands", () => {
    expect(rollbackText(parse(manual("若健康检查失败，保留日志和备份，先回到上一版本镜像。")))).toContain("先回到上一版本镜像");
  });

  it("a failure that only says to look at the logs goes back to nothing (“若健康检查失败，先查看日志。”)", () => {
    expect(parse(manual("若健康检查失败，先查看日志。")).rollback).toBeNull();
  });
});

describe("round 43: a question of an FAQ whether one can roll back, answered yes and how, is the way back", () => {
  // after 4431 (set 370: "### Q4: 可以回滚吗？" over "**A**: 可以删除新字段（但会丢失新数据）：" and a `DROP COLUMN` fence, both
  // counters) and 4271 (set 358: "## 常见问题" › "**Q：能回退吗？**" over "能。旧目录没被动过；…", both counters)
  it("“### Q4: 可以回滚吗？” over the answer's fence", () => {
    const parsed = parse(
      lines(
        "# 数据库迁移指南",
        "",
        ...WORK,
        "## 常见问题",
        "",
        "### Q1: 迁移会丢数据吗？",
        "",
        "不会。",
        "",
        "### Q4: 可以回滚吗？",
        "",
        "**A**: 可以删除新字段：",
        "",
        "```sql",
        "ALTER TABLE diaries DROP COLUMN IF EXISTS title;",
        "```",
      ),
    );
    expect(rollbackText(parsed)).toContain("可以删除新字段");
  });

  it.each([["**Q：能回退吗？**\n能。旧目录没被动过，把新目录换成备份目录里的那份即可。"], ["**Can I roll back?**\nYes: redeploy the previous tag with `./deploy.sh v1.2.2`."]])(
    "a bold question and its yes in the FAQ after the work: %s",
    (qa) => {
      const parsed = parse(lines("# Migration", "", ...WORK, "## FAQ", "", "**Q: Does it lose data?**", "No.", "", qa));
      expect(rollbackText(parsed)).toContain(qa.split("\n")[1]?.slice(0, 12));
    },
  );

  it("answered no (“**Q：能回退吗？**” over “不能。…”), it is no way back", () => {
    const parsed = parse(lines("# Migration", "", ...WORK, "## FAQ", "", "**Q：能回退吗？**", "不能。迁移后旧格式不再支持。"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 43: a heading's gloss that makes every item a prerequisite labels its list", () => {
  // after 4438 (set 371: "## Before cutover (each item is a hard prerequisite)" over six numbered items — decisions, production
  // values, database, images, rehearsal, communication —, both counters' items)
  it("“## Before cutover (each item is a hard prerequisite)” over numbered items", () => {
    const parsed = parse(
      lines(
        "# Cutover runbook",
        "",
        "## Before cutover (each item is a hard prerequisite)",
        "",
        "1. **Decisions to close**: the hosting target and the mail provider.",
        "2. **Database**: managed PostgreSQL 17 with backups.",
        "3. **Rehearsal**: run the smoke tests against staging.",
        "",
        "## Cutover",
        "",
        "1. Run the migrations.",
        "2. Switch DNS.",
      ),
    );
    expect(parsed.phases[0]?.checklistItems).toHaveLength(3);
  });

  it("a gloss that only times the section (“## Before cutover (day before)”) keeps its steps", () => {
    const parsed = parse(lines("# Cutover runbook", "", "## Before cutover (day before)", "", "1. Freeze writes.", "2. Take a backup.", "", "## Cutover", "", "1. Switch DNS."));
    expect(parsed.phases[0]?.checklistItems).toHaveLength(0);
  });
});

describe("round 43: a fence that draws how the work flows is a picture, and “## Rollback prod” names the way back", () => {
  // after 4375 (set 366: a French deploy runbook — "## Architecture deploy" over a fence of boxes joined by "↓" lines, the "Cas"
  // sections of the work, "## Rollback prod" over three "### Rollback …" cases —, both counters 2–4 phases)
  it("“## Architecture deploy” over a flow fence is no phase; “## Rollback prod” is the rollback with its cases", () => {
    const parsed = parse(
      lines(
        "# Notifuse — runbook deploy",
        "",
        "## Architecture deploy",
        "",
        "```",
        "Push docker-compose.yml sur main",
        "   ↓",
        "Webhook GitHub → Dokploy",
        "   ↓",
        "docker compose up zero-downtime",
        "```",
        "",
        ...WORK,
        "## Rollback prod",
        "",
        "### Rollback rapide compose",
        "",
        "```bash",
        "git revert HEAD && git push",
        "```",
        "",
        "### Rollback d'urgence",
        "",
        "```bash",
        "docker compose up -d --force-recreate",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.rollback?.phases).toHaveLength(2);
  });
});

describe("round 44: a rollback label opening a later sentence of a paragraph says the way back", () => {
  // after 4509 (set 377: a Chinese operations manual's database switch — "登录/建档/开单冒烟一遍。回退方案：连接串改回 SQLite 文件即回退
  // （数据不同步）。" — smoke-test once; the way back: point the connection string back at the SQLite file —, both counters)
  /** A switch to PostgreSQL whose last paragraph is `after`. */
  const switchOver = (after: string) =>
    lines(
      "# 运维手册",
      "",
      "## 1. 备份",
      "",
      "```bash",
      "./backup.sh",
      "```",
      "",
      "## 2. 切换到 PostgreSQL",
      "",
      "```bash",
      "export DATABASE_URL=postgresql://app@db/app",
      "```",
      "",
      after,
    );

  it("“…冒烟一遍。回退方案：连接串改回 SQLite 文件即回退。”", () => {
    expect(rollbackText(parse(switchOver("登录/建档/开单冒烟一遍。回退方案：连接串改回 SQLite 文件即回退（数据不同步）。")))).toContain("连接串改回 SQLite");
  });

  it("“… once. Rollback: point DATABASE_URL back at the SQLite file.”", () => {
    expect(rollbackText(parse(switchOver("Smoke-test sign-in once. Rollback: point DATABASE_URL back at the SQLite file.")))).toContain("point DATABASE_URL back");
  });

  it("a link alone after the label points elsewhere (“… once. Rollback: [rollback.md](rollback.md).”)", () => {
    expect(parse(switchOver("Smoke-test sign-in once. Rollback: [rollback.md](rollback.md).")).rollback).toBeNull();
  });
});

describe("round 44: a release runbook's last recovery section that pulls the release is the way back", () => {
  // after 4506 (set 376: "# Release process" closing "## Failure recovery" — "If a release fails partway: 1. Inspect the logs. 2.
  // Delete incorrect GitHub release/tag if needed … 3. Re-run" —, both counters)
  const release = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## 1. Tag",
      "",
      "```bash",
      "pnpm release --tag v1.2.3",
      "```",
      "",
      "## 2. Publish",
      "",
      "```bash",
      "gh release create v1.2.3",
      "```",
      "",
      "## Failure recovery",
      "",
      "If a release fails partway:",
      "",
      "1. Inspect failed run logs in GitHub Actions.",
      "2. Delete incorrect GitHub release/tag if needed: `gh release delete <tag> --yes`.",
      "3. Re-run `pnpm release` with corrected inputs.",
    );

  it("“# Release process” › “## Failure recovery” that deletes the release and its tag", () => {
    const parsed = parse(release("Release process"));
    expect(titles(parsed)).toEqual(["Tag", "Publish"]);
    expect(rollbackText(parsed)).toContain("Delete incorrect GitHub release/tag");
  });

  it("outside a release runbook, deleting a tag in the last recovery section is no way back (“# Image pipeline”)", () => {
    expect(parse(release("Image pipeline")).rollback).toBeNull();
  });
});

describe("round 44: the assumptions a plan makes are reference, no phase", () => {
  // after 4483 (set 375: a deploy playbook — "## Steps" (five numbered), "## Current Assumptions" (bullets), "## Validation" —, both
  // counters 1–2 phases)
  it("“## Current Assumptions” between the steps and the validation", () => {
    const parsed = parse(
      lines(
        "# Deploy Playbook",
        "",
        "## Steps",
        "",
        "1. Check the app's current state.",
        "2. Run `fly deploy`.",
        "",
        "## Current Assumptions",
        "",
        "- The app runs on Fly.io.",
        "- The database is managed.",
        "",
        "## Validation",
        "",
        "```bash",
        "curl -f https://example.com/health",
        "```",
      ),
    );
    expect(titles(parsed)).toEqual(["Steps", "Validation"]);
  });
});

describe("round 42: one list of conditions — what must hold, none an action — is one check, not stages", () => {
  // after 4310 (set 360: "# Release readiness" — "Before treating an installation as trusted:" over eight numbered conditions,
  // "`vaultinctl health` passes.", "Repository branch protection and CI requirements are enabled." —, both counters one phase)
  const readiness = (...items: string[]) => lines("# Release readiness", "", "Before treating an installation as trusted:", "", ...items.map((x, k) => `${k + 1}. ${x}`));

  it("eight conditions stay one phase", () => {
    const parsed = parse(
      readiness(
        "`vaultinctl health` passes.",
        "Unit and integration tests pass on the target platform.",
        "A fresh client session exercises routing and policy gating.",
        "A failed or interrupted turn does not block the next prompt.",
        "Local execution memory remains local.",
        "Vault synchronization is validated before publication.",
        "Branch protection and CI requirements are enabled.",
        "The health endpoint returns 200.",
      ),
    );
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.steps).toHaveLength(8);
  });

  it("a list of actions is still read in stages (“Back up the database.” … “Announce the release.”)", () => {
    const parsed = parse(
      readiness(
        "Back up the database.",
        "Stop the workers.",
        "Run the migration.",
        "Deploy the new build.",
        "Check that the health endpoint returns 200.",
        "Announce the release.",
      ),
    );
    expect(parsed.phases.length).toBeGreaterThan(1);
  });
});

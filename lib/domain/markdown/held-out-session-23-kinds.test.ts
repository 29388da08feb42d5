// Kinds found in session 23 (sets 131–134 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, rollbackText } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a line labelled as the rollback in the text before the first phase is the rollback where nothing else names one", () => {
  // after 839 ("## Web (Vercel)", prose read before the phases, its paragraph ending "Rollback: Vercel dashboard →
  // Deployments → promote a previous one.")
  const release = (line: string) =>
    lines(
      "# Releasing: web and mobile",
      "",
      "## Web",
      "",
      "Merging to `main` deploys automatically. Before merging a feature branch CI must be",
      "green; env vars live in the project settings.",
      line,
      "",
      "## Mobile",
      "",
      "1. Bump the build number.",
      "2. Archive and upload:",
      "",
      "   ```bash",
      "   fastlane beta",
      "   ```",
      "",
      "3. Promote the build once testers sign off.",
    );

  it("“Rollback: Vercel dashboard → Deployments → promote a previous one.”", () => {
    const parsed = parse(release("Rollback: dashboard → Deployments → promote a previous one."));
    expect(rollbackText(parsed)).toContain("promote a previous one");
    expect(parsed.preamble).toContain("Merging to `main` deploys automatically.");
    expect(parsed.preamble).not.toContain("Rollback:");
  });

  it("prose on rollbacks before the phases is about them, not the way back: “Rollback rolls back code, never data.”", () => {
    // after 753 (a restore runbook: "Rollback rolls back code, never data. … Restoring data is a separate, deliberate act")
    const parsed = parse(release("Rollback rolls back code, never data."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a paragraph led by the rollback's label with a short gloss after it is the rollback", () => {
  // after 1595 ("**Rollback (~1 min):** delete `CSP_DASHBOARD_ENFORCE` (or set `false`) → redeploy. Back to Report-Only.")
  const flip = (para: string) =>
    lines(
      "# Runbook: flip the CSP to enforcing",
      "",
      "## Release flow",
      "",
      "1. Merge to `main`.",
      "2. Tag the release.",
      "",
      "## Flip",
      "",
      "1. Soak for a week and read the violation reports.",
      "2. Set `CSP_ENFORCE=true` on staging, redeploy, smoke.",
      "3. Set it on production, redeploy, re-smoke.",
      "",
      para,
    );

  it.each([
    "**Rollback (~1 min):** delete `CSP_ENFORCE` (or set `false`) → redeploy. Back to Report-Only.",
    "**Rollback (if the smoke fails):** delete `CSP_ENFORCE` → redeploy.",
    "**回滚（约 1 分钟）：** 删除 `CSP_ENFORCE` → 重新部署。",
  ])("%s", (para) => {
    const parsed = parse(flip(para));
    expect(rollbackText(parsed)).toContain("CSP_ENFORCE");
    expect(parsed.phases.at(-1)?.notes ?? "").not.toContain("CSP_ENFORCE");
  });

  it("a label about the rollback with a gloss stays where it is: “**Rollback window (24 h):** …”", () => {
    const parsed = parse(flip("**Rollback window (24 h):** the old image is kept for a day."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("the way back named in languages the vocabulary lacked", () => {
  const runbook = (rollbackPart: string[]) =>
    lines(
      "# Go-live",
      "",
      "## 1. Switch DNS",
      "",
      "1. Lower the TTL.",
      "2. Point the records at the new host.",
      "",
      "## 2. Verify",
      "",
      "1. Open the site.",
      "2. Check the certificate.",
      "",
      ...rollbackPart,
    );

  it.each([
    ["Thai “## 3. ถอยกลับ” (stepping back: 1568)", ["## 3. ถอยกลับ", "", "1. ชี้ DNS กลับไปที่โฮสต์เดิม"]],
    ["Vietnamese “## 3. Hoàn tác”", ["## 3. Hoàn tác", "", "1. Trỏ DNS về máy chủ cũ."]],
    ["Latvian “## 3. Ja kaut kas noiet greizi” (if something goes wrong)", ["## 3. Ja kaut kas noiet greizi", "", "1. Atjauno veco DNS ierakstu."]],
  ])("%s", (_, part) => {
    const parsed = parse(runbook(part));
    expect(parsed.rollback?.phases.length).toBeGreaterThan(0);
    expect(parsed.phases.map((p) => p.title)).toEqual(["1. Switch DNS", "2. Verify"].map((t) => expect.stringContaining(t.slice(3))));
  });

  it("Latvian “**Atgriešanās ceļš.**” (the way back) leading a bullet of a closing section (1577)", () => {
    const parsed = parse(
      runbook([
        "## 3. Ja kaut kas noiet greizi",
        "",
        "- **Sertifikāts neizdodas.** Pagaidi 10 minūtes un pārbaudi vēlreiz.",
        "- **Atgriešanās ceļš.** Vercel panelī paaugstini iepriekšējo izvietojumu un atjauno DNS no momentuzņēmuma.",
      ]),
    );
    expect(rollbackText(parsed)).toContain("iepriekšējo izvietojumu");
  });
});

describe("a restore beside the backups it puts back is no way back from the change", () => {
  // after 1575 ("## 💾 Backup & Restore" › "### Backup-Strategie" … "### Restore" in a Docker deployment guide) and 1591
  // ("## Manual restore" of a "Database backup and restore runbook": the runbook's own work)
  it("“### Restore” inside “## 💾 Backup & Restore” of a deployment guide", () => {
    const parsed = parse(
      lines(
        "# Deployment",
        "",
        "## Launch",
        "",
        "1. Copy `.env.example` to `.env` and fill it in.",
        "2. Start the stack:",
        "",
        "   ```bash",
        "   docker compose up -d",
        "   ```",
        "",
        "## 💾 Backup & Restore",
        "",
        "### Backup",
        "",
        "```bash",
        "docker cp app:/app/data/app.db ./backup.db",
        "```",
        "",
        "### Restore",
        "",
        "```bash",
        "docker stop app",
        "docker cp ./backup.db app:/app/data/app.db",
        "docker start app",
        "```",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });

  it("a “## Rollback” of the same guide is still its rollback", () => {
    const parsed = parse(
      lines(
        "# Deployment",
        "",
        "## Launch",
        "",
        "1. Pull the new image.",
        "2. Restart the stack.",
        "",
        "## Backups",
        "",
        "### Restore",
        "",
        "1. Copy the backup back into the volume.",
        "",
        "## Rollback",
        "",
        "1. Pin the previous image tag and restart the stack.",
      ),
    );
    expect(rollbackText(parsed)).toContain("previous image tag");
  });

  it("“## Manual restore” of a backup and restore runbook is its work", () => {
    const parsed = parse(
      lines(
        "# Database backup and restore runbook",
        "",
        "## Manual backup",
        "",
        "```bash",
        "pg_dump -Fc -f app.dump app",
        "```",
        "",
        "## Manual restore",
        "",
        "```bash",
        "pg_restore -d app_restored app.dump",
        "```",
      ),
    );
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.map((p) => p.title)).toContain("Manual restore");
  });
});

describe("prerequisites named in the words the vocabulary lacked are a checklist", () => {
  // after 1599 ("## 事前条件" — preconditions — over two bullets and a table, before "## 0. 全体の考え方")
  it.each(["事前条件", "Préconditions", "Điều kiện tiên quyết", "Esivaatimukset", "前提條件"])("“## %s” over bullets", (name) => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        `## ${name}`,
        "",
        "- The first deployment is done and its checks pass.",
        "- The old and new worker names are known.",
        "",
        "## 1. Switch",
        "",
        "1. Repoint the route.",
        "2. Watch the logs.",
      ),
    );
    const items = parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text));
    expect(items).toEqual(["The first deployment is done and its checks pass.", "The old and new worker names are known."]);
  });
});

describe("a section named by the case of failure is the way back only when its text puts something back", () => {
  // after 1605 ("## 🚨 En Caso de Problemas" over "### El contenedor no está corriendo:" … — troubleshooting — and a closing
  // "## 📞 Restaurar Backup (Por si acaso)", the restore kept for the migration going wrong)
  const backupRunbook = (tail: string[]) =>
    lines(
      "# Instrucciones para Backup de Base de Datos",
      "",
      "## Paso 1: Crear Backup",
      "",
      "```bash",
      "./scripts/backup.sh",
      "```",
      "",
      "## Paso 2: Verificar el Backup",
      "",
      "1. Listar el archivo.",
      "2. Revisar la cabecera.",
      "",
      "## En Caso de Problemas",
      "",
      "### El contenedor no está corriendo:",
      "",
      "```bash",
      "docker compose up -d postgres",
      "```",
      "",
      "### Error de permisos:",
      "",
      "```bash",
      "chmod +x scripts/*.sh",
      "```",
      ...tail,
    );

  it("troubleshooting cases under “En Caso de Problemas” are no rollback", () => {
    const parsed = parse(backupRunbook([]));
    expect(parsed.rollback).toBeNull();
  });

  it("“Restaurar Backup (Por si acaso)” — restore, just in case — closing a backup runbook is its rollback", () => {
    const parsed = parse(backupRunbook(["", "## Restaurar Backup (Por si acaso)", "", "```bash", "gunzip -c backup.sql.gz | psql -U postgres app", "```"]));
    expect(rollbackText(parsed) + JSON.stringify(parsed.rollback)).toContain("gunzip -c backup.sql.gz");
    expect(parsed.phases.map((p) => p.title)).not.toContain("Restaurar Backup (Por si acaso)");
  });

  it("“## If it fails” over steps pointing back at the old role stays the rollback (35)", () => {
    const parsed = parse(
      lines(
        "# Rotate the database credential",
        "",
        "## Rotate",
        "",
        "1. Create `app_v2`.",
        "2. Point Vault at `app_v2` and restart the application.",
        "",
        "## If it fails",
        "",
        "1. Point Vault back at the old role.",
        "2. Restart the application again.",
      ),
    );
    expect(rollbackText(parsed)).toContain("Point Vault back at the old role.");
  });
});

describe("a sub-section of the prerequisites that holds numbered steps is a procedure: its bullets are no items", () => {
  // after 1584 ("## 前提" over three bullets, then "### ドメインの登録先が Vercel Domains ＋ apex が既存Vercelサイトの場合" over
  // "前提の整理:" explanation bullets and seven numbered steps to move the DNS)
  const deploy = (sub: string[]) =>
    lines(
      "# Deploy",
      "",
      "## Prerequisites",
      "",
      "- A Cloudflare account and `wrangler login` done",
      "- The domain's DNS managed by Cloudflare",
      "",
      ...sub,
      "",
      "## 1. Deploy the API",
      "",
      "```bash",
      "bunx wrangler deploy",
      "```",
    );

  it("“### If the domain is registered elsewhere” over why-bullets and numbered steps", () => {
    const parsed = parse(
      deploy([
        "### If the domain is registered elsewhere",
        "",
        "Sorting it out:",
        "- The registrar and the DNS host can differ.",
        "- Moving the nameservers moves every record.",
        "",
        "1. Write down the current records.",
        "2. Add the site in Cloudflare and compare the import.",
        "3. Change the nameservers at the registrar.",
      ]),
    );
    const items = parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text));
    expect(items).toEqual(["A Cloudflare account and `wrangler login` done", "The domain's DNS managed by Cloudflare"]);
  });

  it("a sub-section of more requirements, bullets only, still groups items (as 1025's “### 1.1 People”)", () => {
    const parsed = parse(deploy(["### Access", "", "- Admin on the Discord application", "- Write access to the repository"]));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(4);
  });
});

describe("a sentence after another that opens the way back over a list is the rollback, with its list", () => {
  // after 1566 ("### Bad release shipped" › "Sparkle only goes forward. To "roll back":" over two numbered steps, in notes)
  const release = (para: string) =>
    lines(
      "# Release process",
      "",
      "## Release",
      "",
      "1. Bump the version.",
      "2. Run `make release`.",
      "",
      para,
      "",
      "- Ship the previous release's code under a new version.",
      "- Re-run the smoke test.",
      "",
      "Users on the bad version get pulled forward.",
    );

  it.each(['Sparkle only goes forward. To "roll back":', "The updater has no undo. To revert:"])("“%s”", (para) => {
    const parsed = parse(release(para));
    expect(rollbackText(parsed)).toContain("Ship the previous release's code");
    expect(rollbackText(parsed)).toContain("Re-run the smoke test.");
    expect(parsed.phases[0]?.notes).toBe("Users on the bad version get pulled forward.");
  });

  it("a sentence naming a rollback in passing is not one: “Sparkle has no rollback button. Be careful:”", () => {
    const parsed = parse(release("Sparkle has no rollback button. Be careful:"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a label whose gloss says its list is the prerequisites labels a checklist", () => {
  // after 1595 ("**A — Cloudflare (prerequisites, before flipping):**" over two bold-led numbered items, then "**B — Vercel
  // (the flip):**" over the steps)
  const flip = (label: string) =>
    lines(
      "# Runbook: flip the CSP to enforcing",
      "",
      "## Flip",
      "",
      label,
      "1. **Bypass cache for the dashboard host** — Caching → Cache Rules.",
      "2. **Skip the WAF for `/api/csp-report`** — so reports are not challenged.",
      "",
      "**B — Vercel (the flip):**",
      "1. **Soak.** Read the violation reports.",
      "2. **Production.** Set `CSP_ENFORCE=true`, redeploy, re-smoke.",
    );

  it("“**A — Cloudflare (prerequisites, before flipping):**”", () => {
    const parsed = parse(flip("**A — Cloudflare (prerequisites, before flipping):**"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
    expect(parsed.phases.flatMap((p) => p.steps.map((s) => s.title)).join(" ")).toContain("Soak.");
  });

  it("a gloss that is not the prerequisites leaves the steps steps: “**A — Cloudflare (before flipping):**”", () => {
    const parsed = parse(flip("**A — Cloudflare (before flipping):**"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });
});

describe("a section for recovering from a fault that names the rollback is the rollback", () => {
  // after 1579 ("## 9. 故障恢复" — fault recovery — over "### 9.1 Tag 推错了" … "### 9.3 数据迁移出错": "发 0.2.1 修复 + 数据迁移回滚命令")
  const release = (name: string, body: string[]) =>
    lines(
      "# Release 流程",
      "",
      "## 1. 准备",
      "",
      "1. 更新 CHANGELOG。",
      "2. 跑测试。",
      "",
      "## 2. 发版",
      "",
      "```bash",
      "./scripts/release.sh 0.2.0",
      "```",
      "",
      `## 3. ${name}`,
      "",
      ...body,
      "",
      "## 4. 工具脚本",
      "",
      "- `scripts/release.sh`：发版",
    );

  it.each([
    ["故障恢复", ["### 3.1 数据迁移出错", "", "- 发 0.2.1 修复 + 数据迁移回滚命令"]],
    ["障害復旧", ["### 3.1 マイグレーション失敗", "", "- ロールバック用のマイグレーションを当てて前のタグに戻す"]],
    ["Recovering from failures", ["### 3.1 Bad migration", "", "- Ship 0.2.1 with the migration's rollback command."]],
  ])("“## 3. %s”", (name, body) => {
    const parsed = parse(release(name, body));
    expect(parsed.rollback?.phases.length).toBeGreaterThan(0);
  });

  it("a fault-recovery section that names no rollback stays a phase of the work", () => {
    const parsed = parse(release("故障恢复", ["### 3.1 Build 失败", "", "- 修 spec，重新 ship"]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a sentence for the case the work fails that goes on to restore a backup is the rollback, anywhere in its paragraph", () => {
  // after 1576 ("Le script fait une **sauvegarde avant** toute modification. Si une étape échoue, l'extranet reste en
  // maintenance : corriger puis relancer, ou restaurer la sauvegarde (voir `sauvegardes.md`).", hard-wrapped)
  const update = (para: string) =>
    lines(
      "# Déploiement",
      "",
      "## 1. Installer",
      "",
      "```sh",
      "scripts/installer.sh",
      "```",
      "",
      "## 2. Mettre à jour",
      "",
      "```sh",
      "scripts/deployer.sh <tag>",
      "```",
      "",
      para,
      "",
      "## 3. Contrôles",
      "",
      "1. Ouvrir la page de connexion.",
      "2. Vérifier les journaux.",
    );

  it.each([
    "Le script fait une **sauvegarde avant** toute modification. Si une étape échoue, l'extranet reste en\nmaintenance : corriger puis relancer, ou restaurer la sauvegarde (voir `sauvegardes.md`).",
    "The script takes a backup first. If the migration fails, the site stays in maintenance: restore the backup\ntaken before the deploy.",
    "脚本会先做备份。如果迁移失败，恢复备份后再排查。",
  ])("%s", (para) => {
    const parsed = parse(update(para));
    expect(rollbackText(parsed).length).toBeGreaterThan(0);
  });

  it("what a tool does by itself on failure is no way back: “If a step fails, the task restores Blue …”", () => {
    // after 366 ("If a step in the execute phase fails, the task restores Blue (re-promote Blue, clear maintenance)")
    const parsed = parse(update("If a step in the execute phase fails, the task restores Blue and returns an error."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a line explaining the status glyphs is a legend, not a box to tick", () => {
  // after 1586 ("- ⬜ 项按归属里程碑推进（M3.4/M4/运营）；✅ 项以本仓库提交与命令输出为证。" under its check tables)
  const launch = (line: string) => lines("# 上线清单", "", "## 1. 构建", "", "1. 构建产物。", "2. 真机冒烟。", "", "## 2. 说明", "", line, "- 每次发版前重跑本清单。");

  it("“- ⬜ 项按归属里程碑推进；✅ 项以提交为证。”", () => {
    const parsed = parse(launch("- ⬜ 项按归属里程碑推进（M3.4/M4/运营）；✅ 项以本仓库提交与命令输出为证。"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });

  it("“- ⬜ pending, ✅ done”", () => {
    const parsed = parse(launch("- ⬜ pending, ✅ done"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });

  it("a ⬜ item to tick stays one: “- ⬜ 真机冒烟：iOS/Android 各一台”", () => {
    const parsed = parse(launch("- ⬜ 真机冒烟：iOS/Android 各一台"));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["真机冒烟：iOS/Android 各一台"]);
  });
});

describe("between phases of work, a section whose only fence is `text` shown as written is reference", () => {
  // after 1591 ("## Reports and timing" — a `text` fence of the report's paths and prose — between the drill and the manual
  // backup: 4 phases where both counters counted at most 3)
  const drill = (middle: string[]) =>
    lines(
      "# Database backup and restore runbook",
      "",
      "## Repeatable isolated drill",
      "",
      "```bash",
      "make recovery-drill",
      "```",
      "",
      ...middle,
      "",
      "## Manual backup",
      "",
      "```bash",
      "pg_dump -Fc -f app.dump app",
      "```",
      "",
      "## Manual restore",
      "",
      "```bash",
      "pg_restore -d app_restored app.dump",
      "```",
    );

  it("“## Reports and timing” over a `text` fence of paths", () => {
    const parsed = parse(
      drill(["## Reports and timing", "", "Each run writes to a new directory:", "", "```text", "reports/recovery-<id>/report.json", "```", "", "The report records the timings."]),
    );
    expect(parsed.phases.map((p) => p.title)).toEqual(["Repeatable isolated drill", "Manual backup", "Manual restore"]);
    expect(parsed.phases[0]?.notes).toContain("reports/recovery-<id>/report.json");
  });

  it("a section with a command to run stays a phase", () => {
    const parsed = parse(drill(["## Check the report", "", "```bash", "jq .outcome reports/recovery-*/report.json", "```"]));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("an item of a numbered list read as a phase keeps its line when it folds into the notes", () => {
  // (five bold-named items: two with commands, three of bullets only between them)
  const switchover = lines(
    "# Switchover guide",
    "",
    "## Steps to Perform Switchover",
    "",
    "1. **Preparation:** Configure every instance with the next URL.",
    "",
    "   ```",
    "   app --db-url=<old> --db-url-next=<new>",
    "   ```",
    "",
    "   OR using environment variables:",
    "",
    "   ```",
    "   export APP_DB_URL_NEXT=<new>",
    "   ```",
    "",
    "2. **Check Configuration in UI:**",
    "",
    "   - Open the Switchover page.",
    "   - Ensure every node shows a green check.",
    "",
    "3. **Initialize Switchover:**",
    "",
    "   - Click RESET.",
    "   - Make sure everything is validated.",
    "",
    "4. **Execute Switchover:**",
    "",
    "   - Click EXECUTE.",
    "   - If it fails, click RESET and EXECUTE again.",
    "",
    "5. **Post-Switchover Configuration:**",
    "",
    "   - Reconfigure every instance with the new URL only.",
    "",
    "   ```",
    "   app --db-url=<new>",
    "   ```",
  );

  // after 1650 ("2. **Check Configuration in UI:**" over bullets, between items with fences: its line was lost — 3 of 50)
  it("“2. **Check Configuration in UI:**” over bullets between items with fences", () => {
    const parsed = parse(switchover);
    expect(JSON.stringify(parsed)).toContain("Check Configuration in UI");
    expect(JSON.stringify(parsed)).toContain("Initialize Switchover");
  });

  it("an item named by the action it takes is a phase, bullets and all: “3. **Initialize Switchover:**”", () => {
    // (1650, both counters: 3–5 phases where the items of bullets only were read as notes between the items with commands)
    const parsed = parse(switchover);
    expect(parsed.phases.map((p) => p.title)).toEqual(expect.arrayContaining(["Check Configuration in UI", "Initialize Switchover", "Execute Switchover"]));
  });
});

describe("prerequisites named for a place with the prepositions the vocabulary lacked are a checklist", () => {
  // after 1654 ("## Voraussetzungen bei UniFi" — prerequisites at UniFi — over four bold-led bullets, before the set-up)
  it.each(["Voraussetzungen bei UniFi", "Prérequis chez l'hébergeur", "Vereisten bij de provider"])("“## %s”", (name) => {
    const parsed = parse(
      lines(
        "# Einrichtung",
        "",
        `## ${name}`,
        "",
        "- **Access** with the developer API.",
        "- **Network:** the PCs reach the console.",
        "",
        "## Einrichtungsassistent",
        "",
        "1. Start the wizard.",
        "2. Enter the key.",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
  });
});

describe("a section named as a checklist among the reference after the work is a checklist of its own", () => {
  // after 1619 ("### Production auth checklist" over three bullets after "### 7. Custom domain (optional)", read as
  // reference, and before "## Done when (overall)": its bullets were the last phase's notes)
  const deploy = (name: string) =>
    lines(
      "# Deploy",
      "",
      "## Steps",
      "",
      "### 1. Push the repo",
      "",
      "```bash",
      "git push origin main",
      "```",
      "",
      "### 2. Run migrations",
      "",
      "```bash",
      "pnpm db:migrate",
      "```",
      "",
      "### 3. Custom domain (optional)",
      "",
      "Add the domain in the dashboard and follow the DNS records shown.",
      "",
      `### ${name}`,
      "",
      "- Set `AUTH_DEV_BYPASS=false` in the production env vars.",
      "- Do not run the seed against production.",
      "",
      "## Done when (overall)",
      "",
      "- The app serves over HTTPS.",
    );

  it("“### Production auth checklist”", () => {
    const parsed = parse(deploy("Production auth checklist"));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual([
      "Set `AUTH_DEV_BYPASS=false` in the production env vars.",
      "Do not run the seed against production.",
    ]);
  });

  it("a section of notes there stays notes: “### Production auth notes”", () => {
    const parsed = parse(deploy("Production auth notes"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });
});

describe("entry criteria — what must hold before the work starts — are a checklist", () => {
  // after 1651 ("## Criterios de entrada" over nine bullets, "Si cualquiera falta, posponer.", before the capture and apply)
  it.each(["Criterios de entrada", "Entry criteria", "Critères d'entrée", "Eingangskriterien"])("“## %s”", (name) => {
    const parsed = parse(
      lines(
        "# Cutover DNS",
        "",
        `## ${name}`,
        "",
        "- Certificate issued.",
        "- Distribution deployed.",
        "",
        "If any is missing, postpone.",
        "",
        "## Apply",
        "",
        "1. Change the records.",
        "2. Watch the traffic.",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Certificate issued.", "Distribution deployed."]);
  });
});

describe("rolling back told by how (“Roll back by redeploying …”) and a section for the time of a failure that puts back", () => {
  const deploy = (tail: string[]) =>
    lines("# Production deploy", "", "## Release order", "", "1. Build the images.", "2. Push them.", "3. Deploy the API, then the web app.", "", ...tail);

  it("“Roll back by redeploying the previous images.” (1685)", () => {
    const parsed = parse(deploy(["Roll back by redeploying the previous images. Migrations are additive; don't", "roll the database back."]));
    expect(rollbackText(parsed)).toContain("redeploying the previous images");
  });

  it("“## 障害時” — at the time of a failure — that goes back to the last good version (1676)", () => {
    const parsed = parse(deploy(["## 障害時", "", "緊急時はDashboardのデプロイ履歴から直前の正常バージョンへ戻し、原因修正後に再デプロイします。"]));
    expect(rollbackText(parsed)).toContain("直前の正常バージョンへ戻し");
  });

  it("“## 障害時” that only says where to look is no rollback", () => {
    const parsed = parse(deploy(["## 障害時", "", "Cloudflare Dashboardでログを確認し、担当者に連絡します。"]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a label line ending in a full-width colon labels its list as one ending in a colon does", () => {
  // after 1693 ("## 0. 角色与前置" › a roles table, then "前置条件：" over three bullets — prerequisites)
  it("“前置条件：” over bullets after a roles table", () => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        "## 0. 角色与前置",
        "",
        "| 角色 | 职责 |",
        "|---|---|",
        "| 发布负责人 | 打标签 |",
        "",
        "前置条件：",
        "- 发布分支干净",
        "- secrets 已配置",
        "",
        "## 1. 发布流程",
        "",
        "1. 打标签。",
        "2. 触发门禁。",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["发布分支干净", "secrets 已配置"]);
  });
});

describe("a section named as the steps over numbered steps, before the sections the phases are chosen from, is a phase", () => {
  // after 1665 ("## Prerequisites", "## Steps" of five bold-named numbered items over bullets, "## Expected Outcome",
  // "## Verification": the steps were the prerequisites' notes)
  it("“## Steps” between “## Prerequisites” and “## Expected Outcome”", () => {
    const parsed = parse(
      lines(
        "# Queue drain",
        "",
        "## Prerequisites",
        "- Access to the console.",
        "- Ability to scale workers.",
        "",
        "## Steps",
        "1. **Evaluate backlog**",
        "   - Inspect queue lengths.",
        "2. **Enable drain mode**",
        "   - Toggle the flag.",
        "3. **Scale workers**",
        "   - Increase the replicas.",
        "",
        "## Expected Outcome",
        "- Backlog returns to normal.",
        "",
        "## Verification",
        "- Run the smoke test.",
      ),
    );
    expect(parsed.phases.map((p) => p.title)).toEqual(["Prerequisites", "Steps", "Expected Outcome", "Verification"]);
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["Evaluate backlog", "Enable drain mode", "Scale workers"]);
  });
});

describe("a section of stop conditions that says, in its own words, where to route back is the rollback where none is named", () => {
  // after 1695 ("## Stop conditions": "Stop the rollout and route to the last known-good immutable digest if readiness fails,
  // … Use [`rollback.md`](rollback.md) for recovery.")
  const launch = (para: string) =>
    lines("# Production launch", "", "## Deploy", "", "1. Build the image.", "2. Roll out the canary.", "3. Verify readiness.", "", "## Stop conditions", "", para);

  it("“Stop the rollout and route to the last known-good immutable digest if readiness fails …”", () => {
    const parsed = parse(
      launch(
        "Stop the rollout and route to the last known-good immutable digest if readiness\nfails or the error budget is exceeded. Use [`rollback.md`](rollback.md) for recovery.",
      ),
    );
    expect(rollbackText(parsed)).toContain("last known-good immutable digest");
  });

  it("conditions alone are no rollback: “Stop the rollout if readiness fails or the error budget is exceeded.”", () => {
    const parsed = parse(launch("Stop the rollout if readiness fails or the error budget is exceeded."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section of the symptoms is the context of the work, not a phase of it", () => {
  // after 1669 ("## Symptoms" — "Primary data is unavailable or corrupted …" — opening a restore runbook of one paragraph per
  // section), 871 and 1208 in the corpus
  it("“## Symptoms” before the actions", () => {
    const parsed = parse(
      lines(
        "# Database restore",
        "",
        "## Symptoms",
        "",
        "Primary data is unavailable or corrupted and failover cannot meet the recovery objective.",
        "",
        "## Immediate actions",
        "",
        "Declare a recovery lead and freeze writes.",
        "",
        "## Safe mitigation",
        "",
        "Restore into an isolated instance, validate, then switch traffic.",
        "",
        "## Recovery validation",
        "",
        "Smoke tests pass and backups resume.",
      ),
    );
    expect(parsed.phases.map((p) => p.title)).toEqual(["Immediate actions", "Safe mitigation", "Recovery validation"]);
    expect(parsed.preamble).toContain("Primary data is unavailable");
  });
});

describe("what you need, in Chinese, is a checklist", () => {
  // after 1670 ("### 你需要有的账号" — the accounts you need — over two bullets; both counters)
  it.each(["你需要有的账号", "你需要的东西"])("“### %s”", (name) => {
    const parsed = parse(
      lines("# 部署指南", "", "## 1. 准备", "", `### ${name}`, "", "- 学校 Canvas 账号", "- GitHub 账号", "", "## 2. 部署", "", "1. Fork 仓库。", "2. 在 Vercel 导入。"),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["学校 Canvas 账号", "GitHub 账号"]);
  });
});

// Kinds found in session 34 (round 19's first-run misses, sets 228–233, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a restore column beside a backup column is a table of the two procedures, not a rollback column", () => {
  // after 2741 (set 229: "# Backup & Restore Runbook" › "## Scripts" over "| Platform | Backup | Restore |" and the scripts
  // of each, read as a rollback of two steps where both counters read none)
  const runbook = (header: string, rows: string[]) => lines("# Postgres operations", "", "## Scripts", "", header, "|---|---|---|", ...rows, "", ...WORK);

  it.each([
    ["| Platform | Backup | Restore |", ["| Linux | `pg-dump.sh` | `pg-restore.sh` |", "| Windows | `pg-dump.ps1` | `pg-restore.ps1` |"]],
    ["| Target | Sauvegarde | Restauration |", ["| Base | `dump.sh` | `restore.sh` |", "| Fichiers | `tar.sh` | `untar.sh` |"]],
    ["| Store | Backups | Restoring |", ["| Postgres | nightly dump | `pg_restore -d app` |", "| S3 | versioned | copy the prior version |"]],
  ])("“%s” names no rollback", (header, rows) => {
    const parsed = parse(runbook(header, rows));
    expect(parsed.rollback).toBeNull();
  });

  it("a step table's rollback column is still the rollback", () => {
    // (the rule it narrows: "| # | Step | Exit check | Rollback |", a cut-over plan's undo per step)
    const parsed = parse(
      lines(
        "# Cut-over",
        "",
        "## Plan",
        "",
        "| # | Step | Backup | Rollback |",
        "|---|---|---|---|",
        "| 1 | Freeze writes | snapshot taken | Unfreeze writes |",
        "| 2 | Switch DNS | old records saved | Point DNS back |",
        "",
        ...WORK,
      ),
    );
    expect(rollbackText(parsed)).toContain("Point DNS back");
  });
});

describe("a section named for the case of failure over a table of symptoms is troubleshooting, not the rollback", () => {
  // after 2748 (set 230: "## Si algo va mal" — if something goes wrong — over "| Síntoma | Mira primero |" and seven
  // rows, read as the rollback where both counters read none)
  const runbook = (name: string, header: string) =>
    lines(
      "# Operations",
      "",
      ...WORK,
      "",
      `## ${name}`,
      "",
      header,
      "|---|---|",
      "| The login fails | Check the OAuth origins |",
      "| The bot is silent | Run the contract test |",
      "| Sync conflicts | Delete the state file and rerun |",
    );

  it.each([
    ["Si algo va mal", "| Síntoma | Mira primero |"],
    ["If something goes wrong", "| Symptom | Check first |"],
    ["Se algo der errado", "| Sintoma | Verifique primeiro |"],
    ["Si quelque chose tourne mal", "| Symptôme | À vérifier |"],
    ["Wenn etwas schiefgeht", "| Problem | Zuerst prüfen |"],
    ["If it fails", "| Error | Fix |"],
  ])("“## %s” over “%s” is no rollback", (name, header) => {
    const parsed = parse(runbook(name, header));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases).toHaveLength(3);
  });

  it("a failure section over a table that rolls back is still the way back", () => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        ...WORK,
        "",
        "## If something goes wrong",
        "",
        "| Symptom | Action |",
        "|---|---|",
        "| 5xx spike | Roll back to the previous release |",
        "| Slow pages | Revert the feature flag |",
      ),
    );
    expect(parsed.rollback).not.toBeNull();
  });

  it("a failure section over a table of another kind is still the way back", () => {
    const parsed = parse(
      lines("# Release", "", ...WORK, "", "## If something goes wrong", "", "| Step | Command |", "|---|---|", "| 1 | `git checkout v1.2` |", "| 2 | `make deploy` |"),
    );
    expect(parsed.rollback).not.toBeNull();
  });
});

describe("a command that rolls back, opening a case's instruction, is the way back", () => {
  // after 2751 (set 230: "4. If Functions regression: `./scripts/rollback.sh --dry-run` then rollback to last green tag."
  // in an on-call runbook's first fifteen minutes, the only way back, missed)
  const runbook = (item: string) =>
    lines(
      "# On-call runbook",
      "",
      ...WORK,
      "",
      "## First 15 minutes",
      "",
      "1. Grab the trace id from the report.",
      "2. Run the health gate.",
      `3. ${item}`,
      "4. Document the timeline.",
    );

  it.each([
    "If Functions regression: `./scripts/rollback.sh --dry-run` then rollback to last green tag.",
    "If the deploy is bad: `vercel rollback` to the last good deployment.",
    "If pods crash-loop: `kubectl rollout undo deployment/api`.",
    "Bad release: `helm rollback api 0`.",
  ])("“%s”", (item) => {
    const parsed = parse(runbook(item));
    expect(rollbackText(parsed)).toContain(item.replace(/^[^:]*:\s*/, "").slice(0, 20));
  });

  it.each(["If the health gate fails: `./scripts/diagnose.sh` and page the owner.", "If logs are noisy: `grep -v rollback-probe app.log` to filter them."])(
    "no rollback command, no rollback: “%s”",
    (item) => {
      const parsed = parse(runbook(item));
      expect(parsed.rollback).toBeNull();
    },
  );
});

describe("a rollback runbook named after a dash, with a gloss, is one", () => {
  // after 2772 (set 232: "# Runbook — Rollback de deploy (produção)": its fast path, full redeploy and a table of what
  // reverting only the code does — that table's "Efeito de reverter só o código" column read as the rollback, where the
  // whole document is the rollback, its main work, to both counters)
  const runbook = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## 1. Fast path",
      "",
      "```bash",
      "docker service rollback app_api",
      "```",
      "",
      "## 2. Full redeploy",
      "",
      "```bash",
      "git checkout $GOOD_SHA && ./deploy.sh",
      "```",
      "",
      "## 3. Migrations in between",
      "",
      "| Kind | Reverting the code only | Action |",
      "|---|---|---|",
      "| Additive | Safe | Roll back the code |",
      "| Destructive | Breaks | Restore the backup |",
    );

  it.each(["Runbook — Rollback de deploy (produção)", "Runbook — Rollback of the release (production)", "Playbook | Rollback de despliegue", "Deploy rollback (prod)"])(
    "“# %s” has no rollback of its own",
    (title) => {
      const parsed = parse(runbook(title));
      expect(parsed.rollback).toBeNull();
      expect(parsed.phases.length).toBeGreaterThanOrEqual(2);
    },
  );

  it("a deploy runbook with the same table keeps that column as its rollback", () => {
    const parsed = parse(
      lines(
        "# Runbook — Deploy (produção)",
        "",
        ...WORK,
        "",
        "## 4. Switch",
        "",
        "| # | Step | Rollback |",
        "|---|---|---|",
        "| 1 | Migrate | Run the down migration |",
        "| 2 | Switch | Point the router back |",
      ),
    );
    expect(rollbackText(parsed)).toContain("Point the router back");
  });
});

describe("a prerequisites section's list under a label naming requirements keeps its items", () => {
  // after 2736 (set 229: "## Prerequisites" › "**Tool requirements:**" over three bullets, read as notes; both counters count
  // them among the prerequisites)
  const runbook = (label: string) =>
    lines("# Restore", "", "## Prerequisites", "", `**${label}:**`, "", "- Docker for the local restore", "- `pg_dump` and `pg_restore`", "- `curl` and `jq`", "", ...WORK);

  it.each(["Tool requirements", "System requirements", "Requirements", "Access requirements"])("“**%s:**” labels three items", (label) => {
    const parsed = parse(runbook(label));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(3);
  });

  it("a label naming what is known, not required, labels none", () => {
    const parsed = parse(runbook("Supported versions"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });
});

describe("what is left for later before a colon is no phase", () => {
  // after 2733 (set 229: "## 10. 后续：域名与 HTTPS" — later: domain and HTTPS — after the deploy guide's work, read as a
  // phase where both counters read a follow-up)
  const runbook = (name: string) => lines("# Deploy", "", ...WORK, "", `## 4. ${name}`, "", "```bash", "certbot --nginx -d example.com", "```");

  it.each(["后续：域名与 HTTPS", "Later: domain and HTTPS", "今後：ドメインと HTTPS", "Später: Domain und HTTPS", "Más adelante: dominio y HTTPS"])("“## 4. %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("the next step before a colon stays a phase (session 30: “## 4. 下一步：切换流量”)", () => {
    const parsed = parse(runbook("下一步：切换流量"));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("a section naming the main stages over bold numbered items gives one phase per item", () => {
  // after 2753 (set 230: "## Etapas Gerais" — general stages — over seven bold numbered stages with nested bullets, read as
  // one phase where both counters read seven; "## Automação Sugerida", suggested automation, and "## Governança" after the
  // per-environment checklist are reference)
  const runbook = (name: string) =>
    lines(
      "# Secret rotation plan",
      "",
      `## ${name}`,
      "",
      "1. **Inventory**",
      "   - List every secret.",
      "2. **Generate new credentials**",
      "   - One per environment.",
      "3. **Update pipelines**",
      "   - Replace the CI variables.",
      "4. **Revoke the old credentials**",
      "   - After 24 hours.",
      "",
      "## Checklist per environment",
      "",
      "- [ ] Local",
      "- [ ] CI",
      "- [ ] Production",
      "",
      "## Suggested automation",
      "",
      "```bash",
      "python -c 'import secrets; print(secrets.token_hex(32))'",
      "```",
      "",
      "## Governance",
      "",
      "- Keep a log of rotations.",
    );

  it.each(["Etapas Gerais", "General stages", "Main phases", "Etapas principales", "Étapes générales"])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Inventory", "Generate new credentials", "Update pipelines", "Revoke the old credentials", "Checklist per environment"]);
  });

  it.each(["Automação Sugerida", "Recommended improvements", "Mejoras propuestas"])("“## 4. %s” after the work is reference", (name) => {
    const parsed = parse(lines("# Release", "", ...WORK, "", `## 4. ${name}`, "", "```bash", "make automate", "```"));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });
});

describe("the goal of a cut-over, shown as what the user will type, introduces the plan", () => {
  // after 2730 (set 228: "## Cutover Goal" over a bash fence of the final experience, before "## Phase 0: …" … "## Phase 8",
  // read as a tenth phase where both counters read eight or nine)
  const runbook = (name: string) =>
    lines(
      "# Cutover Plan",
      "",
      `## ${name}`,
      "",
      "The final user experience should be:",
      "",
      "```bash",
      "android-dev init",
      "```",
      "",
      "## Phase 0: Stabilize",
      "",
      "1. Freeze the template.",
      "",
      "## Phase 1: Add the entry point",
      "",
      "1. Ship the CLI.",
      "",
      "## Phase 2: Deprecate",
      "",
      "1. Mark the template deprecated.",
    );

  it.each(["Cutover Goal", "Migration objectives", "Project goals", "Goal"])("“## %s” is no phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Stabilize", "Add the entry point", "Deprecate"]);
  });

  it("an action on a goal is still a phase", () => {
    const parsed = parse(runbook("Set the goal"));
    expect(parsed.phases).toHaveLength(4);
  });
});

describe("the rollback's word as a sentence of its own in a step's lead is that step's way back", () => {
  // after 2767 (set 232: "**Production write — the operator runs it.** Rollback. It stages the removal of the archive
  // variables …, and its deploy is a second Postgres restart:" over the `pitr disable` fence, after the failure branches
  // of enabling PITR — the restore runbook's only way back, missed)
  const runbook = (lead: string) =>
    lines(
      "# Database restore",
      "",
      "## 1. Enable PITR",
      "",
      "**Production write — the operator runs it.** Enable:",
      "",
      "```sh",
      "railway postgres pitr enable",
      "```",
      "",
      lead,
      "",
      "```sh",
      "railway postgres pitr disable --yes",
      "```",
      "",
      "## 2. Restore to a sibling",
      "",
      "```sh",
      "railway postgres pitr restore --target sibling",
      "```",
      "",
      "## 3. Verify",
      "",
      "```sh",
      "rsql sibling 'select count(*) from invoices'",
      "```",
    );

  it.each([
    "**Production write — the operator runs it.** Rollback. It stages the removal of the archive variables and the deletion of the bucket:",
    "**Careful.** Roll back. This disables archiving again:",
    "Only if a failure branch fires. Revert. The archive settings go back:",
  ])("“%s”", (lead) => {
    const parsed = parse(runbook(lead));
    expect(parsed.rollback?.phases[0]?.steps[0]?.text).toContain("pitr disable");
    expect(parsed.phases[0]?.steps.map((s) => s.text).join("\n")).not.toContain("pitr disable");
  });

  it("a sentence that only mentions a rollback is no way back", () => {
    const parsed = parse(runbook("**Production write.** The rollback window is short. Disable:"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a label line naming a checklist among other words labels its list", () => {
  // after 2809 (set 235: "검수 체크리스트:" — inspection checklist — over five bullets of what to check by hand; both
  // counters count them) and its kind in English ("**Validation Checklist:**", as the bare "Checklist:" always was)
  const runbook = (label: string) =>
    lines(
      "# Release",
      "",
      "## 1. Build",
      "",
      "```bash",
      "make build",
      "```",
      "",
      "## 2. Check",
      "",
      "Run these by hand.",
      "",
      label,
      "- The page opens.",
      "- Links work.",
      "- Images load.",
      "",
      "## 3. Deploy",
      "",
      "```bash",
      "make deploy",
      "```",
    );

  it.each(["검수 체크리스트:", "**Validation Checklist:**", "Release checklist:", "**Pre-flight checklist**", "チェックリスト（公開前）:", "Checkliste Go-Live:"])(
    "“%s”",
    (label) => {
      const parsed = parse(runbook(label));
      expect(parsed.phases[1]?.checklistItems.map((c) => c.text)).toEqual(["The page opens.", "Links work.", "Images load."]);
      expect(parsed.phases[1]?.notes).toContain(label);
    },
  );

  it("a label of something else labels no items", () => {
    const parsed = parse(runbook("Known limitations:"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });
});

describe("the case of going back, as a bullet's label, is the way back", () => {
  // after 2797 (set 234: "## 7. 後片付け" — clean-up — › "- ダミーへ戻したいとき：`…dummy_board.sql` を流せば元に戻る" — when you
  // want to go back to the dummy data, run the seed; the cut-over's only way back, both counters)
  const runbook = (bullet: string) =>
    lines("# Real data cut-over", "", ...WORK, "", "## 4. Clean up", "", "- Rewrite the data paragraph in the README.", "- Delete the local CSV files.", `- ${bullet}`);

  it.each([
    "ダミーへ戻したいとき：`supabase/seed/dummy.sql` を流せば元に戻る",
    "旧版に戻す場合：`git checkout v1` してから再デプロイ",
    "If you need to go back: run `supabase/seed/dummy.sql`",
    "Para voltar: rode `supabase/seed/dummy.sql`",
  ])("“%s”", (bullet) => {
    const parsed = parse(runbook(bullet));
    expect(rollbackText(parsed)).toContain(bullet.slice(0, 6));
  });

  it("a clean-up bullet that goes back to nothing is no rollback", () => {
    const parsed = parse(runbook("Tell the team the import is done."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a sentence defining the rollback as what ran before is the way back", () => {
  // after 2802 (set 234: "## Updates" › "… Ein Rollback ist ein älteres Image auf demselben Volume, solange keine Migration
  // dazwischen das Schema verengt hat. Im Zweifel die Datenbank aus dem Backup zurückspielen." — a rollback is an older image
  // on the same volume; both counters' way back)
  const runbook = (para: string) => lines("# Betrieb", "", ...WORK, "", "## 4. Updates", "", `Set the image tag and run \`docker compose up -d\`. ${para}`);

  it.each([
    "Ein Rollback ist ein älteres Image auf demselben Volume, solange keine Migration das Schema verengt hat.",
    "A rollback is the previous image on the same volume.",
    "Un rollback es la imagen anterior en el mismo volumen.",
    "O rollback é a versão anterior da imagem.",
  ])("“%s”", (para) => {
    const parsed = parse(runbook(para));
    expect(rollbackText(parsed)).toContain(para.slice(0, 12));
  });

  it("a sentence about rollbacks that names nothing to go back to is none", () => {
    const parsed = parse(runbook("A rollback is rarely needed."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a summary saying the work has a rollback, and how, gives the way back", () => {
  // after 2826 (set 236: "# .NET → Java Cutover Checklist" over "… CI's job ends at GHCR. Every phase has a rollback: point the
  // GitOps image ref back at the .NET image and let Flux reconcile." — the checklist's only way back, both counters)
  const runbook = (sentence: string) =>
    lines(
      "# Cutover checklist",
      "",
      `Gated checklist for switching production to the Java image. ${sentence}`,
      "",
      "## Phase 0 — Entry",
      "",
      "- [ ] Parity reviewed",
      "",
      "## Phase 1 — Cut over",
      "",
      "- [ ] Image ref switched",
      "- [ ] Smoke tests green",
    );

  it.each([
    "Every phase has a rollback: point the image ref back at the .NET image and let Flux reconcile.",
    "Each step has its own rollback: revert the commit in the GitOps repo.",
    "There is a rollback: redeploy the previous digest.",
  ])("“%s”", (sentence) => {
    const parsed = parse(runbook(sentence));
    expect(rollbackText(parsed)).toContain(sentence.slice(0, 15));
    expect(parsed.summary).toBe("");
  });

  it("a summary without a rollback stays the summary", () => {
    const parsed = parse(runbook("Every phase has an owner."));
    expect(parsed.rollback).toBeNull();
    expect(parsed.summary).toContain("Gated checklist");
  });

  it("a summary saying there is no rollback gives none", () => {
    const parsed = parse(runbook("There is a rollback: none, the migration is one-way."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("checks named in Spanish are a phase", () => {
  // after 2855 (set 239: "## 3. Comprobaciones en producción (mismo día)" — production checks — over bullets, read as
  // reference between the domain switch and the post-launch, where both counters count it)
  it.each(["Comprobaciones en producción (mismo día)", "Comprobación final"])("“## 3. %s”", (name) => {
    const parsed = parse(
      lines(
        "# Migración",
        "",
        "## 1. Push",
        "",
        "```bash",
        "git push",
        "```",
        "",
        "## 2. Cambiar el dominio",
        "",
        "```bash",
        "vercel domains add example.com",
        "```",
        "",
        `## 3. ${name}`,
        "",
        "- La home carga.",
        "- El formulario envía.",
        "",
        "## 4. Post-lanzamiento (tú, con datos)",
        "",
        "- Revisar las analíticas.",
      ),
    );
    expect(titles(parsed)).toContain(name);
  });
});

describe("a bullet naming what is the rollback, then how, is the way back", () => {
  // after 2850 (set 238: "## Rotation" › "- `wrangler.jsonc.bak` is your rollback: `cp wrangler.jsonc.bak wrangler.jsonc`." —
  // the deploy guide's only way back, both counters)
  const runbook = (bullet: string) => lines("# Deploy", "", ...WORK, "", "## 4. Rotation", "", "- Re-run the wizard to rotate the password.", `- ${bullet}`);

  it.each([
    "`wrangler.jsonc.bak` is your rollback: `cp wrangler.jsonc.bak wrangler.jsonc`.",
    "The previous image tag is the rollback: `docker compose up -d` with `APP_VERSION` set to it.",
  ])("“%s”", (bullet) => {
    const parsed = parse(runbook(bullet));
    expect(rollbackText(parsed)).toContain(bullet.slice(0, 12));
  });

  it("what a rollback would go to, said in passing, is none (“… is the rollback point.”)", () => {
    const parsed = parse(runbook("The snapshot taken at step 1 is the rollback point."));
    expect(parsed.rollback).toBeNull();
  });
});

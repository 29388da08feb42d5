// Kinds found in session 43 (rounds 46–47's first-run misses, sets 384–394, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const checklistCount = (p: ReturnType<typeof parse>) => p.phases.reduce((n, x) => n + x.checklistItems.length, 0);

describe("round 46: best practices in Japanese, Chinese and Korean, or named after the work, are reference", () => {
  // after 4634 (set 387: a Japanese maintenance manual — daily / weekly / monthly sections of numbered sub-sections, a checklist,
  // then "## メンテナンスのベストプラクティス" over "### 1. 変更管理" … "### 5. 自動化" (its last with a fence) —, both counters 4–6
  // phases: the importer read it as a fifth phase of work)
  it.each([["メンテナンスのベストプラクティス"], ["运维最佳实践"], ["배포 모범 사례"], ["Maintenance best practices"]])(
    "“## %s” with numbered sub-sections after the work",
    (name) => {
      const parsed = parse(
        lines(
          "# Maintenance",
          "",
          "## Daily",
          "",
          "### 1. Health check",
          "",
          "```bash",
          "./health.sh",
          "```",
          "",
          "### 2. Backup",
          "",
          "```bash",
          "./backup.sh",
          "```",
          "",
          "## Weekly",
          "",
          "### 1. Vacuum",
          "",
          "```bash",
          "./vacuum.sh",
          "```",
          "",
          "## Checklist",
          "",
          "- [ ] Services are up",
          "",
          `## ${name}`,
          "",
          "### 1. Change management",
          "",
          "Review every change.",
          "",
          "### 2. Windows",
          "",
          "```bash",
          "./notify.sh --window",
          "```",
        ),
      );
      expect(titles(parsed)).toEqual(["Daily", "Weekly", "Checklist"]);
    },
  );
});

describe("round 46: the time of a problem during the work (“メンテナンス中に問題が発生した場合”) names the way back", () => {
  // after 4634 (set 387: "## トラブルシューティング" › "### メンテナンス中に問題が発生した場合" — if a problem occurs during
  // maintenance — over "1. **即座にロールバック**" and the rollback script, both counters' rollback)
  it("its numbered steps are the rollback", () => {
    const parsed = parse(
      lines(
        "# Maintenance",
        "",
        "## Daily",
        "",
        "```bash",
        "make daily",
        "```",
        "",
        "## Checklist",
        "",
        "- [ ] Services are up",
        "",
        "## Troubleshooting",
        "",
        "### メンテナンス中に問題が発生した場合",
        "",
        "1. **即座にロールバック**",
        "",
        "   ```bash",
        "   /opt/scripts/rollback.sh",
        "   ```",
        "2. **問題を記録**",
      ),
    );
    expect(rollbackText(parsed)).toContain("即座にロールバック");
  });
});

describe("round 46: a blockquoted note that withdraws the release (“> 想撤回发布：删掉 tag 和 release 即可”) is the way back", () => {
  // after 4594 (set 384: a Chinese desktop release process — under "#### 方式 B：正式发布" and its fence, "> 想撤回发布：删掉 tag 和
  // release 即可" — to withdraw the release, delete the tag and the release —, both counters' rollback)
  const release = (note: string[]) =>
    lines(
      "# 发布流程",
      "",
      "## 一、准备",
      "",
      "```powershell",
      "npm run verify",
      "```",
      "",
      "## 二、发布",
      "",
      "```powershell",
      "git tag v0.1.0",
      "git push origin v0.1.0",
      "```",
      "",
      ...note,
    );
  it.each([
    [["> 想撤回发布：删掉 tag 和 release 即可", "> （`git push --delete origin v0.1.0`，再去 Releases 页删掉那条）。"]],
    [["> 回滚：删掉 tag 和 release 即可"]],
    [["回滚：删掉 tag 和 release 即可"]],
  ])("%j", (note) => {
    const parsed = parse(release(note));
    expect(parsed.rollback).not.toBeNull();
  });

  it("a blockquoted note of something else (“> 注意：tag 一旦推送就会触发发布”) is no rollback", () => {
    expect(parse(release(["> 注意：tag 一旦推送就会触发发布。"])).rollback).toBeNull();
  });
});

describe("round 46: a section glossed as the rollback beside another name (“(Rollback / Disaster Recovery)”) is the rollback", () => {
  // after 4661 (set 389: a Vietnamese MySQL upgrade — seven "### Bước N" steps, then "## 3. Kế Hoạch Xử Lý Sự Cố (Rollback /
  // Disaster Recovery)" over four numbered recovery steps —, both counters' rollback)
  it("“## 4. Kế Hoạch Xử Lý Sự Cố (Rollback / Disaster Recovery)” after the work", () => {
    const parsed = parse(
      lines("# Nâng cấp", "", ...WORK, "## 4. Kế Hoạch Xử Lý Sự Cố (Rollback / Disaster Recovery)", "", "1. Dừng ngay các lệnh nâng cấp.", "2. Khôi phục database từ bản backup."),
    );
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(rollbackText(parsed)).toContain("Khôi phục");
  });
});

describe("round 46: a step labelled the rollback (“**Rolling Back**:”) among a guide's steps is the way back", () => {
  // after 4662 (set 389: a blue-green ECS guide's "## Usage" — "2. **Switch Routing**", "3. **Rolling Back**:" over "If there's a
  // problem …, changing the `active_deployment` variable changes routing …", "4. **Deploying Changes**" —, both counters)
  const usage = (label: string, value: string) =>
    lines(
      "# Blue-Green Deployment",
      "",
      "## Usage",
      "",
      "1. **Switch routing**:",
      "   Set `active_deployment` to the colour to serve.",
      "",
      `2. **${label}**:`,
      `   ${value}`,
      "",
      "3. **Deploying changes**:",
      "   Update the idle colour's image, then switch.",
    );
  it.each([
    ["Rolling Back", "If there's a problem with the new deployment, set `active_deployment` back to the old colour."],
    ["Rollback", "Point `active_deployment` at the old colour again."],
  ])("“%s:”", (label, value) => {
    expect(rollbackText(parse(usage(label, value)))).toContain("active_deployment");
  });

  it("a step proving restores work (“Backup/restore proven: Restore (…)”) is no rollback", () => {
    expect(parse(usage("Backup/restore proven", "Restore (use a real file name from the list)")).rollback).toBeNull();
  });
});

describe("round 46: a box marked with its state (“[⚠]”, “[⛔]”, “[✗]”) beside ticked ones is a box", () => {
  // after 4620 (set 386: a Portuguese go-live checklist — "- [✓] Build de produção verde", "- [⚠] E2E verde …", "- [⛔] **Região
  // sa-east-1** …" —, the second counter's 23: the importer read the 15 ticked ones only)
  it("every item of the list is an item to tick", () => {
    const parsed = parse(lines("# Go-live", "", "## Técnico", "", "- [✓] Build verde", "- [⚠] E2E verde", "- [⛔] Região definida", "- [✗] Backup automático"));
    expect(checklistCount(parsed)).toBe(4);
  });

  it("“[~]” (in progress) stays text, as 1726's counter read it", () => {
    const parsed = parse(lines("# Go-live", "", "## Checks", "", "- [x] Build green", "- [~] E2E green"));
    expect(checklistCount(parsed)).toBe(1);
  });
});

describe("round 47: what to do if the update fails, asked or stated, names the way back", () => {
  // after 4675 (set 391: a Spanish update guide — eight numbered steps, then "## 🚨 9. ¿Qué hacer si falla la actualización?" over
  // restoring the database and the code saved in steps 1–2 —, both counters' rollback)
  it.each([["🚨 ¿Qué hacer si falla la actualización?"], ["What to do if the update fails?"], ["Se a atualização falhar"], ["Que faire si la mise à jour échoue ?"]])(
    "“## 4. %s”",
    (name) => {
      const parsed = parse(lines("# Update", "", ...WORK, `## 4. ${name}`, "", "Restore the database from the backup taken in step 1."));
      expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
      expect(rollbackText(parsed)).toContain("Restore the database");
    },
  );

  it("“When a migration fails” over a fix forward is no rollback (710, 3532)", () => {
    const parsed = parse(lines("# Migrations", "", ...WORK, "## When a migration fails", "", "Nothing is broken yet. Fix forward with a new migration."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 47: a rollback named by how it is done (“Rollback by restore”) is the rollback", () => {
  // after 4672 (set 390: a Prisma runbook — pre-deploy checklist, apply, "## Forward-fix (default recovery)", "## Failed migration
  // (P3009)", "## Rollback by restore (high-risk destructive failure)", then "## Evidence to record" —, both counters' rollback:
  // with a section after it, the importer read it as a phase of the work)
  it("“## 4. Rollback by restore (high-risk destructive failure)” between the work and what to record", () => {
    const parsed = parse(
      lines(
        "# Migrations",
        "",
        ...WORK,
        "## 4. Rollback by restore (high-risk destructive failure)",
        "",
        "Use this only when a destructive migration has lost data and a forward-fix cannot recover it.",
        "",
        "1. Stop the API so no new writes occur.",
        "2. Restore the last verified backup taken before the migration.",
        "",
        "## 5. Evidence to record",
        "",
        "- The backup used.",
        "- The time of the restore.",
      ),
    );
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(rollbackText(parsed)).toContain("Restore the last verified backup");
  });
});

describe("round 47: where things stand (“现状”) and the pitfalls (“三个坑”) are reference in a Chinese guide", () => {
  // after 4693 (set 392: a Chinese Flyway guide — "## 1. 现状" (status table), "## 3. 为一个模块接入迁移" (the one procedure), "## 5.
  // Spring Boot 4 的三个坑（本轮实测踩过，务必注意）" —, both counters 1–3 phases)
  it("only the procedure between them is a phase", () => {
    const parsed = parse(
      lines(
        "# 数据库迁移指南",
        "",
        "## 1. 现状",
        "",
        "| 模块 | 状态 |",
        "| --- | --- |",
        "| app | 已接入 |",
        "",
        "## 2. 为一个模块接入迁移",
        "",
        "```bash",
        "./gen-db-baseline.sh app",
        "```",
        "",
        "## 3. 部署",
        "",
        "```bash",
        "make deploy",
        "```",
        "",
        "## 4. Spring Boot 4 的三个坑（本轮实测踩过，务必注意）",
        "",
        "1. Flyway 需要单独的 starter。",
        "2. 属性前缀变了。",
      ),
    );
    expect(titles(parsed)).toEqual(["为一个模块接入迁移", "部署"]);
  });
});

describe("round 47: a time after the launch with what it is for (“Después del lanzamiento, lo que se mira”, “Após publicar”) is a phase", () => {
  // after 4666 (set 390: a Spanish launch plan — "## Antes: …", "## El día del lanzamiento, …", "## Después del lanzamiento, lo que se
  // mira" over what to watch —) and 4681 (set 391: a Portuguese launch checklist — "## Antes de publicar", "## Testes de aceite", "##
  // Após publicar" of bullets —), both counters three phases each
  it.each([
    ["Antes del lanzamiento", "El día del lanzamiento", "Después del lanzamiento, lo que se mira"],
    ["Antes de publicar", "Testes de aceite", "Após publicar"],
  ])("“## %s”, “## %s”, “## %s”", (before, during, after) => {
    const parsed = parse(
      lines(
        "# Lanzamiento",
        "",
        `## ${before}`,
        "",
        "- [ ] Build verde",
        "",
        `## ${during}`,
        "",
        "1. Publicar el sitio.",
        "2. Anunciarlo.",
        "",
        `## ${after}`,
        "",
        "- Errores en Sentry",
        "- Latencia p95",
      ),
    );
    expect(titles(parsed)).toEqual([before, during, after]);
  });
});

describe("round 47: steps left to do by hand (“## 3. Manual steps”) after the work are a phase", () => {
  // after 4655 (set 389: a decommission runbook — "## 2. Dry run", "## 3. Apply" of its script, "## 4. Manual steps" of bullets —,
  // both counters 3–4 phases)
  it.each([["Manual steps"], ["Final steps"], ["Clean-up tasks"]])("“## 3. %s” of bullets", (name) => {
    const parsed = parse(
      lines(
        "# Decommission",
        "",
        "## 1. Dry run",
        "",
        "```bash",
        "./decom.sh --dry-run",
        "```",
        "",
        "## 2. Apply",
        "",
        "```bash",
        "./decom.sh --apply",
        "```",
        "",
        `## 3. ${name}`,
        "",
        "- Remove the DNS record.",
        "- Delete the bucket.",
      ),
    );
    expect(titles(parsed)).toEqual(["Dry run", "Apply", name]);
  });
});

describe("round 47: a paragraph handing over the list after it as a checklist (“Use this checklist …:”) labels it", () => {
  // after 4629 (set 387: an on-call guide's "### Be Prepared" — "… Use this checklist to help you get started:" over five
  // bold-led bullets —, both counters' five)
  const guide = (sentence: string) =>
    lines(
      "# On-call",
      "",
      "## Before",
      "",
      "### Be prepared",
      "",
      `Preparation reduces stress. ${sentence}`,
      "",
      "- **Phone**. Check you have service.",
      "- **Laptop**. Keep it within reach.",
      "",
      "## During",
      "",
      "1. Acknowledge the page.",
      "2. Triage.",
    );
  it.each([["Use this checklist to help you get started:"], ["Go through the following checklist:"]])("“%s”", (sentence) => {
    expect(checklistCount(parse(guide(sentence)))).toBe(2);
  });

  it("a sentence that only mentions a checklist (“See the checklist in the wiki for more:”) labels nothing", () => {
    expect(checklistCount(parse(guide("See the checklist in the wiki for more:")))).toBe(0);
  });
});

describe("round 48: going back to the version before, as a step's label (“Para volver a una versión anterior:”), is the way back", () => {
  // after 4742 (set 396: a Spanish PythonAnywhere update guide — "## 10. Actualización de cambios sin perder trabajo" › "Para volver
  // a una versión anterior:" over `git checkout <hash_anterior>` —, both counters' rollback)
  it.each([["Para volver a una versión anterior:"], ["Para voltar a uma versão anterior:"], ["To go back to a previous version:"]])("“%s” over its fence", (label) => {
    const parsed = parse(
      lines(
        "# Update",
        "",
        ...WORK,
        "## 4. If the update breaks something",
        "",
        "Look at the last commits first:",
        "",
        "```bash",
        "git log --oneline -n 5",
        "```",
        "",
        label,
        "",
        "```bash",
        "git checkout <previous-hash>",
        "```",
      ),
    );
    expect(rollbackText(parsed)).toContain(label.replace(/:$/, ""));
  });
});

describe("round 48: a box saying the rollback plan is ready (“Rollback plan: previous release can be restored in minutes”) is no way back", () => {
  // after 4765 (set 398: a CRM go-live plan's boxes — "- [ ] Rollback plan: previous release can be restored in minutes" —, both
  // counters' no rollback, as 152's and 235's)
  const golive = (box: string) => lines("# Go-live", "", "## Go-live checklist", "", "- [ ] Backups verified", `- [ ] ${box}`, "- [ ] Monitoring on");
  it.each([["Rollback plan: previous release can be restored in minutes"], ["Rollback plan: documented and tested"]])("“%s”", (box) => {
    const parsed = parse(golive(box));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases[0]?.checklistItems).toHaveLength(3);
  });

  it("a box whose value says how (“Rollback plan: redeploy the previous tag”) stays the way back (2473's kind)", () => {
    expect(parse(golive("Rollback plan: redeploy the previous tag")).rollback).not.toBeNull();
  });
});

describe("round 48: two Romance infinitives joined (“### 4. Lançar e observar”) name an action", () => {
  // after 4778 (set 399: a Portuguese go-live plan's "## Caminho crítico" — "### 1. Fechar a homologação" … "### 4. Lançar e observar"
  // in prose —, both counters four phases: the last was read as reference after the work)
  it("the last of four prose steps is a phase", () => {
    const parsed = parse(
      lines(
        "# Plano de lançamento",
        "",
        "## Caminho crítico",
        "",
        "### 1. Fechar a homologação",
        "",
        "Concluir os testes com o cliente piloto.",
        "",
        "### 2. Preparar a produção",
        "",
        "Criar o banco e as variáveis.",
        "",
        "### 3. Ativar a cobrança real",
        "",
        "Trocar as chaves de teste.",
        "",
        "### 4. Lançar e observar",
        "",
        "Abrir o acesso e acompanhar os erros por uma semana.",
      ),
    );
    expect(titles(parsed)).toEqual(["Fechar a homologação", "Preparar a produção", "Ativar a cobrança real", "Lançar e observar"]);
  });
});

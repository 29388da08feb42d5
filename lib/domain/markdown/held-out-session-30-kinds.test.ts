// Kinds found in session 30 (round 9's first-run misses and their siblings in the corpus's other languages), each as a
// small document of its own: what a lead expects, and that the import is sound (every line placed, export → import the
// identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("future work, next steps and what is out of scope, after the work, are reference in every language", () => {
  // after 2089 (set 175: "## 9. 后续优化建议（非当前范围）" — follow-up improvement suggestions, out of the current scope —
  // read as an eighth phase where 3–7) and 2093 (set 175: "## 다음 단계" — next steps: a custom domain, HTTPS, monitoring
  // tools — read as an eighth where 3–7); "Future work", "Future improvements" and "Out of scope" were reference in English
  const runbook = (name: string) =>
    lines("# Release", "", ...WORK, `## 4. ${name}`, "", "1. Pin the build tool's version", "2. Add an installer", "3. Archive artifacts automatically");

  it.each([
    "后续优化建议（非当前范围）",
    "后续优化建议",
    "後續改進",
    "未来改进",
    "下一步计划",
    "今後の課題",
    "今後の改善",
    "향후 과제",
    "향후 개선 사항",
    "추후 개선",
    "다음 단계",
    "次のステップ",
    "Next steps",
    "Próximos pasos",
    "Próximos passos",
    "Prochaines étapes",
    "Nächste Schritte",
    "Следующие шаги",
    "Trabajo futuro",
    "Mejoras futuras",
    "Melhorias futuras",
    "Améliorations futures",
    "Zukünftige Verbesserungen",
    "Ausblick",
    "Дальнейшие улучшения",
    "Possible improvements",
    "Further improvements",
    "非当前范围",
    "范围外",
    "対象外",
    "Fuera del alcance",
    "Fora do escopo",
    "Hors périmètre",
  ])("“## 4. %s” after the work is reference, not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("Add an installer");
  });

  it.each(["Next: switch traffic", "下一步：切换流量", "Improve the cache", "后续验证"])("“## 4. %s” names work and stays a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toHaveLength(4);
  });
});

describe("a section asking why, in every language, is the rationale: never a phase", () => {
  // after 2048 (set 172: "## 왜 Railway 인가" — why Railway — over a paragraph and a comparison table, read as the first of
  // four phases where 2–3); "## Why …" was reference in English
  const runbook = (name: string) =>
    lines(
      "# Deploy — Railway CLI upload",
      "",
      `## ${name}`,
      "",
      "Sessions live in memory, so serverless hosts are out.",
      "",
      "| Option | Cost |",
      "| --- | --- |",
      "| Railway | low |",
      "",
      "## Already prepared",
      "",
      "- The code runs unchanged in production mode.",
      "- `.railwayignore` leaves out the design folder.",
      "",
      "## Deploy procedure (~5 min)",
      "",
      "```bash",
      "railway up",
      "```",
      "",
      "## Before submitting",
      "",
      "1. Set a spending limit.",
      "2. Do not redeploy while judging runs.",
    );

  it.each([
    "왜 Railway 인가",
    "왜 Railway인가?",
    "为什么选 Railway",
    "為什麼不留共存期",
    "为何用 Railway",
    "なぜ Railway か",
    "¿Por qué Railway?",
    "Por que Railway",
    "Pourquoi Railway",
    "Warum Railway",
    "Почему Railway",
    "Perché Railway",
    "Tại sao chọn Railway",
    "Mengapa Railway",
    "Why Railway",
  ])("“## %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).not.toContain(name);
    expect(`${parsed.preamble}\n${parsed.appendix}`).toContain("| Railway | low |");
  });

  it.each(["Warm up the cache", "Porque-check"])("“## %s” names no question and stays a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)[0]).toBe(name);
  });
});

describe("the requirements of an environment, in Chinese, are a checklist", () => {
  // after 2078 (set 174: "## 2. 服务器环境要求" — server environment requirements — over six bullets: Linux, Python 3.11+,
  // Node.js 20+, Nginx …, its counter's 6 items, read as a phase of notes: 0); 487's counter counts "### 1.1 环境要求" too.
  // "환경 요구사항" and "Deployment requirements" were already read so
  const runbook = (name: string) =>
    lines(
      "# 部署指南",
      "",
      "## 1. 打包",
      "",
      "```bash",
      "npm run build",
      "```",
      "",
      `## 2. ${name}`,
      "",
      "- Linux（推荐 Ubuntu 22.04+）",
      "- Python 3.11+",
      "- Nginx",
      "",
      "## 3. 后端部署",
      "",
      "```bash",
      "systemctl restart app",
      "```",
    );

  // (and 2126, set 178: "### 2.1 操作系统要求" — the operating system's requirements — over two bullets)
  it.each(["服务器环境要求", "环境要求", "運行環境要求", "部署环境要求", "環境要件", "操作系统要求", "硬件要求"])("“## 2. %s” over bullets: three checklist items", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Linux（推荐 Ubuntu 22.04+）", "Python 3.11+", "Nginx"]);
  });

  it("“## 2. 性能要求” (performance requirements) over bullets is no checklist", () => {
    const parsed = parse(runbook("性能要求"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("common commands named in either word order, in Chinese, are reference after the work", () => {
  // after 2078 (set 174: "## 7. 运维常用命令" — operations' common commands — over a bash fence and bullets, read as a seventh
  // phase where 3–6) and 2084 (set 175: "## 常用服务管理命令" — common service-management commands); "常用运维命令" was
  // reference already
  const runbook = (name: string) => lines("# 部署指南", "", ...WORK, `## 4. ${name}`, "", "```bash", "systemctl status app", "journalctl -u app -f", "```");

  it.each(["运维常用命令", "常用服务管理命令", "常用运维命令", "運維常用指令"])("“## 4. %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("journalctl -u app -f");
  });
});

describe("common errors “and their solutions”, in every language, are reference after the work", () => {
  // after 385 ("## 🚨 Errores Comunes y Soluciones" after the migration read as an eighth phase where 4–7); "Common problems
  // and solutions" was reference in English, "Errores comunes" alone in Spanish
  const runbook = (name: string) =>
    lines("# Migración", "", ...WORK, `## ${name}`, "", "### Error: relation already exists", "", "```bash", "supabase migration repair 20240101 --status reverted", "```");

  it.each([
    "🚨 Errores Comunes y Soluciones",
    "Problemas frecuentes y soluciones",
    "Erros comuns e soluções",
    "Erreurs fréquentes et solutions",
    "Häufige Fehler und Lösungen",
    "Common errors and fixes",
  ])("“## %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("supabase migration repair");
  });
});

describe("troubleshooting of common problems, a future path and special considerations are reference after the work", () => {
  // after 1688 ("## Solución de Problemas Comunes" after a server move read as a ninth phase where 4–8; "Solución de
  // problemas" alone was reference) and 1075 ("## Future: AWS S3 Restore", a path not yet built, read as a sixth phase
  // where 3–5); "Special considerations" as "Caveats" are (1814)
  const runbook = (name: string) =>
    lines("# Runbook", "", ...WORK, `## ${name}`, "", "- If the port is taken, stop the old service first.", "- Restart the firewall after a rule change.");

  it.each([
    "Solución de Problemas Comunes",
    "Solución de problemas frecuentes",
    "Resolução de problemas comuns",
    "Résolution des problèmes courants",
    "Future: AWS S3 Restore",
    "Future — restore from S3",
    "Futuro: restauración desde S3",
    "Zukünftig: Restore aus S3",
    "Special considerations for the mobile app",
    "Other considerations",
  ])("“## %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("stop the old service first");
  });

  it.each(["Futures contract rollover", "Consider the load"])("“## %s” over a command stays a phase", (name) => {
    const parsed = parse(lines("# Runbook", "", ...WORK, `## 4. ${name}`, "", "```bash", "make rollover", "```"));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify", name]);
  });
});

describe("what not to do, naming conventions, templates, common errors and plans for later are reference after the work, in every language", () => {
  // after 1747 ("## 금지 사항" — what is forbidden — after an incident response, read as a fifth phase where 3–4), 1721
  // ("## What not to change during cutover"), 613 ("## Erreurs Postgres fréquentes", "## Plan d'automatisation futur"),
  // 2051 ("## Mises à jour futures"), 446 ("## Convention de nommage") and 590 ("## down.sql 模板"); "What not to do",
  // "Conventions", "Templates" and "Erreurs fréquentes" were reference already
  const runbook = (name: string) => lines("# Runbook", "", ...WORK, `## ${name}`, "", "- Never edit an applied migration.", "- Keep one change per file.");

  it.each([
    "금지 사항",
    "하지 말아야 할 것",
    "禁止事项",
    "禁止事項",
    "やってはいけないこと",
    "不要做的事",
    "What not to change during cutover",
    "What not to touch",
    "Erreurs Postgres fréquentes",
    "Errores de Prisma comunes",
    "Plan d'automatisation futur",
    "Mises à jour futures",
    "Migración futura",
    "Convention de nommage",
    "Naming conventions",
    "Convenciones de nombres",
    "Namenskonventionen",
    "命名规范",
    "命名規則",
    "명명 규칙",
    "down.sql 模板",
    "PR テンプレート",
    "릴리스 노트 템플릿",
    "Vorlage für die Release-Notiz",
  ])("“## %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("Never edit an applied migration.");
  });
});

describe("roles named in German, French, Portuguese, Russian and Chinese are about the runbook, never a phase", () => {
  // after 1581 ("## Die zwei Rollen" — the two roles — read as a seventh phase where 3–6); "Roles", "Roles and
  // responsibilities", "役割", "역할" were the introduction already
  // (after the work: the roles a database migration runs as, over a table)
  const runbook = (name: string) => lines("# Runbook", "", ...WORK, `## ${name}`, "", "| Role | May |", "| --- | --- |", "| app_migrate | DDL |", "| app | DML only |");

  it.each([
    "Roles and responsibilities",
    "Die zwei Rollen",
    "Rollen",
    "Rollen und Verantwortlichkeiten",
    "Rôles et responsabilités",
    "Papéis e responsabilidades",
    "Роли",
    "角色与职责",
  ])("“## %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    // (kept after the work: the runbook's notes, or the last phase's where the name introduces rather than appends)
    expect(`${parsed.appendix}\n${parsed.phases.at(-1)?.notes}`).toContain("| app | DML only |");
  });
});

describe("a section about how the document relates to the rollback is not the rollback", () => {
  // after 2162 (set 181: "## 与 Rollback 的关系" — its relation to rollback: two bullets pointing at the release SOP's
  // rollback — read as this restore runbook's own rollback, which its counter reads as none)
  const runbook = (name: string) =>
    lines(
      "# 备份 / 恢复 SOP",
      "",
      "## 备份",
      "",
      "```bash",
      "pg_dump -Fc app > app.dump",
      "```",
      "",
      "## 恢复",
      "",
      "```bash",
      "pg_restore -d app app.dump",
      "```",
      "",
      `## ${name}`,
      "",
      "- 数据库恢复是 schema-changing rollback 的一部分（见 release-sop.md）。",
      "- 镜像回滚 ≠ 数据库回滚。",
    );

  it.each(["与 Rollback 的关系", "与回滚的关系", "ロールバックとの関係", "롤백과의 관계", "Relationship to rollback", "Relation with the rollback"])(
    "“## %s” is no rollback",
    (name) => {
      const parsed = parse(runbook(name));
      expect(parsed.rollback).toBeNull();
    },
  );

  it("“## 回滚” over the same bullets is the rollback", () => {
    expect(parse(runbook("回滚")).rollback).not.toBeNull();
  });
});

describe("a Chinese or Japanese heading that is one action verb alone names work, even over prose", () => {
  // after 2108 (set 177: "### 四、运行" — run — over two lines saying which URL to open, after the install and configure
  // sections, read as their notes: 2 phases where 3–8); an English "## Run" over prose was a phase already, and Korean
  // "실행" too
  const runbook = (name: string) =>
    lines(
      "# 部署说明",
      "",
      "## 一、服务安装",
      "",
      "```bash",
      "docker run -d redis",
      "```",
      "",
      "## 二、环境配置",
      "",
      "```bash",
      "cp app.example.yml app.yml",
      "```",
      "",
      `## 三、${name}`,
      "",
      "直接访问 localhost:8080 进行登录。",
    );

  it.each(["运行", "启动", "部署", "上线", "執行", "起動", "実行", "デプロイ", "Run"])("“## 三、%s” over a line of prose is a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["服务安装", "环境配置", name]);
  });

  it.each(["运行环境", "说明", "迁移前置条件"])("“## 三、%s” over a line of prose is not", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["服务安装", "环境配置"]);
  });
});

describe("a numbered sub-heading named as a checklist or prerequisites labels its list, as an unnumbered one does", () => {
  // after 2135 (set 179: "### 1.1 Prérequis" over three bullets inside "## 1. Premier déploiement", read as a step titled
  // "Prérequis": 0 items where its counter counts 3) and 487 ("### 1.1 环境要求"); "### Prérequis" was a label already
  const runbook = (name: string) =>
    lines(
      "# Exploitation",
      "",
      "## 1. Premier déploiement",
      "",
      `### ${name}`,
      "",
      "- Un serveur x86_64, Docker et Compose v2.",
      "- Trois enregistrements DNS.",
      "- Les ports 80 et 443 joignables.",
      "",
      "### 1.2 Installation",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## 2. Mise à jour",
      "",
      "```bash",
      "git pull && docker compose up -d --build",
      "```",
    );

  it.each(["1.1 Prérequis", "1.1 Prerequisites", "1.1. Voraussetzungen", "1) Checklist", "1.1 前提条件", "Prérequis"])("“### %s” over bullets: three checklist items", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual([
      "Un serveur x86_64, Docker et Compose v2.",
      "Trois enregistrements DNS.",
      "Les ports 80 et 443 joignables.",
    ]);
  });

  it("“### 1.1 Contexte” over bullets: no items", () => {
    expect(parse(runbook("1.1 Contexte")).phases[0]?.checklistItems).toEqual([]);
  });
});

describe("a label heading with a gloss keeps its line", () => {
  // after 2122 (set 178: "### Prerequisite Checks (Mandatory Before Destructive Restore)" over four bold-led numbered
  // checks, one with a nested fence: the heading's line was placed nowhere — the one line of round 10 lost); a label
  // line with a gloss kept its words in the notes already
  const runbook = (fence: boolean) =>
    lines(
      "# Restore",
      "",
      "## 1. Backup",
      "",
      "```bash",
      "bash scripts/backup.sh",
      "```",
      "",
      "## 2. Restoration Procedure",
      "",
      "### Prerequisite Checks (Mandatory Before Destructive Restore)",
      "1. **Write Quiescence**: Stop writes:",
      ...(fence ? ["   ```bash", "   docker compose stop api", "   ```"] : []),
      "2. **Fresh Pre-Restore Backup**: Take a snapshot.",
      "",
      "### Full Database Restore",
      "```bash",
      "bash scripts/restore.sh",
      "```",
    );

  it.each([false, true])("every line placed, the gloss in the phase's notes (a nested fence: %s)", (fence) => {
    const parsed = parse(runbook(fence));
    expect(parsed.phases[1]?.notes).toContain("(Mandatory Before Destructive Restore)");
    expect(parsed.phases[1]?.checklistItems.map((i) => i.text)).toEqual(["**Write Quiescence**: Stop writes:", "**Fresh Pre-Restore Backup**: Take a snapshot."]);
  });
});

describe("in an incident-response runbook, the review after the incident is a phase, in every language", () => {
  // after 2154 (set 180: "## Postmortem" — "Within 5 business days:" over what it holds — after the common plays of an
  // "Incident Response Runbook", read as the plays' notes: 2 phases where 3–5). Only there: 518's "Post-incident
  // follow-up" after a migration and 1795's "Post-Mortem" after a failover are notes to their counters
  const runbook = (title: string, name: string) =>
    lines(
      `# ${title}`,
      "",
      "## Triage (first 5 min)",
      "",
      "1. Acknowledge the page.",
      "2. Check the status page.",
      "",
      "## Common plays",
      "",
      "### Withdrawals spiking",
      "",
      "1. Pause withdrawals.",
      "2. Engage compliance.",
      "",
      `## ${name}`,
      "",
      "Within 5 business days:",
      "- Timeline",
      "- Root cause",
      "- Action items with owners and dates",
    );

  it.each([
    "Postmortem",
    "Post-mortem",
    "Retrospective",
    "Post-incident review",
    "复盘",
    "ポストモーテム",
    "振り返り",
    "회고",
    "Rétrospective",
    "Nachbetrachtung",
    "Разбор инцидента",
  ])("“## %s” in an incident-response runbook is a phase", (name) => {
    expect(titles(parse(runbook("Incident Response Runbook", name))).at(-1)).toBe(name);
  });

  it.each(["インシデント対応手順", "장애 대응 런북", "Outage playbook"])("so is “## Postmortem” in “# %s”", (title) => {
    expect(titles(parse(runbook(title, "Postmortem"))).at(-1)).toBe("Postmortem");
  });

  it("“## Postmortem” after a migration's work stays its notes", () => {
    expect(titles(parse(runbook("Database Migration Runbook", "Postmortem")))).not.toContain("Postmortem");
  });
});

describe("known limitations and what a document does not cover are reference after the work, in every language", () => {
  // after 2134 (set 179: "## 5. O que esses guardrails não cobrem" and "## 6. Limitações conhecidas" after a Portuguese
  // production deploy, read as phases where its counter reads reference); "Known limitations" and "What this does not
  // cover" were reference in English
  const runbook = (name: string) => lines("# Deploy", "", ...WORK, `## 4. ${name}`, "", "- Cold starts take about a minute.", "- No rate limit on the webhook.");

  it.each([
    "Limitações conhecidas",
    "Limitaciones conocidas",
    "Limitations connues",
    "Bekannte Einschränkungen",
    "Известные ограничения",
    "已知限制",
    "既知の制限",
    "알려진 제한 사항",
    "O que esses guardrails não cobrem",
    "Lo que este runbook no cubre",
    "Ce que ce document ne couvre pas",
    "Was dieses Runbook nicht abdeckt",
  ])("“## 4. %s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("Cold starts take about a minute.");
  });
});

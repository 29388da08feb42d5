// Kinds found in session 31 (rounds 11 and 12's first-run misses, with their siblings in the corpus's
// other languages), each as a small document of its own: what a lead expects, and that the import is sound (every line
// placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("what each part of the work is for, after the work, is reference in every language", () => {
  // after 2134 (set 179: "## 4. O que cada guardrail protege", a table of what each guard stops, read as a fourth phase
  // where both its counters count 2–3); "What the cutover does" was reference in English
  const runbook = (name: string) => lines("# Release", "", ...WORK, `## 4. ${name}`, "", "| guard | stops |", "| --- | --- |", "| rate limit | floods |", "| auth | strangers |");

  it.each([
    "O que cada guardrail protege",
    "O que cada etapa faz",
    "What each guardrail protects",
    "What each job does",
    "What each check means",
    "Qué hace cada paso",
    "Lo que protege cada control",
    "Ce que fait chaque contrôle",
    "Ce que chaque garde-fou protège",
    "Was jeder Schritt prüft",
    "Wovor jede Sperre schützt",
    "每个检查的作用",
    "各チェックの役割",
    "각 단계의 역할",
  ])("“%s” is not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("rate limit");
  });

  it.each(["Check each service", "Verificar cada serviço", "Vérifier chaque service"])("“%s” names work and stays a phase", (name) => {
    expect(titles(parse(runbook(name)))).toHaveLength(4);
  });
});

describe("a box glyph written as an HTML character reference is a box", () => {
  // after 2201 (set 184: "| &#9744; | 職員情報が最新か確認した |", a monthly checklist table of nine boxes, read as none)
  it.each(["&#9744;", "&#x2610;", "&#X2610;", "&#9745;", "&#x2611;", "&#11036;"])("a table column of “%s” is a checklist", (box) => {
    const parsed = parse(
      lines(
        "# Monthly run",
        "",
        "## 1. Prepare",
        "",
        "1. Open the app",
        "",
        "### Checklist",
        "",
        "| check | task |",
        "|:---:|---|",
        `| ${box} | staff updated |`,
        `| ${box} | holidays entered |`,
        "",
        "## 2. Generate",
        "",
        "1. Click generate",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["staff updated", "holidays entered"]);
  });

  it("a bare “&#9744; task” line is an item", () => {
    const parsed = parse(lines("# Release", "", "## 1. Deploy", "", "1. Deploy", "", "## 2. Check", "", "&#9744; Smoke test passed", "&#9744; Logs clean"));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Smoke test passed", "Logs clean"]);
  });

  it("another entity is text", () => {
    const parsed = parse(lines("# Release", "", "## 1. Deploy", "", "| a | b |", "|---|---|", "| &#9733; | star |", "| &#9733; | star |"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("a return to the previous version, by its words in every language, is the rollback", () => {
  // after 2182 (set 183: "## Retorno à versão anterior" — stop the service, restore the previous backup with the previous
  // code — read as a phase of the work); the French, Russian and Chinese names were known
  it.each([
    "Retorno à versão anterior",
    "Voltar à versão anterior",
    "Volver a la versión anterior",
    "Regresar a la versión anterior",
    "Return to the previous version",
    "Back to the previous release",
    "Zurück zur vorherigen Version",
  ])("“## %s”", (name) => {
    const parsed = parse(lines("# Migration", "", ...WORK, `## ${name}`, "", "Stop the service, restore the previous backup and deploy the previous code."));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual([name]);
  });

  it("“## Versão anterior” (the previous version, no going back) is not one", () => {
    expect(parse(lines("# Migration", "", ...WORK, "## Versão anterior", "", "The previous version kept its data in SQLite.")).rollback).toBeNull();
  });
});

describe("a step labelled by the case of going back is the rollback", () => {
  // after 2172 (set 182: "13. **If it has to go back:** `migkit rollback HOP …` shows what the restore point holds …", the
  // cut-over's only way back, read as a step of the work)
  const runbook = (item: string) =>
    lines(
      "# Cutover",
      "",
      "## The cutover",
      "",
      "1. **Stop writes.** Revoke them.",
      "2. **Flip.** Point the app at the target.",
      "",
      "## After",
      "",
      "3. **Check again.** Run `check`.",
      item,
    );
  it.each([
    "4. **If it has to go back:** `migkit rollback HOP --apply` puts the counters back.",
    "4. **If you need to roll back:** point the application at the old source again.",
    "4. **To go back:** point the application at the old source again.",
    "4. **Para voltar:** aponte a aplicação para a origem antiga.",
    "4. **Si hay que volver atrás:** apunta la aplicación al origen antiguo.",
    "4. **如需回滚：** 将应用指回旧数据源。",
    "4. **戻す場合：** アプリを旧ソースに向け直す。",
  ])("“%s”", (item) => {
    const parsed = parse(runbook(item));
    expect(parsed.rollback?.phases.flatMap((p) => p.steps)).toHaveLength(1);
    expect(parsed.phases.flatMap((p) => p.steps)).toHaveLength(3);
  });

  it("a step for another case (“If it is slow: check the logs”) is not one", () => {
    expect(parse(runbook("4. **If it is slow:** check the logs and wait.")).rollback).toBeNull();
  });
});

describe("a rollback section that names the one way back it leaves is the rollback", () => {
  // after 2178 (set 182: "## Rollback" — "There is no rollback beyond “redirect DNS back to the old host”. …" — read as a section
  // saying there is none); "There is no rollback." alone still says so (1184, 1260)
  const runbook = (text: string) => lines("# Disaster recovery", "", ...WORK, "## Rollback", "", text);
  it.each([
    'There is no rollback beyond "redirect DNS back to the old host".',
    "There is no rollback other than pointing DNS back at the old host.",
    "There is no way back except restoring yesterday's snapshot.",
  ])("“%s”", (text) => {
    expect(parse(runbook(text)).rollback?.phases).toHaveLength(1);
  });

  it("“There is no rollback.” alone is none", () => {
    expect(parse(runbook("There is no rollback. Fix forward.")).rollback).toBeNull();
  });
});

describe("open decisions, after the work, are reference in every language", () => {
  // after 2219 (set 186: "## Decisiones abiertas" — which monitoring service, which remote, the cron's hour — read as a fifth
  // phase); "Open questions" and "Preguntas abiertas" were reference
  it.each(["Decisiones abiertas", "Open decisions", "Pending decisions", "Decisões em aberto", "Décisions ouvertes", "Offene Entscheidungen", "未决事项", "未決事項", "미결 사항"])(
    "“## %s”",
    (name) => {
      const parsed = parse(lines("# Backups", "", ...WORK, `## ${name}`, "", "1. **The monitoring service.** Free plan or paid.", "2. **The remote.** B2 or S3."));
      expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
      expect(parsed.appendix).toContain("The remote");
    },
  );
});

describe("pitfalls, known risks and a record of past fixes are reference in every language, even over a command", () => {
  // after 2206 (set 185: "## Stolperfallen" — pitfalls — over a psql fence, read as a phase), 2218 (set 186: "## 已知风险 + Known
  // Limitations") and 2167 (set 182: "## 13. 已验证修复记录", a dated record of verified fixes); "Common pitfalls" and "Known
  // limitations" were reference
  const runbook = (name: string) => lines("# Backup", "", ...WORK, `## ${name}`, "", "```bash", "psql -c 'select 1'", "```", "", "- The dump needs the owner role.");
  it.each([
    "Pitfalls",
    "Gotchas",
    "Stolperfallen",
    "Fallstricke",
    "Pièges à éviter",
    "Armadilhas comuns",
    "Trampas comunes",
    "落とし穴",
    "ハマりどころ",
    "踩坑记录",
    "Known risks",
    "已知风险",
    "Bekannte Risiken",
    "Riesgos conocidos",
    "已验证修复记录",
    "修复记录",
  ])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.appendix).toContain("owner role");
  });
});

describe("in a disaster-recovery runbook, the case of failure is the restore's own: no rollback", () => {
  // after 2220 (set 186: "# Disaster recovery: restoring onto a clean host" closing with "## If something goes wrong" — the
  // restore failed: nothing changed, fix the cause and repeat — read as its rollback, where its counter counts none)
  const restore = (title: string, name: string) =>
    lines(
      `# ${title}`,
      "",
      "## 1. Stop the app",
      "",
      "1. Stop it",
      "",
      "## 2. Restore the dump",
      "",
      "1. Run the restore",
      "",
      `## ${name}`,
      "",
      "- The restore failed: nothing was changed. Fix the cause and repeat.",
    );
  it.each(["If something goes wrong", "If it fails", "Si algo sale mal", "Em caso de falha"])("“## %s” in a restore runbook is no rollback", (name) => {
    expect(parse(restore("Disaster recovery: restoring onto a clean host", name)).rollback).toBeNull();
  });
  it("“## Rollback (if the restore fails)” in one is", () => {
    expect(parse(restore("Database restore runbook", "Rollback (if the restore fails)")).rollback?.phases).toHaveLength(1);
  });
  it("“## If something goes wrong” in a deploy runbook is still its rollback", () => {
    expect(parse(restore("Deploy runbook", "If something goes wrong")).rollback?.phases).toHaveLength(1);
  });
});

describe("the period of watching the change land, after the work, is a phase in every language", () => {
  // after 2185 (set 183: "## Período de observação" — keep the legacy frozen 30–90 days, no new records — after the cut,
  // folded into the cut's notes where its counter counts it); "The first week" and "First 24 hours" were phases
  const runbook = (name: string) =>
    lines(
      "# Cutover",
      "",
      "## Cut",
      "",
      "1. Freeze the sheet",
      "2. Sync",
      "3. Switch",
      "",
      `## ${name}`,
      "",
      "Keep the legacy frozen for 30 to 90 days.",
      "",
      "## Rollback",
      "",
      "1. Re-enable the old link",
    );
  it.each([
    "Observation period",
    "Hypercare",
    "Stabilization period",
    "Período de observação",
    "Período de observación",
    "Période d'observation",
    "Beobachtungszeitraum",
    "観察期間",
    "观察期",
    "관찰 기간",
  ])("“## %s”", (name) => {
    expect(titles(parse(runbook(name)))).toEqual(["Cut", name]);
  });
  it("“## Observations” (notes from a past run) is not one", () => {
    expect(titles(parse(runbook("Observations")))).not.toContain("Observations");
  });
});

describe("a runbook named for a release beside its recovery is a release runbook: its rollback section is the way back", () => {
  // after 2300 (set 193: "# … release and recovery runbook" whose "## Rollback and database recovery" opens "Prefer a forward
  // fix. For a schema-compatible application regression, restore the previous verified image …", read as a restore
  // runbook's own failure handling and dropped)
  const runbook = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## Deploy",
      "",
      "1. Pull",
      "2. Restart",
      "",
      "## Smoke",
      "",
      "1. curl health",
      "",
      "## Rollback",
      "",
      "Prefer a forward fix. For a regression, restore the previous verified image and rerun the smoke checks.",
    );
  it.each(["Release and recovery runbook", "Deployment and recovery", "部署、切换与恢复", "Despliegue y recuperación"])("“# %s”", (title) => {
    expect(parse(runbook(title)).rollback?.phases).toHaveLength(1);
  });
  it("“# Database recovery runbook”: its fix-forward failure paragraph is the restore's own, no rollback", () => {
    expect(parse(runbook("Database recovery runbook")).rollback).toBeNull();
  });
});

describe("a box just inside the emphasis that opens an item is a box", () => {
  // after 2289 (set 192: "- **[ ] Registro de Usuario**: Crear una nueva cuenta de usuario." — five smoke tests so written, read as
  // none)
  it.each(["**[ ] Login**", "**[x] Login**", "__[ ] Login__", "*[ ] Login*", "**☐ Login**"])("“- %s: sign in with a user.”", (lead) => {
    const parsed = parse(
      lines("# Go-live", "", "## 1. Deploy", "", "1. Deploy", "", "## 2. Smoke tests", "", `- ${lead}: sign in with a user.`, "- **[ ] Search**: search the catalog."),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(2);
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))[0]).toMatch(/Login.*: sign in with a user\.$/u);
  });
  it("“- **Login**: sign in” (bold without a box) is no item", () => {
    expect(
      parse(lines("# Go-live", "", "## 1. Deploy", "", "1. Deploy", "", "## 2. Smoke tests", "", "- **Login**: sign in.", "- **Search**: search.")).phases.flatMap(
        (p) => p.checklistItems,
      ),
    ).toEqual([]);
  });
});

describe("the way back told in one sentence of prose, in every language", () => {
  // after 2281 (set 191: "… Для отката: остановить новый стек без `-v`, вернуть предыдущий image digest …", the move's only way
  // back, in the paragraph after its steps); "To roll back: …" was found in English
  const runbook = (sentence: string) =>
    lines(
      "# Move the app",
      "",
      "## Scope",
      "",
      "Local checks do not touch the server.",
      "",
      "1. Install Docker",
      "2. Copy the repo",
      "3. Run deploy.sh",
      "4. Check health",
      "",
      `Back up every config volume before each update. ${sentence} Do not change images and storage together.`,
    );
  it.each([
    "Для отката: остановить новый стек без -v и вернуть предыдущий image digest.",
    "Для отката нужно остановить новый стек и вернуть предыдущий образ.",
    "Para revertir, detener la pila nueva y volver a la imagen anterior.",
    "Para reverter: pare a pilha nova e volte à imagem anterior.",
    "Pour revenir en arrière : arrêter la nouvelle pile et remettre l'image précédente.",
    "Um zurückzurollen, den neuen Stack stoppen und das vorherige Image setzen.",
    "To roll back: stop the new stack and return the previous image digest.",
  ])("“%s”", (sentence) => {
    expect(parse(runbook(sentence)).rollback?.phases).toHaveLength(1);
  });
  it("a sentence about the backups alone is none", () => {
    expect(parse(runbook("Для бэкапа: копировать тома каждую ночь.")).rollback).toBeNull();
  });
});

describe("requirements for a named thing, in Russian, label a checklist", () => {
  // after 2190 (set 183: "## Требования к backup", six bullets of what a backup must hold) and 2258 (set 189: "### Требования к
  // бакету", the bucket's four requirements), both counted as checklist items by their counters; "Требования к серверу" was known
  it.each(["Требования к backup", "Требования к бакету", "Требования к серверу", "Требования"])("“## %s”", (name) => {
    const parsed = parse(
      lines(
        "# Перенос",
        "",
        `## ${name}`,
        "",
        "- Версионирование включено",
        "- Доступ только по ключу",
        "",
        "## Копирование",
        "",
        "1. Запустить rclone copy",
        "2. Сверить количество объектов",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Версионирование включено", "Доступ только по ключу"]);
  });
});

describe("a prerequisites label with a clause on it is still the label", () => {
  // after 2268 (set 190: "Pré-requisitos que você já deveria ter, de antes do desastre:" over three bullets, counted as items)
  it.each([
    "Pré-requisitos que você já deveria ter, de antes do desastre:",
    "Prerequisites you should already have:",
    "Requisitos que debes tener antes:",
    "Voraussetzungen, die vorher erfüllt sein müssen:",
  ])("“%s”", (label) => {
    const parsed = parse(
      lines(
        "# Restore",
        "",
        label,
        "- Access to the backup bucket",
        "- The age private key",
        "",
        "## 1. Create the project",
        "",
        "1. Create it",
        "",
        "## 2. Restore",
        "",
        "1. Run the restore",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((i) => i.text))).toEqual(["Access to the backup bucket", "The age private key"]);
  });
});

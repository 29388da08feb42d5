// Kinds found in session 29 (the corpus's remaining gaps and sets 170–175), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** The work most documents below share: "## 1. Build" and "## 2. Deploy", each over one command, and a blank line after. */
const BUILD_AND_DEPLOY = ["## 1. Build", "", "```bash", "make build", "```", "", "## 2. Deploy", "", "```bash", "make deploy", "```", ""];
/** "## 3. Verify" over one command. */
const VERIFY = ["## 3. Verify", "", "```bash", "curl -f https://example.com/health", "```"];

describe("an overview named with what it overviews is the introduction, in Korean and Japanese too", () => {
  // after 2015 (set 169: "## 1. 시스템 개요" (system overview) over a table and a mermaid fence was read as the first phase
  // of an install guide, and "## 10. 운영 명령 치트시트" (operations command cheat sheet) after the work as another: 11
  // phases where 3–9)
  const runbook = (overview: string) =>
    lines(
      "# 운영 가이드",
      "",
      `## 1. ${overview}`,
      "",
      "| 기능 | 경로 |",
      "| --- | --- |",
      "| API | /api |",
      "",
      "```mermaid",
      "flowchart LR",
      "  A --> B",
      "```",
      "",
      "## 2. 설치",
      "",
      "```bash",
      "helm install app ./chart",
      "```",
      "",
      "## 3. 첫 로그인",
      "",
      "1. 브라우저에서 접속합니다.",
      "2. 관리자 계정으로 로그인합니다.",
    );

  it.each(["시스템 개요", "서비스 개요", "システム概要", "サービス概要", "系统概要"])("“## 1. %s” over a table and a diagram is not a phase", (overview) => {
    const parsed = parse(runbook(overview));
    expect(titles(parsed)).toEqual(["설치", "첫 로그인"]);
    expect(parsed.preamble).toContain("flowchart LR");
  });

  it.each(["시스템 설치", "개요 확인 후 설치"])("“## 1. %s” names work and stays a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)[0]).toBe(name);
  });

  it("a command cheat sheet after the work (“운영 명령 치트시트”) is reference, not a phase", () => {
    const source = lines(runbook("시스템 개요"), "", "## 4. 운영 명령 치트시트", "", "```bash", "kubectl get pods -n app", "kubectl logs deploy/app -n app", "```");
    const parsed = parse(source);
    expect(titles(parsed)).toEqual(["설치", "첫 로그인"]);
  });
});

describe("a section named for the time after the event, in any language, is a phase where it lists what to do", () => {
  // after 1601 (set 132: a Portuguese deploy runbook's "## Pós-Deploy" over three actions, after "## Rollback Manual", was
  // kept as the last phase's notes: 2 phases where 3–4; "## Post-Deploy" was read as a phase)
  const runbook = (name: string, body: string[]) =>
    lines(
      "# Runbook de deploy",
      "",
      "## Procedimento de Deploy",
      "",
      "1. Criar a tag semântica.",
      "2. Disparar o pipeline `deploy-prod` com a tag.",
      "",
      "## Rollback Manual",
      "",
      "1. Disparar o pipeline com a tag anterior.",
      "",
      `## ${name}`,
      "",
      ...body,
    );
  const actions = ["- Abrir post-mortem se algo incomum ocorreu.", "- Atualizar o runbook.", "- Registrar métricas de erro."];

  it.each([
    "Pós-Deploy",
    "Depois do deploy",
    "Após o deploy",
    "Post-despliegue",
    "Después del despliegue",
    "Post-déploiement",
    "Après le déploiement",
    "Nach dem Deployment",
    "部署后",
    "上线后",
    "デプロイ後",
    "デプロイ後の作業",
    "배포 후",
    "배포 후 작업",
    "После деплоя",
  ])("“## %s” over a list of actions after the work is a phase", (name) => {
    const parsed = parse(runbook(name, actions));
    expect(titles(parsed)).toEqual(["Procedimento de Deploy", name]);
    expect(parsed.rollback?.phases).toHaveLength(1);
  });

  it.each(["Depois do deploy", "部署后", "배포 후"])("“## %s” over a paragraph after the work is reference", (name) => {
    const parsed = parse(runbook(name, ["O sistema passa a servir a nova versão e as métricas aparecem no painel em alguns minutos."]));
    expect(titles(parsed)).toEqual(["Procedimento de Deploy"]);
  });

  it.each(["Pós-produção", "Nach dem Mittagessen"])("“## %s” names no time around the event and stays the notes", (name) => {
    const parsed = parse(runbook(name, actions));
    expect(titles(parsed)).toEqual(["Procedimento de Deploy"]);
  });
});

describe("a cheat sheet, useful commands, related documents, links or an FAQ after the work are reference in any language", () => {
  // the kind of 2015's "운영 명령 치트시트": read as a phase after the work by its commands where English "Cheat sheet",
  // "Useful commands", "Related documents" and "FAQ" were reference (429's "## 四、常用命令速查", 1556's "## 6. Полезные
  // команды": 4 and 5 phases where the work is 3 and 4)
  const runbook = (name: string) => lines("# Deploy", "", ...BUILD_AND_DEPLOY, ...VERIFY, "", `## 4. ${name}`, "", "```bash", "kubectl get pods", "kubectl logs deploy/app", "```");

  it.each([
    "チートシート",
    "コマンドチートシート",
    "常用命令速查",
    "速查表",
    "Spickzettel",
    "Aide-mémoire",
    "Referencia rápida",
    "Referência rápida",
    "Шпаргалка",
    "빠른 참조",
    "便利なコマンド",
    "유용한 명령어",
    "Полезные команды",
    "関連ドキュメント",
    "相关文档",
    "관련 문서",
    "Liens utiles",
    "Weiterführende Links",
    "Enlaces útiles",
    "よくある質問",
    "자주 묻는 질문",
    "Preguntas frecuentes",
    "Häufige Fragen",
  ])("“## 4. %s” after the work is kept in the notes, not a phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect([...parsed.phases.map((p) => p.notes), parsed.appendix ?? ""].join("\n")).toContain("kubectl logs deploy/app");
  });

  it.each(["Rollout", "速查部署"])("“## 4. %s” is a phase", (name) => {
    expect(titles(parse(runbook(name)))).toHaveLength(4);
  });
});

describe("a list of prerequisites named in other languages is a checklist to tick", () => {
  // siblings of "Prerequisites", "Voraussetzungen", "前提条件", "사전 요구 사항" (the counting brief's labels): the names a
  // Russian, Japanese, Korean, Vietnamese, Turkish or Italian runbook gives its prerequisites
  const runbook = (name: string) =>
    lines(
      "# Deploy",
      "",
      `## ${name}`,
      "",
      "- Access to the production cluster",
      "- The release tag",
      "- A maintenance window",
      "",
      "## 1. Deploy",
      "",
      "```bash",
      "make deploy",
      "```",
      "",
      "## 2. Verify",
      "",
      "```bash",
      "curl -f https://example.com/health",
      "```",
    );

  it.each(["Предварительные требования", "Предусловия", "必要条件", "필수 조건", "Yêu cầu", "Gereksinimler", "Requisiti", "Requisiti preliminari"])(
    "“## %s” over bullets is a checklist of three items",
    (name) => {
      const parsed = parse(runbook(name));
      expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual(["Access to the production cluster", "The release tag", "A maintenance window"]);
    },
  );
});

describe("a way back named in other languages is the rollback", () => {
  // siblings of "Revenir à la version précédente" (1497), "되돌리기", "障害時" (1676): going back to the old version, undoing
  // the change, or the time something goes wrong, by the words of each language
  const runbook = (name: string) =>
    lines(
      "# Deploy",
      "",
      "## 1. Deploy",
      "",
      "```bash",
      "make deploy",
      "```",
      "",
      "## 2. Verify",
      "",
      "```bash",
      "curl -f https://example.com/health",
      "```",
      "",
      `## ${name}`,
      "",
      "1. Redeploy the previous tag.",
      "2. Restore the database snapshot.",
    );

  it.each([
    "Desfazer o deploy",
    "Rückgängig machen",
    "Notfall-Rollback",
    "Wiederherstellung der alten Version",
    "恢复旧版本",
    "回到上一版本",
    "이전 버전으로 복구",
    "Возврат к предыдущей версии",
    "Khôi phục phiên bản cũ",
    "出问题时",
    "問題が起きたら",
    "문제가 생기면",
  ])("“## %s” after the work is the rollback, its steps kept", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title))).toEqual(["Redeploy the previous tag.", "Restore the database snapshot."]);
  });

  it.each(["Annulation", "错了"])("“## %s” names no way back", (name) => {
    expect(parse(runbook(name)).rollback).toBeNull();
  });
});

describe("a section named for the tests, in any language, is a check to make after the work", () => {
  // siblings of "Verification", "Vérification", "確認": "## Tests", "## Pruebas", "## Contrôle", "## 功能测试" over prose after
  // the work were kept as notes ("Testing the restore" in 1195, "Comprobación posterior" in 1798, "Testes de Funcionalidade
  // Críticos" in 201: each now a phase, the counts of all three still in their ranges)
  const runbook = (name: string) =>
    lines("# Deploy", "", ...BUILD_AND_DEPLOY, `## 3. ${name}`, "", "Open the site and confirm the login page loads and the version in the footer is the new one.");

  it.each(["Tests", "Testing", "Pruebas", "Testes", "Comprobación posterior", "Contrôle", "Тестирование", "Collaudo", "功能测试", "動作テスト", "기능 테스트", "部署后确认"])(
    "“## 3. %s” over prose is a phase",
    (name) => {
      expect(titles(parse(runbook(name)))).toEqual(["Build", "Deploy", name]);
    },
  );

  it.each(["Latest news", "Contest rules", "待确认"])("“## 3. %s” names no check", (name) => {
    expect(titles(parse(runbook(name)))).toEqual(["Build", "Deploy"]);
  });
});

describe("a checklist named in any language after the work ticks its bullets", () => {
  // "## Final checklist" over bullets after the work ticked them, "## 检查清单", "## Lista de verificación final",
  // "## Abschlusscheckliste" did not (the checklist's name was read in English only there): the counting brief's "a SECTION
  // titled … Checklist over plain bullets: the bullets are items"
  const runbook = (name: string) => lines("# Deploy", "", ...BUILD_AND_DEPLOY, `## ${name}`, "", "- The site answers on HTTPS", "- The login works", "- Errors are below 1 %");

  it.each([
    "Lista de verificación final",
    "Lista de verificação",
    "Liste de vérification",
    "Abschlusscheckliste",
    "Checkliste nach dem Deployment",
    "上线检查清单",
    "最終チェックリスト",
    "최종 체크리스트",
    "Чек-лист после деплоя",
    "Danh sách kiểm tra",
    "Daftar periksa",
    "Lista di controllo",
  ])("“## %s” over bullets is a checklist phase of three items", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", name]);
    expect(parsed.phases[2]?.checklistItems.map((i) => i.text)).toEqual(["The site answers on HTTPS", "The login works", "Errors are below 1 %"]);
  });
});

describe("a bold label naming a checklist in Vietnamese or Indonesian ticks its bullets; items to confirm do not", () => {
  const runbook = (label: string) =>
    lines(
      "# Deploy",
      "",
      "## 1. Prepare",
      "",
      `**${label}**`,
      "",
      "- The backup is recent",
      "- The window is announced",
      "",
      "```bash",
      "make backup",
      "```",
      "",
      "## 2. Deploy",
      "",
      "```bash",
      "make deploy",
      "```",
    );
  const items = (label: string) => parse(runbook(label)).phases.flatMap((p) => p.checklistItems.map((i) => i.text));

  it.each(["Danh sách kiểm tra:", "Daftar periksa:", "Checkliste:"])("“**%s**” over bullets labels two items", (label) => {
    expect(items(label)).toEqual(["The backup is recent", "The window is announced"]);
  });

  // (the counters of 236 and 468 read "確認事項" and "確認項目", things to confirm, as no checklist's label)
  it.each(["確認事項：", "確認項目:", "확인 사항:"])("“**%s**” over bullets labels none", (label) => {
    expect(items(label)).toEqual([]);
  });
});

describe("a diagram fence is a picture to read, not work to run", () => {
  // the kind of 2015's "## 1. 시스템 개요" (a table and a mermaid fence): "## 0. Architecture", "## 0. Kontext", "## 0. 構成図" over
  // a diagram before the numbered work were phases by their fence (and 56's "コミットグラフ", a mermaid commit graph)
  const runbook = (name: string, lang: string) =>
    lines(
      "# Deploy",
      "",
      `## 0. ${name}`,
      "",
      "| Part | Host |",
      "| --- | --- |",
      "| API | api.example.com |",
      "",
      `\`\`\`${lang}`,
      "A --> B",
      "```",
      "",
      ...BUILD_AND_DEPLOY,
      ...VERIFY,
    );

  it.each([
    ["Architecture", "mermaid"],
    ["Kontext", "mermaid"],
    ["構成図", "plantuml"],
    ["Topology", "dot"],
    ["Components", "d2"],
  ])("“## 0. %s” over a table and a %s fence is context before the work", (name, lang) => {
    const parsed = parse(runbook(name, lang));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.preamble).toContain("A --> B");
  });

  it("“## 0. Prepare” over a bash fence is a phase", () => {
    expect(titles(parse(runbook("Prepare", "bash")))).toEqual(["Prepare", "Build", "Deploy", "Verify"]);
  });
});

describe("“If it fails” in other languages, inside a phase, is the rollback", () => {
  // siblings of "### If it fails" and "### En cas d'échec" (each a rollback subsection of its phase): "Si falla", "Se falhar",
  // "Wenn es fehlschlägt", "Если не получилось" were kept as the phase's notes and the runbook had no rollback
  const runbook = (name: string) => lines("# Deploy", "", ...BUILD_AND_DEPLOY, `### ${name}`, "", "```bash", "make deploy TAG=previous", "```", "", ...VERIFY);

  it.each(["Si falla", "Se falhar", "Wenn es fehlschlägt", "Falls etwas fehlschlägt", "Si ça échoue", "Если не получилось"])("“### %s” holds the rollback's command", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.text))).toContain("make deploy TAG=previous");
  });

  it.each(["При ошибке", "Bei Problemen"])("“### %s” (on an error, with problems) is no rollback by its name", (name) => {
    expect(parse(runbook(name)).rollback).toBeNull();
  });
});

describe("known problems, troubleshooting and common errors named in other languages are reference after the work", () => {
  // siblings of "Known issues", "Common errors" and "Troubleshooting" (reference) and of "Solución de problemas",
  // "Fehlerbehebung", "故障排查" already known: read as a phase after the work by their commands
  const runbook = (name: string) => lines("# Deploy", "", ...BUILD_AND_DEPLOY, `## 3. ${name}`, "", "```bash", "kubectl logs deploy/app", "```");

  it.each([
    "Problemas conocidos",
    "Problèmes connus",
    "Известные проблемы",
    "Xử lý sự cố",
    "Solução de problemas",
    "Fehlersuche",
    "Störungsbehebung",
    "Résolution des problèmes",
    "问题排查",
    "故障排查指南",
    // (2024, set 170 at first run: "## 7. 常用排查", common troubleshooting, over status and log commands)
    "常用排查",
    "排查命令",
    "오류 해결",
    "Решение проблем",
    "Errores comunes",
    "Häufige Fehler",
    "よくあるエラー",
    "常见错误",
  ])("“## 3. %s” after the work is kept in the notes", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy"]);
    expect([...parsed.phases.map((p) => p.notes), parsed.appendix ?? ""].join("\n")).toContain("kubectl logs deploy/app");
  });
});

describe("a box typed with two spaces, a spaced tick or full-width brackets is a checkbox", () => {
  // siblings of "[ ]", "[x]", "☐": boxes as typed by hand or with a CJK input method, which GFM does not read as task items
  const runbook = (line: string) => lines("# R", "", "## 1. Check", "", line, "", "## 2. Deploy", "", "```bash", "make deploy", "```");

  it.each(["- [  ] Backup taken", "- [ x ] Backup taken", "［ ］Backup taken", "- ［ ］ Backup taken", "- ［x］ Backup taken", "[　] Backup taken"])(
    "“%s” is one checklist item",
    (line) => {
      expect(parse(runbook(line)).phases[0]?.checklistItems.map((i) => i.text)).toEqual(["Backup taken"]);
    },
  );

  it.each(["■ Backup taken", "- [-] Backup taken", "- [link] Backup taken"])("“%s” is no checkbox", (line) => {
    expect(parse(runbook(line)).phases.flatMap((p) => p.checklistItems)).toEqual([]);
  });
});

describe("an estimate in a heading in more languages and forms", () => {
  // siblings of "(5 min)", "(10분)", "(1 hora)", "(~10 минут)": German abbreviations, Vietnamese and Indonesian units, and the
  // estimate in square brackets
  const runbook = (heading: string) => lines("# R", "", `## 1. Deploy ${heading}`, "", "```bash", "make deploy", "```", "", "## 2. Verify", "", "```bash", "make verify", "```");

  it.each([
    ["(5 Min.)", 5],
    ["(~2 Std.)", 120],
    ["(15 phút)", 15],
    ["(1 giờ)", 60],
    ["(10 menit)", 10],
    ["(1 jam)", 60],
    ["[15m]", 15],
  ])("“## 1. Deploy %s” is estimated at %i minutes, its title without it", (heading, minutes) => {
    const parsed = parse(runbook(heading));
    expect(parsed.phases[0]?.estimatedMinutes).toBe(minutes);
    expect(parsed.phases[0]?.title).toBe("Deploy");
  });

  it.each(["[link]", "(v2 m)", "[5]"])("“## 1. Deploy %s” gives no estimate", (heading) => {
    expect(parse(runbook(heading)).phases[0]?.estimatedMinutes).toBeNull();
  });
});

describe("a section named for the preparation in more languages is the first stage of the work", () => {
  // siblings of 1925's "## Rust cutover preparation" and of "Vorbereitung", "Подготовка", "准备" (session 28)
  const runbook = (name: string) =>
    lines(
      "# Cutover runbook",
      "",
      "Every step here is executed by the owner, deliberately.",
      "",
      `## ${name}`,
      "",
      "- `tool install configure` creates the service account.",
      "- `tool legacy export` writes a read-only export.",
      "",
      "## Proofs",
      "",
      "```sh",
      "tool health --all",
      "```",
      "",
      "## Cutover",
      "",
      "1. Back up the legacy state.",
      "2. Stop the legacy units.",
      "3. Import the reviewed state.",
      "",
      "## Uninstalling the canary",
      "",
      "Remove the canary unit.",
    );

  it.each(["Preparativos", "Préparatifs", "Подготовительные работы", "Chuẩn bị", "Persiapan", "Hazırlık", "Voorbereiding", "Förberedelser"])(
    "“## %s” over bullets before the work is a phase",
    (name) => {
      expect(titles(parse(runbook(name))).slice(0, 3)).toEqual([name, "Proofs", "Cutover"]);
    },
  );
});

describe("a line whose emphasis runs on into the next is placed", () => {
  // 2058 (set 172 at first run: "*Package settings* → *Publishing access* → *Trusted publisher* → *GitHub" over "Actions*,
  // with exactly these values:" in a numbered item, joined into the step's title, was reported unplaced by the coverage
  // check, which looked for it with its closed emphasis stripped and its open one kept)
  it("the item's lines are all in its step's title", () => {
    const parsed = parse(
      lines(
        "# Release",
        "",
        "## One-time setup",
        "",
        "1. **Configure npm Trusted Publishing for the package** on npmjs.com →",
        "   *Package settings* → *Publishing access* → *Trusted publisher* → *GitHub",
        "   Actions*, with **exactly** these values:",
        "",
        "2. **Run the gate.**",
        "",
        "## Release",
        "",
        "```bash",
        "npm publish",
        "```",
      ),
    );
    expect(parsed.phases[0]?.steps[0]?.title).toContain("*Trusted publisher* → *GitHub Actions*");
  });
});

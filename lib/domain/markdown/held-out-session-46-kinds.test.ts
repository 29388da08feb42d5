// Kinds found in session 46 (round 56's first-run misses, sets 443–448, with their siblings in the corpus's other languages),
// each as a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import
// the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const WORK_TITLES = ["Build", "Deploy", "Verify"];
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));

describe("a prerequisites name joined to another by “&” or “+”, and a French one “… au cutover”", () => {
  // after 5317 (set 444: "## Cost & prerequisite" over two bullets — the add-on's price, the billing project — before "## Enable
  // it", both counters two items) and 5357 (set 447: "## 5. ⚠️ PRÉREQUIS BLOQUANTS AU CUTOVER PROD" over four numbered blocking
  // conditions, both counters four)
  const doc = (name: string) => lines("# Enable PITR", "", `## ${name}`, "", "- The add-on costs about $100 a month.", "- It bills the shared project.", "", ...WORK);
  it.each([["Cost & prerequisite"], ["Access + prerequisites"], ["Accounts and prerequisites"], ["Prérequis bloquants au cutover prod"], ["Prérequis techniques aux migrations"]])(
    "“## %s” over two bullets: two items to tick",
    (name) => {
      expect(items(parse(doc(name)))).toEqual(["The add-on costs about $100 a month.", "It bills the shared project."]);
    },
  );
  it("a name that only shares the sign is no label (“## Cost & billing” over the same bullets: notes)", () => {
    expect(items(parse(doc("Cost & billing")))).toEqual([]);
  });
});

describe("numbered bold lines inside one lettered section are its steps, not the runbook's phases", () => {
  // after 5323 (set 445: "## a." … "## f." sections of a staging deploy; inside "## e. Nightly backup + mandatory restore test",
  // "**3. Install the script:**" and "**6. RESTORE TEST — …**" stand alone as bold lines over their fences — both counters five or
  // six phases, the importer seven with "f." lost)
  const section = (letter: string, name: string, command: string) => [`## ${letter}. ${name}`, "", "```bash", command, "```", ""];
  const doc = lines(
    "# Staging deploy",
    "",
    ...section("a", "Prepare the host", "sudo useradd app"),
    ...section("b", "First deploy", "scp app host:/opt/app"),
    ...section("c", "Certificate", "sudo mkdir -p /etc/ssl/app"),
    "## d. Backup",
    "",
    "**1. Give access.** The job needs read access:",
    "",
    "```bash",
    "sudo chmod 640 /opt/app/db",
    "```",
    "",
    "**2. Install the script:**",
    "",
    "```bash",
    "sudo install backup.sh /opt/app/",
    "```",
    "",
    "**3. Enable the timer.**",
    "No editing required.",
    "",
    "```bash",
    "sudo systemctl enable --now backup.timer",
    "```",
    "",
    ...section("e", "Daily access", "ssh -L 8080:localhost:80 host"),
  );
  it("the five lettered sections are the phases, the backup's bold lines its steps", () => {
    const parsed = parse(doc);
    expect(titles(parsed)).toEqual(["a. Prepare the host", "b. First deploy", "c. Certificate", "d. Backup", "e. Daily access"]);
    expect(parsed.phases[3]?.steps).toHaveLength(3);
  });
  it("bold numbered lines with no sections around them are still the phases", () => {
    const parsed = parse(
      lines(
        "# Backup",
        "",
        "**1. Install the script:**",
        "",
        "```bash",
        "sudo install backup.sh /opt/app/",
        "```",
        "",
        "**2. Enable the timer:**",
        "",
        "```bash",
        "sudo systemctl enable --now backup.timer",
        "```",
        "",
      ),
    );
    expect(titles(parsed)).toEqual(["Install the script", "Enable the timer"]);
  });
});

describe("rounds 57–59's ways back: German “zurück auf die vorige Version”, a Russian imperative, a Portuguese case heading", () => {
  // after 5540 (set 463: "### Zurück auf die vorige Version" under "## Neue Version einspielen" — change the tag back, restart —,
  // both counters' rollback) and 5541 (set 463: step "4. Etwas stimmt nicht: zurück auf die vorige Version (Abschnitt 4 C).")
  it.each([["Zurück auf die vorige Version"], ["Zurück zur vorherigen Version"], ["Zurück auf den alten Stand"]])("“### %s” under the update is its rollback", (name) => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, `### ${name}`, "", "Tag in der `compose.yaml` zurückstellen, Stack neu starten.", ""));
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(rollbackText(parsed)).toContain("Tag in der `compose.yaml` zurückstellen");
  });
  it("a step “Etwas stimmt nicht: zurück auf die vorige Version” is the way back", () => {
    const parsed = parse(
      lines(
        "# Update",
        "",
        "## 1. Einspielen",
        "",
        "1. Neue Version installieren.",
        "2. Neu starten.",
        "3. Etwas stimmt nicht: zurück auf die vorige Version.",
        "",
        "## 2. Sichern",
        "",
        "1. Sicherung anlegen.",
        "",
      ),
    );
    expect(rollbackText(parsed)).toContain("zurück auf die vorige Version");
  });
  // after 5457 (set 456: "- Баг в свежем релизе: откатись (`docker compose up -d bot` с предыдущим image-tag)." — a bug in the fresh
  // release: roll back —, an on-call card's action, both counters' rollback)
  it("a Russian step “Баг в свежем релизе: откатись (…)” is the way back", () => {
    const parsed = parse(
      lines(
        "# Дежурство",
        "",
        "## 1. Бот не отвечает",
        "",
        "1. Проверь логи: `docker compose logs bot`.",
        "2. Баг в свежем релизе: откатись (`docker compose up -d bot` с предыдущим image-tag).",
        "",
        "## 2. База недоступна",
        "",
        "1. Перезапусти `docker compose restart db`.",
        "",
      ),
    );
    expect(rollbackText(parsed)).toContain("откатись");
  });
  // after 5466 (set 456: "## Rollback trigger" — "If smoke tests fail OR error rate greater than 5 percent:" over "- ALTER DATABASE
  // … SET MULTI_USER", "- Revert ConnectionStrings to source" —, a SQL Server cut-over's, both counters' rollback)
  it("“## Rollback trigger” whose case reverts the connection strings to the source is the rollback", () => {
    const parsed = parse(
      lines(
        ...["# Cutover", "", ...WORK],
        "## Rollback trigger",
        "",
        "If smoke tests fail:",
        "",
        "- Set the source database back to MULTI_USER",
        "- Revert ConnectionStrings to source",
        "",
      ),
    );
    expect(rollbackText(parsed)).toContain("Revert ConnectionStrings to source");
  });
  it("“## Rollback triggers” of conditions alone stays no rollback", () => {
    const parsed = parse(lines(...["# Cutover", "", ...WORK], "## Rollback triggers", "", "- Smoke tests fail", "- Error rate above 5 percent", ""));
    expect(parsed.rollback).toBeNull();
  });
  // after 5486 (set 458: "## Se uma máquina precisar VOLTAR para a Neon" — if a machine has to go back to Neon — over deleting the
  // variable the cut-over wrote, both counters' rollback)
  it.each([["Se uma máquina precisar VOLTAR para a Neon"], ["Si el equipo necesita volver al servidor antiguo"]])("“## %s” is the rollback", (name) => {
    const parsed = parse(lines("# A noite da virada", "", ...WORK, `## ${name}`, "", "Apagar a variável devolve a máquina à configuração antiga.", ""));
    expect(titles(parsed)).toEqual(WORK_TITLES);
    expect(rollbackText(parsed)).toContain("Apagar a variável");
  });
  // after 5515 (set 461: "되돌리려면 주석을 반대로 옮긴다." — to revert, move the comment the other way — a paragraph of its own after
  // step 5's fence, both counters' rollback)
  it.each([["되돌리려면 주석을 반대로 옮긴다."], ["元に戻すには、コメントを逆に付け替える。"]])("the paragraph “%s” is the way back", (para) => {
    const parsed = parse(lines("# 배포", "", ...WORK.slice(0, 12), "```python", "from app.local import call_model", "```", "", para, "", ...WORK.slice(12)));
    expect(rollbackText(parsed)).toContain(para);
  });
});

describe("a command line that rolls back, explained by its own comment, inside the fence of the work", () => {
  // after 5464 (set 456: the deploy's command fence ends "release rollback production   # 切回当前发布记录的上一个目录" — switch back to
  // the release record's previous directory —, both counters' rollback), 3007 (`kubectl rollout undo deployment/finora   # …`) and
  // 3482
  const doc = (section: string, last: string) =>
    lines("# Release", "", ...WORK.slice(0, 6), `## 2. ${section}`, "", "```bash", "release plan production v2", "release deploy production v2", last, "```", "");
  it("“release rollback production   # …” is the rollback; the commands before it stay the work", () => {
    const parsed = parse(doc("Deploy", "release rollback production   # switch back to the previous release directory"));
    expect(rollbackText(parsed)).toContain("release rollback production");
    expect(parsed.phases[1]?.steps.map((s) => s.text).join("\n")).toContain("release deploy production v2");
    expect(parsed.phases[1]?.steps.map((s) => s.text).join("\n")).not.toContain("rollback");
  });
  it("without its comment it is one command among the others: no rollback", () => {
    expect(parse(doc("Deploy", "release rollback production")).rollback).toBeNull();
  });
  it.each([["Quick reference"], ["Referência rápida"]])("in a “## %s” of commands it is looked up, not a way back", (name) => {
    expect(parse(doc(name, "make rollback   # reverts the last deploy")).rollback).toBeNull();
  });
});

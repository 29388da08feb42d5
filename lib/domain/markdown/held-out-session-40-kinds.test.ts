// Kinds found in session 40 (round 36's first-run misses, sets 324–329, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("round 36: “Rücksprung” (jumping back) names the way back in German", () => {
  // after 3912 (set 327: a German operations guide's "## Sicherung und Rücksprung" — "Rücksprung: Dienst stoppen,
  // Sicherungsdatei über `data/app.db` kopieren, Dienst starten." —, both counters' rollback)
  it("a paragraph labelled “Rücksprung:” is the rollback", () => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, "", "Rücksprung: Dienst stoppen, Sicherung zurückkopieren, Dienst starten."));
    expect(rollbackText(parsed)).toContain("Dienst stoppen");
  });

  it("a section named “Rücksprung” is the rollback, not a phase", () => {
    const parsed = parse(lines("# Betrieb", "", ...WORK, "", "## Rücksprung", "", "1. Dienst stoppen", "2. Sicherung zurückkopieren"));
    expect(rollbackText(parsed)).toContain("Dienst stoppen");
    expect(titles(parsed)).toHaveLength(3);
  });
});

describe("round 36: a Russian step for the case of an error puts the previous value back", () => {
  // after 3923 (set 328: a secret rotation's window — "8. При ошибке вернуть предыдущее значение, восстановить сервис и
  // оформить инцидент." —, both counters' rollback)
  const runbook = (step: string) =>
    lines(
      "# Регламент ротации секретов",
      "",
      "## Инвентаризация",
      "",
      "1. Составить список секретов.",
      "2. Определить владельцев.",
      "",
      "## Выполнение окна ротации",
      "",
      "1. Сделать backup.",
      "2. Выпустить новое значение.",
      "3. Перезапустить контейнеры.",
      `4. ${step}`,
    );

  it.each([["При ошибке вернуть предыдущее значение, восстановить сервис и оформить инцидент."], ["В случае сбоя вернуть предыдущую версию."]])("“%s”", (step) => {
    expect(rollbackText(parse(runbook(step)))).toContain(step.replace(/\.$/, ""));
  });

  it("an error case that fixes forward rolls nothing back (“При ошибке оформить инцидент.”)", () => {
    expect(parse(runbook("При ошибке оформить инцидент.")).rollback).toBeNull();
  });
});

describe("round 36: the rollback told as the work in reverse (“Rollback is the reverse `ExecStart` swap”)", () => {
  // after 3894 (set 325: a runtime switch's paragraph after its restart fence — "… compare `query` row counts with the
  // numbers from before the stop. Rollback is the reverse `ExecStart` swap in the unit files; keep the Node runtime for a
  // week." —, both counters' rollback)
  it.each([["Rollback is the reverse `ExecStart` swap in the unit files."], ["The rollback is the inverse of step 2."]])("“%s” after another sentence", (sentence) => {
    const parsed = parse(lines("# Switch the runtime", "", ...WORK, "", `Watch the logs for the first events. ${sentence}`));
    expect(rollbackText(parsed)).toContain(sentence);
  });

  it("a reverse of something else is no rollback (“Sorting is the reverse of the default.”)", () => {
    expect(parse(lines("# Switch the runtime", "", ...WORK, "", "Watch the logs. Sorting is the reverse of the default.")).rollback).toBeNull();
  });
});

describe("round 36: sections about the rollback hold no way back of their own", () => {
  // after 3927 (set 328: "## Puntos de rollback" — each step declares its rollback point; see the rollback runbook —, both
  // counters' no rollback), as "Rollback points" names them
  it.each([["Puntos de rollback"], ["Pontos de rollback"]])("“## %s” over the points and a pointer", (name) => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        ...WORK,
        "",
        `## ${name}`,
        "",
        "Cada paso del simulador declara su `rollback_point` (`RP-01`..`RP-04`). Antes de autorizar cualquier ejecución real de un",
        "paso, debe existir rollback probado hasta ese punto (ver `docs/ROLLBACK_RUNBOOK.md`).",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });
});

describe("round 36: “The ground rules” introduce the runbook, as “Ground rules” do", () => {
  // after 3917 (set 327: "## 0. The ground rules (read once, 2 minutes)" over five numbered rules, before the cut-over's
  // timeline and its "Step N" sections; both counters: reference)
  it.each([["The ground rules (read once, 2 minutes)"], ["Our principles"]])("“## %s” before the steps is no phase", (name) => {
    const parsed = parse(
      lines(
        "# Cutover",
        "",
        `## 0. ${name}`,
        "",
        "1. Nothing is deleted before the final gate.",
        "2. Every step is reversible until step 3.",
        "",
        "## 1. Step 0: prepare",
        "",
        "1. Write down the passphrases",
        "",
        "## 2. Step 1: fence the old system",
        "",
        "1. Stop the scheduler",
        "",
        "## 3. Step 2: verify it is idle",
        "",
        "1. Run the dry run",
      ),
    );
    expect(titles(parsed)).toEqual(["Step 0: prepare", "Step 1: fence the old system", "Step 2: verify it is idle"]);
  });
});

describe("round 36: when to back out, told after the rollback with other sections between, is part of the rollback", () => {
  // after 3928 (set 328: "## E. Rollback", "## F. Incident response (1-pager)", then "## G. Backout criteria (decide BEFORE
  // launch)" — "Roll back immediately if, within the first hour: …" —; both counters: four phases at most, the criteria none)
  const runbook = (name: string) =>
    lines(
      "# Go-live runbook",
      "",
      "## A. Pre-flight",
      "",
      "1. Run the type check",
      "2. Run the tests",
      "",
      "## B. Deploy",
      "",
      "1. Push to main",
      "",
      "## C. Smoke",
      "",
      "1. Sign in as each role",
      "",
      "## D. Rollback",
      "",
      "1. Promote the previous deployment",
      "",
      "## E. Incident response",
      "",
      "1. Assess the severity",
      "2. Tell the pilots",
      "",
      `## ${name}`,
      "",
      "Roll back immediately if, within the first hour:",
      "",
      "- Login is broken for any role",
      "- A money path writes wrong amounts",
      "",
      "### One-command pre-ship gate",
      "",
      "```",
      "npm run typecheck && npm test",
      "```",
    );

  it.each([["F. Backout criteria (decide BEFORE launch)"], ["F. Rollback triggers"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["A. Pre-flight", "B. Deploy", "C. Smoke", "E. Incident response"]);
    expect(rollbackText(parsed)).toContain("Login is broken");
  });

  it("conditions that name no rollback stay where they stand (“## F. Abort conditions”)", () => {
    // (parsed without the export round trip: exported, the phase stands just before the rollback and is read as its lead-in,
    // "Abort conditions" being one — ROLLBACK_LEADIN_RE)
    expect(titles(parseRunbookMarkdown(runbook("F. Abort conditions")))).toEqual(["A. Pre-flight", "B. Deploy", "C. Smoke", "E. Incident response", "F. Abort conditions"]);
  });
});

// Kinds found in session 17, each as a small document of its own: what a lead expects, and that the import is sound
// (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a procedure written as a table: one step per row", () => {
  // after a wave migration plan (163: "| Step | Action |" under each wave) and a cut-over plan's D-day table (1138:
  // "| # | 단계 | 실행 | 확인 | 되돌리기 |") — the rows are what the lead does, in order, not a note to read
  const plan = (table: string[]) =>
    lines("# Data-centre move", "", "## 1. Prepare", "", "1. Freeze changes", "", "## 2. Move the database", "", ...table, "", "## 3. Verify", "", "1. Run the smoke tests");

  it("“| Step | Action | Owner | Duration |”: a step per row, titled by its number and action, the other cells its text", () => {
    const parsed = parsedSoundly(
      plan([
        "| Step | Action | Owner | Duration |",
        "| ---- | ------ | ----- | -------- |",
        "| 1 | Stop the application services | App Support | 15 min |",
        "| 2 | Take a final log backup | DBA | 10 min |",
        "| 3 | Repoint the data files | DBA | 20 min |",
      ]),
    );
    const steps = parsed.phases[1]?.steps;
    expect(steps?.map((s) => s.title)).toEqual(["1. Stop the application services", "2. Take a final log backup", "3. Repoint the data files"]);
    expect(steps?.[1]).toEqual({ kind: "MANUAL", language: null, title: "2. Take a final log backup", text: "**Owner:** DBA\n\n**Duration:** 10 min" });
    // (the duration column still adds up to the phase's estimate)
    expect(parsed.phases[1]?.estimatedMinutes).toBe(45);
  });

  it("a numbered column over a worded step column (“| # | 단계 | 실행 | 되돌리기 |”): the worded column names each step", () => {
    const parsed = parsedSoundly(
      plan([
        "| # | 단계 | 실행 | 되돌리기 |",
        "| --- | --- | --- | --- |",
        "| 1 | 쓰기 중지 | 배너 표시 | 배너 제거 |",
        "| 2 | 데이터 이관 | 이관 스크립트 실행 | 이전 트리거 복원 |",
      ]),
    );
    expect(parsed.phases[1]?.steps.map((s) => [s.title, s.text])).toEqual([
      ["1. 쓰기 중지", "**실행:** 배너 표시\n\n**되돌리기:** 배너 제거"],
      ["2. 데이터 이관", "**실행:** 이관 스크립트 실행\n\n**되돌리기:** 이전 트리거 복원"],
    ]);
  });

  it("sub-numbered rows keep their numbers (“3.1 Stop the services”)", () => {
    const parsed = parsedSoundly(plan(["| No. | Task |", "| --- | --- |", "| 3.1 | Stop the services |", "| 3.2 | Stop the scheduler |"]));
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["3.1 Stop the services", "3.2 Stop the scheduler"]);
  });

  it("a Spanish table (“| Paso | Acción | Responsable |”) is steps too", () => {
    const parsed = parsedSoundly(
      plan(["| Paso | Acción | Responsable |", "|---|---|---|", "| 1 | Invalidar el token expuesto | Seguridad |", "| 2 | Emitir un token nuevo | Plataforma |"]),
    );
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["1. Invalidar el token expuesto", "2. Emitir un token nuevo"]);
  });

  it.each([
    [
      "a tracker of items with a status (“| # | Item | Owner | Status |”)",
      ["| # | Item | Owner | Status |", "|---|---|---|---|", "| 1 | Backups | DBA | done |", "| 2 | DNS TTL | Ops | open |"],
    ],
    [
      "a worded step column with no numbering (“| Step | Owner | Evidence |”, a list of evidence)",
      ["| Step | Owner | Evidence |", "|---|---|---|", "| Change approved | Release Manager | CHG number |", "| Smoke passed | QA | HTTP 200 |"],
    ],
    [
      "a schedule of phases (“| Phase | Window | Activities |”)",
      ["| Phase | Window | Activities |", "|---|---|---|", "| T-1 | Planning | Approvals |", "| T0 | Cutover | Deploy |"],
    ],
    ["a one-row table", ["| Step | Action |", "|---|---|", "| 1 | Stop the services |"]],
  ])("%s stays the phase's notes", (_name, table) => {
    const parsed = parsedSoundly(plan(table));
    expect(parsed.phases[1]?.steps).toEqual([]);
    expect(parsed.phases[1]?.notes).toContain(table[0]);
  });
});

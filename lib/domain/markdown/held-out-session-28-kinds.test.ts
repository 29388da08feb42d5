// Kinds found in session 28 (the corpus's remaining gaps and sets 164–169), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a section named for the preparation is the first stage of the work, not the runbook's introduction", () => {
  // after 1925 (set 161, both counters: "## Rust cutover preparation" over bullets on the commands that set the cut-over
  // up, then "## Pre-cutover proofs", "## Cutover" and "## Uninstalling the canary": the preparation was read as context
  // before the first section of work, 2 phases where 3–7)
  const runbook = (name: string) =>
    lines(
      "# Cutover runbook",
      "",
      "Every step here is executed by the owner, deliberately.",
      "",
      `## ${name}`,
      "",
      "- `tool install configure` creates the service account and the edge configuration.",
      "- `tool legacy export` writes a read-only export of the legacy stores.",
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
      "Remove the canary unit and its configuration.",
    );

  it.each(["Rust cutover preparation", "Preparation", "Vorbereitung", "Préparation", "Preparación", "Подготовка", "准备", "準備", "준비"])(
    "“## %s” over bullets before the first section of work is a phase",
    (name) => {
      const parsed = parse(runbook(name));
      expect(titles(parsed).slice(0, 3)).toEqual([name, "Proofs", "Cutover"]);
      expect(parsed.preamble).not.toContain("legacy export");
    },
  );

  it.each(["Background", "Current State (post-prep)", "준비물"])("“## %s” over bullets stays the introduction", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed).slice(0, 2)).toEqual(["Proofs", "Cutover"]);
    expect(parsed.preamble).toContain("legacy export");
  });
});

describe("a runbook whose one list is labelled as the checks to make is one stage of checks, not stages of work", () => {
  // after 1883 (set 158: "배포 전 확인:" (check before deploying) over seven numbered checks, imported as three stages of
  // about two steps; its counter saw one stage, or two with the deploy itself)
  const runbook = (label: string) =>
    lines(
      "# 배포",
      "",
      "운영에서는 한 프로세스만 워커를 실행해야 합니다.",
      "",
      label,
      "",
      "1. PostgreSQL `DATABASE_URL`",
      "2. `PUBLIC_BASE_URL`과 인증 설정",
      "3. 웹훅 서명 검증용 secret",
      "4. SMTP 테스트 주소로 한 건 발송",
      "5. `/healthz` 확인",
      "",
      "컨테이너는 React 콘솔을 스스로 빌드합니다.",
    );

  it.each(["배포 전 확인:", "Pre-deploy checks:", "Before deploying, verify:", "デプロイ前の確認："])("“%s” over the list: one phase of its five checks", (label) => {
    const parsed = parse(runbook(label));
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.steps).toHaveLength(5);
  });

  it("an unlabelled list of five steps is still read as stages", () => {
    expect(parse(runbook("절차:")).phases.length).toBeGreaterThan(1);
  });
});

// Kinds found in session 31 (round 10's recounts and round 11's first-run misses, with their siblings in the corpus's
// other languages), each as a small document of its own: what a lead expects, and that the import is sound (every line
// placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** The work the documents below share: "## 1. Build", "## 2. Deploy", "## 3. Verify", each over one command. */
const WORK = [
  "## 1. Build",
  "",
  "```bash",
  "make build",
  "```",
  "",
  "## 2. Deploy",
  "",
  "```bash",
  "make deploy",
  "```",
  "",
  "## 3. Verify",
  "",
  "```bash",
  "curl -f https://example.com/health",
  "```",
  "",
];

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

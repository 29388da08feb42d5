// Kinds that held-out sets 32–35 showed at first run (session 7), each as a small document of its
// own: what a lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a heading with a word in single emphasis", () => {
  // after a gated CI deploy runbook: "## One-time setup (REQUIRED — this *is* the manual gate)"
  const source =
    "# Deploy runbook\n\n## One-time setup (REQUIRED — this *is* the manual gate)\n\n1. Add a required reviewer.\n\n## Trigger a deploy\n\n1. Push to `main`.\n\n## Notes on `snake_case` and count(*)\n\nKeep `SELECT count(*) FROM t` and a_b_c as written.\n";

  it("names its phase without the emphasis, and its line counts as placed", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)[0]).toBe("One-time setup (REQUIRED — this is the manual gate)");
    expect(findUnplacedLines(source, parsed)).toEqual([]);
    expectSound(source, parsed);
  });

  it("is told from an asterisk or underscore inside code or a word, which a field must still hold", () => {
    const parsed = parseRunbookMarkdown(source);
    // the runbook's notes keep the code and the words: drop them from the structure and the line is missing
    expect(parsed.appendix).toContain("a_b_c");
    const withoutNotes = { ...parsed, appendix: "", phases: parsed.phases.map((p) => ({ ...p, notes: "" })) };
    expect(findUnplacedLines(source, withoutNotes)).toEqual(["## Notes on `snake_case` and count(*)", "Keep `SELECT count(*) FROM t` and a_b_c as written."]);
  });
});

describe("a Spanish rollback named as going back", () => {
  it("reads “Cómo volver atrás” (how to go back) as the rollback", () => {
    const source = [
      "# Migración",
      "",
      "## Fase 1 — Sincronización en sombra",
      "",
      "1. Activar la sincronización.",
      "",
      "## Fase 2 — Corte por consumidor",
      "",
      "1. Cambiar cada consumidor a la nueva fuente.",
      "",
      "## Cómo volver atrás",
      "",
      "Cambiar el consumidor de vuelta a su fuente anterior.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Sincronización en sombra", "Corte por consumidor"]);
    expect(parsed.rollback?.title).toBe("Cómo volver atrás");
    expectSound(source, parsed);
  });
});

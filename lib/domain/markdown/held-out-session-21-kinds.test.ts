// Kinds found in session 21 (set 121 and its siblings in the corpus), each as a small document of its own: what a lead
// expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles, withLastSection } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("Czech and Slovak name the way back and what must hold first", () => {
  // after 1445 ("## Návrat": use the previous image digest and a compatible database point)
  it.each(["Návrat", "Návrat zpět", "Plán návratu", "Vrácení změn", "Vrátenie zmien", "Postup návratu"])("“## %s” is the rollback", (name) => {
    const parsed = parse(withLastSection(name));
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title))).toEqual(["Deploy the previous build"]);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
  });

  it("“## Předpoklady” over bullets is a checklist of what must hold before the work", () => {
    const parsed = parse(
      lines(
        "# Runbook: migrace",
        "",
        "## Předpoklady",
        "",
        "- Ověřený release manifest",
        "- Záloha před změnou",
        "",
        "## 1. Postup",
        "",
        "1. Zaznamenejte verzi a čas",
        "2. Spusťte migraci",
        "",
        "## 2. Ověření",
        "",
        "1. Ověřte přihlášení",
      ),
    );
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual(["Ověřený release manifest", "Záloha před změnou"]);
  });
});

describe("a document named as a checklist over bullets only is that checklist", () => {
  // after 1449 ("# Go-Live Checklist" over ten conditions to confirm, nothing else)
  it("“# Go-Live Checklist” over bullets: each a checklist item", () => {
    const parsed = parse(lines("# Go-Live Checklist", "", "- Workflow signed off", "- User accounts provisioned", "- Database backup enabled"));
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Workflow signed off", "User accounts provisioned", "Database backup enabled"]);
    expect(parsed.phases[0]?.steps).toEqual([]);
  });

  it("a checklist in another language the vocabulary knows: “# Checkliste Go-Live”", () => {
    const parsed = parse(lines("# Checkliste Go-Live", "", "- Backup geprüft", "- Wartungsfenster angekündigt"));
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
  });

  it("over numbered steps it stays a procedure, and a document named otherwise keeps its bullets as notes", () => {
    const steps = parse(lines("# Release Checklist", "", "1. Tag the release", "2. Publish the package"));
    expect(steps.phases[0]?.steps.map((s) => s.title)).toEqual(["Tag the release", "Publish the package"]);
    expect(steps.phases[0]?.checklistItems).toEqual([]);
    const notes = parse(lines("# Background", "", "- The service runs on two hosts", "- Traffic peaks at noon"));
    expect(notes.phases[0]?.checklistItems).toEqual([]);
  });
});

describe("a section of a task table with owners or statuses is work, not reference between phases", () => {
  // after 1450 (six "## N)" sections, each one table "| ID | Aufgabe | Nachweis | Abnahmekriterium | Status |", then a
  // numbered gate): the middle four were read as reference, the notes of the second
  const table = (ids: string[]) => ["| ID | Aufgabe | Status |", "|---|---|---|", ...ids.map((id) => `| ${id} | Aufgabe ${id} erledigen | open |`), ""];
  const section = (n: number, name: string, ids: string[]) => [`## ${n}) ${name}`, "", ...table(ids)];
  const source = lines(
    "# Go-Live Checklist (ERP)",
    "",
    ...section(1, "Release & Abnahme", ["REL-01", "REL-02"]),
    ...section(2, "Test-Härtung", ["TST-01", "TST-02"]),
    ...section(3, "Compliance CH/EU", ["COM-01", "COM-02"]),
    ...section(4, "Buchhaltung light", ["FIN-01", "FIN-02"]),
    ...section(5, "Betrieb & Sicherheit", ["OPS-01", "OPS-02"]),
    "## Mindest-Gate für Go-Live",
    "",
    "1. Keine offenen P1/P2 Bugs.",
    "2. Backup/Restore erfolgreich getestet.",
  );

  it("every section of tasks is a phase", () => {
    expect(titles(parse(source))).toEqual(["Release & Abnahme", "Test-Härtung", "Compliance CH/EU", "Buchhaltung light", "Betrieb & Sicherheit", "Mindest-Gate für Go-Live"]);
  });

  it("a reference table between phases (what each part is, no task column) stays the previous phase's notes", () => {
    const reference = source.replace(
      "| ID | Aufgabe | Status |\n|---|---|---|\n| COM-01 | Aufgabe COM-01 erledigen | open |\n| COM-02 | Aufgabe COM-02 erledigen | open |",
      "| Komponente | Beschreibung | Status |\n|---|---|---|\n| API | REST-Schnittstelle | live |\n| Web | Oberfläche | live |",
    );
    expect(reference).not.toBe(source);
    expect(titles(parse(reference))).not.toContain("Compliance CH/EU");
  });
});

// Moving an imported item between checklist, criterion, step and notes (issue 16 item 3): each move
// keeps every word, and any sequence of moves on the corpus keeps every line of the document placed
// and the structure one the server accepts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkParsedImport } from "@/lib/domain/runbook/from-parsed";
import { GROUND_TRUTH } from "./__fixtures__/corpus/ground-truth";
import {
  arrangeImportPhase,
  arrangementsFor,
  IMPORT_PLACES,
  type TImportItemRef,
  type TImportPhaseRef,
  type TImportPlace,
  type TPhaseArrangement,
  canSplitAt,
  moveImportItem,
  notesBlocks,
  phasesOf,
  placesFor,
  splitImportPhase,
} from "./arrange-import";
import { findUnplacedLines } from "./coverage";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedPhase, TParsedRunbook } from "./types";

function phase(overrides: Partial<TParsedPhase> = {}): TParsedPhase {
  return { title: "Deploy", objective: "", estimatedMinutes: null, checklistItems: [], successCriteria: [], steps: [], notes: "", ...overrides };
}

function runbook(...phases: TParsedPhase[]): TParsedRunbook {
  return { title: "R", summary: "", preamble: "", phases, rollback: null, signoffRoles: [], appendix: "", warnings: [] };
}

const at = (place: TImportPlace, index: number, phaseIndex = 0): TImportItemRef => ({ procedure: "main", phase: phaseIndex, place, index });

function move(rb: TParsedRunbook, from: TImportItemRef, to: TImportPlace): TParsedRunbook {
  const result = moveImportItem(rb, from, to);
  if (!result.ok) throw new Error(result.message);
  return result.runbook;
}

describe("notesBlocks", () => {
  it("splits at blank lines but never inside a code fence", () => {
    expect(notesBlocks("One\ntwo\n\n\n- a\n- b\n\n```sql\nSELECT 1;\n\nSELECT 2;\n```\nAfter")).toEqual(["One\ntwo", "- a\n- b", "```sql\nSELECT 1;\n\nSELECT 2;\n```\nAfter"]);
    expect(notesBlocks("")).toEqual([]);
  });
});

describe("moveImportItem", () => {
  it("turns a checklist item into a success criterion, a step, or a line of notes, and back", () => {
    const start = runbook(
      phase({
        checklistItems: [
          { text: "Backup taken", isRequired: false },
          { text: "Owners told", isRequired: true },
        ],
      }),
    );
    const asCriterion = move(start, at("checklist", 0), "criterion");
    expect(asCriterion.phases[0]).toMatchObject({ checklistItems: [{ text: "Owners told" }], successCriteria: ["Backup taken"] });
    const asStep = move(asCriterion, at("criterion", 0), "step");
    expect(asStep.phases[0]?.steps).toEqual([{ kind: "MANUAL", language: null, title: "Backup taken", text: "" }]);
    const asNotes = move(asStep, at("step", 0), "notes");
    expect(asNotes.phases[0]).toMatchObject({ steps: [], notes: "Backup taken" });
    const back = move(asNotes, at("notes", 0), "checklist");
    expect(back.phases[0]?.checklistItems).toEqual([
      { text: "Owners told", isRequired: true },
      { text: "Backup taken", isRequired: true },
    ]);
  });

  it("makes a list in the notes one checklist item per entry, and a paragraph one item", () => {
    const start = runbook(phase({ notes: "Context first.\n\n- [ ] Drain the queue\n- Stop the cron\n  on every host\n\nLast words." }));
    const moved = moveImportItem(start, at("notes", 1), "checklist");
    expect(moved.ok && moved.runbook.phases[0]).toMatchObject({
      checklistItems: [
        { text: "Drain the queue", isRequired: true },
        { text: "Stop the cron on every host", isRequired: true },
      ],
      notes: "Context first.\n\nLast words.",
    });
    expect(moved.ok && moved.moved).toEqual([at("checklist", 0), at("checklist", 1)]);
  });

  it("keeps a SQL step's code: it goes to the notes in its fence, and comes back as the same step", () => {
    const sql = { kind: "SQL" as const, language: "sql", title: "Add the index", text: "CREATE INDEX i ON t (a);\n\nANALYZE t;" };
    const start = runbook(phase({ steps: [sql], successCriteria: ["Indexed"], successCriterionSteps: [0], notes: "Before." }));
    expect(placesFor(start.phases[0]!, "step", 0)).toEqual(["notes"]);
    expect(moveImportItem(start, at("step", 0), "checklist")).toMatchObject({ ok: false, message: "This step cannot become a checklist item without losing part of it." });
    const inNotes = move(start, at("step", 0), "notes");
    expect(inNotes.phases[0]).toMatchObject({ steps: [], successCriterionSteps: [null], notes: "Before.\n\nAdd the index\n```sql\nCREATE INDEX i ON t (a);\n\nANALYZE t;\n```" });
    expect(placesFor(inNotes.phases[0]!, "notes", 1)).toEqual(["step"]);
    expect(move(inNotes, at("notes", 1), "step").phases[0]).toMatchObject({ steps: [sql], notes: "Before." });
  });

  it("keeps the other criteria bound to their steps when a step leaves", () => {
    const steps = ["One", "Two", "Three"].map((title) => ({ kind: "MANUAL" as const, language: null, title, text: "" }));
    const start = runbook(phase({ steps, successCriteria: ["a", "b", "c"], successCriterionSteps: [0, 1, 2] }));
    expect(move(start, at("step", 1), "checklist").phases[0]?.successCriterionSteps).toEqual([0, null, 1]);
    expect(move(start, at("criterion", 0), "notes").phases[0]?.successCriterionSteps).toEqual([1, 2]);
    expect(moveImportItem(start, at("checklist", 0), "step")).toMatchObject({ ok: false });
  });

  it("gives a long item a short step title and keeps all of it in the step's text", () => {
    const long = `Confirm ${"every replica has caught up ".repeat(8)}before the switch`;
    const step = move(runbook(phase({ checklistItems: [{ text: long, isRequired: true }] })), at("checklist", 0), "step").phases[0]?.steps[0];
    expect(step?.title.length).toBeLessThanOrEqual(120);
    expect(step?.text).toBe(long);
  });

  it("moves in a rollback phase, and refuses a phase or item that is not there", () => {
    const rb = { ...runbook(phase()), rollback: { title: "Rollback", phases: [phase({ successCriteria: ["Old version serves"] })] } };
    expect(move(rb, { procedure: "rollback", phase: 0, place: "criterion", index: 0 }, "checklist").rollback?.phases[0]?.checklistItems).toEqual([
      { text: "Old version serves", isRequired: true },
    ]);
    expect(moveImportItem(rb, { procedure: "rollback", phase: 3, place: "criterion", index: 0 }, "checklist")).toMatchObject({ ok: false });
    expect(moveImportItem(rb, at("checklist", 5), "notes")).toMatchObject({ ok: false });
  });
});

function arrange(rb: TParsedRunbook, from: TImportPhaseRef, arrangement: TPhaseArrangement): TParsedRunbook {
  const result = arrangeImportPhase(rb, from, arrangement);
  if (!result.ok) throw new Error(result.message);
  return result.runbook;
}

describe("arrangeImportPhase", () => {
  const manual = (title: string) => ({ kind: "MANUAL" as const, language: null, title, text: "" });
  const sql = { kind: "SQL" as const, language: "sql", title: "Count orders", text: "SELECT count(*) FROM orders;" };

  it("joins a phase to the one before: its items after theirs, estimates added, its title and objective in the notes", () => {
    const start = runbook(
      phase({ title: "Deploy", estimatedMinutes: 10, steps: [manual("Ship it")], successCriteria: ["Shipped"], successCriterionSteps: [0], notes: "Deploy notes." }),
      phase({
        title: "Verification",
        objective: "Prove the release serves.",
        estimatedMinutes: 5,
        checklistItems: [{ text: "Dashboards green", isRequired: false }],
        steps: [sql],
        successCriteria: ["Orders counted", "Nobody paged"],
        successCriterionSteps: [0, null],
        notes: "- External probes return 200",
        isPointOfNoReturn: true,
        requiredSignoffRoles: ["DBA"],
      }),
      phase({ title: "Evidence", notes: "Logs under output/." }),
    );
    const joined = arrangeImportPhase(start, { procedure: "main", phase: 1 }, "join-previous");
    expect(joined).toMatchObject({ ok: true, at: { procedure: "main", phase: 0 } });
    const rb = joined.ok ? joined.runbook : start;
    expect(rb.phases.map((p) => p.title)).toEqual(["Deploy", "Evidence"]);
    expect(rb.phases[0]).toEqual({
      title: "Deploy",
      objective: "",
      estimatedMinutes: 15,
      checklistItems: [{ text: "Dashboards green", isRequired: false }],
      steps: [manual("Ship it"), sql],
      successCriteria: ["Shipped", "Orders counted", "Nobody paged"],
      // the joined phase's criterion stays bound to its SQL step, now the second step
      successCriterionSteps: [0, 1, null],
      isPointOfNoReturn: true,
      requiredSignoffRoles: ["DBA"],
      notes: "Deploy notes.\n\n**Verification** (5 min)\n\nProve the release serves.\n\n- External probes return 200",
    });
    // a phase with no estimate adds none; the notes say where the section began
    const again = arrange(rb, { procedure: "main", phase: 1 }, "join-previous");
    expect(again.phases).toHaveLength(1);
    expect(again.phases[0]).toMatchObject({ estimatedMinutes: 15, notes: expect.stringMatching(/\*\*Evidence\*\*\n\nLogs under output\/\.$/) });
  });

  it("moves a main phase to the rollback procedure and back", () => {
    const start = runbook(phase({ title: "Deploy", steps: [manual("Ship it")] }), phase({ title: "Back out", steps: [manual("Redeploy the previous tag")] }));
    const asRollback = arrange(start, { procedure: "main", phase: 1 }, "to-rollback");
    expect(asRollback.phases.map((p) => p.title)).toEqual(["Deploy"]);
    // no rollback before: one is made (not found under a heading of the document: no title)
    expect(asRollback.rollback).toEqual({ phases: [start.phases[1]] });
    const withTwo = { ...start, rollback: { title: "Rollback plan", phases: [phase({ title: "Restore" })] } };
    const moved = arrangeImportPhase(withTwo, { procedure: "main", phase: 1 }, "to-rollback");
    expect(moved).toMatchObject({ ok: true, at: { procedure: "rollback", phase: 1 } });
    expect(moved.ok && moved.runbook.rollback).toEqual({ title: "Rollback plan", phases: [phase({ title: "Restore" }), start.phases[1]] });
    // the last rollback phase made a main phase: no rollback is left
    const back = arrangeImportPhase(asRollback, { procedure: "rollback", phase: 0 }, "to-main");
    expect(back).toMatchObject({ ok: true, at: { procedure: "main", phase: 1 } });
    expect(back.ok && back.runbook).toEqual({ ...start, rollback: null });
    // a rollback found under a heading keeps the heading, with no phase left, until a phase goes back to it
    const emptied = arrange(moved.ok ? moved.runbook : withTwo, { procedure: "rollback", phase: 0 }, "to-main");
    const none = arrange(emptied, { procedure: "rollback", phase: 0 }, "to-main");
    expect(none.rollback).toEqual({ title: "Rollback plan", phases: [] });
    expect(arrange(none, { procedure: "main", phase: 2 }, "to-rollback").rollback).toEqual({
      title: "Rollback plan",
      phases: [phase({ title: "Back out", steps: [manual("Redeploy the previous tag")] })],
    });
  });

  it("refuses what would leave no main phase, join nothing, or act on a phase that is not there", () => {
    const one = runbook(phase({ title: "Only" }));
    expect(arrangeImportPhase(one, { procedure: "main", phase: 0 }, "to-rollback")).toEqual({ ok: false, message: "A runbook needs at least one main phase: this one stays." });
    expect(arrangeImportPhase(one, { procedure: "main", phase: 0 }, "join-previous")).toEqual({ ok: false, message: "The first phase has no phase before it to join." });
    expect(arrangeImportPhase(one, { procedure: "main", phase: 0 }, "to-main")).toMatchObject({ ok: false });
    expect(arrangeImportPhase(one, { procedure: "rollback", phase: 0 }, "to-main")).toMatchObject({ ok: false, message: expect.stringContaining("preview the document again") });
    expect(arrangeImportPhase(one, { procedure: "main", phase: 3 }, "join-previous")).toMatchObject({ ok: false });
    // the preview offers none of these
    expect(arrangementsFor(one, { procedure: "main", phase: 0 })).toEqual([]);
    const two = { ...runbook(phase(), phase()), rollback: { phases: [phase(), phase()] } };
    expect(arrangementsFor(two, { procedure: "main", phase: 1 })).toEqual(["join-previous", "to-rollback"]);
    expect(arrangementsFor(two, { procedure: "rollback", phase: 0 })).toEqual(["to-main"]);
    expect(arrangementsFor(two, { procedure: "rollback", phase: 1 })).toEqual(["join-previous", "to-main"]);
  });
});

describe("splitImportPhase", () => {
  const manual = (title: string) => ({ kind: "MANUAL" as const, language: null, title, text: "" });

  it("makes a section kept in the notes a phase of its own, after the phase, up to the next section of its level", () => {
    // (the importer's reading of reference sections after the procedure: the last phase's notes)
    const start = runbook(
      phase({
        title: "Deploy",
        steps: [manual("Ship it")],
        notes: "Watch the logs.\n\n## Required secrets\n\n| Secret | Used by |\n| --- | --- |\n| `TOKEN` | build |\n\n### Rotation\n\nYearly.\n\n## See also\n\n- deploy.yml",
      }),
      phase({ title: "Announce" }),
    );
    expect(canSplitAt(start.phases[0] as TParsedPhase, 0)).toBe(false);
    expect(canSplitAt(start.phases[0] as TParsedPhase, 1)).toBe(true);
    const split = splitImportPhase(start, at("notes", 1));
    expect(split).toMatchObject({ ok: true, at: { procedure: "main", phase: 1 } });
    const rb = split.ok ? split.runbook : start;
    expect(rb.phases.map((p) => p.title)).toEqual(["Deploy", "Required secrets", "Announce"]);
    expect(rb.phases[0]).toMatchObject({ steps: [manual("Ship it")], notes: "Watch the logs.\n\n## See also\n\n- deploy.yml" });
    expect(rb.phases[1]).toEqual(phase({ title: "Required secrets", notes: "| Secret | Used by |\n| --- | --- |\n| `TOKEN` | build |\n\n### Rotation\n\nYearly." }));
  });

  it("undoes “join-previous” for a phase of notes: its bold title and estimate make the phase again", () => {
    const start = runbook(phase({ title: "Deploy", steps: [manual("Ship it")] }), phase({ title: "Evidence", estimatedMinutes: 5, notes: "Logs under output/." }));
    const joined = arrangeImportPhase(start, { procedure: "main", phase: 1 }, "join-previous");
    const rb = joined.ok ? joined.runbook : start;
    const split = splitImportPhase(rb, at("notes", notesBlocks(rb.phases[0]?.notes ?? "").indexOf("**Evidence** (5 min)")));
    expect(split.ok ? split.runbook.phases : []).toEqual([phase({ title: "Deploy", steps: [manual("Ship it")], estimatedMinutes: 5 }), start.phases[1]]);
  });

  it("refuses a note that opens no section, or one that is not there", () => {
    const start = runbook(phase({ notes: "Plain words.\n\n**Bold** but more words" }));
    expect(splitImportPhase(start, at("notes", 0))).toEqual({ ok: false, message: "Only a note that starts with a heading can become a phase of its own." });
    expect(splitImportPhase(start, at("notes", 1))).toMatchObject({ ok: false });
    expect(splitImportPhase(start, at("notes", 2))).toMatchObject({ ok: false, message: expect.stringMatching(/not in the preview/) });
    expect(splitImportPhase(start, at("step", 0))).toMatchObject({ ok: false });
  });
});

describe("any moves on the corpus", () => {
  const CORPUS = join(import.meta.dirname, "__fixtures__", "corpus");
  const documents = Object.keys(GROUND_TRUTH).map((name) => {
    const source = readFileSync(join(CORPUS, name), "utf8");
    return { name, source, parsed: parseRunbookMarkdown(source) };
  });

  /** Every item of every phase that can move somewhere, with the places it may go. */
  function movable(rb: TParsedRunbook): Array<{ from: TImportItemRef; to: TImportPlace[] }> {
    const out: Array<{ from: TImportItemRef; to: TImportPlace[] }> = [];
    const walk = (procedure: "main" | "rollback", phases: readonly TParsedPhase[]) =>
      phases.forEach((p, phaseIndex) => {
        const counts: Record<TImportPlace, number> = {
          checklist: p.checklistItems.length,
          criterion: p.successCriteria.length,
          step: p.steps.length,
          notes: notesBlocks(p.notes).length,
        };
        for (const place of IMPORT_PLACES)
          for (let index = 0; index < counts[place]; index++) out.push({ from: { procedure, phase: phaseIndex, place, index }, to: placesFor(p, place, index) });
      });
    walk("main", rb.phases);
    walk("rollback", rb.rollback?.phases ?? []);
    return out;
  }

  /** Every arrangement the preview offers for any phase. */
  function phaseArrangements(rb: TParsedRunbook): Array<{ from: TImportPhaseRef; arrangement: TPhaseArrangement }> {
    const refs: TImportPhaseRef[] = [
      ...rb.phases.map((_, phase) => ({ procedure: "main" as const, phase })),
      ...(rb.rollback?.phases ?? []).map((_, phase) => ({ procedure: "rollback" as const, phase })),
    ];
    return refs.flatMap((from) => arrangementsFor(rb, from).map((arrangement) => ({ from, arrangement })));
  }

  it("keeps every line of the document placed and the structure one the server saves", () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 12 }), (doc, picks) => {
        let rb = doc.parsed;
        for (const [which, where, isPhase] of picks) {
          const arrangements = phaseArrangements(rb);
          if (isPhase && arrangements.length > 0) {
            const pick = arrangements[which % arrangements.length]!;
            rb = arrange(rb, pick.from, pick.arrangement);
            continue;
          }
          // (a note that opens a section, made a phase of its own, on every other pick that finds one)
          const splits = movable(rb).filter((o) => o.from.place === "notes" && canSplitAt(phasesOf(rb, o.from.procedure)[o.from.phase] as TParsedPhase, o.from.index));
          if (where % 2 === 0 && splits.length > 0) {
            const made = splitImportPhase(rb, (splits[which % splits.length] as (typeof splits)[number]).from);
            if (!made.ok) throw new Error(made.message);
            rb = made.runbook;
            continue;
          }
          const options = movable(rb);
          if (options.length === 0) break;
          const option = options[which % options.length]!;
          const to = option.to[where % option.to.length]!;
          rb = move(rb, option.from, to);
        }
        expect(findUnplacedLines(doc.source, rb)).toEqual([]);
        const checked = checkParsedImport(JSON.parse(JSON.stringify(rb)));
        expect(checked.ok ? "saved" : checked.message).toBe("saved");
      }),
      { numRuns: 250 },
    );
  });
});

// The draft editor keeps a fan-out over the environment group's databases (issue 15 item 2): the
// document it loads comes back out unchanged, and the author's choice reaches the draft schema.
import { describe, expect, it } from "vitest";
import { ZDraftDocument } from "@/lib/domain/runbook/draft";
import { draftFromEditorDoc, editorDocFromDraft } from "./editor-state";

const doc = (fanOut: unknown) =>
  ZDraftDocument.parse({
    lockVersion: 1,
    title: "Shards",
    riskLevel: "LOW",
    phases: [{ title: "Per shard", steps: [{ kind: "SQL", title: "Add note", sql: "ALTER TABLE fees ADD COLUMN note text;", fanOut }] }],
  });

describe("the draft editor's fan-out target", () => {
  it("keeps a fan-out over every database of the group, or over named ones, and a schema fan-out as it was", () => {
    for (const fanOut of [
      { over: "DATABASES", databases: null, concurrency: 2, onFailure: "FINISH_ALL" },
      { over: "DATABASES", databases: ["shard_eu", "shard_us"], concurrency: 1, onFailure: "STOP" },
      { schemas: ["tenant_a", "tenant_b"], concurrency: 1, onFailure: "STOP" },
    ]) {
      const loaded = doc(fanOut);
      const editor = editorDocFromDraft(loaded);
      const saved = ZDraftDocument.parse(draftFromEditorDoc(editor));
      expect((saved.phases[0]!.steps[0]! as { fanOut?: unknown }).fanOut).toEqual((loaded.phases[0]!.steps[0]! as { fanOut?: unknown }).fanOut);
    }
    const editor = editorDocFromDraft(doc({ over: "DATABASES", databases: ["shard_eu"] }));
    expect(editor.phases[0]!.steps[0]!).toMatchObject({ fanOutMode: "DATABASES", fanOutDatabasesText: "shard_eu" });
  });
});

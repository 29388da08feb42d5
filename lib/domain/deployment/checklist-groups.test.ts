import { describe, expect, it } from "vitest";
import { groupChecklist } from "./checklist-groups";

const items = (...texts: string[]) => texts.map((text, i) => ({ id: `i${i}`, text }));

describe("groupChecklist", () => {
  it("groups consecutive items sharing a heading prefix, keeps the rest in order", () => {
    expect(groupChecklist(items("Team: notify", "Team: schedule", "Lone item", "Access: db", "Access: server", "Access: restart", "Odd: one", "Another"))).toEqual([
      { heading: "Team", itemIds: ["i0", "i1"] },
      { heading: null, itemIds: ["i2"] },
      { heading: "Access", itemIds: ["i3", "i4", "i5"] },
      { heading: null, itemIds: ["i6", "i7"] },
    ]);
  });
  it("takes the longest heading the run shares, so items that hold colons of their own keep them", () => {
    expect(groupChecklist(items("Test 1: View: Navigate to Clients", "Test 1: View: Check the console", "Test 2: API: Test endpoint: GET /x", "Test 2: API: No field"))).toEqual([
      { heading: "Test 1: View", itemIds: ["i0", "i1"] },
      { heading: "Test 2: API", itemIds: ["i2", "i3"] },
    ]);
  });
  it("a checklist without headings is one ungrouped run; an empty one has no groups", () => {
    expect(groupChecklist(items("a", "b"))).toEqual([{ heading: null, itemIds: ["i0", "i1"] }]);
    expect(groupChecklist([])).toEqual([]);
  });
});

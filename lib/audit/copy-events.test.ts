// COPY's text lines back into the stored event: escapes, nulls and the time as the hash covers it.
import { describe, expect, it } from "vitest";
import { isoTime, parseCopyLine } from "./copy-events";

describe("parseCopyLine", () => {
  it("reads nulls, escaped tabs, newlines and backslashes, and the payload", () => {
    const line = ["12", "2026-11-30 08:00:00.1+00", "access.denied", "\\N", "a\\tb\\\\c\\nd", "\\N", "\\N", "\\N", '{"a": "x\\\\"y"}', "p".repeat(64), "h".repeat(64)].join("\t");
    expect(parseCopyLine(line)).toEqual({
      seq: "12",
      createdAt: "2026-11-30T08:00:00.100Z",
      type: "access.denied",
      actorId: null,
      actorLabel: "a\tb\\c\nd",
      deploymentId: null,
      targetType: null,
      targetId: null,
      payload: { a: 'x"y' },
      prevHash: "p".repeat(64),
      hash: "h".repeat(64),
    });
  });

  it("writes every time as Date#toISOString does", () => {
    expect(isoTime("2026-11-30 08:00:00+00")).toBe("2026-11-30T08:00:00.000Z");
    expect(isoTime("2026-11-30 08:00:00.12+00")).toBe("2026-11-30T08:00:00.120Z");
    expect(isoTime("2026-01-02 23:59:59.999+00")).toBe(new Date("2026-01-02T23:59:59.999Z").toISOString());
    expect(() => isoTime("2026-11-30 08:00:00+02")).toThrow();
  });
});

// The canonical JSON every audit hash covers must never change its bytes: the fast writer is
// checked against the rule's plain statement — JSON.stringify of the value with object keys
// sorted, undefined members dropped, dates as ISO strings, bigints as strings, non-finite numbers
// as null — on arbitrary JSON-like values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

function reference(value: unknown): string {
  const normalise = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === "bigint") return v.toString();
    if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : normalise(x)));
    if (typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v as object).sort()) {
        const x = (v as Record<string, unknown>)[key];
        if (x !== undefined) out[key] = normalise(x);
      }
      return out;
    }
    if (typeof v === "number" && !Number.isFinite(v)) return null;
    return v;
  };
  return JSON.stringify(normalise(value));
}

const leaf = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: true }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), fc.nat().map(String), fc.constantFrom("01", "4294967294", "4294967295", "-1")), tie("node"), {
    maxKeys: 6,
  }),
})).node;

describe("canonicalJson", () => {
  it("gives the same bytes as the rule's reference for any value", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 5_000 },
    );
  });

  it("writes array-index keys first, in numeric order, as every stored hash was computed", () => {
    expect(canonicalJson({ "": {}, "0": 0 })).toBe('{"0":0,"":{}}');
    expect(canonicalJson({ b: 1, "10": 1, "9": 1, "01": 1, "4294967295": 1, "4294967294": 1, a: 1 })).toBe('{"9":1,"10":1,"4294967294":1,"01":1,"4294967295":1,"a":1,"b":1}');
  });

  it("keeps key lists apart that read alike once joined (the key-order cache)", () => {
    const a = { "a\u0000b": 1, c: 2 };
    const b = { a: 1, "b\u0000c": 2 };
    for (let i = 0; i < 3; i++) {
      expect(canonicalJson(a)).toBe(reference(a));
      expect(canonicalJson(b)).toBe(reference(b));
    }
  });

  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,null,{"y":2,"z":1}]},"b":1}');
  });
});

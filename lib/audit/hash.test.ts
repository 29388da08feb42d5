// The hashed body is written without building the object it stands for: it must stay, byte for
// byte, canonicalJson of that object (PRODUCT.md rule 8), and a known event must keep its hash.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { computeAuditHash, GENESIS_HASH, hashedBody, type THashedFields } from "./hash";

const asObject = (f: THashedFields) => ({
  createdAt: typeof f.createdAt === "string" ? f.createdAt : f.createdAt.toISOString(),
  type: f.type,
  actorId: f.actorId,
  actorLabel: f.actorLabel,
  deploymentId: f.deploymentId,
  targetType: f.targetType,
  targetId: f.targetId,
  payload: f.payload,
});

const text = fc.string({ unit: "binary", maxLength: 12 });
const nullable = fc.option(text, { nil: null });
const fields = fc.record({
  createdAt: fc.oneof(fc.date({ noInvalidDate: true }), text),
  type: text,
  actorId: nullable,
  actorLabel: text,
  deploymentId: nullable,
  targetType: nullable,
  targetId: nullable,
  payload: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.dictionary(text, fc.oneof(fc.jsonValue(), fc.constant(undefined)))),
});

describe("hashedBody", () => {
  it("is canonicalJson of the event's eight fields, byte for byte", () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(hashedBody(f)).toBe(canonicalJson(asObject(f)));
      }),
      { numRuns: 5_000 },
    );
  });

  it("ignores what a stored row holds besides the eight fields, and hashes as sha256(prev ‖ body)", () => {
    const f: THashedFields = {
      createdAt: "2026-11-30T08:00:00.000Z",
      type: "step.claimed",
      actorId: null,
      actorLabel: "system",
      deploymentId: "d1",
      targetType: "step_run",
      targetId: "r1",
      payload: { stepRunId: "r1", attempt: 1, kind: "SQL" },
    };
    const body =
      '{"actorId":null,"actorLabel":"system","createdAt":"2026-11-30T08:00:00.000Z","deploymentId":"d1","payload":{"attempt":1,"kind":"SQL","stepRunId":"r1"},"targetId":"r1","targetType":"step_run","type":"step.claimed"}';
    expect(hashedBody({ ...f, seq: 7n, hash: "x", prevHash: "y" } as THashedFields)).toBe(body);
    expect(computeAuditHash(GENESIS_HASH, f)).toBe(
      createHash("sha256")
        .update(GENESIS_HASH + body)
        .digest("hex"),
    );
  });
});

// `phaseline audit …` as an operator or a pipeline runs it, against the test run's database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signCheckpoint, signingKeyFromSeed } from "@/lib/audit/anchor";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/audit/append";
import { testPrisma } from "@/lib/testing/db";

const SEED = Buffer.alloc(32, 5).toString("base64");
const anchorDir = mkdtempSync(join(tmpdir(), "phaseline-cli-anchor-"));

function phaseline(...args: string[]) {
  const env = { ...process.env, PHASELINE_AUDIT_SIGNING_KEY: SEED, PHASELINE_AUDIT_ANCHOR_DIR: anchorDir };
  return spawnSync(process.execPath, ["bin/phaseline.mjs", "audit", ...args], { encoding: "utf8", env, timeout: 120_000 });
}

describe("phaseline audit", () => {
  it("signs a checkpoint to stdout and the anchor directory, then verifies the chain against it", async () => {
    await testPrisma().$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "cli" } }));
    const checkpoint = phaseline("checkpoint");
    expect(checkpoint.status).toBe(0);
    const signed = JSON.parse(checkpoint.stdout);
    expect(signed).toMatchObject({ format: "phaseline-audit-checkpoint/1", keyId: signingKeyFromSeed(SEED).keyId });
    expect(readdirSync(anchorDir)).toHaveLength(1);

    const file = join(anchorDir, readdirSync(anchorDir)[0]!);
    const verify = phaseline("verify", "--against", file);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`^OK: \\d+ events verified from #1; head #\\d+ [0-9a-f]{64}; contains the signed checkpoint #${signed.seq} ${signed.hash}`));

    // an altered file is refused before the chain is read
    const forged = join(anchorDir, "forged.json");
    writeFileSync(forged, JSON.stringify({ ...signed, hash: "0".repeat(64) }));
    const refused = phaseline("verify", "--against", forged);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/REFUSED: .* signature does not verify/);
  }, 300_000);

  it("names the missing link when the chain no longer holds a signed head (a truncation)", () => {
    // a checkpoint signed with the right key for a head the chain does not (or no longer) hold
    const ahead = signCheckpoint({ seq: 10n ** 12n, hash: "a".repeat(64) }, signingKeyFromSeed(SEED));
    const file = join(mkdtempSync(join(tmpdir(), "phaseline-cli-")), "ahead.json");
    writeFileSync(file, JSON.stringify(ahead));
    const run = phaseline("verify", "--against", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN at #${10n ** 12n}: the chain no longer contains event #${10n ** 12n}`);
    expect(run.stderr).toContain(`expected hash: ${"a".repeat(64)}`);
    expect(run.stderr).toContain("found hash:    (nothing)");
  }, 120_000);

  it("verifies from a given sequence, trusting the link into it", async () => {
    const { seq } = await testPrisma().$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "cli --from" } }));
    const run = phaseline("verify", "--from", seq.toString());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^OK: \\d+ events? verified from #${seq}; head #\\d+ [0-9a-f]{64}`));
  }, 120_000);

  it("refuses a bad argument with exit 2", () => {
    const run = phaseline("verify", "--from", "yesterday");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--from takes an event sequence number/);
  });
});

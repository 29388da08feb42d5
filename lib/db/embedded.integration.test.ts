// The embedded database under concurrent clients: many connections sending parameterised
// (extended-protocol) queries at once must each get their own answers — the step workers, the
// cockpit's polling and the actions do exactly this (lib/db/pglite-socket-sequences.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbedded } from "./embedded";

describe("embedded PGlite served on a socket", () => {
  it("keeps each connection's parameterised queries whole under concurrency", async () => {
    const embedded = await startEmbedded(null);
    const pool = new pg.Pool({ connectionString: embedded.appUrl, max: 10 });
    try {
      // different statements and parameter counts at once, some inside transactions: a Bind landing
      // on another connection's Parse fails ("bind message supplies 2 parameters …") or answers wrongly
      const answers = await Promise.all(
        Array.from({ length: 300 }, async (_, i) => {
          if (i % 3 === 0) {
            const { rows } = await pool.query<{ s: string }>("SELECT $1::timestamp AS t, $2::text AS s", [new Date(), `x${i}`]);
            return rows[0]?.s === `x${i}`;
          }
          if (i % 3 === 1) {
            const { rows } = await pool.query<{ n: number }>("SELECT $1::int + 1 AS n", [i]);
            return rows[0]?.n === i + 1;
          }
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            const { rows } = await client.query<{ n: number }>("SELECT $1::int AS n", [i]);
            await client.query("COMMIT");
            return rows[0]?.n === i;
          } finally {
            client.release();
          }
        }),
      );
      expect(answers.filter((ok) => !ok)).toHaveLength(0);
    } finally {
      await pool.end().catch(() => {});
      await embedded.stop();
    }
  }, 30_000);

  it("a failed query does not stop the others", async () => {
    const embedded = await startEmbedded(null);
    const a = new pg.Client({ connectionString: embedded.appUrl });
    const b = new pg.Client({ connectionString: embedded.appUrl });
    try {
      await Promise.all([a.connect(), b.connect()]);
      const [bad, good] = await Promise.allSettled([a.query("SELECT $1::int", ["not a number"]), b.query("SELECT $1::int + 1 AS n", [41])]);
      expect(bad.status).toBe("rejected");
      expect(good).toMatchObject({ status: "fulfilled", value: { rows: [{ n: 42 }] } });
      expect((await a.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await Promise.all([a.end().catch(() => {}), b.end().catch(() => {})]);
      await embedded.stop();
    }
  });

  // (a second `npm start` served the demo target on a new port while the demo environments kept the
  // first start's URL: every deployment against the demo target failed its pre-flight check)
  it("says, on the next start of a data directory, the demo target's URL of the previous start", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "phaseline-embedded-"));
    try {
      const first = await startEmbedded(dataDir);
      const firstUrl = first.targetUrl;
      expect(first.previousTargetUrl).toBeUndefined();
      await first.stop();
      const second = await startEmbedded(dataDir);
      try {
        // (the OS picks each port: the same one twice says nothing moved)
        expect(second.previousTargetUrl).toBe(second.targetUrl === firstUrl ? undefined : firstUrl);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

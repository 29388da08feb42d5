// The pre-flight's SQL risk lint answers for the target at hand (issue 11 item 4): it reads the
// target's server_version and judges version-dependent rules for that major version.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { createTestUser, planTestDeployment, targetUrl } from "@/lib/testing/deployment-fixture";
import { testPrisma } from "@/lib/testing/db";
import { getDeploymentPreflight, majorVersionOf } from "./get-deployment-preflight";

describe("the pre-flight's lint", () => {
  it("reads the major version from version() text", () => {
    expect(majorVersionOf("PostgreSQL 15.19 (Debian 15.19-0+deb12u1) on x86_64-pc-linux-gnu")).toBe(15);
    expect(majorVersionOf("PostgreSQL 9.6.24 on x86_64")).toBe(9);
    expect(majorVersionOf("CockroachDB CCL v23")).toBeUndefined();
  });

  it("is judged for the target's own major version", async () => {
    const client = new pg.Client({ connectionString: targetUrl() });
    await client.connect();
    const major = Number(String((await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v).slice(0, -4));
    await client.end();
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Alter", steps: [{ kind: "SQL", title: "Add a column", sql: "ALTER TABLE t ADD COLUMN c int DEFAULT 0;", statementTimeoutMs: 10_000, lockTimeoutMs: 2_000 }] },
    ]);
    const checks = await getDeploymentPreflight(deploymentId, testPrisma());
    const lint = checks.find((c) => c.label === "SQL risk lint");
    expect(lint?.detail).toContain(`Judged for PostgreSQL ${major}, the target's version.`);
  });
});

// Runs last (files run in name order, one worker): the server's whole output for this run must not
// contain a secret — not the target password an admin typed, not the demo passwords, not the
// generated keys, not the wrong password typed at sign-in.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO, expect, TARGET_PASSWORD_MARKER, test } from "./fixtures";

test("no secret reached the server's log", async () => {
  const logFile = join("test-results", "e2e-server.log");
  expect(existsSync(logFile), "the server log is written by the webServer command in playwright.config.ts").toBe(true);
  const log = readFileSync(logFile, "utf8");
  expect(log).toContain("serving on http://localhost");
  const secrets = JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR ?? ".data/e2e", "secrets.json"), "utf8")) as Record<string, string>;
  const forbidden = [TARGET_PASSWORD_MARKER, "not-the-password", ...Object.values(DEMO).map((u) => u.password), ...Object.values(secrets)];
  for (const secret of forbidden) expect(log, `the log contains a secret (${secret.slice(0, 3)}…)`).not.toContain(secret);
});

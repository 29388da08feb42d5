// CI's last line ("N passed, N failed") is added up from the runners' JSON reports by
// scripts/summarise-tests.mjs. Here real vitest reports are made by running vitest on small
// files of tests, and the line must count each failed test once and each file that failed to load
// once — a failing test inside a describe block once, not once per failed suite around it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
// inside the repository, so that the files resolve "vitest" from its node_modules
const DIR = mkdtempSync(path.join(ROOT, "test-results", "summarise-"));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function vitestReport(name: string, files: Record<string, string>): string {
  const root = path.join(DIR, name);
  mkdirSync(root);
  writeFileSync(path.join(root, "vitest.config.mjs"), 'export default { test: { include: ["*.check.ts"] } };\n');
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
  const report = path.join(root, "report.json");
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--root", root, "--reporter=json", `--outputFile=${report}`], {
      cwd: root,
      stdio: "pipe",
      timeout: 60_000,
    });
  } catch {
    // a run with failures exits 1; the report is what is read
  }
  return report;
}

const summary = (...reports: string[]) =>
  execFileSync(process.execPath, [path.join(ROOT, "scripts/summarise-tests.mjs"), ...reports], { encoding: "utf8", timeout: 30_000 }).trim();

describe("the CI summary line", () => {
  it("counts a failing test inside nested describe blocks once, beside the tests that passed", () => {
    const report = vitestReport("nested", {
      "a.check.ts": `import { describe, expect, it } from "vitest";
describe("outer", () => {
  describe("inner", () => {
    it("passes", () => expect(1).toBe(1));
    it("fails", () => expect(1).toBe(2));
  });
  it("passes too", () => expect(2).toBe(2));
});
`,
      "b.check.ts": `import { expect, it } from "vitest";
it("passes at the top level", () => expect(3).toBe(3));
`,
    });
    expect(summary(report)).toBe("3 passed, 1 failed");
  }, 90_000);

  it("counts a file that fails to load as one failure, and a missing report as one more", () => {
    const report = vitestReport("load", {
      "a.check.ts": `import { expect, it } from "vitest";
throw new Error("broken at import");
it("never runs", () => expect(1).toBe(1));
`,
      "b.check.ts": `import { it, expect } from "vitest";
it.skip("skipped", () => expect(1).toBe(2));
it("passes", () => expect(1).toBe(1));
`,
    });
    expect(summary(report)).toBe("1 passed, 1 failed, 1 skipped");
    expect(summary(report, path.join(DIR, "no-such-report.json"))).toBe("1 passed, 2 failed, 1 skipped");
  }, 90_000);
});

#!/usr/bin/env node
// Adds up the JSON reports of the test runners and prints "N passed, N failed" (CI reads it).
// A report that is missing counts as one failure: a runner that crashed must not look green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}: counted as a failure`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (typeof r.numPassedTests === "number") {
    // vitest
    passed += r.numPassedTests;
    failed += r.numFailedTests + countFailedFilesWithoutAFailedTest(r);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else if (r.stats && typeof r.stats.expected === "number") {
    // playwright
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped ?? 0;
    if (Array.isArray(r.errors) && r.errors.length > 0 && r.stats.expected + r.stats.unexpected === 0) failed += 1;
  } else if (typeof r.passed === "number") {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped ?? 0;
  }
}

// a vitest file that failed without a failed test (it failed to load, or a hook threw) counts once;
// one with failing tests is already counted by them. (numFailedTestSuites is no measure: it counts
// the file and every describe block around a failed test, so one failure there counted up to three.)
function countFailedFilesWithoutAFailedTest(r) {
  return (r.testResults ?? []).filter((s) => s.status === "failed" && !(s.assertionResults ?? []).some((a) => a.status === "failed")).length;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);

import { defineConfig } from "@playwright/test";

// The e2e suite runs against a production build served by `npm start` on a throwaway embedded
// database (its own data directory), in Debian's Chromium: Playwright cannot download browsers here.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

export default defineConfig({
  testDir: "e2e",
  // its own folder: Playwright empties outputDir at start, and test-results/ holds other reports
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    // no click or navigation waits for the whole test's time: a stuck one fails with its own message
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--disable-gpu"],
    },
  },
  webServer: {
    // the server's output is also kept in a file: e2e/zz-server-log.spec.ts checks no secret reached it
    command: `rm -rf ${dataDir} && mkdir -p test-results && PHASELINE_DATA_DIR=${dataDir} PORT=${port} node --conditions=react-server --import tsx scripts/start.ts 2>&1 | tee test-results/e2e-server.log`,
    url: `http://localhost:${port}/api/health`,
    // first run includes `next build` on a 2-core machine
    timeout: 360_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", PHASELINE_ENV: "test", DATABASE_URL: "" },
  },
});

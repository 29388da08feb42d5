import { configDefaults, defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const INCLUDE = ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "bin/**/*.test.ts", "scripts/**/*.test.ts"];
const INTEGRATION = "**/*.integration.test.ts";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // "server-only" throws outside React Server Components; in tests it guards nothing.
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two projects run side by side, one file at a time each: the integration tests (every test that reads or writes
    // a database) share one database, so their files run one after another; the unit tests touch none and run beside
    // them on the other core.
    projects: [
      {
        extends: true,
        test: {
          name: "integration",
          include: INCLUDE.map((glob) => glob.replace(/\*\.test\.ts$/, "*.integration.test.ts")),
          globalSetup: ["lib/testing/global-setup.ts"],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: INCLUDE,
          exclude: [...configDefaults.exclude, INTEGRATION],
          globalSetup: ["lib/testing/unit-setup.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});

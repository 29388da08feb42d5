#!/usr/bin/env node
// The `phaseline` CLI entry: runs bin/phaseline.ts through tsx, with the "react-server" condition
// so modules guarded by "server-only" load outside Next.js as they do inside it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsxLoader = require.resolve("tsx");
const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsxLoader, join(here, "phaseline.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: join(here, "..", "tsconfig.json") },
});
child.on("close", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));

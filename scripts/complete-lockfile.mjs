#!/usr/bin/env node
// Usage: node scripts/complete-lockfile.mjs [package-lock.json] — run after `npm install` adds a dependency.
// The registry mirror here serves only this platform's prebuilt binaries, so npm writes a lock that
// lacks the other platforms' optional packages and `npm ci` then refuses it as out of sync.
// Adds lock entries for platform-specific optional dependencies that this registry mirror does
// not serve (other OSes' prebuilt binaries), so `npm ci` accepts the lock and skips them by platform.
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const pkgs = lock.packages;
let added = 0;
const guess = (name) => {
  const n = name.toLowerCase();
  const os = n.includes("darwin")
    ? ["darwin"]
    : n.includes("win32")
      ? ["win32"]
      : n.includes("freebsd")
        ? ["freebsd"]
        : n.includes("android")
          ? ["android"]
          : n.includes("linux")
            ? ["linux"]
            : n.includes("wasm32")
              ? null
              : null;
  const cpu = n.includes("arm64") ? ["arm64"] : n.includes("x64") ? ["x64"] : n.includes("arm-") || n.includes("-arm") ? ["arm"] : n.includes("wasm32") ? ["wasm32"] : null;
  return { os, cpu };
};
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[base] || pkgs[top]) continue;
    const { os, cpu } = guess(dep);
    pkgs[top] = { version: spec.replace(/^[\^~=]/, ""), optional: true, ...(os ? { os } : {}), ...(cpu ? { cpu } : {}) };
    console.log("added", top, spec, os, cpu);
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`${added} entries added`);

// The launcher of `npm start` stays up as long as the app does, so what it loads stays resident
// (issue 17: with Prisma, the migration runner and the demo seed it held 337 MB on a real server).
// Those run in short-lived children (scripts/start-database.ts); PGlite is loaded only when the
// embedded database is used. This follows the launcher's static imports (an `import()` runs only
// when reached, and is not followed) and fails on any chain to what it must not hold.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const FORBIDDEN = [/^@prisma\//, /^@electric-sql\//, /lib\/generated\//, /lib\/db\/client\.ts$/, /lib\/server\/seed\//, /lib\/db\/migrate\.ts$/];

function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g)) {
    if (!m[2]) found.push(m[3] ?? "");
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function forbiddenChains(entry: string): string[] {
  const chains: string[] = [];
  const seen = new Set([entry]);
  const queue = [{ file: entry, trail: [path.relative(ROOT, entry)] }];
  while (queue.length) {
    const { file, trail } = queue.shift()!;
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      const next = resolveLocal(file, specifier);
      const name = next ? path.relative(ROOT, next) : specifier;
      if (FORBIDDEN.some((f) => f.test(name))) {
        chains.push([...trail, name].join(" → "));
        continue;
      }
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push({ file: next, trail: [...trail, name] });
      }
    }
  }
  return chains;
}

describe("npm start's launcher", () => {
  it("loads neither Prisma, the migrations, the seed nor PGlite up front", () => {
    expect(forbiddenChains(path.join(ROOT, "scripts", "start.ts"))).toEqual([]);
  });
});

// What the browser downloads: a client component ("use client") and everything it imports at run
// time is bundled for the browser, so a Node built-in reached from one (node:crypto, node:fs, …) is
// either a build error or — for crypto, stream, buffer — a polyfill of a hundred kilobytes shipped
// to every visitor of the page (the webhook form once pulled crypto-browserify: 140 kB gzipped,
// because the event list shared a module with the HMAC signing). Type-only imports are erased and
// not followed; nor are server action modules ("use server"), which reach the browser as references.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith("_")));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const directive = (name: string) => new RegExp(`^\\s*(\\/\\/[^\\n]*\\n\\s*)*["']${name}["']`);
const isClientModule = (source: string) => directive("use client").test(source);
// a server action module reaches the browser as references to call, never as code: not followed
const isServerActionModule = (source: string) => directive("use server").test(source);

/** The specifiers a module imports at run time (`import type` and `export type` are erased). */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) continue;
    // `import { type A, type B } from "x"` is erased too when every name is a type
    const clause = match[0].match(/\{([^}]*)\}/)?.[1];
    if (clause && !match[0].match(/^\s*(import|export)\s+\*/) && clause.split(",").every((n) => !n.trim() || /^type\s/.test(n.trim())) && !/import\s+\w+\s*,/.test(match[0]))
      continue;
    found.push(match[3] ?? "");
  }
  for (const match of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1] ?? "");
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Every chain from `entries` (client modules) to an import `isTarget` accepts, as "a.tsx → b.ts →
 * zod". Server-action modules are not followed (the client gets a reference, not their code);
 * with `isStaticOnly`, neither is an `import()` (it loads later, on demand).
 */
function importChains(entries: string[], isTarget: (specifier: string) => boolean, isStaticOnly: boolean): string[] {
  const chains: string[] = [];
  for (const entry of entries) {
    const seen = new Set<string>([entry]);
    const queue: { file: string; trail: string[] }[] = [{ file: entry, trail: [path.relative(ROOT, entry)] }];
    while (queue.length) {
      const { file, trail } = queue.shift()!;
      const text = readFileSync(file, "utf8");
      const source = isStaticOnly ? text.replace(/\bimport\(\s*["'][^"']+["']\s*\)/g, "") : text;
      for (const specifier of runtimeImports(source)) {
        if (isTarget(specifier)) {
          chains.push([...trail, specifier].join(" → "));
          continue;
        }
        const next = resolveLocal(file, specifier);
        if (next && !seen.has(next) && !isServerActionModule(readFileSync(next, "utf8"))) {
          seen.add(next);
          queue.push({ file: next, trail: [...trail, path.relative(ROOT, next)] });
        }
      }
    }
  }
  return chains;
}

/** Every chain from a client module under `dirs` to the package `name` through static imports. */
function staticPackageChains(dirs: string[], name: string): string[] {
  const entries = dirs
    .flatMap((d) => (statSync(path.join(ROOT, d)).isFile() ? [path.join(ROOT, d)] : sourceFiles(path.join(ROOT, d))))
    .filter((f) => isClientModule(readFileSync(f, "utf8")));
  return importChains(entries, (specifier) => specifier === name || specifier.startsWith(`${name}/`), true);
}

/** Every chain from a client module to a Node built-in, as "a.tsx → b.ts → node:crypto". */
function builtinChains(): string[] {
  const entries = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => isClientModule(readFileSync(f, "utf8")));
  const isBuiltin = (specifier: string) => specifier.startsWith("node:") || NODE_BUILTINS.has(specifier.split("/")[0] ?? "");
  return importChains(entries, isBuiltin, false);
}

describe("client bundles", () => {
  it("reads run-time imports and skips type-only ones", () => {
    expect(
      runtimeImports(
        `import { a } from "./a";\nimport type { B } from "./b";\nimport { type C } from "./c";\nimport d, { type E } from "./d";\nexport { f } from "./f";\nimport "./g";\nconst h = await import("./h");`,
      ),
    ).toEqual(["./a", "./d", "./f", "./g", "./h"]);
  });

  it("no client component reaches a Node built-in", () => {
    expect(builtinChains()).toEqual([]);
  });

  // issue 17: the cockpit's first-load JavaScript ≤ 200 kB gzipped; zod alone is 31 kB of it. Its
  // schemas are loaded with the first refetch (use-cockpit.ts) or the first phase opened (record-phase.tsx)
  it("the deployment page's client components and the app's layout load zod only on demand", () => {
    expect(staticPackageChains(["components/deployment", "components/live", "components/layout", "components/providers.tsx"], "zod")).toEqual([]);
  });

  // issue 17: next-auth's client library, with the Babel runtime it brings, was ~10 kB gzipped of
  // every signed-in page's first load for one call; sign-out posts to next-auth's endpoint itself
  // (components/layout/sign-out.ts). The sign-in page, outside the app's layout, still uses it.
  it("the app's layout and pages (the deployment page's among them) do not load next-auth's client", () => {
    expect(staticPackageChains(["app/(app)", "components/deployment", "components/live", "components/layout", "components/providers.tsx"], "next-auth/react")).toEqual([]);
  });
});

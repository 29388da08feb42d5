import type { TStepKind } from "@/lib/domain/runbook/step-kinds";

export const stepKindLabels: Record<TStepKind, string> = {
  MANUAL: "Manual",
  SQL: "SQL",
  QUERY_CHECK: "Query check",
  BASELINE_CAPTURE: "Baseline capture",
  BASELINE_COMPARE: "Baseline compare",
  HTTP_CHECK: "HTTP check",
  COMMAND: "Command",
  BACKUP: "Backup",
  RESTORE: "Restore",
};

function show(value: unknown): string {
  if (value === undefined || value === null) return "?";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

function pick(o: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (o[key] !== undefined) return o[key];
  return undefined;
}

/** A QUERY_CHECK expectation in words: "expects scalar = 0". Unknown shapes are shown as JSON. */
export function describeExpectation(expectation: unknown): string {
  if (!expectation || typeof expectation !== "object" || Array.isArray(expectation)) return "no expectation set";
  const o = expectation as Record<string, unknown>;
  switch (o.type) {
    case "scalar_equals":
      return `expects scalar = ${show(pick(o, "value", "expected", "equals"))}`;
    case "scalar_at_most":
      return `expects scalar ≤ ${show(pick(o, "max", "value", "atMost"))}`;
    case "scalar_between":
      return `expects ${show(pick(o, "min", "low", "from"))} ≤ scalar ≤ ${show(pick(o, "max", "high", "to"))}`;
    case "row_count_equals":
      return `expects row count = ${show(pick(o, "count", "value", "rows", "expected"))}`;
    default:
      return `expects ${JSON.stringify(expectation)}`;
  }
}

/** Per-column numeric tolerances: ["revenue ± 0.01"]. */
export function describeTolerances(tolerances: unknown): string[] {
  if (!tolerances || typeof tolerances !== "object" || Array.isArray(tolerances)) return [];
  return Object.entries(tolerances as Record<string, unknown>).map(([column, tolerance]) => `${column} ± ${show(tolerance)}`);
}

/** argv shown as a command line, each argument quoted only when it needs to be. It is never run through a shell. */
export function formatArgv(argv: string[]): string {
  return argv.map((arg) => (arg === "" ? "''" : /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(" ");
}

export function formatMs(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return s < 60 ? `${Number.isInteger(s) ? s : s.toFixed(1)} s` : `${Math.round(s / 60)} min`;
}

export function formatBytes(bytes: number | null | undefined): string | null {
  if (bytes === null || bytes === undefined) return null;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Fan-out's words, in a module of their own without zod: the cockpit's client components import
// them, and zod stays out of the deployment page's first-load JavaScript (issue 17).
import type { TFanOut } from "./fan-out";

export const FAN_OUT_FAILURE_POLICIES = ["STOP", "FINISH_ALL"] as const;
export type TFanOutFailurePolicy = (typeof FAN_OUT_FAILURE_POLICIES)[number];

export const FAN_OUT_POLICY_LABELS: Record<TFanOutFailurePolicy, string> = {
  STOP: "stop at the first failed schema",
  FINISH_ALL: "finish every schema, then fail the step",
};

/** What a fan-out's target is called: "schema", or "database" over an environment group's databases (issue 15 item 2). */
export type TFanOutUnit = "schema" | "database";
export const fanOutUnitOf = (f: Pick<TFanOut, "over"> | null | undefined): TFanOutUnit => (f?.over === "DATABASES" ? "database" : "schema");

/** The failure policy in the fan-out's own words ("stop at the first failed database"). */
export const describeFanOutPolicy = (policy: TFanOutFailurePolicy, unit: TFanOutUnit = "schema"): string => FAN_OUT_POLICY_LABELS[policy].replace("schema", unit);

/** "3 schemas (tenant_acme, tenant_globex, …) · 2 at a time · stop at the first failed schema"; "every database of the environment's group · …" */
export function describeFanOut(f: TFanOut): string {
  const unit = fanOutUnitOf(f);
  const source =
    f.over === "DATABASES"
      ? f.databases?.length
        ? `${f.databases.length} ${f.databases.length === 1 ? "database" : "databases"} of the environment's group (${f.databases.slice(0, 3).join(", ")}${f.databases.length > 3 ? ", …" : ""})`
        : "every database of the environment's group"
      : f.schemas?.length
        ? `${f.schemas.length} ${f.schemas.length === 1 ? "schema" : "schemas"} (${f.schemas.slice(0, 3).join(", ")}${f.schemas.length > 3 ? ", …" : ""})`
        : "the schemas its query names";
  return [`once per ${unit}: ${source}`, f.concurrency === 1 ? "one at a time" : `${f.concurrency} at a time`, describeFanOutPolicy(f.onFailure, unit)].join(" · ");
}

/** "12 of 40 schemas · 1 failed"; "3 of 4 databases · 1 failed" */
export function describeFanOutProgress(counts: { total: number; done: number; failed: number }, unit: TFanOutUnit = "schema"): string {
  const base = `${counts.done.toLocaleString("en")} of ${counts.total.toLocaleString("en")} ${counts.total === 1 ? unit : `${unit}s`}`;
  return counts.failed > 0 ? `${base} · ${counts.failed.toLocaleString("en")} failed` : base;
}

/**
 * A stored or parsed fan-out that sets search_path to each target schema: what the lint's
 * fan-out-qualified-name rule is about. A fan-out over databases reaches each database's own
 * public.x, so a qualified name is no finding there.
 */
export const isSchemaFanOut = (value: unknown): boolean => typeof value === "object" && value !== null && (value as { over?: unknown }).over !== "DATABASES";

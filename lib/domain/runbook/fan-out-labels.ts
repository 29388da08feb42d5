// Fan-out's words, in a module of their own without zod: the cockpit's client components import
// them, and zod stays out of the deployment page's first-load JavaScript (issue 17).
import type { TFanOut } from "./fan-out";

export const FAN_OUT_FAILURE_POLICIES = ["STOP", "FINISH_ALL"] as const;
export type TFanOutFailurePolicy = (typeof FAN_OUT_FAILURE_POLICIES)[number];

export const FAN_OUT_POLICY_LABELS: Record<TFanOutFailurePolicy, string> = {
  STOP: "stop at the first failed schema",
  FINISH_ALL: "finish every schema, then fail the step",
};

/** "3 schemas (tenant_acme, tenant_globex, …) · 2 at a time · stop at the first failed schema" */
export function describeFanOut(f: TFanOut): string {
  const source = f.schemas?.length
    ? `${f.schemas.length} ${f.schemas.length === 1 ? "schema" : "schemas"} (${f.schemas.slice(0, 3).join(", ")}${f.schemas.length > 3 ? ", …" : ""})`
    : "the schemas its query names";
  return [`once per schema: ${source}`, f.concurrency === 1 ? "one at a time" : `${f.concurrency} at a time`, FAN_OUT_POLICY_LABELS[f.onFailure]].join(" · ");
}

/** "12 of 40 schemas · 1 failed" */
export function describeFanOutProgress(counts: { total: number; done: number; failed: number }): string {
  const base = `${counts.done.toLocaleString("en")} of ${counts.total.toLocaleString("en")} ${counts.total === 1 ? "schema" : "schemas"}`;
  return counts.failed > 0 ? `${base} · ${counts.failed.toLocaleString("en")} failed` : base;
}

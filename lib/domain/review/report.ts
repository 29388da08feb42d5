// The deployment report (PRODUCT.md "Review": timeline of phases with estimated vs actual
// duration, who did what and when, sign-offs, step outputs, baseline diffs, the audit extract).
// Pure: the page and the Markdown export both read these shapes, so the two never disagree.
// The shapes are structural subsets of the record reader's (lib/server/readers/get-deployment.ts),
// so its answer is passed in as is.
import type { z } from "zod";
import { describeLockRetries, describeLockRetryLines } from "@/lib/domain/execution/lock-retries";
import type { ZFanOutTargetRow } from "@/lib/domain/runbook/fan-out";

export type TReportUser = { name: string; email: string };

export type TReportSignoff = {
  id: string;
  scope: string;
  role: string;
  decision: string;
  comment: string;
  createdAt: Date;
  sheetLineId: string | null;
  user: TReportUser;
};

export type TReportStepRun = {
  id: string;
  stepId: string;
  mode: string;
  attempt: number;
  status: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  output: string;
  isOutputTruncated: boolean;
  result: unknown;
  errorMessage: string | null;
  note: string | null;
  reconciledAt: Date | null;
  startedBy: TReportUser | null;
  reconciledBy: TReportUser | null;
  /** issue 15 item 2: a fanned-out run's result per target schema */
  targets?: readonly TReportTarget[];
};

/** one target schema's result of a fanned-out run (issue 15 item 2), as the readers give it */
export type TReportTarget = z.output<typeof ZFanOutTargetRow>;

export type TReportPhaseRun = {
  id: string;
  procedure: string;
  position: number;
  status: string;
  activatedAt: Date | null;
  completedAt: Date | null;
  reason: string | null;
  phase: {
    title: string;
    objective: string;
    estimatedMinutes: number | null;
    failurePolicy: string;
    isPointOfNoReturn: boolean;
    requiredSignoffRoles: readonly string[];
    steps: ReadonlyArray<{ id: string; position: number; kind: string; title: string }>;
    checklistItems: ReadonlyArray<{ id: string; text: string; isRequired: boolean }>;
    successCriteria: ReadonlyArray<{ id: string; text: string }>;
  };
  stepRuns: readonly TReportStepRun[];
  checklistTicks: ReadonlyArray<{ checklistItemId: string; isTicked: boolean; tickedAt: Date; tickedBy: TReportUser }>;
  criterionResults: ReadonlyArray<{ criterionId: string; isMet: boolean; evidence: string; metAt: Date; metBy: TReportUser | null }>;
  signoffs: readonly TReportSignoff[];
  waivers: ReadonlyArray<{ stepId: string; reason: string; createdAt: Date; waivedBy: TReportUser }>;
};

export type TReportDeployment = {
  id: string;
  name: string;
  status: string;
  statusReason: string | null;
  /** the follow-ups of a succeeded deployment (issue 15); absent or null without follow-up phases */
  followUpStatus?: string | null;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  rollbackStartedAt: Date | null;
  environment: { name: string; isProduction: boolean };
  lead: TReportUser;
  runbookVersion: {
    title: string;
    number: number | null;
    estimatedMinutes: number | null;
    signoffSheet: ReadonlyArray<{ id: string; label: string; role: string | null }>;
  };
  phaseRuns: readonly TReportPhaseRun[];
  /** deployment-wide sign-offs: the sheet and point-of-no-return approvals */
  signoffs: readonly TReportSignoff[];
};

export type TReportAuditEvent = {
  seq: bigint | number | string;
  createdAt: Date;
  type: string;
  actorLabel: string;
  payload: unknown;
  hash: string;
};

const FINAL_STATUSES = new Set(["SUCCEEDED", "FAILED", "ROLLED_BACK", "ABORTED"]);

/** What a phase run's state means in the report, as a word. */
export type TPhaseOutcome =
  | { kind: "status"; status: string }
  /** a rollback phase of a deployment that never rolled back: "Not needed", never "Pending" */
  | { kind: "not_needed" }
  /** a main phase the finished deployment never reached */
  | { kind: "not_reached" };

export function phaseOutcome(deployment: Pick<TReportDeployment, "status" | "rollbackStartedAt">, run: Pick<TReportPhaseRun, "procedure" | "status">): TPhaseOutcome {
  if (run.status !== "PENDING" || !FINAL_STATUSES.has(deployment.status)) return { kind: "status", status: run.status };
  if (run.procedure === "ROLLBACK" && deployment.rollbackStartedAt === null) return { kind: "not_needed" };
  return { kind: "not_reached" };
}

export function phaseOutcomeLabel(outcome: TPhaseOutcome): string {
  if (outcome.kind === "not_needed") return "Not needed";
  if (outcome.kind === "not_reached") return "Not reached";
  return humanizeStatus(outcome.status);
}

/** "Succeeded", "Succeeded, follow-up failed", "Succeeded, follow-ups open" … (issue 15) */
export function deploymentOutcomeLabel(d: Pick<TReportDeployment, "status" | "followUpStatus">): string {
  const base = humanizeStatus(d.status);
  if (d.followUpStatus === "FAILED") return `${base}, follow-up failed`;
  if (d.followUpStatus === "OPEN") return d.status === "SUCCEEDED" ? `${base}, follow-ups open` : base;
  if (d.followUpStatus === "PASSED") return `${base}, follow-ups passed`;
  return base;
}

export function humanizeStatus(status: string): string {
  if (status === "AWAITING_SIGNOFF") return "Awaiting sign-off";
  const lower = status.replace(/_/g, " ").toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export type TTimelineRow = {
  phaseRunId: string;
  /** "Phase 3" or "Rollback 2" */
  label: string;
  title: string;
  isRollback: boolean;
  outcome: TPhaseOutcome;
  estimatedMinutes: number | null;
  /** activated → completed, in minutes with one decimal; null when it did not both start and end */
  actualMinutes: number | null;
  /** actual − estimate, minutes; null when either is missing */
  deltaMinutes: number | null;
  /** minutes from the deployment's start to the phase's activation / completion, for the chart */
  startOffsetMinutes: number | null;
  endOffsetMinutes: number | null;
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const minutes = (from: Date, to: Date) => round1((to.getTime() - from.getTime()) / 60_000);

/** The deployment's anchor for the chart: its start, or its earliest phase activation. */
function timelineOrigin(d: TReportDeployment): Date | null {
  const activations = d.phaseRuns.flatMap((p) => (p.activatedAt ? [p.activatedAt.getTime()] : []));
  const candidates = [...(d.startedAt ? [d.startedAt.getTime()] : []), ...activations];
  return candidates.length > 0 ? new Date(Math.min(...candidates)) : null;
}

/** Phase runs as timeline rows: main phases in order, then the rollback procedure's. */
export function timelineRows(d: TReportDeployment): TTimelineRow[] {
  const origin = timelineOrigin(d);
  const ordered = [...d.phaseRuns].sort((a, b) => (a.procedure === b.procedure ? a.position - b.position : a.procedure === "MAIN" ? -1 : 1));
  return ordered.map((run) => {
    const isRollback = run.procedure === "ROLLBACK";
    const actual = run.activatedAt && run.completedAt ? minutes(run.activatedAt, run.completedAt) : null;
    const estimated = run.phase.estimatedMinutes;
    return {
      phaseRunId: run.id,
      label: `${isRollback ? "Rollback" : "Phase"} ${run.position}`,
      title: run.phase.title,
      isRollback,
      outcome: phaseOutcome(d, run),
      estimatedMinutes: estimated,
      actualMinutes: actual,
      deltaMinutes: actual !== null && estimated !== null ? round1(actual - estimated) : null,
      startOffsetMinutes: origin && run.activatedAt ? minutes(origin, run.activatedAt) : null,
      endOffsetMinutes: origin && run.completedAt ? minutes(origin, run.completedAt) : null,
    };
  });
}

export type TReportTotals = {
  /** started → finished, minutes (one decimal); null while not finished */
  actualMinutes: number | null;
  /** the runbook version's estimate, else the sum of its main phases' estimates */
  estimatedMinutes: number | null;
  estimateSource: "runbook" | "phases" | null;
};

export function reportTotals(d: TReportDeployment): TReportTotals {
  const actualMinutes = d.startedAt && d.finishedAt ? minutes(d.startedAt, d.finishedAt) : null;
  if (d.runbookVersion.estimatedMinutes !== null) return { actualMinutes, estimatedMinutes: d.runbookVersion.estimatedMinutes, estimateSource: "runbook" };
  const main = d.phaseRuns.filter((p) => p.procedure === "MAIN").map((p) => p.phase.estimatedMinutes);
  if (main.length === 0 || main.every((m) => m === null)) return { actualMinutes, estimatedMinutes: null, estimateSource: null };
  return { actualMinutes, estimatedMinutes: main.reduce<number>((s, m) => s + (m ?? 0), 0), estimateSource: "phases" };
}

/** "45 min", "1 h 30 min", "12.5 min"; "—" for null. */
export function formatReportMinutes(value: number | null): string {
  if (value === null) return "—";
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  if (abs < 60) return `${sign}${Number.isInteger(abs) ? abs : abs.toFixed(1)} min`;
  const h = Math.floor(abs / 60);
  const m = Math.round(abs - h * 60);
  return `${sign}${h} h${m ? ` ${m} min` : ""}`;
}

/** "2026-10-14 18:02:00 UTC" — one unambiguous form for a document read anywhere. */
export function formatReportTime(date: Date | null): string {
  if (!date) return "—";
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

// ---------------------------------------------------------------------------------------------
// Results

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export type TMismatchRow = { key: string; column: string; baseline: string; current: string; difference: string };

/** The baseline mismatch table of a BASELINE_COMPARE result, if it has one (at most `cap` rows). */
export function baselineMismatches(result: unknown, cap = 50): { rows: TMismatchRow[]; total: number } | null {
  if (!isRecord(result) || !Array.isArray(result.mismatches)) return null;
  const total = typeof result.mismatchCount === "number" ? result.mismatchCount : result.mismatches.length;
  const rows = result.mismatches.slice(0, cap).flatMap((m): TMismatchRow[] => {
    if (!isRecord(m)) return [];
    const key = isRecord(m.key)
      ? Object.entries(m.key)
          .map(([k, v]) => `${k}=${show(v)}`)
          .join(", ")
      : show(m.key);
    return [
      { key, column: String(m.column ?? ""), baseline: show(m.baseline), current: show(m.current), difference: typeof m.difference === "number" ? String(m.difference) : "" },
    ];
  });
  return { rows, total };
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return JSON.stringify(v);
}

/** A check result's observed value and verdict in words, e.g. "passed · observed 0". */
export function describeCheck(result: unknown): string | null {
  if (!isRecord(result)) return null;
  const parts: string[] = [];
  if (isRecord(result.fanOut)) {
    const f = result.fanOut;
    parts.push(
      `fan-out: ${show(f.succeeded)} of ${show(f.total)} ${f.over === "DATABASES" ? "databases" : "schemas"} succeeded, ${show(f.failed)} failed${typeof f.notRun === "number" && f.notRun > 0 ? `, ${f.notRun} not run` : ""}`,
    );
  }
  if (typeof result.passed === "boolean") parts.push(result.passed ? "passed" : "did not pass");
  if ("observed" in result) parts.push(`observed ${show(result.observed)}`);
  if (typeof result.comparedRows === "number") parts.push(`${result.comparedRows} rows compared`);
  if (typeof result.mismatchCount === "number") parts.push(`${result.mismatchCount} mismatches`);
  else if (Array.isArray(result.mismatches)) parts.push(`${result.mismatches.length} mismatches`);
  if (typeof result.rowsAffected === "number") parts.push(`${result.rowsAffected} rows affected`);
  if (typeof result.status === "number") parts.push(`HTTP ${result.status}`);
  if (typeof result.exitCode === "number") parts.push(`exit code ${result.exitCode}`);
  // issue 15: a BACKUP's or RESTORE's tables, with their rows and checksums
  if (typeof result.backupKey === "string" && Array.isArray(result.tables)) {
    const tables = result.tables.filter(isRecord).map((t) => `${show(t.table)} ${show(t.rowCount)} rows, md5 ${show(t.checksum)}${t.isVerified === true ? " verified" : ""}`);
    parts.push(`backup ${show(result.backupKey)}${typeof result.schemaName === "string" ? ` in ${result.schemaName}` : ""}: ${tables.join("; ")}`);
  }
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** An audit event's payload in one line: its scalar fields, ids left out (the report names things). */
export function summariseAuditPayload(payload: unknown): string {
  if (!isRecord(payload)) return "";
  return Object.entries(payload)
    .filter(([k, v]) => !/Ids?$/.test(k) && k !== "id" && (typeof v === "string" || typeof v === "number" || typeof v === "boolean"))
    .map(([k, v]) => `${k}: ${String(v).replace(/\s+/g, " ").slice(0, 160)}`)
    .join("; ");
}

// ---------------------------------------------------------------------------------------------
// Markdown

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

function fence(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return [ticks + "text", text.replace(/\n$/, ""), ticks];
}

function signoffLine(s: TReportSignoff): string {
  return `- ${s.role} — **${humanizeStatus(s.decision)}** by ${s.user.name} at ${formatReportTime(s.createdAt)}${s.comment ? `: “${s.comment.replace(/\s+/g, " ")}”` : ""}`;
}

/**
 * The whole report as a Markdown document readable on its own (PRODUCT.md "Review": exported as
 * Markdown). `generatedAt` is passed in so the output is a pure function of its inputs.
 */
export function renderReportMarkdown(d: TReportDeployment, audit: readonly TReportAuditEvent[], generatedAt: Date): string {
  const out: string[] = [];
  const totals = reportTotals(d);
  const rows = timelineRows(d);
  const version = d.runbookVersion;
  out.push(`# Deployment report: ${d.name}`, "");
  out.push(`Generated ${formatReportTime(generatedAt)} by Phaseline.`, "");
  out.push(
    ...table(
      ["Field", "Value"],
      [
        ["Runbook", `${version.title} v${version.number ?? "?"}`],
        ["Environment", `${d.environment.name}${d.environment.isProduction && !/production/i.test(d.environment.name) ? " (production)" : ""}`],
        ["Lead", `${d.lead.name} <${d.lead.email}>`],
        ["Planned window", `${formatReportTime(d.plannedStart)} to ${formatReportTime(d.plannedEnd)}`],
        ["Started", formatReportTime(d.startedAt)],
        ["Finished", formatReportTime(d.finishedAt)],
        ["Outcome", deploymentOutcomeLabel(d)],
        ...(d.statusReason ? [["Reason", d.statusReason]] : []),
        ...(d.rollbackStartedAt ? [["Rollback started", formatReportTime(d.rollbackStartedAt)]] : []),
        // the reason above says why it rolled back; this row, that the rollback procedure completed
        ...(d.status === "ROLLED_BACK" && d.finishedAt ? [["Rollback completed", formatReportTime(d.finishedAt)]] : []),
        [
          "Total time",
          `${formatReportMinutes(totals.actualMinutes)} against an estimate of ${formatReportMinutes(totals.estimatedMinutes)}${totals.estimateSource === "phases" ? " (sum of the phases)" : ""}`,
        ],
      ],
    ),
    "",
  );

  out.push("## Timeline", "");
  out.push(
    ...table(
      ["Phase", "Title", "Outcome", "Estimated", "Actual", "Difference"],
      rows.map((r) => [
        r.label,
        r.title,
        phaseOutcomeLabel(r.outcome),
        formatReportMinutes(r.estimatedMinutes),
        formatReportMinutes(r.actualMinutes),
        r.deltaMinutes === null ? "—" : `${r.deltaMinutes > 0 ? "+" : ""}${formatReportMinutes(r.deltaMinutes)}`,
      ]),
    ),
    "",
  );

  const byId = new Map(d.phaseRuns.map((p) => [p.id, p]));
  for (const row of rows) {
    const run = byId.get(row.phaseRunId);
    if (!run) continue;
    out.push(`## ${row.label}: ${row.title}`, "");
    out.push(
      `**Outcome:** ${phaseOutcomeLabel(row.outcome)}. Activated ${formatReportTime(run.activatedAt)}, completed ${formatReportTime(run.completedAt)}; ${formatReportMinutes(row.actualMinutes)} against ${formatReportMinutes(row.estimatedMinutes)} estimated.`,
      "",
    );
    if (run.reason) out.push(`**${run.status === "SKIPPED" ? "Skipped because" : "Reason"}:** ${run.reason}`, "");
    if (row.outcome.kind !== "status") continue;

    if (run.phase.checklistItems.length > 0) {
      out.push("### Checklist", "");
      const ticks = new Map(run.checklistTicks.map((t) => [t.checklistItemId, t]));
      for (const item of run.phase.checklistItems) {
        const tick = ticks.get(item.id);
        const isTicked = tick?.isTicked === true;
        out.push(
          `- [${isTicked ? "x" : " "}] ${item.text}${item.isRequired ? "" : " (optional)"}${tick ? ` — ${isTicked ? "ticked" : "unticked"} by ${tick.tickedBy.name} at ${formatReportTime(tick.tickedAt)}` : ""}`,
        );
      }
      out.push("");
    }

    if (run.phase.steps.length > 0) {
      out.push("### Steps", "");
      const waivers = new Map(run.waivers.map((w) => [w.stepId, w]));
      for (const step of run.phase.steps) {
        out.push(`#### Step ${step.position}: ${step.title} (${humanizeStatus(step.kind)})`, "");
        const waiver = waivers.get(step.id);
        if (waiver) out.push(`**Waived** by ${waiver.waivedBy.name} at ${formatReportTime(waiver.createdAt)}: ${waiver.reason}`, "");
        const runs = run.stepRuns.filter((s) => s.stepId === step.id);
        if (runs.length === 0) out.push("Not run.", "");
        for (const sr of runs) {
          out.push(
            `- Attempt ${sr.attempt}${sr.mode === "REHEARSAL" ? " (rehearsal, rolled back)" : ""}: **${humanizeStatus(sr.status)}**, by ${sr.startedBy?.name ?? "the system"}, ${formatReportTime(sr.startedAt)} → ${formatReportTime(sr.finishedAt)}`,
          );
          const check = describeCheck(sr.result);
          if (check) out.push(`  - Result: ${check}`);
          // issue 11 item 3: lock-timeout retries happen inside this attempt, said apart from it
          const lockWaits = describeLockRetries(sr);
          if (lockWaits) out.push(`  - Lock waits: ${lockWaits}`, ...describeLockRetryLines(sr.result).map((line) => `    - ${line}`));
          if (sr.errorMessage) out.push(`  - Error: ${sr.errorMessage.replace(/\s+/g, " ")}`);
          if (sr.note) out.push(`  - Note: ${sr.note.replace(/\s+/g, " ")}`);
          if (sr.reconciledBy) out.push(`  - Reconciled by ${sr.reconciledBy.name} at ${formatReportTime(sr.reconciledAt)}`);
          out.push("");
          if (sr.targets?.length) {
            const failed = sr.targets.filter((t) => t.status === "FAILED").length;
            const succeeded = sr.targets.filter((t) => t.status === "SUCCEEDED").length;
            // issue 15 item 2: the targets are the environment group's databases, or schemas
            const isDatabases = sr.targets.some((t) => t.isDatabase);
            out.push(`Per ${isDatabases ? "database" : "schema"} (${succeeded} of ${sr.targets.length} succeeded, ${failed} failed):`, "");
            out.push(
              ...table(
                [isDatabases ? "Database" : "Schema", "Status", "Took", "Rows", "Result"],
                sr.targets.map((t) => [
                  t.schemaName,
                  `${humanizeStatus(t.status === "PENDING" ? "NOT_RUN" : t.status)}${t.fromAttempt < sr.attempt ? ` (attempt ${t.fromAttempt})` : ""}`,
                  t.durationMs === null ? "—" : `${t.durationMs} ms`,
                  t.rowCount === null ? "—" : String(t.rowCount),
                  t.errorMessage ? `${t.errorCode ? `${t.errorCode}: ` : ""}${t.errorMessage}` : (t.summary ?? ""),
                ]),
              ),
              "",
            );
          }
          const mismatches = baselineMismatches(sr.result);
          if (mismatches && mismatches.total > 0) {
            out.push(`Baseline mismatches (${mismatches.total}${mismatches.total > mismatches.rows.length ? `, first ${mismatches.rows.length} shown` : ""}):`, "");
            out.push(
              ...table(
                ["Key", "Column", "Baseline", "Current", "Difference"],
                mismatches.rows.map((m) => [m.key, m.column, m.baseline, m.current, m.difference]),
              ),
              "",
            );
          }
          if (sr.output) {
            out.push(...fence(sr.output), "");
            if (sr.isOutputTruncated) out.push("_Output truncated: only the beginning is kept here._", "");
          }
        }
      }
    }

    if (run.phase.successCriteria.length > 0) {
      out.push("### Success criteria", "");
      const results = new Map(run.criterionResults.map((r) => [r.criterionId, r]));
      for (const c of run.phase.successCriteria) {
        const r = results.get(c.id);
        out.push(
          `- ${r ? (r.isMet ? "**Met**" : "**Not met**") : "Open"}: ${c.text}${r ? ` — ${r.metBy ? `${r.metBy.name}, ` : ""}${formatReportTime(r.metAt)}${r.evidence ? `; evidence: ${r.evidence.replace(/\s+/g, " ")}` : ""}` : ""}`,
        );
      }
      out.push("");
    }

    if (run.signoffs.length > 0 || run.phase.requiredSignoffRoles.length > 0) {
      out.push("### Sign-offs", "");
      if (run.signoffs.length === 0) out.push(`No sign-off recorded; needed: ${run.phase.requiredSignoffRoles.join(", ")}.`);
      for (const s of run.signoffs) out.push(signoffLine(s));
      out.push("");
    }
  }

  const ponr = d.signoffs.filter((s) => s.scope === "POINT_OF_NO_RETURN");
  if (ponr.length > 0) {
    out.push("## Point-of-no-return approvals", "", ...ponr.map(signoffLine), "");
  }

  out.push("## Sign-off sheet", "");
  if (version.signoffSheet.length === 0) out.push("The runbook version has no sign-off sheet.", "");
  for (const line of version.signoffSheet) {
    const signed = d.signoffs.filter((s) => s.scope === "SHEET" && s.sheetLineId === line.id);
    out.push(`### ${line.label}${line.role ? ` (${line.role})` : ""}`, "");
    out.push(...(signed.length > 0 ? signed.map(signoffLine) : ["Not signed."]), "");
  }

  out.push("## Audit extract", "");
  out.push(`${audit.length} events of this deployment, in chain order. "Seq" is the event's position in the audit chain; "Hash" its first 12 hex digits.`, "");
  out.push(
    ...table(
      ["Seq", "Time", "Actor", "Event", "Details", "Hash"],
      audit.map((e) => [String(e.seq), formatReportTime(e.createdAt), e.actorLabel, e.type, summariseAuditPayload(e.payload), e.hash.slice(0, 12)]),
    ),
    "",
  );
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

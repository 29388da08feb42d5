"use client";
// What a DBA reviews before signing a phase off (issue 11 item 6), shown for every phase with SQL
// steps (a DBA reviews SQL before it runs, too): each statement of the phase's
// SQL steps beside the rows it affected and the time it took in the latest rehearsal (and run),
// and on demand its plan on the deployment's target — EXPLAIN without ANALYZE, read-only, under
// the step's limits, never executing it. The server decides who may ask (deployment.rehearse) and
// refuses otherwise; the button is shown to the roles it grants.
import { useState } from "react";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { ActionError } from "@/components/ui/action-error";
import { formatAbsolute } from "@/components/ui/format";
import { can } from "@/lib/auth/permissions";
import { explainStepAction } from "@/lib/actions/deployments";
import { runAction } from "@/lib/actions/read-result";
import { isFinalDeployment, type TDeploymentStatus } from "@/lib/domain/deployment/state-machine";
import type { TCockpit, TCockpitPhase, TCockpitRun, TCockpitStep } from "@/lib/domain/deployment/live-view";
import type { TStepExplanation } from "@/lib/domain/sql/explain";

type TStat = { statement: number; line: number | null; kind: string; text: string; rowCount: number | null; durationMs: number | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Rows and time per statement from a run's result: a transactional step's `statementStats`, or the statements an outside-transaction run committed. */
export function statementStatsOf(run: TCockpitRun | null): TStat[] {
  const result = run && isRecord(run.result) ? run.result : null;
  if (!result) return [];
  const list = Array.isArray(result.statementStats) ? result.statementStats : Array.isArray(result.committed) ? result.committed : [];
  return list.filter(isRecord).map((s) => ({
    statement: num(s.statement) ?? 0,
    line: num(s.line),
    kind: typeof s.kind === "string" ? s.kind : "statement",
    text: typeof s.text === "string" ? s.text : "",
    rowCount: num(s.rowCount),
    durationMs: num(s.durationMs),
  }));
}

const rows = (n: number | null) => (n === null ? "—" : n.toLocaleString("en"));
const ms = (n: number | null) => (n === null ? "—" : `${n.toLocaleString("en")} ms`);

export function ReviewEvidence({ cockpit, phase }: Readonly<{ cockpit: TCockpit; phase: TCockpitPhase }>) {
  const sqlSteps = phase.steps.map((step, index) => ({ step, index })).filter(({ step }) => step.kind === "SQL");
  if (!sqlSteps.length) return null;
  const isForDba = phase.requiredSignoffRoles.includes("DBA");
  const canExplain = can(cockpit.viewer.roles, "deployment.rehearse") && !isFinalDeployment(cockpit.status as TDeploymentStatus);
  return (
    <section aria-labelledby={`evidence-${phase.phaseRunId}`} className="mt-6 space-y-3 border-t border-line pt-4">
      <div className="space-y-1">
        <h3 id={`evidence-${phase.phaseRunId}`} className="text-lg font-semibold">
          Evidence for review
        </h3>
        <p className="max-w-prose text-sm text-muted">
          {isForDba ? "What the DBA signs off: e" : "E"}ach SQL statement with the rows it affected and the time it took in the latest rehearsal. Explain asks{" "}
          {cockpit.environment.name} for each statement&apos;s plan (EXPLAIN without ANALYZE) in a read-only transaction with the step&apos;s limits: nothing is executed.
        </p>
      </div>
      {/* not a list of list items: the cockpit's steps are the phase's list items */}
      <div className="space-y-4">
        {sqlSteps.map(({ step, index }) => (
          <StepEvidence key={step.id} deploymentId={cockpit.id} step={step} index={index} canExplain={canExplain} environmentName={cockpit.environment.name} />
        ))}
      </div>
    </section>
  );
}

function StepEvidence({
  deploymentId,
  step,
  index,
  canExplain,
  environmentName,
}: Readonly<{ deploymentId: string; step: TCockpitStep; index: number; canExplain: boolean; environmentName: string }>) {
  const [explanation, setExplanation] = useState<TStepExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const rehearsal = step.runs.filter((r) => r.mode === "REHEARSAL" && r.status !== "RUNNING" && r.status !== "QUEUED").at(-1) ?? null;
  const run = step.runs.filter((r) => r.mode === "RUN" && r.status !== "RUNNING" && r.status !== "QUEUED").at(-1) ?? null;
  const rehearsed = statementStatsOf(rehearsal);
  const ran = statementStatsOf(run);
  const label = `step ${index + 1}`;
  // the visible words start the button's name (WCAG 2.5.3, label in name)
  const verb = isBusy ? "Explaining…" : explanation ? "Explain again" : "Explain";

  async function explain() {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const read = await runAction(() => explainStepAction({ deploymentId, stepId: step.id }));
    setIsBusy(false);
    if (read.isOk) setExplanation(read.data);
    else setError([read.formError, ...Object.values(read.fieldErrors).flat()].filter(Boolean).join(" "));
  }

  // one row per statement: from the explanation (every statement, with its text) or the evidence kept by the runs
  const numbers = [...new Set([...(explanation?.statements.map((s) => s.statement) ?? []), ...rehearsed.map((s) => s.statement), ...ran.map((s) => s.statement)])].sort(
    (a, b) => a - b,
  );
  const hasRun = ran.length > 0;

  return (
    <article className="min-w-0 space-y-2 rounded-lg border border-line p-3" aria-label={`Evidence for step ${index + 1}: ${step.title}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 className="font-semibold break-words">
            <span className="mr-2 text-muted tabular-nums">{index + 1}.</span>
            {step.title}
          </h4>
          <p className="text-xs text-muted">
            {rehearsal ? (
              <>
                Rehearsal attempt {rehearsal.attempt}
                {rehearsal.startedBy ? ` by ${rehearsal.startedBy.name}` : ""}
                {rehearsal.startedAt ? ` at ${formatAbsolute(new Date(rehearsal.startedAt))}` : ""} — {rehearsal.status === "SUCCEEDED" ? "rolled back" : "failed"}
                {step.outsideTransaction ? " (outside a transaction: not executed, explained only)" : ""}
              </>
            ) : (
              "Not rehearsed yet."
            )}
          </p>
        </div>
        {canExplain ? (
          <button
            type="button"
            className={`${secondaryButtonClass} ${smallButton}`}
            disabled={isBusy}
            aria-label={`${verb} "${step.title}" on ${environmentName}`}
            onClick={explain}
          >
            {verb}
          </button>
        ) : null}
      </div>
      <ActionError message={error} isBoxed={false} />
      {numbers.length ? (
        <div className="max-w-full overflow-auto rounded border border-line">
          <table className="w-full table-fixed text-left text-[0.8125rem] sm:table-auto">
            <caption className="bg-surface-muted px-2 py-1 text-left text-xs font-medium text-muted">Statements of {label}</caption>
            <thead className="bg-surface-muted text-xs">
              <tr>
                <th scope="col" className="w-8 px-2 py-1 font-semibold">
                  #
                </th>
                <th scope="col" className="px-2 py-1 font-semibold">
                  Statement
                </th>
                <th scope="col" className="hidden px-2 py-1 text-right font-semibold sm:table-cell">
                  Rows (rehearsal)
                </th>
                <th scope="col" className="hidden px-2 py-1 text-right font-semibold sm:table-cell">
                  Time (rehearsal)
                </th>
                {hasRun ? (
                  <>
                    <th scope="col" className="hidden px-2 py-1 text-right font-semibold sm:table-cell">
                      Rows (run)
                    </th>
                    <th scope="col" className="hidden px-2 py-1 text-right font-semibold sm:table-cell">
                      Time (run)
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-line align-top">
              {numbers.map((n) => {
                const explained = explanation?.statements.find((s) => s.statement === n);
                const r = rehearsed.find((s) => s.statement === n);
                const x = ran.find((s) => s.statement === n);
                const text = explained?.text ?? r?.text ?? x?.text ?? "";
                const line = explained?.line ?? r?.line ?? x?.line ?? null;
                return (
                  <tr key={n}>
                    <td className="px-2 py-1 tabular-nums text-muted">{n}</td>
                    <td className="px-2 py-1 sm:min-w-[14rem]">
                      <span className="block text-xs text-muted">
                        {explained?.kind ?? r?.kind ?? x?.kind}
                        {line !== null ? ` · line ${line}` : ""}
                      </span>
                      {text ? <code className="block font-mono text-[0.75rem] break-words whitespace-pre-wrap">{text}</code> : null}
                      {/* on a phone the numbers sit under the statement, not in columns off the screen */}
                      <span className="block text-xs tabular-nums text-muted sm:hidden">
                        Rehearsal: {rows(r?.rowCount ?? null)} rows · {ms(r?.durationMs ?? null)}
                        {hasRun ? ` — run: ${rows(x?.rowCount ?? null)} rows · ${ms(x?.durationMs ?? null)}` : ""}
                      </span>
                      {explained ? <Plan explained={explained} label={`Plan of statement ${n} of ${label}`} /> : null}
                    </td>
                    <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{rows(r?.rowCount ?? null)}</td>
                    <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{ms(r?.durationMs ?? null)}</td>
                    {hasRun ? (
                      <>
                        <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{rows(x?.rowCount ?? null)}</td>
                        <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{ms(x?.durationMs ?? null)}</td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-muted">{canExplain ? "Rehearse the step or explain it to see its statements here." : "Rehearse the step to see its statements here."}</p>
      )}
      {explanation ? (
        <p className="text-xs text-muted" role="status">
          Explained on {environmentName} in {explanation.durationMs.toLocaleString("en")} ms — read-only, statement_timeout{" "}
          {explanation.limits.statementTimeoutMs.toLocaleString("en")} ms, lock_timeout {explanation.limits.lockTimeoutMs.toLocaleString("en")} ms; nothing was executed.
          {explanation.isCut ? ` Only the first ${explanation.statements.length} statements were explained.` : ""}
        </p>
      ) : null}
    </article>
  );
}

function Plan({ explained, label }: Readonly<{ explained: TStepExplanation["statements"][number]; label: string }>) {
  if (explained.status === "NOT_EXPLAINABLE") {
    return <p className="mt-1 text-xs text-muted">No plan: EXPLAIN covers SELECT, INSERT, UPDATE, DELETE and MERGE.</p>;
  }
  if (explained.status === "FAILED") return <p className="mt-1 text-xs text-bad-ink">Could not be explained: {explained.error}</p>;
  return (
    <pre
      role="region"
      aria-label={label}
      tabIndex={0}
      className="mt-1 max-h-60 overflow-auto rounded border border-line bg-code p-2 font-mono text-[0.75rem] leading-5 whitespace-pre"
    >
      {explained.plan.join("\n")}
    </pre>
  );
}

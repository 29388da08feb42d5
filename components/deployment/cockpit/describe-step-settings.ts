// A step's settings in one line for the cockpit: limits, expectation, baseline, URL.
import { describeExpectation, describeTolerances, formatArgv, formatMs } from "@/components/runbook/describe-step";
import { describeBackupStep } from "@/lib/domain/execution/backup-labels";
import { describeFanOut } from "@/lib/domain/runbook/fan-out-labels";
import type { TCockpitStep } from "@/lib/domain/deployment/live-view";

export function describeStepSettings(step: TCockpitStep): string {
  const own = describeOwnSettings(step);
  // issue 15 item 2: "once per schema: 3 schemas (…) · 2 at a time · stop at the first failed schema"
  return step.fanOut ? `${own} · ${describeFanOut(step.fanOut)}` : own;
}

function describeOwnSettings(step: TCockpitStep): string {
  const limits = [
    formatMs(step.statementTimeoutMs) && `statement timeout ${formatMs(step.statementTimeoutMs)}`,
    formatMs(step.lockTimeoutMs) && `lock timeout ${formatMs(step.lockTimeoutMs)}`,
  ].filter(Boolean);
  switch (step.kind) {
    case "SQL": {
      // older cockpit payloads lack the issue 11 fields: a transaction and the default retries
      const retries = step.lockRetries ?? 3;
      const retryText = retries === 0 ? "no retry on lock timeout" : `${retries} ${retries === 1 ? "retry" : "retries"} on lock timeout`;
      return [step.outsideTransaction ? "outside a transaction, statement by statement" : "one transaction", ...limits, retryText].join(" · ");
    }
    case "QUERY_CHECK":
      return [describeExpectation(step.expectation), ...limits].join(" · ");
    case "BASELINE_CAPTURE":
      return `captures baseline "${step.baselineName ?? "?"}"`;
    case "BASELINE_COMPARE":
      return [`compares with baseline "${step.baselineName ?? "?"}" by ${step.baselineKeyColumns.join(", ")}`, ...describeTolerances(step.tolerances)].join(" · ");
    case "HTTP_CHECK":
      return `GET ${step.httpUrl ?? "?"} expects ${step.httpExpectStatus ?? 200}`;
    case "COMMAND":
      return `${formatArgv(step.commandArgv)}${step.timeoutMs ? ` · timeout ${formatMs(step.timeoutMs)}` : ""}`;
    case "MANUAL":
      return "done by a person";
    case "BACKUP":
    case "RESTORE":
      return [describeBackupStep(step).replace(/\.$/, ""), ...limits].join(" · ");
  }
}

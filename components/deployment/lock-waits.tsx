// A step run's lock-timeout retries (issue 11 item 3): all inside the one attempt of rule 5, so
// they are said apart from "attempt n" — live while the step waits, and in the record and report
// once it ended. Props only; the words come from the domain (lib/domain/execution/lock-retries).
import { describeLockRetries, describeLockRetryLines } from "@/lib/domain/execution/lock-retries";

type Props = { run: Readonly<{ attempt: number; status: string; result: unknown }> };

export function LockWaits({ run }: Readonly<Props>) {
  const summary = describeLockRetries(run);
  if (!summary) return null;
  const isLive = run.status === "RUNNING";
  const lines = describeLockRetryLines(run.result);
  return (
    <div className="text-sm" {...(isLive ? { role: "status", "aria-live": "polite" as const } : {})}>
      <p>
        <span className="font-medium">Lock waits:</span> <span className="font-mono text-[0.8125rem]">{summary}</span>
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono text-xs text-muted">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

// The pre-flight check of a planned deployment: each line a check with its outcome in words.
import type { TPreflightCheck } from "@/lib/server/readers/get-deployment-preflight";

export function PreflightPanel({ checks }: Readonly<{ checks: TPreflightCheck[] }>) {
  const failing = checks.filter((c) => !c.isOk).length;
  return (
    <section aria-labelledby="preflight-title" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="preflight-title" className="text-lg font-semibold">
        Pre-flight check
      </h2>
      <p className="text-sm text-muted">{failing ? `${failing} of ${checks.length} checks need attention before the window.` : "Everything checked is ready."}</p>
      <ul className="mt-3 space-y-2">
        {checks.map((c) => (
          <li key={c.label} className="flex gap-3 text-sm">
            <span aria-hidden="true" className={c.isOk ? "text-ok-ink" : "text-bad-ink"}>
              {c.isOk ? "✓" : "✕"}
            </span>
            <div>
              <p className="font-medium">
                {c.label}
                <span className="sr-only">{c.isOk ? ": ok" : ": needs attention"}</span>
              </p>
              <p className="text-muted">{c.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

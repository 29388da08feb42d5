import Link from "next/link";

export function NotFoundView() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-muted">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="mt-3 text-sm text-muted">There is nothing at this address. The link may be mistyped, or the runbook or deployment it pointed to does not exist.</p>
      <div className="mt-6 flex justify-center gap-3 text-sm">
        <Link href="/runbooks" className="rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:opacity-90">
          Back to runbooks
        </Link>
        <Link href="/deployments" className="rounded-md border border-line-strong px-3 py-1.5 font-medium text-ink hover:bg-surface-muted">
          View deployments
        </Link>
      </div>
    </div>
  );
}

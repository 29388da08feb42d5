import Link from "next/link";

type Props = { what: string };

/** What a person sees on a page their roles do not open. The refusal is audited on the server. */
export function ForbiddenView({ what }: Readonly<Props>) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <p className="text-sm font-medium text-muted">403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">You do not have permission to see this</h1>
      <p className="mt-3 text-sm text-muted">{what} is open to other roles. Ask an administrator if you need access. This attempt was recorded in the audit trail.</p>
      <div className="mt-6 flex justify-center text-sm">
        <Link href="/runbooks" className="rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:opacity-90">
          Back to runbooks
        </Link>
      </div>
    </div>
  );
}

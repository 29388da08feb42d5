import type { Metadata } from "next";
import Link from "next/link";
import { VersionDiff } from "@/components/runbook/version-diff";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getVersionDiff } from "@/lib/server/readers/get-version-diff";
import { orNotFound } from "../../../_lib/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare versions" };

type Props = {
  params: Promise<{ runbookId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

const selectClass =
  "rounded-md border border-line-strong bg-surface px-2.5 py-1.5 font-mono text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

export default async function CompareVersionsPage({ params, searchParams }: Readonly<Props>) {
  const [{ runbookId }, query] = await Promise.all([params, searchParams]);
  const view = await orNotFound(getVersionDiff({ runbookId, from: single(query.from), to: single(query.to) }));
  const versionHref = (n: number) => `/runbooks/${view.runbookId}/versions/${n}`;

  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <ol className="flex items-center gap-1.5">
              <li>
                <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
                  Runbooks
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>
                <Link href={`/runbooks/${view.runbookId}`} className="font-mono hover:text-accent-ink hover:underline">
                  {view.slug}
                </Link>
              </li>
            </ol>
          </nav>
        }
        title="Compare versions"
        description={view.title}
      >
        {view.comparison ? (
          // a plain GET form: the comparison is an address that can be shared, and works without JavaScript
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor="diff-from" className="block text-xs font-medium text-muted">
                From (older)
              </label>
              <select id="diff-from" name="from" defaultValue={view.comparison.from.number} className={selectClass}>
                {view.publishedVersions.map((v) => (
                  <option key={v.number} value={v.number}>
                    v{v.number}
                  </option>
                ))}
              </select>
            </div>
            <span aria-hidden="true" className="pb-2 text-muted">
              →
            </span>
            <div className="space-y-1">
              <label htmlFor="diff-to" className="block text-xs font-medium text-muted">
                To (newer)
              </label>
              <select id="diff-to" name="to" defaultValue={view.comparison.to.number} className={selectClass}>
                {view.publishedVersions.map((v) => (
                  <option key={v.number} value={v.number}>
                    v{v.number}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md bg-accent px-3.5 py-1.5 text-sm font-medium text-on-accent hover:opacity-90">
              Compare
            </button>
          </form>
        ) : null}
      </PageHeader>

      {view.comparison ? (
        <section aria-labelledby="diff-title" className="space-y-4">
          <h2 id="diff-title" className="text-xl font-semibold tracking-tight">
            <Link href={versionHref(view.comparison.from.number)} className="hover:text-accent-ink hover:underline">
              Version {view.comparison.from.number}
            </Link>{" "}
            <span aria-hidden="true" className="text-muted">
              →
            </span>
            <span className="sr-only">to</span>{" "}
            <Link href={versionHref(view.comparison.to.number)} className="hover:text-accent-ink hover:underline">
              version {view.comparison.to.number}
            </Link>
          </h2>
          {view.comparison.from.number === view.comparison.to.number ? (
            <EmptyState title="The same version twice">Choose two different versions to see what changed between them.</EmptyState>
          ) : (
            <>
              {view.comparison.from.number > view.comparison.to.number ? (
                <p className="text-sm text-muted">“From” is the newer version here: what reads as added was removed over time, and the other way round.</p>
              ) : null}
              <VersionDiff diff={view.comparison.diff} fromLabel={`version ${view.comparison.from.number}`} toLabel={`Version ${view.comparison.to.number}`} />
            </>
          )}
        </section>
      ) : (
        <EmptyState title="Nothing to compare yet">
          This runbook has {view.publishedVersions.length === 1 ? "one published version" : "no published version"}. Publish another version from a draft, then compare them here.
        </EmptyState>
      )}
    </>
  );
}

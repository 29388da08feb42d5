import type { Metadata } from "next";
import Link from "next/link";
import { textLinkClass } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { EmptyState } from "@/components/ui/empty-state";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { BarList } from "@/components/analytics/bar-list";
import { MonthChart } from "@/components/analytics/month-chart";
import { getAnalytics } from "@/lib/server/readers/get-analytics";
import { findHistoryFilterOptions } from "@/lib/server/readers/find-history-filter-options";
import { historyQueryFor, monthRange, parseAnalyticsQuery, type TAnalyticsQuery } from "@/lib/domain/analytics/analytics-query";
import { changeFailureRate, formatRate, formatRatioCounts, formatSeconds, ratio, type TRatio } from "@/lib/domain/analytics/dora";
import { historyHref, type TDeploymentStatusName, type THistoryQuery } from "@/lib/domain/review/history-query";
import { formatReportMinutes } from "@/lib/domain/review/report";
import { getPageUser } from "../_lib/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Analytics" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTCOMES: Array<{ status: TDeploymentStatusName; label: string }> = [
  { status: "SUCCEEDED", label: "Succeeded" },
  { status: "FAILED", label: "Failed" },
  { status: "ROLLED_BACK", label: "Rolled back" },
  { status: "ABORTED", label: "Aborted" },
];
const FINISHED: TDeploymentStatusName[] = ["SUCCEEDED", "FAILED", "ROLLED_BACK", "ABORTED"];
const UNFINISHED: TDeploymentStatusName[] = ["IN_PROGRESS", "PAUSED", "ROLLING_BACK"];

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-3 py-2 align-top";
const sum = (counts: Record<string, number>, statuses: readonly string[]) => statuses.reduce((s, k) => s + (counts[k] ?? 0), 0);
const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

function RatioLink({ r, countHref, ofHref }: Readonly<{ r: TRatio; countHref: string; ofHref: string }>) {
  return (
    <span className="tabular-nums">
      <span className="font-semibold">{formatRate(r)}</span>{" "}
      <span className="text-muted">
        (
        <Link href={countHref} className={textLinkClass}>
          {r.count}
        </Link>{" "}
        of{" "}
        <Link href={ofHref} className={textLinkClass}>
          {r.of}
        </Link>
        )
      </span>
    </span>
  );
}

function Stat({ label, children, help }: Readonly<{ label: string; children: React.ReactNode; help?: string }>) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
      <div className="mt-1 text-lg">{children}</div>
      {help ? <p className="mt-1 text-xs text-muted">{help}</p> : null}
    </div>
  );
}

function Section({ id, title, description, children }: Readonly<{ id: string; title: string; description?: string; children: React.ReactNode }>) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {description ? <p className="max-w-3xl text-sm text-muted">{description}</p> : null}
      {children}
    </section>
  );
}

export default async function AnalyticsPage({ searchParams }: Readonly<Props>) {
  const user = await getPageUser("report.view");
  if (!user) return <ForbiddenView what="Analytics" />;
  const now = new Date();
  const { query, notes, isAllTime } = parseAnalyticsQuery(await searchParams, now);
  const [analytics, options] = await Promise.all([getAnalytics(query), findHistoryFilterOptions()]);
  const hist = (extra: Partial<THistoryQuery> = {}, q: TAnalyticsQuery = query) => historyHref(historyQueryFor(q, extra));
  const runbookTitle = new Map(options.runbooks.map((r) => [r.id, r.title]));
  const showRunbook = !query.runbook && analytics.perRunbook.length > 1;

  const started = sum(analytics.outcomes, [...FINISHED, ...UNFINISHED]);
  const finished = sum(analytics.outcomes, FINISHED);
  const followUpFailed = analytics.production.FOLLOW_UP_FAILED ?? 0;
  const cfr = changeFailureRate({
    succeeded: analytics.production.SUCCEEDED ?? 0,
    failed: analytics.production.FAILED ?? 0,
    rolledBack: analytics.production.ROLLED_BACK ?? 0,
    followUpFailed,
  });
  // the history filters one environment: the production one chosen, or the only one there is
  const chosen = options.environments.find((e) => e.name === query.environment);
  const productionEnvironment = chosen ? (chosen.isProduction ? chosen.name : null) : analytics.productionEnvironments.length === 1 ? analytics.productionEnvironments[0]! : null;
  const prodQuery = { ...query, environment: productionEnvironment ?? query.environment };
  const periodText = isAllTime ? "all time" : `${query.from ?? "the beginning"} to ${query.to ?? "today"}`;

  return (
    <>
      <PageHeader
        title="Analytics"
        description={`Outcomes, stability and timings of deployments started ${isAllTime ? "at any time" : `from ${query.from ?? "the beginning"} to ${query.to ?? "today"}`} (UTC). Every number opens the deployments behind it.`}
      />
      <AnalyticsFilters query={query} options={options} now={now} />
      {notes.length > 0 ? (
        <div role="status" className="mb-4 rounded-md border border-warn-line bg-warn px-4 py-2.5 text-sm text-warn-ink">
          <p className="font-medium">Some of the link was not understood and is left out:</p>
          <ul className="mt-1 list-disc pl-5">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {started === 0 ? (
        <EmptyState
          title="No deployment started in this view"
          action={
            <Link href="/analytics?period=all" className="text-sm font-medium text-accent-ink hover:underline">
              Show all time
            </Link>
          }
        >
          Widen the period or pick another runbook or environment. Planned deployments count once they start.
        </EmptyState>
      ) : (
        <div className="space-y-10">
          <section aria-label="Headline figures" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Stat label="Deployments started" help={`${finished} finished, ${started - finished} still open · ${periodText}`}>
              <Link href={hist()} className="font-semibold tabular-nums text-accent-ink hover:underline" data-testid="stat-started">
                {started}
              </Link>
            </Stat>
            <Stat label="Success rate" help="succeeded over finished">
              <RatioLink r={ratio(analytics.outcomes.SUCCEEDED ?? 0, finished)} countHref={hist({ statuses: ["SUCCEEDED"] })} ofHref={hist({ statuses: FINISHED })} />
            </Stat>
            <Stat
              label="Change failure rate (production)"
              help={`DORA: failed, rolled back, or succeeded with a failed follow-up, over finished production deployments (aborted ones changed nothing).${productionEnvironment ? "" : " Several production environments: the links list all environments."}`}
            >
              <span data-testid="stat-cfr">
                <RatioLink r={cfr} countHref={hist({ outcome: "change_failed" }, prodQuery)} ofHref={hist({ statuses: ["SUCCEEDED", "FAILED", "ROLLED_BACK"] }, prodQuery)} />
              </span>
              {followUpFailed ? (
                <span className="block text-xs text-muted">
                  including{" "}
                  <Link href={hist({ statuses: ["SUCCEEDED"], followUp: "FAILED" }, prodQuery)} className="text-accent-ink hover:underline">
                    {followUpFailed} succeeded, follow-up failed
                  </Link>
                </span>
              ) : null}
            </Stat>
            <Stat
              label="Failed deployment recovery time"
              help={`DORA: from a failed production deployment to the next successful one of the same runbook on that environment. Recovered ${analytics.recovery.recovered} of ${analytics.recovery.failures}.`}
            >
              <span className="tabular-nums">
                <span className="font-semibold">{formatSeconds(analytics.recovery.medianSeconds)}</span>{" "}
                <span className="text-sm text-muted">median · p90 {formatSeconds(analytics.recovery.p90Seconds)}</span>
              </span>
            </Stat>
          </section>

          <Section id="outcomes-title" title="Outcomes" description="Each rate is over the finished deployments, shown with its counts.">
            <BarList
              caption="Share of finished deployments by outcome"
              bars={OUTCOMES.map((o) => {
                const r = ratio(analytics.outcomes[o.status] ?? 0, finished);
                return {
                  key: o.status,
                  label: o.label,
                  value: r.rate ?? 0,
                  display: `${formatRate(r)} · ${formatRatioCounts(r)}`,
                  href: hist({ statuses: [o.status] }),
                  tone: o.status === "SUCCEEDED" ? "accent" : o.status === "ABORTED" ? "muted" : "bad",
                };
              })}
            />
            <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
              <table className="w-full text-sm" data-testid="outcomes-table">
                <caption className="sr-only">Outcomes per runbook, with counts</caption>
                <thead className="border-b border-line bg-surface-muted">
                  <tr>
                    <th scope="col" className={th}>
                      Runbook
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      Finished
                    </th>
                    {OUTCOMES.map((o) => (
                      <th key={o.status} scope="col" className={`${th} text-right`}>
                        {o.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {[{ runbookId: null as string | null, title: "All runbooks", counts: analytics.outcomes }, ...(showRunbook ? analytics.perRunbook : [])].map((row) => {
                    const q = { ...query, runbook: row.runbookId ?? query.runbook };
                    const rowFinished = sum(row.counts, FINISHED);
                    return (
                      <tr key={row.runbookId ?? "all"}>
                        <th scope="row" className={`${td} text-left font-medium`}>
                          {row.runbookId ? row.title : query.runbook ? (runbookTitle.get(query.runbook) ?? "This runbook") : row.title}
                        </th>
                        <td className={`${td} text-right tabular-nums`}>
                          <Link href={hist({ statuses: FINISHED }, q)} className="text-accent-ink hover:underline">
                            {rowFinished}
                          </Link>
                        </td>
                        {OUTCOMES.map((o) => {
                          const r = ratio(row.counts[o.status] ?? 0, rowFinished);
                          return (
                            <td key={o.status} className={`${td} text-right tabular-nums`} data-testid={row.runbookId ? undefined : `outcome-${o.status}`}>
                              <Link href={hist({ statuses: [o.status] }, q)} className="text-accent-ink hover:underline">
                                {formatRatioCounts(r)}
                              </Link>{" "}
                              <span className="text-xs text-muted">{formatRate(r)}</span>
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Section>

          <Section id="months-title" title="Deployments per month">
            <MonthChart
              columns={analytics.months.map((m) => {
                const range = monthRange(m.month, query);
                const mq = { ...query, ...range };
                return {
                  month: m.month,
                  label: monthLabel(m.month),
                  total: m.total,
                  href: hist({}, mq),
                  segments: [
                    ...OUTCOMES.map((o) => ({ status: o.status as string, label: o.label, count: m.counts[o.status] ?? 0, href: hist({ statuses: [o.status] }, mq) })),
                    { status: "OTHER", label: "Not finished", count: sum(m.counts, UNFINISHED), href: hist({ statuses: UNFINISHED }, mq) },
                  ].filter((s) => s.count > 0),
                };
              })}
            />
            <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
              <table className="w-full text-sm">
                <caption className="sr-only">Deployments per month by outcome</caption>
                <thead className="border-b border-line bg-surface-muted">
                  <tr>
                    <th scope="col" className={th}>
                      Month
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      Started
                    </th>
                    {OUTCOMES.map((o) => (
                      <th key={o.status} scope="col" className={`${th} text-right`}>
                        {o.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {analytics.months.map((m) => {
                    const mq = { ...query, ...monthRange(m.month, query) };
                    return (
                      <tr key={m.month}>
                        <th scope="row" className={`${td} text-left font-medium tabular-nums`}>
                          {m.month}
                        </th>
                        <td className={`${td} text-right tabular-nums`}>
                          <Link href={hist({}, mq)} className="text-accent-ink hover:underline">
                            {m.total}
                          </Link>
                        </td>
                        {OUTCOMES.map((o) => (
                          <td key={o.status} className={`${td} text-right tabular-nums`}>
                            <Link href={hist({ statuses: [o.status] }, mq)} className="text-accent-ink hover:underline">
                              {m.counts[o.status] ?? 0}
                            </Link>
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Section>

          <Section
            id="durations-title"
            title="Duration against estimate, per phase"
            description="Actual minus estimated minutes of completed phases: the median and the 90th percentile. Right of the line took longer than planned. Follow-up phases are left out: their estimate is the time they watch (e.g. 24 hours), not the time their checks take."
          >
            {analytics.phaseDurations.length === 0 ? (
              <p className="text-sm text-muted">No completed phase with an estimate in this view.</p>
            ) : (
              <>
                <BarList
                  caption="Median of actual − estimate, minutes"
                  isDiverging
                  bars={analytics.phaseDurations.map((p) => ({
                    key: `${p.runbookId}-${p.procedure}-${p.position}-${p.title}`,
                    label: `${showRunbook ? `${runbookTitle.get(p.runbookId) ?? ""} · ` : ""}${p.procedure === "ROLLBACK" ? "Rollback" : "Phase"} ${p.position}: ${p.title}`,
                    value: p.medianDeltaMinutes,
                    display: `${p.medianDeltaMinutes > 0 ? "+" : ""}${formatReportMinutes(Math.round(p.medianDeltaMinutes * 10) / 10)}`,
                    tone: p.medianDeltaMinutes > 0 ? "accent" : "muted",
                  }))}
                />
                <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
                  <table className="w-full text-sm">
                    <caption className="sr-only">Duration against estimate per phase</caption>
                    <thead className="border-b border-line bg-surface-muted">
                      <tr>
                        <th scope="col" className={th}>
                          Phase
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          Completed runs
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          Estimate
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          Median Δ
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          p90 Δ
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-line">
                      {analytics.phaseDurations.map((p) => (
                        <tr key={`${p.runbookId}-${p.procedure}-${p.position}-${p.title}`}>
                          <th scope="row" className={`${td} text-left font-normal`}>
                            {showRunbook ? <span className="block text-xs text-muted">{runbookTitle.get(p.runbookId)}</span> : null}
                            <span className={p.procedure === "ROLLBACK" ? "italic" : ""}>
                              {p.procedure === "ROLLBACK" ? "Rollback" : "Phase"} {p.position}
                            </span>
                            : {p.title}
                          </th>
                          <td className={`${td} text-right tabular-nums`}>
                            <Link href={hist({ runbook: p.runbookId })} className="text-accent-ink hover:underline">
                              {p.runs}
                            </Link>
                          </td>
                          <td className={`${td} text-right tabular-nums`}>{formatReportMinutes(p.estimatedMinutes)}</td>
                          <td
                            className={`${td} text-right tabular-nums`}
                          >{`${p.medianDeltaMinutes > 0 ? "+" : ""}${formatReportMinutes(Math.round(p.medianDeltaMinutes * 10) / 10)}`}</td>
                          <td
                            className={`${td} text-right tabular-nums`}
                          >{`${p.p90DeltaMinutes > 0 ? "+" : ""}${formatReportMinutes(Math.round(p.p90DeltaMinutes * 10) / 10)}`}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Section>

          <Section
            id="failures-title"
            title="What fails most"
            description="Phases that ended FAILED, and steps whose runs failed (rehearsals left out), each over its runs. The numbers open the runbook's failed and rolled-back deployments."
          >
            {analytics.phaseFailures.length === 0 && analytics.stepFailures.length === 0 ? (
              <p className="text-sm text-muted">Nothing failed in this view.</p>
            ) : (
              <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
                <BarList
                  caption="Phases: failed runs of completed or failed runs"
                  bars={analytics.phaseFailures.map((p) => ({
                    key: `${p.runbookId}-${p.procedure}-${p.position}-${p.title}`,
                    label: `${showRunbook ? `${runbookTitle.get(p.runbookId) ?? ""} · ` : ""}${p.procedure === "ROLLBACK" ? "Rollback" : "Phase"} ${p.position}: ${p.title}`,
                    value: p.failed,
                    display: `${p.failed} of ${p.runs}`,
                    href: hist({ runbook: p.runbookId, statuses: ["FAILED", "ROLLED_BACK"] }),
                    tone: "bad",
                  }))}
                />
                <BarList
                  caption="Steps: failed attempts of finished attempts"
                  bars={analytics.stepFailures.map((s, i) => ({
                    key: `${s.runbookId}-${s.phaseTitle}-${s.title}-${i}`,
                    label: `${s.phaseTitle} › ${s.title}`,
                    value: s.failed,
                    display: `${s.failed} of ${s.attempts}`,
                    href: hist({ runbook: s.runbookId, statuses: ["FAILED", "ROLLED_BACK"] }),
                    tone: "bad",
                  }))}
                />
              </div>
            )}
          </Section>

          <Section id="waits-title" title="Sign-off wait" description="From a phase entering “awaiting sign-off” to each decision of its last round, per role.">
            {analytics.signoffWaits.length === 0 ? (
              <p className="text-sm text-muted">No phase sign-off decided in this view.</p>
            ) : (
              <>
                <BarList
                  caption="Median wait per role"
                  bars={analytics.signoffWaits.map((w) => ({ key: w.role, label: w.role, value: w.medianSeconds, display: formatSeconds(w.medianSeconds) }))}
                />
                <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
                  <table className="w-full text-sm">
                    <caption className="sr-only">Sign-off wait per role</caption>
                    <thead className="border-b border-line bg-surface-muted">
                      <tr>
                        <th scope="col" className={th}>
                          Role
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          Decisions
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          Median wait
                        </th>
                        <th scope="col" className={`${th} text-right`}>
                          p90 wait
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-line">
                      {analytics.signoffWaits.map((w) => (
                        <tr key={w.role}>
                          <th scope="row" className={`${td} text-left font-medium`}>
                            {w.role}
                          </th>
                          <td className={`${td} text-right tabular-nums`}>
                            <Link href={hist()} className="text-accent-ink hover:underline">
                              {w.decisions}
                            </Link>
                          </td>
                          <td className={`${td} text-right tabular-nums`}>{formatSeconds(w.medianSeconds)}</td>
                          <td className={`${td} text-right tabular-nums`}>{formatSeconds(w.p90Seconds)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Section>
        </div>
      )}
    </>
  );
}

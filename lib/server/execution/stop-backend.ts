import "server-only";
// Stopping a statement on the target for real (issue 11 item 2). Closing our socket is not enough:
// the server notices a vanished client only when it next writes to it, so a backend sleeping while
// holding an ACCESS EXCLUSIVE lock keeps it — and the next step fails on it — although the run was
// reported "stopped". So a second connection asks the server to cancel the statement
// (pg_cancel_backend), then to end the session if the cancel is not obeyed within a grace period
// (pg_terminate_backend), and watches pg_stat_activity until the backend is gone.
import pg from "pg";

export type TStopHow = "cancelled" | "terminated" | "unconfirmed";

export const CANCEL_GRACE_MS = 3_000;
const GONE_WAIT_MS = 5_000;
const POLL_MS = 100;
const ADMIN_CONNECT_TIMEOUT_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Cancels backend `pid`, terminates it after `graceMs` if it still runs, closes our own session
 * (`closeOwn`) and waits until pg_stat_activity no longer lists the backend. Answers which it took;
 * "unconfirmed" when the second connection could not be made or the backend did not go (an
 * embedded target serves one query at a time and cannot answer while the statement runs).
 */
export async function stopBackend(input: { targetUrl: string; pid: number; closeOwn: () => Promise<void>; graceMs?: number }): Promise<TStopHow> {
  const admin = new pg.Client({ connectionString: input.targetUrl, connectionTimeoutMillis: ADMIN_CONNECT_TIMEOUT_MS, application_name: "phaseline:stop" });
  admin.on("error", () => {});
  try {
    await admin.connect();
    const state = async () => (await admin.query<{ state: string | null }>("SELECT state FROM pg_stat_activity WHERE pid = $1", [input.pid])).rows[0]?.state ?? "gone";
    const waitFor = async (done: (s: string) => boolean, ms: number) => {
      const until = Date.now() + ms;
      for (;;) {
        if (done(await state())) return true;
        if (Date.now() >= until) return false;
        await sleep(POLL_MS);
      }
    };
    let how: TStopHow = "cancelled";
    await admin.query("SELECT pg_cancel_backend($1)", [input.pid]);
    if (!(await waitFor((s) => s !== "active", input.graceMs ?? CANCEL_GRACE_MS))) {
      await admin.query("SELECT pg_terminate_backend($1)", [input.pid]);
      how = "terminated";
    }
    await input.closeOwn();
    if (await waitFor((s) => s === "gone", GONE_WAIT_MS)) return how;
    // closing did not end it (a proxy in between keeps the server side open): end it on the server
    await admin.query("SELECT pg_terminate_backend($1)", [input.pid]);
    return (await waitFor((s) => s === "gone", GONE_WAIT_MS)) ? "terminated" : "unconfirmed";
  } catch {
    await input.closeOwn();
    return "unconfirmed";
  } finally {
    await admin.end().catch(() => {});
  }
}

/** The sentence a person reads: which way the statement was stopped, and whether that is confirmed. */
export function describeStop(how: TStopHow, applicationName: string): string {
  switch (how) {
    case "cancelled":
      return "Phaseline cancelled the statement on the server (pg_cancel_backend) and confirmed its session ended.";
    case "terminated":
      return "The statement did not stop when cancelled, so Phaseline ended its session on the server (pg_terminate_backend) and confirmed it ended.";
    case "unconfirmed":
      return `Phaseline closed its connection but could not confirm that the server stopped the statement: check pg_stat_activity on the target for application_name '${applicationName}' before going on.`;
  }
}

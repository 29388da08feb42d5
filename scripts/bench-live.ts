// `npm run bench` (issue 17 item 1): how many open cockpits one instance serves when changes are
// pushed over /api/live instead of polled. A production build on the machine's PostgreSQL
// (127.0.0.1:5432, a throwaway database), VIEWERS browsers simulated as a browser does it: one
// EventSource each on `/api/live?cockpit=<id>`, which carries the cockpit itself in a "cockpit"
// event on each change of that deployment (with `--refetch`, the earlier design: a "change" event,
// then one GET of the cockpit per viewer). Measured in one run:
//   - idle: queries the app database runs per second with VIEWERS streams open vs none;
//   - a change (a checklist tick committed by the lead's use-case in this process, heard by the
//     server over LISTEN/NOTIFY): time until every viewer holds the cockpit showing it, p50/p95/max;
//   - the server's CPU while changes flow (user+system of its process group, % of one core);
//   - the floor: GET /api/health from the same VIEWERS clients at once, p50/p95.
//   node --conditions=react-server --import tsx scripts/bench-live.ts [VIEWERS,…] [CHANGES]
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const viewerCounts = (args[0] ?? "200,500").split(",").map(Number);
const CHANGES = Number(args[1] ?? 10);
/** the earlier design, for comparison: each viewer GETs the cockpit when told it changed */
const isRefetch = process.argv.includes("--refetch");
const PORT = 3390;
const BASE = `http://localhost:${PORT}`;
const ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = `phaseline_bench_live_${process.pid}`;
// Node's fetch: its default agent opens as many connections per origin as asked
const http = (path: string, init: RequestInit = {}) => fetch(new URL(path, BASE), init);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function waitForHealth(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await http("/api/health")).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`the server did not answer /api/health on port ${PORT} within ${timeoutMs / 1000} s`);
}

/** Signs in through next-auth's credentials flow; returns the Cookie header of the session. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await http("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: BASE, json: "true" });
  const response = await http("/api/auth/callback/credentials", {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

/** CPU seconds (user+system) of every process in the group led by `pgid`, by pid. */
function groupCpuSeconds(pgid: number): Map<string, number> {
  const tick = 100; // USER_HZ on Linux
  const total = new Map<string, number>();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // pgrp
      total.set(pid, (Number(fields[11]) + Number(fields[12])) / tick); // utime, stime
    } catch {
      // gone
    }
  }
  return total;
}

async function xactCount(): Promise<number> {
  const c = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${DB}` });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]!.n);
  } finally {
    await c.end();
  }
}

type TViewer = { close(): void; heldVersionAt: Map<number, number> };

/** the size of the last cockpit event a viewer received, in characters (what each viewer downloads per change) */
let cockpitEventChars = 0;

/** One simulated browser tab: the stream, and a cockpit read on each change of `deploymentId`. */
async function openViewer(cookie: string, deploymentId: string, itemNeedle: string, markerOf: (cockpitJson: string) => number): Promise<TViewer> {
  const controller = new AbortController();
  const heldVersionAt = new Map<number, number>();
  const response = await http(isRefetch ? "/api/live" : `/api/live?cockpit=${deploymentId}`, {
    headers: { Cookie: cookie, Accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`/api/live answered ${response.status}`);
  const reader = response.body.getReader();
  let reading: Promise<void> = Promise.resolve();
  const refetch = () => {
    reading = reading.then(async () => {
      const r = await http(`/api/deployments/${deploymentId}/cockpit`, { headers: { Cookie: cookie } });
      // a browser parses it too; here only the ticked item is looked for, so the client's own
      // CPU (on the server's machine) stays small beside the server's
      const marker = markerOf(await r.text());
      if (!heldVersionAt.has(marker)) heldVersionAt.set(marker, performance.now());
    });
  };
  // frames are cut and searched as bytes (native indexOf and one copy each), never decoded whole:
  // N simulated viewers share this one process, and decoding N × ~120 kB per change measured the
  // client rather than the server
  const itemBytes = Buffer.from(itemNeedle);
  const onFrame = (frame: Buffer) => {
    if (frame.subarray(0, 14).toString() === "event: cockpit") {
      // the cockpit came in the event: the viewer holds it now
      cockpitEventChars = frame.length;
      const at = frame.indexOf(itemBytes);
      const marker = at < 0 ? -1 : markerOf(frame.subarray(at, at + 4_000).toString());
      if (!heldVersionAt.has(marker)) heldVersionAt.set(marker, performance.now());
    } else if (frame.length < 4_000) {
      const text = frame.toString();
      if (text.includes("event: change") && text.includes(deploymentId)) refetch();
    }
  };
  void (async () => {
    try {
      let parts: Buffer[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        let chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        const last = parts.at(-1);
        if (last && last[last.length - 1] === 0x0a && chunk[0] === 0x0a) {
          // the blank line split between two reads
          parts[parts.length - 1] = last.subarray(0, last.length - 1);
          onFrame(Buffer.concat(parts));
          parts = [];
          chunk = chunk.subarray(1);
        }
        let end = chunk.indexOf("\n\n");
        while (end >= 0) {
          onFrame(parts.length ? Buffer.concat([...parts, chunk.subarray(0, end)]) : chunk.subarray(0, end));
          parts = [];
          chunk = chunk.subarray(end + 2);
          end = chunk.indexOf("\n\n");
        }
        if (chunk.length) parts.push(chunk);
      }
    } catch {
      // closed
    }
  })();
  return { close: () => controller.abort(), heldVersionAt };
}

async function main() {
  await admin(`CREATE DATABASE ${DB}`);
  const url = `postgresql://postgres@127.0.0.1:5432/${DB}`;
  let server: ChildProcess | null = null;
  try {
    server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), PHASELINE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitForHealth(900_000);
    process.env.DATABASE_URL = url;
    const { getPrisma } = await import("@/lib/db/client");
    const { planDeployment } = await import("@/lib/server/deployments/plan-deployment");
    const { controlDeployment } = await import("@/lib/server/deployments/control-deployment");
    const { tickChecklistItem } = await import("@/lib/server/deployments/tick-checklist-item");
    const prisma = getPrisma();
    const lead = await prisma.user.findFirstOrThrow({ where: { email: "lead@phaseline.local" }, select: { id: true, email: true, name: true, roles: true } });
    const version = await prisma.runbookVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" }, select: { id: true } });
    const environment = await prisma.environment.findFirstOrThrow({ where: { name: "staging" }, select: { id: true } });
    const actor = { ...lead, roles: lead.roles as string[] };
    const cookie = await signIn("manager@phaseline.local", "manager-demo-pass");
    console.log(
      `bench-live: production build on PostgreSQL, ${CHANGES} changes per series, ${isRefetch ? "each viewer refetching the cockpit on a change" : "the cockpit carried in the event"}; node ${process.version}`,
    );

    for (const viewers of viewerCounts) {
      const { deploymentId } = await planDeployment({
        runbookVersionId: version.id,
        environmentId: environment.id,
        leadId: lead.id,
        name: `bench-live-${viewers}-${Date.now()}`,
        plannedStart: null,
        plannedEnd: null,
        actor,
      });
      await controlDeployment({ deploymentId, action: "start", reason: "benchmark", actor });
      const first = await prisma.phaseRun.findFirstOrThrow({
        where: { deploymentId, status: "ACTIVE" },
        select: { id: true, phase: { select: { checklistItems: { select: { id: true }, orderBy: { position: "asc" } } } } },
      });
      const itemId = first.phase.checklistItems[0]?.id;
      if (!itemId) throw new Error("the demo runbook's first phase has no checklist item to tick");
      // the marker a viewer sees: how many ticks the cockpit shows on the item (toggled on/off)
      const markerOf = (json: string) => {
        const at = json.indexOf(`"id":"${itemId}","text":`);
        if (at < 0) return -1;
        const item = json.slice(at, json.indexOf("}", json.indexOf('"at":', at)) + 1);
        const tickedAt = /"at":"([^"]+)"/.exec(item)?.[1];
        return tickedAt ? new Date(tickedAt).getTime() * 2 + (item.includes('"isTicked":true') ? 1 : 0) : 0;
      };

      // floor: /api/health from VIEWERS clients at once
      const floor: number[] = [];
      await Promise.all(
        Array.from({ length: viewers }, async () => {
          const t = performance.now();
          await (await http("/api/health")).arrayBuffer();
          floor.push(performance.now() - t);
        }),
      );
      floor.sort((a, b) => a - b);

      const xactIdle0 = await xactCount();
      await new Promise((r) => setTimeout(r, 5_000));
      const idleBase = ((await xactCount()) - xactIdle0 - 1) / 5;

      const opened: TViewer[] = [];
      for (let i = 0; i < viewers; i += 50)
        opened.push(...(await Promise.all(Array.from({ length: Math.min(50, viewers - i) }, () => openViewer(cookie, deploymentId, `"id":"${itemId}","text":`, markerOf)))));
      await new Promise((r) => setTimeout(r, 1_000));
      const xactIdle1 = await xactCount();
      await new Promise((r) => setTimeout(r, 5_000));
      const idleOpen = ((await xactCount()) - xactIdle1 - 1) / 5;

      const latencies: number[] = [];
      let missed = 0;
      const cpu0 = groupCpuSeconds(server.pid!);
      const t0 = performance.now();
      for (let n = 0; n < CHANGES; n++) {
        const committedAt = performance.now();
        await tickChecklistItem({ deploymentId, phaseRunId: first.id, itemId, isTicked: n % 2 === 0, actor });
        const committed = await prisma.checklistTick.findFirstOrThrow({ where: { phaseRunId: first.id, checklistItemId: itemId }, select: { isTicked: true, tickedAt: true } });
        const marker = committed.tickedAt.getTime() * 2 + (committed.isTicked ? 1 : 0);
        const deadline = performance.now() + 10_000;
        while (performance.now() < deadline && opened.some((v) => !v.heldVersionAt.has(marker))) await new Promise((r) => setTimeout(r, 5));
        for (const v of opened) {
          const at = v.heldVersionAt.get(marker);
          if (at === undefined) missed++;
          else latencies.push(at - committedAt);
        }
        await new Promise((r) => setTimeout(r, 1_000));
      }
      // the processes alive at the end, from their start or the first reading (the demo history's
      // writer exits on its own: a sum over the group fell when it did)
      const cpu1 = groupCpuSeconds(server.pid!);
      const cpuSeconds = [...cpu1].reduce((sum, [pid, seconds]) => sum + seconds - (cpu0.get(pid) ?? 0), 0);
      const cpuPct = (cpuSeconds / ((performance.now() - t0) / 1000)) * 100;
      for (const v of opened) v.close();
      latencies.sort((a, b) => a - b);
      console.log(
        `${String(viewers).padStart(5)} open cockpits: change visible in all — p50 ${ms(pct(latencies, 0.5))}, p95 ${ms(pct(latencies, 0.95))}, max ${ms(latencies.at(-1) ?? Number.NaN)}` +
          `${missed ? `, ${missed} never saw it` : ""}${isRefetch ? "" : ` (each event ${(cockpitEventChars / 1024).toFixed(0)} kB)`}; server CPU ${cpuPct.toFixed(0)} % of one core while changing (1 change/s); ` +
          `idle: ${idleOpen.toFixed(1)} database transactions/s with the cockpits open vs ${idleBase.toFixed(1)} with none; ` +
          `floor /api/health × ${viewers} at once: p50 ${ms(pct(floor, 0.5))}, p95 ${ms(pct(floor, 0.95))} → p95 ratio ×${(pct(latencies, 0.95) / pct(floor, 0.95)).toFixed(1)}`,
      );
    }
    await prisma.$disconnect();
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // gone
      }
      await new Promise((r) => setTimeout(r, 2_000));
    }
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => {});
    await admin(`DROP DATABASE IF EXISTS ${DB}_demo_target WITH (FORCE)`).catch(() => {});
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

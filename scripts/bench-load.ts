// `npm run bench`, the load part (issue 17 item 3): a production build under autocannon at 1, 10
// and 50 connections, each figure beside its floor measured in the same run —
//   HTTP floor: GET /api/health (the HTTP stack and one trivial query);
//   database floor: the same reads and writes done directly with `pg` at the same concurrency.
// Endpoints: sign-in (next-auth credentials, argon2id), the cockpit read, the record page, the
// history page, and ticking a checklist item through its real server action over HTTP. Also the
// server's RSS after the 50-connection runs and the cockpit page's first-load JavaScript (gzip).
// Writes its section of BENCHMARKS.md (between the bench-load markers) and prints it.
//   node --conditions=react-server --import tsx scripts/bench-load.ts server|embedded [SECONDS]
// `first-load-js` instead of server|embedded: only the cockpit page's first-load JavaScript, by the
// same measure, on PostgreSQL, printed and not written (to weigh a change to the client bundles).
// `tick` instead of server|embedded: only `/api/health`, the tick and its floor at 1 and 10 connections, on
// PostgreSQL, printed and not written (to weigh a change to the tick's path).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";

const isFirstLoadOnly = process.argv[2] === "first-load-js";
const isTickOnly = process.argv[2] === "tick";
const kind = process.argv[2] === "embedded" ? "embedded" : "server";
const SECONDS = Number(process.argv[3] ?? 10);
const LEVELS = isTickOnly ? [1, 10] : [1, 10, 50];
// BENCH_PORT: several benchmarks on one machine at once each need their own port
const PORT = Number(process.env.BENCH_PORT ?? (kind === "server" ? 3392 : 3393));
const BASE = `http://localhost:${PORT}`;
const ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = `phaseline_bench_load_${process.pid}`;
const DATA_DIR = ".data/bench-load";

type TRow = { label: string; connections: number; p50: number; p95: number; p99: number; rps: number; errors: number };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

async function waitForHealth(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`the server did not answer /api/health on port ${PORT} within ${timeoutMs / 1000} s`);
}

/** Signs in through next-auth's credentials flow; returns the Cookie header of the session. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: BASE, json: "true" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

type TLoadOptions = Partial<autocannon.Options> & { path: string };

/** autocannon for SECONDS at `connections`; latencies from every response (autocannon has no p95). */
async function load(label: string, connections: number, { path, ...options }: TLoadOptions): Promise<TRow> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${BASE}${path}`, connections, duration: SECONDS, pipelining: 1, timeout: 30, ...options }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 400) errors++;
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  return { label, connections, p50: pct(times, 0.5), p95: pct(times, 0.95), p99: pct(times, 0.99), rps: result.requests.average, errors: errors + result.errors + result.timeouts };
}

/** The same work done with plain `pg` by `connections` clients for SECONDS. */
async function pgFloor(label: string, url: string, connections: number, work: (client: pg.Client, n: number) => Promise<void>): Promise<TRow> {
  // the embedded database's socket server takes 32 connections: the rest are refused, and the
  // floor runs with those that connected (said in its label)
  const settled = await Promise.allSettled(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      // a connection the embedded database's socket server drops emits "error": counted, not a crash
      c.on("error", () => {});
      await c.connect();
      return c;
    }),
  );
  const clients = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  if (clients.length < connections) label = `${label} (${clients.length} of ${connections} connected)`;
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await work(c, n++);
        } catch {
          errors++;
          await c.query("ROLLBACK").catch(() => {});
        }
        times.push(performance.now() - t);
      }
    }),
  );
  await Promise.all(clients.map((c) => c.end()));
  times.sort((a, b) => a - b);
  return { label, connections, p50: pct(times, 0.5), p95: pct(times, 0.95), p99: pct(times, 0.99), rps: times.length / SECONDS, errors };
}

/** Resolves on the first line of the child's stdout matching `pattern`; the output goes on to the log file. */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs / 1000} s`)), timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (process.env.BENCH_VERBOSE) console.log(line);
        if (pattern.test(line)) {
          clearTimeout(timer);
          resolve(line);
        }
      }
    });
  });
}

/** Resident memory of each process in the group led by `pgid` (its command line shortened), in MB. */
function groupRssByProcess(pgid: number): { name: string; mb: number }[] {
  const out: { name: string; mb: number }[] = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      const name = cmd.some((a) => a.endsWith("start.ts"))
        ? "launcher"
        : cmd.some((a) => a.endsWith("start-database.ts"))
          ? "demo history writer"
          : cmd.some((a) => a.includes("next"))
            ? "Next.js"
            : (cmd[0]?.split("/").pop() ?? pid);
      out.push({ name, mb: Number(rss?.[1] ?? 0) / 1024 });
    } catch {
      // gone
    }
  }
  return out.sort((a, b) => b.mb - a.mb);
}

const fmtRss = (list: { name: string; mb: number }[]) => `${list.reduce((t, p) => t + p.mb, 0).toFixed(0)} MB (${list.map((p) => `${p.name} ${p.mb.toFixed(0)}`).join(", ")})`;

/** Where Next put a server action: its id, from the build's manifest. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not in the build`);
  return found[0];
}

/**
 * The page's first-load JavaScript, gzipped, kB: every `<script src>` of its HTML (`all`), and
 * without the `noModule` polyfill script (`moduleBrowsers`), which a browser that runs ES modules
 * never fetches — Next.js's own "First Load JS" leaves the polyfills out the same way.
 */
async function firstLoadJsKb(path: string, cookie: string): Promise<{ all: number; moduleBrowsers: number }> {
  const html = await (await fetch(`${BASE}${path}`, { headers: { Cookie: cookie } })).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  let noModuleBytes = 0;
  for (const src of scripts) {
    const size = gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
    // Next's polyfill script is `noModule`: counted here as it always was; a browser that runs modules skips it
    const isNoModule = new RegExp(`<script[^>]+src="${src.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*noModule`, "i").test(html);
    if (isFirstLoadOnly) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} kB  ${src}${isNoModule ? "  (noModule)" : ""}`);
    bytes += size;
    if (isNoModule) noModuleBytes += size;
  }
  if (isFirstLoadOnly) {
    // scripts only preloaded by a <link> (not counted above): listed, to see nothing moved there
    for (const link of html.matchAll(/<link[^>]+rel="preload"[^>]*>/g)) if (/as="script"/.test(link[0])) console.log(`  preload (not counted): ${link[0]}`);
  }
  return { all: bytes / 1024, moduleBrowsers: (bytes - noModuleBytes) / 1024 };
}

const fmt = (r: TRow, floor?: TRow) =>
  `| ${r.label} | ${r.connections} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors} | ${floor ? `${floor.label}: p95 ${floor.p95.toFixed(1)} ms, ${floor.rps.toFixed(0)}/s → p95 ×${(r.p95 / floor.p95).toFixed(1)}, throughput ${((r.rps / floor.rps) * 100).toFixed(0)} %` : ""} |`;

async function main() {
  let server: ChildProcess | null = null;
  let appUrl = "";
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), PHASELINE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" };
    if (kind === "server") {
      const admin = new pg.Client({ connectionString: ADMIN });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${DB}`);
      await admin.end();
      appUrl = `postgresql://postgres@127.0.0.1:5432/${DB}`;
      env.DATABASE_URL = appUrl;
    } else {
      rmSync(DATA_DIR, { recursive: true, force: true });
      env.PHASELINE_DATA_DIR = DATA_DIR;
      delete env.DATABASE_URL;
    }
    server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
    // the demo's past deployments are written in the background once serving: measured after them
    // (on the embedded database the writer holds its one backend for the length of each deployment)
    const historyWritten = waitForLine(server, /\[phaseline\] demo history (written|: not written)/, 900_000);
    await waitForHealth(900_000);
    await historyWritten;
    await new Promise((r) => setTimeout(r, 3_000));
    const idleRss = groupRssByProcess(server.pid!);
    if (kind === "embedded") appUrl = (JSON.parse(readFileSync(`${DATA_DIR}/embedded.json`, "utf8")) as { appUrl: string }).appUrl;

    process.env.DATABASE_URL = appUrl;
    const { getPrisma } = await import("@/lib/db/client");
    const { planDeployment } = await import("@/lib/server/deployments/plan-deployment");
    const { controlDeployment } = await import("@/lib/server/deployments/control-deployment");
    const prisma = getPrisma();
    const lead = await prisma.user.findFirstOrThrow({ where: { email: "lead@phaseline.local" }, select: { id: true, email: true, name: true, roles: true } });
    const actor = { ...lead, roles: lead.roles as string[] };
    const finished = await prisma.deployment.findFirstOrThrow({ where: { status: "SUCCEEDED", phaseRuns: { some: { stepRuns: { some: {} } } } }, select: { id: true } });
    // the phase with the most step runs: the heaviest one a reader opens
    const openedPhase = (await prisma.phaseRun.findMany({ where: { deploymentId: finished.id }, select: { id: true, _count: { select: { stepRuns: true } } } })).sort(
      (a, b) => b._count.stepRuns - a._count.stepRuns,
    )[0]!;
    const version = await prisma.runbookVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" }, select: { id: true } });
    const environment = await prisma.environment.findFirstOrThrow({ where: { name: "staging" }, select: { id: true } });
    const { deploymentId } = await planDeployment({
      runbookVersionId: version.id,
      environmentId: environment.id,
      leadId: lead.id,
      name: `bench-load-${Date.now()}`,
      plannedStart: null,
      plannedEnd: null,
      actor,
    });
    await controlDeployment({ deploymentId, action: "start", reason: "benchmark", actor });
    const active = await prisma.phaseRun.findFirstOrThrow({
      where: { deploymentId, status: "ACTIVE" },
      select: { id: true, phase: { select: { checklistItems: { select: { id: true }, orderBy: { position: "asc" } } } } },
    });
    const items = active.phase.checklistItems.map((i) => i.id);
    if (!items.length) throw new Error("the demo runbook's first phase has no checklist items to tick");
    const cookie = await signIn("lead@phaseline.local", "lead-demo-pass");
    const headers = { Cookie: cookie };
    const tickId = actionId("tickChecklistItemAction");
    if (isTickOnly) {
      // one tick by hand first: its answer shows the action works (the load counts only HTTP errors)
      const answer = await fetch(`${BASE}/deployments/${deploymentId}`, {
        method: "POST",
        headers: { Cookie: cookie, "Next-Action": tickId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        body: JSON.stringify([{ deploymentId, phaseRunId: active.id, itemId: items[0], isTicked: true }]),
      });
      console.log(`one tick: HTTP ${answer.status}, ${(await answer.text()).replace(/\s+/g, " ").slice(0, 200)}`);
    }

    const rows: string[] = [];
    const add = (r: TRow, floor?: TRow) => {
      rows.push(fmt(r, floor));
      console.log(rows.at(-1));
    };
    const signInBody = async () => {
      const csrf = await fetch(`${BASE}/api/auth/csrf`);
      return {
        token: ((await csrf.json()) as { csrfToken: string }).csrfToken,
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      };
    };
    const csrf = await signInBody();
    let n = 0;
    const tickRows = async (connections: number) => {
      // the event stands in a temporary table: a real one would break the chain the app goes on appending to
      const tickFloor = await pgFloor("pg: lock, upsert the tick, advance the head, write an event", appUrl, connections, async (c, n) => {
        const item = items[n % items.length]!;
        await c.query(`CREATE TEMP TABLE IF NOT EXISTS bench_event (seq bigserial PRIMARY KEY, hash text NOT NULL, payload jsonb NOT NULL)`);
        await c.query("BEGIN");
        await c.query(`SELECT id FROM "Deployment" WHERE id = $1 FOR UPDATE`, [deploymentId]);
        await c.query(
          `INSERT INTO "ChecklistTick" (id, "phaseRunId", "checklistItemId", "isTicked", "tickedById", "tickedAt") VALUES (gen_random_uuid()::text, $1, $2, $3, $4, now())
             ON CONFLICT ("phaseRunId", "checklistItemId") DO UPDATE SET "isTicked" = EXCLUDED."isTicked", "tickedAt" = now()`,
          [active.id, item, n % 2 === 0, lead.id],
        );
        const head = await c.query<{ hash: string }>(`UPDATE "AuditChainHead" SET seq = seq WHERE id = 1 RETURNING hash`);
        await c.query(`INSERT INTO bench_event (hash, payload) VALUES (encode(sha256(convert_to($1 || $2, 'UTF8')), 'hex'), $2::jsonb)`, [
          head.rows[0]?.hash ?? "",
          JSON.stringify({ type: "checklist.ticked", payload: { phaseRunId: active.id, itemId: item, isTicked: n % 2 === 0 } }),
        ]);
        await c.query("COMMIT");
      });
      add(
        await load("tick a checklist item (server action over HTTP)", connections, {
          method: "POST",
          path: `/deployments/${deploymentId}`,
          headers: { ...headers, "Next-Action": tickId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          requests: [
            {
              // round by round over the phase's items, ticking all then unticking all: each request a
              // change (with `n % 4 < 2` and the demo's four items, items 1–2 were always ticked and
              // 3–4 always unticked: after the first round every request changed nothing)
              setupRequest: (req) => {
                const i = n++;
                return {
                  ...req,
                  body: JSON.stringify([{ deploymentId, phaseRunId: active.id, itemId: items[i % items.length], isTicked: Math.floor(i / items.length) % 2 === 0 }]),
                };
              },
            },
          ],
        }),
        tickFloor,
      );
    };
    let rss50 = "";
    for (const connections of isFirstLoadOnly ? [] : LEVELS) {
      if (isTickOnly) {
        add(await load("GET /api/health (HTTP floor)", connections, { path: "/api/health" }));
        // what the ticks did, not only their status codes: an action's refusal is an HTTP 200
        const count = (type: string) => prisma.auditEvent.count({ where: { deploymentId, type } });
        const [ticked, refused] = [await count("checklist.ticked"), await count("deployment.action_refused")];
        await tickRows(connections);
        console.log(
          `  ticks at ${connections}: ${(await count("checklist.ticked")) - ticked} checklist.ticked events written, ${(await count("deployment.action_refused")) - refused} refusals`,
        );
        continue;
      }
      const health = await load("GET /api/health (HTTP floor)", connections, { path: "/api/health" });
      add(health);
      add(
        await load("sign-in (credentials, argon2id)", connections, {
          method: "POST",
          path: "/api/auth/callback/credentials",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrf.cookie },
          body: new URLSearchParams({ csrfToken: csrf.token, email: "manager@phaseline.local", password: "manager-demo-pass", json: "true" }).toString(),
        }),
        health,
      );
      const cockpitFloor = await pgFloor("pg: the cockpit's rows", appUrl, connections, async (c) => {
        await Promise.all([
          c.query(`SELECT * FROM "Deployment" WHERE id = $1`, [finished.id]),
          c.query(`SELECT pr.*, p.* FROM "PhaseRun" pr JOIN "Phase" p ON p.id = pr."phaseId" WHERE pr."deploymentId" = $1`, [finished.id]),
          c.query(`SELECT s.* FROM "Step" s JOIN "PhaseRun" pr ON pr."phaseId" = s."phaseId" WHERE pr."deploymentId" = $1`, [finished.id]),
          c.query(`SELECT id, status, right(output, 16000) AS output, result FROM "StepRun" WHERE "deploymentId" = $1`, [finished.id]),
          c.query(`SELECT t.* FROM "ChecklistTick" t JOIN "PhaseRun" pr ON pr.id = t."phaseRunId" WHERE pr."deploymentId" = $1`, [finished.id]),
        ]);
      });
      add(await load("GET /api/deployments/{id}/cockpit (finished seed 003)", connections, { path: `/api/deployments/${finished.id}/cockpit`, headers }), cockpitFloor);
      add(await load("GET /deployments/{id} (the record page)", connections, { path: `/deployments/${finished.id}`, headers }), health);
      // the record page's phases are collapsed; opening one fetches its detail (issue 17 item 2)
      add(
        await load("GET /api/deployments/{id}/phase-runs/{phaseRunId} (a record's phase opened)", connections, {
          path: `/api/deployments/${finished.id}/phase-runs/${openedPhase.id}`,
          headers,
        }),
        health,
      );
      add(await load("GET /deployments (history, first page)", connections, { path: "/deployments", headers }), health);
      await tickRows(connections);
      if (connections === 50) rss50 = fmtRss(groupRssByProcess(server.pid!));
    }
    if (isTickOnly) {
      console.log(
        `Load average at the end: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(", ")}`,
      );
      await prisma.$disconnect();
      return;
    }
    const js = await firstLoadJsKb(`/deployments/${deploymentId}`, cookie);
    if (isFirstLoadOnly) {
      console.log(
        `First-load JavaScript of the cockpit page: ${js.moduleBrowsers.toFixed(1)} kB gzipped in a browser that runs modules, ${js.all.toFixed(1)} kB with the noModule polyfill (load average ${loadavg()[0]!.toFixed(2)})`,
      );
      await prisma.$disconnect();
      return;
    }
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const section = [
      `### ${kind === "server" ? "PostgreSQL 15 at 127.0.0.1" : "embedded PGlite"} (${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${SECONDS} s per point)`,
      "",
      "| endpoint | connections | p50 ms | p95 ms | p99 ms | requests/s | errors | floor in the same run → ratio |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}. Measured after the demo history was written.`,
      "",
      `Server RSS (the process group: launcher, Next.js, workers), idle before the runs: ${fmtRss(idleRss)}; after the 50-connection runs: ${rss50}. First-load JavaScript of the cockpit page: ${js.moduleBrowsers.toFixed(0)} kB gzipped in a browser that runs modules (${js.all.toFixed(0)} kB with the noModule polyfill script).`,
      "",
    ].join("\n");
    writeSection(kind, section);
    await prisma.$disconnect();
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // gone
      }
      await new Promise((r) => setTimeout(r, 3_000));
    }
    if (kind === "server") {
      const admin = new pg.Client({ connectionString: ADMIN });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${DB}_demo_target WITH (FORCE)`).catch(() => {});
      await admin.end();
    } else rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

/** Replaces this kind's section of BENCHMARKS.md between its markers (appended the first time). */
function writeSection(which: string, text: string) {
  const file = "BENCHMARKS.md";
  const start = `<!-- bench-load:${which}:start -->`;
  const end = `<!-- bench-load:${which}:end -->`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const block = `${start}\n${text}${end}`;
  const next = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(text);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

import pg from "pg";
import { analyticsSql } from "@/lib/server/readers/get-analytics";
const c = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/phl_rollup_bench" });
await c.connect();
const s = analyticsSql({ runbook: null, environment: null, from: "2025-11-21", to: null } as never);
const k = (process.argv[2] ?? "phaseDurations") as "phaseDurations";
const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s[k].text}`, s[k].values);
console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
await c.end();

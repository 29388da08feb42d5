// A step run's structured result in one line. The result JSON is written by the executors; only
// well-known keys are read here and anything else is summarised generically, never trusted.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function scalar(v: unknown): string {
  if (v === null) return "NULL";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return JSON.stringify(v);
}

export function describeResult(result: unknown): string | null {
  if (result === null || result === undefined) return null;
  if (!isRecord(result)) return scalar(result).slice(0, 200);
  // issue 15 item 2: a fanned-out run is counted per schema; each schema's own result is in its row
  if (isRecord(result.fanOut)) {
    const f = result.fanOut;
    const n = (k: string) => (typeof f[k] === "number" ? (f[k] as number) : 0);
    const parts = [`${n("succeeded")} of ${n("total")} ${f.over === "DATABASES" ? "databases" : "schemas"} succeeded`, `${n("failed")} failed`];
    if (n("notRun") > 0) parts.push(`${n("notRun")} not run`);
    if (n("carried") > 0) parts.push(`${n("carried")} carried from an earlier attempt`);
    return parts.join(", ");
  }
  // a running step's lock-timeout retries, recorded before it has a result of its own: said by
  // describeLockRetries, not here
  if (Object.keys(result).every((k) => k === "lockRetries")) return null;
  const parts: string[] = [];
  if (typeof result.passed === "boolean") parts.push(result.passed ? "passed" : "did not pass");
  if ("observed" in result) parts.push(`observed ${scalar(result.observed)}`);
  else if ("observedValue" in result) parts.push(`observed ${scalar(result.observedValue)}`);
  if ("expected" in result && typeof result.expected !== "object") parts.push(`expected ${scalar(result.expected)}`);
  if (typeof result.rowsAffected === "number") parts.push(`${result.rowsAffected} rows affected`);
  if (typeof result.rowCount === "number") parts.push(`${result.rowCount} rows`);
  else if (Array.isArray(result.rows)) parts.push(`${result.rows.length} rows`);
  if (Array.isArray(result.mismatches)) parts.push(`${result.mismatches.length} mismatching rows`);
  else if (typeof result.mismatchCount === "number") parts.push(`${result.mismatchCount} mismatching rows`);
  if (typeof result.comparedRows === "number") parts.push(`${result.comparedRows} rows compared`);
  if (Array.isArray(result.missingKeys) && result.missingKeys.length > 0) parts.push(`${result.missingKeys.length} keys missing`);
  if (Array.isArray(result.extraKeys) && result.extraKeys.length > 0) parts.push(`${result.extraKeys.length} unexpected keys`);
  if (result.isTimedOut === true) parts.push("timed out");
  if (typeof result.status === "number") parts.push(`HTTP ${result.status}`);
  else if (typeof result.httpStatus === "number") parts.push(`HTTP ${result.httpStatus}`);
  if (typeof result.exitCode === "number") parts.push(`exit code ${result.exitCode}`);
  // issue 15: BACKUP and RESTORE name their tables with rows, and a restore says they were verified
  if (typeof result.backupKey === "string" && Array.isArray(result.tables)) {
    const tables = result.tables.filter(isRecord);
    const rows = tables.reduce((sum, t) => sum + (typeof t.rowCount === "number" ? t.rowCount : 0), 0);
    const verified = tables.length > 0 && tables.every((t) => t.isVerified === true) ? ", counts and checksums verified" : "";
    parts.push(
      `${tables.length} ${tables.length === 1 ? "table" : "tables"} (${tables.map((t) => String(t.table)).join(", ")}), ${rows} rows${verified}${result.isCommitted === false ? ", rolled back" : ""}`,
    );
  } else if (typeof result.backupKey === "string" && typeof result.estimatedBytes === "number" && result.isTooLarge === true) {
    parts.push(`refused: about ${Math.round(result.estimatedBytes / 1024)} kB, above the limit`);
  }
  if (typeof result.durationMs === "number") parts.push(`${result.durationMs} ms`);
  if (parts.length > 0) return parts.join(" · ");
  const json = JSON.stringify(result);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

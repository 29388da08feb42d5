// A BACKUP step's row filter (issue 15): the one piece of an author's text spliced into the SQL
// Phaseline generates for a backup — `… FROM table t WHERE (<filter>)`. It must be one condition:
// wrapped the same way, the whole must parse as exactly one SELECT, so a filter cannot end the
// statement and start another.
import { parseSql } from "./parse-sql";

export type TFilterCheck = { ok: true } | { ok: false; message: string };

export async function checkBackupFilter(filter: string): Promise<TFilterCheck> {
  const parsed = await parseSql(`SELECT 1 FROM backed_up_table t WHERE (${filter})`);
  if (!parsed.ok) return { ok: false, message: `${parsed.error.message} (write a condition such as status = 'pending' AND created_at < '2026-01-01').` };
  if (parsed.statements.length !== 1 || parsed.statements[0]?.kind !== "SELECT") {
    return { ok: false, message: "it must be a single condition, as after WHERE, not statements of its own." };
  }
  return { ok: true };
}

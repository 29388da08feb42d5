// The rows a step's run returned, as tables: the SELECT results of a SQL step (`resultSets`), the
// sampled rows of a query check (`columns` + `rows`), and a baseline comparison's mismatching values
// and missing or extra keys. One component for the cockpit, the finished record and the report, so
// each shows what the others showed (issue 18 item 6). Props only; the result JSON is the
// executors', read defensively.
import { baselineMismatches } from "@/lib/domain/review/report";

type TTable = { caption: string; columns: string[]; rows: string[][]; tone?: "bad" };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const cell = (v: unknown) => (v === null || v === undefined ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v));
const rowWord = (n: number) => (n === 1 ? "1 row" : `${n} rows`);

function tableOf(set: Record<string, unknown>, label: string, what: string): TTable | null {
  const columns = Array.isArray(set.columns) ? set.columns.map(String) : [];
  if (columns.length === 0) return null;
  const rows = Array.isArray(set.rows) ? set.rows.filter(Array.isArray).map((r) => (r as unknown[]).map(cell)) : [];
  const total = typeof set.rowCount === "number" ? set.rowCount : rows.length;
  const cut = set.isTruncated === true || total > rows.length ? ` (first ${rows.length} shown)` : "";
  return { caption: `${label}: ${what} — ${rowWord(total)}${cut}`, columns, rows };
}

/** The tables a step run's result holds, in order. */
export function resultTablesOf(result: unknown, label: string): TTable[] {
  if (!isRecord(result)) return [];
  const tables: TTable[] = [];
  if (Array.isArray(result.resultSets)) {
    for (const set of result.resultSets.filter(isRecord)) {
      const table = tableOf(set, label, String(set.command ?? "result"));
      if (table) tables.push(table);
    }
  }
  const checked = tableOf(result, label, "rows the check read");
  if (checked && Array.isArray(result.rows)) tables.push(checked);
  const mismatches = baselineMismatches(result);
  if (mismatches && mismatches.rows.length > 0) {
    const cut = mismatches.total > mismatches.rows.length ? ` (first ${mismatches.rows.length} shown)` : "";
    tables.push({
      caption: `${label}: ${mismatches.total === 1 ? "1 value differs" : `${mismatches.total} values differ`} from the baseline${cut}`,
      columns: ["Key", "Column", "Baseline", "Now", "Difference"],
      rows: mismatches.rows.map((m) => [m.key, m.column, m.baseline, m.current, m.difference || "—"]),
      tone: "bad",
    });
  }
  for (const [field, what] of [
    ["missingKeys", "rows in the baseline, missing now"],
    ["extraKeys", "rows now that the baseline did not have"],
  ] as const) {
    const keys = Array.isArray(result[field]) ? (result[field] as unknown[]) : [];
    if (keys.length > 0) tables.push({ caption: `${label}: ${what}`, columns: ["Key"], rows: keys.map((k) => [cell(k)]), tone: "bad" });
  }
  return tables;
}

export function ResultTables({ result, label }: Readonly<{ result: unknown; label: string }>) {
  const tables = resultTablesOf(result, label);
  if (tables.length === 0) return null;
  return (
    <>
      {tables.map((table, i) => (
        // a region with a name: it scrolls by keyboard inside itself, never the page (issue 18 item 1)
        <section
          key={i}
          aria-label={table.caption}
          tabIndex={0}
          className={`max-h-72 relative overflow-auto rounded border ${table.tone === "bad" ? "border-bad-line" : "border-line"}`}
        >
          <table className="min-w-full text-left font-mono text-[0.75rem]">
            <caption className="bg-surface-muted px-2 py-1 text-left font-sans text-xs font-medium text-muted">{table.caption}</caption>
            <thead className="bg-surface-muted">
              <tr>
                {table.columns.map((c, j) => (
                  <th key={`${c}-${j}`} scope="col" className="px-2 py-1 font-semibold">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {table.rows.map((r, j) => (
                <tr key={j}>
                  {r.map((v, k) => (
                    <td key={k} className="px-2 py-0.5 whitespace-pre">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

import { tokenizeSqlLines } from "@/lib/domain/sql/highlight-sql";
import { SqlTokens } from "./sql-highlight";

type Props = {
  code: string;
  /** e.g. "SQL", "bash"; names the block for assistive technology */
  language?: string | null;
  /** accessible name of the block, e.g. "SQL of step 2" */
  label: string;
  /** hide the gutter for one-liners */
  showLineNumbers?: boolean;
  /** limit the height and scroll (long output) */
  maxHeightClass?: string;
};

/**
 * Monospace code with line numbers. Numbers sit in their own cells, hidden from assistive
 * technology and from selection, so copying the block copies only the code.
 */
export function CodeBlock({ code, language, label, showLineNumbers = true, maxHeightClass }: Readonly<Props>) {
  const lines = code.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const sqlLines = language?.toLowerCase() === "sql" ? tokenizeSqlLines(lines.join("\n")) : null;
  const gutterWidth = `${String(lines.length).length + 1}ch`;
  return (
    <figure className="overflow-hidden rounded-md border border-line bg-code">
      {language ? (
        <figcaption className="flex items-center justify-between border-b border-line px-3 py-1 text-[0.7rem] font-medium uppercase tracking-wide text-muted">
          <span>{language}</span>
          <span className="normal-case tracking-normal text-faint">{lines.length === 1 ? "1 line" : `${lines.length} lines`}</span>
        </figcaption>
      ) : null}
      <pre role="region" tabIndex={0} aria-label={label} className={`relative overflow-auto py-2 font-mono text-[0.8125rem] leading-relaxed text-ink ${maxHeightClass ?? ""}`}>
        <code className="table min-w-full">
          {lines.map((line, index) => (
            <span key={index} className="table-row">
              {showLineNumbers ? (
                <span aria-hidden="true" style={{ width: gutterWidth }} className="table-cell select-none border-r border-line pr-2 pl-3 text-right text-code-gutter tabular-nums">
                  {index + 1}
                </span>
              ) : null}
              <span className="table-cell whitespace-pre pr-4 pl-3">
                {line.length === 0 ? " " : sqlLines ? <SqlTokens tokens={sqlLines[index] ?? []} /> : line}
                {"\n"}
              </span>
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

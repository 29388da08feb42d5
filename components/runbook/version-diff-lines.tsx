import { foldUnchanged, type TLineOp } from "@/lib/domain/runbook/diff-versions";

type Props = {
  lines: readonly TLineOp[];
  /** accessible name, e.g. "Phase 2, step 3: SQL, changes" */
  label: string;
  /** shown above the lines, e.g. "SQL"; the label when not given */
  caption?: string;
  /** unchanged lines kept around each change; the rest are folded */
  context?: number;
};

const marks = {
  add: { symbol: "+", row: "bg-ok", text: "text-ok-ink", word: "added" },
  remove: { symbol: "−", row: "bg-bad", text: "text-bad-ink", word: "removed" },
  same: { symbol: " ", row: "", text: "text-ink", word: "unchanged" },
} as const;

/**
 * A unified line diff in monospace: old and new line numbers, then + or − (colour is never the
 * only sign: the symbol is there, and screen readers hear "added" / "removed").
 */
export function VersionDiffLines({ lines, label, caption, context = 3 }: Readonly<Props>) {
  const items = foldUnchanged(lines, context);
  const added = lines.filter((l) => l.op === "add").length;
  const removed = lines.filter((l) => l.op === "remove").length;
  return (
    <figure className="overflow-hidden rounded-md border border-line bg-code">
      <figcaption className="flex items-center justify-between border-b border-line px-3 py-1 text-[0.7rem] font-medium uppercase tracking-wide text-muted">
        <span>{caption ?? label}</span>
        <span className="normal-case tracking-normal">
          <span className="text-ok-ink">+{added}</span> <span className="text-bad-ink">−{removed}</span>
        </span>
      </figcaption>
      <pre role="region" tabIndex={0} aria-label={label} className="relative overflow-auto py-1 font-mono text-[0.8125rem] leading-relaxed">
        <code className="table min-w-full">
          {items.map((item, index) => {
            if (item.op === "skip") {
              return (
                <span key={index} className="table-row text-faint">
                  <span aria-hidden="true" className="table-cell select-none border-r border-line px-2 text-right">
                    ⋯
                  </span>
                  <span aria-hidden="true" className="table-cell select-none border-r border-line px-2" />
                  <span aria-hidden="true" className="table-cell select-none px-1" />
                  <span className="table-cell py-0.5 pr-4 pl-2 font-sans text-xs italic">
                    {item.count === 1 ? "1 unchanged line" : `${item.count} unchanged lines`}
                    {"\n"}
                  </span>
                </span>
              );
            }
            const mark = marks[item.op];
            return (
              <span key={index} className={`table-row ${mark.row}`}>
                <span aria-hidden="true" className="table-cell w-[1%] select-none border-r border-line px-2 text-right text-code-gutter tabular-nums">
                  {item.oldLine ?? ""}
                </span>
                <span aria-hidden="true" className="table-cell w-[1%] select-none border-r border-line px-2 text-right text-code-gutter tabular-nums">
                  {item.newLine ?? ""}
                </span>
                <span className={`table-cell w-[1%] select-none px-1.5 font-bold ${mark.text}`}>
                  <span aria-hidden="true">{mark.symbol}</span>
                  {item.op === "same" ? null : <span className="sr-only">{mark.word}: </span>}
                </span>
                <span className={`table-cell whitespace-pre pr-4 pl-1 ${mark.text}`}>
                  {item.text.length > 0 ? item.text : " "}
                  {"\n"}
                </span>
              </span>
            );
          })}
        </code>
      </pre>
    </figure>
  );
}

import { CodeBlock } from "./code-block";

type Props = {
  text: string;
  /** used to name code blocks found inside the text */
  label: string;
};

type TChunk = { kind: "text"; text: string } | { kind: "code"; language: string | null; code: string };

function splitFences(text: string): TChunk[] {
  const chunks: TChunk[] = [];
  const fence = /^([ \t]*)(```|~~~)[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)^[ \t]*\2[ \t]*$/gm;
  let last = 0;
  for (const match of text.matchAll(fence)) {
    const start = match.index ?? 0;
    if (start > last) chunks.push({ kind: "text", text: text.slice(last, start) });
    const indent = match[1] ?? "";
    const body = (match[4] ?? "")
      .split("\n")
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join("\n");
    chunks.push({ kind: "code", language: match[3] || null, code: body });
    last = start + match[0].length;
  }
  if (last < text.length) chunks.push({ kind: "text", text: text.slice(last) });
  return chunks;
}

/** `code` and **bold** inside a line, as React elements (never as HTML). */
function renderInline(line: string): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  const pattern = /`([^`\n]+)`|\*\*([^*\n]+)\*\*/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) out.push(line.slice(last, start));
    out.push(
      match[1] !== undefined ? (
        <code key={start} className="rounded bg-surface-muted px-1 font-mono text-[0.8125rem]">
          {match[1]}
        </code>
      ) : (
        <strong key={start} className="font-semibold">
          {match[2]}
        </strong>
      ),
    );
    last = start + match[0].length;
  }
  if (last < line.length) out.push(line.slice(last));
  return out;
}

/**
 * Markdown-ish text (instructions, preambles, notes) shown faithfully: line breaks kept, fenced
 * code as code blocks, headings emphasised. Deliberately not a Markdown renderer: imported
 * documents are shown as written, never interpreted as HTML.
 */
export function TextBlock({ text, label }: Readonly<Props>) {
  const chunks = splitFences(text.trim());
  let codeIndex = 0;
  return (
    <div className="space-y-2 text-sm leading-relaxed text-ink">
      {chunks.map((chunk, index) => {
        if (chunk.kind === "code") {
          codeIndex += 1;
          return <CodeBlock key={index} code={chunk.code} language={chunk.language} label={`${label}, code block ${codeIndex}`} />;
        }
        const trimmed = chunk.text.replace(/^\n+|\n+$/g, "");
        if (!trimmed) return null;
        return (
          <div key={index} className="whitespace-pre-wrap break-words">
            {trimmed.split("\n").map((line, i) => {
              const heading = /^(#{1,6})\s+(.*)$/.exec(line);
              return heading ? (
                <span key={i} className="mt-2 block font-semibold first:mt-0">
                  {heading[2]}
                </span>
              ) : (
                <span key={i}>
                  {renderInline(line)}
                  {"\n"}
                </span>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

// Coloured SQL tokens, for the read-only code block and the layer under the SQL editor. The
// colours are code-token variables from globals.css (not status colours); weights and styles stay
// plain so every glyph keeps the width of the monospace text it mirrors.
import type { TSqlToken, TSqlTokenKind } from "@/lib/domain/sql/highlight-sql";

const tokenClass: Partial<Record<TSqlTokenKind, string>> = {
  keyword: "text-code-keyword",
  "quoted-identifier": "text-code-identifier",
  string: "text-code-string",
  number: "text-code-number",
  parameter: "text-code-number",
  comment: "text-code-comment",
  operator: "text-code-operator",
  punctuation: "text-code-operator",
};

export function SqlTokens({ tokens }: Readonly<{ tokens: readonly TSqlToken[] }>) {
  return tokens.map((token, index) => {
    const className = tokenClass[token.kind];
    return className ? (
      <span key={index} className={className}>
        {token.text}
      </span>
    ) : (
      token.text
    );
  });
}

// Text-level helpers for SQL: offsets, lines and columns, and the few lexical facts the Postgres
// parser cannot tell us (psql meta-commands are not SQL, and the parser stops at the first error
// with a generic "syntax error at or near \"\\\"" when it meets one).

/** 1-based line and column of a JS string index; the column counts characters (code points). */
export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(index, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const code = text.charCodeAt(i);
    // the low half of a surrogate pair is the same character as the high half before it
    if (code < 0xdc00 || code > 0xdfff || i === lineStart) column++;
  }
  return { line, column };
}

/** JS string index of a code-point offset (Postgres reports error positions in characters). */
export function indexOfCodePoint(text: string, codePoint: number): number {
  let index = 0;
  for (let seen = 0; seen < codePoint && index < text.length; seen++) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

/**
 * Maps UTF-8 byte offsets (libpg_query's stmt_location, stmt_len and node locations) to JS
 * string indexes.
 */
export function byteOffsetMapper(text: string): (byteOffset: number) => number {
  const byteAt = new Array<number>(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    byteAt[i] = bytes;
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      byteAt[++i] = bytes - 2; // inside the pair: never a real boundary
    } else bytes += 3;
  }
  byteAt[text.length] = bytes;
  return (byteOffset: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byteAt[mid] ?? 0) < byteOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export type TSqlSpan = { kind: "comment" | "quoted" | "meta"; start: number; end: number };

const isIdentifierChar = (ch: string | undefined) => !!ch && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;

/**
 * Splits SQL into comments, quoted text (strings, quoted identifiers, dollar-quoted bodies) and
 * psql meta-commands; the rest is code. Follows Postgres' lexer with standard_conforming_strings
 * on: backslash escapes only in E'…' strings; block comments nest. An unterminated quote or
 * comment runs to the end of the text (the parser reports it).
 */
export function scanSqlSpans(sql: string): TSqlSpan[] {
  const spans: TSqlSpan[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === "-" && next === "-") {
      const eol = sql.indexOf("\n", i);
      const end = eol === -1 ? n : eol;
      spans.push({ kind: "comment", start: i, end });
      i = end;
    } else if (ch === "/" && next === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] === "/" && sql[j + 1] === "*") {
          depth++;
          j += 2;
        } else if (sql[j] === "*" && sql[j + 1] === "/") {
          depth--;
          j += 2;
        } else j++;
      }
      spans.push({ kind: "comment", start: i, end: j });
      i = j;
    } else if (ch === "'") {
      const prefix = sql[i - 1];
      const hasEscapes = (prefix === "E" || prefix === "e") && !isIdentifierChar(sql[i - 2]);
      let j = i + 1;
      while (j < n) {
        if (hasEscapes && sql[j] === "\\") j += 2;
        else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") {
          j++;
          break;
        } else j++;
      }
      spans.push({ kind: "quoted", start: i, end: Math.min(j, n) });
      i = Math.min(j, n);
    } else if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (sql[j] === '"' && sql[j + 1] === '"') j += 2;
        else if (sql[j] === '"') {
          j++;
          break;
        } else j++;
      }
      spans.push({ kind: "quoted", start: i, end: Math.min(j, n) });
      i = Math.min(j, n);
    } else if (ch === "$" && !isIdentifierChar(sql[i - 1])) {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(sql)?.[0];
      if (!tag) {
        i++; // a parameter such as $1
        continue;
      }
      const close = sql.indexOf(tag, i + tag.length);
      const end = close === -1 ? n : close + tag.length;
      spans.push({ kind: "quoted", start: i, end });
      i = end;
    } else if (ch === "\\") {
      // psql reads a backslash outside quotes as a meta-command up to the end of the line
      const eol = sql.indexOf("\n", i);
      const end = eol === -1 ? n : eol;
      spans.push({ kind: "meta", start: i, end });
      i = end;
    } else {
      i++;
    }
  }
  return spans;
}

/** The first psql meta-command (`\i file.sql`, `\set`, `\gset`…) outside quotes and comments. */
export function findPsqlMetaCommand(sql: string): { index: number; command: string } | null {
  const span = scanSqlSpans(sql).find((s) => s.kind === "meta");
  if (!span) return null;
  const command = /^\\[^\s\\]*/.exec(sql.slice(span.start, span.end))?.[0] ?? "\\";
  return { index: span.start, command };
}

/** Index just after the last character of `text` that is neither whitespace nor a comment. */
export function significantEnd(text: string): number {
  let end = 0;
  let cursor = 0;
  const codeEnd = (from: number, to: number) => {
    for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i] ?? "")) return i + 1;
    return -1;
  };
  for (const span of scanSqlSpans(text)) {
    const e = codeEnd(cursor, span.start);
    if (e !== -1) end = e;
    if (span.kind !== "comment") end = span.end;
    cursor = span.end;
  }
  const e = codeEnd(cursor, text.length);
  if (e !== -1) end = e;
  return end;
}

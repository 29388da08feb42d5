// A small lexical tokenizer for highlighting SQL (Postgres dialect). It never fails and never
// drops a character: the concatenated token texts always equal the input, so the highlighted
// layer lines up exactly with the text it mirrors. It is for display only, not for parsing.

export type TSqlTokenKind = "keyword" | "identifier" | "quoted-identifier" | "string" | "number" | "comment" | "operator" | "punctuation" | "parameter" | "whitespace" | "other";

export type TSqlToken = { kind: TSqlTokenKind; text: string };

const KEYWORDS = new Set(
  (
    "add all alter analyze and any array as asc begin between bigint boolean both by cascade case cast char character check " +
    "checkpoint cluster collate column comment commit concurrently constraint copy create cross current_date current_timestamp " +
    "current_user cursor database date default deferrable deferred delete desc distinct do drop else end except exclusive exists " +
    "explain extension false fetch filter first for foreign from full function grant group having if ilike immediate in index " +
    "inherits initially inner insert int integer intersect interval into is isnull join json jsonb key language last lateral " +
    "leading left like limit local lock materialized mode natural not notnull nothing null nulls numeric of offset on only or " +
    "order outer over partition policy primary procedure publication recursive references refresh reindex release rename " +
    "replace restrict returning returns revoke right role rollback row rows savepoint schema select sequence serial session set " +
    "share show similar smallint some start table tablespace temp temporary text then time timestamp timestamptz to trailing " +
    "transaction trigger true truncate type union unique unlogged update using uuid vacuum validate values varchar verbose view " +
    "when where window with without work"
  ).split(" "),
);

const isIdentStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
const OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?:";
const PUNCTUATION_CHARS = "(),;[].";

/** Index just past a quoted run that started at `start` (the opening quote); doubled quotes escape. */
function endOfQuoted(sql: string, start: number, quote: string, backslashEscapes = false): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql.charAt(i);
    if (backslashEscapes && c === "\\") {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (sql.charAt(i + 1) === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length; // unterminated: the rest is the string
}

/** Split SQL into tokens for highlighting. */
export function tokenizeSql(sql: string): TSqlToken[] {
  const tokens: TSqlToken[] = [];
  const push = (kind: TSqlTokenKind, text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && (kind === "whitespace" || kind === "other")) last.text += text;
    else tokens.push({ kind, text });
  };
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charAt(i);
    const next = sql.charAt(i + 1);

    // whitespace
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < n && /\s/.test(sql.charAt(j))) j++;
      push("whitespace", sql.slice(i, j));
      i = j;
      continue;
    }

    // -- line comment (to the end of the line, not including the newline)
    if (c === "-" && next === "-") {
      let j = i + 2;
      while (j < n && sql.charAt(j) !== "\n") j++;
      push("comment", sql.slice(i, j));
      i = j;
      continue;
    }

    // /* block comment */ (Postgres nests them)
    if (c === "/" && next === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql.charAt(j) === "/" && sql.charAt(j + 1) === "*") {
          depth++;
          j += 2;
        } else if (sql.charAt(j) === "*" && sql.charAt(j + 1) === "/") {
          depth--;
          j += 2;
        } else j++;
      }
      push("comment", sql.slice(i, j));
      i = j;
      continue;
    }

    // E'...' escape strings (backslash escapes), also U&'...' and B'/X' bit strings
    if ((c === "E" || c === "e") && next === "'") {
      const j = endOfQuoted(sql, i + 1, "'", true);
      push("string", sql.slice(i, j));
      i = j;
      continue;
    }
    if ((c === "B" || c === "b" || c === "X" || c === "x" || c === "N" || c === "n") && next === "'") {
      const j = endOfQuoted(sql, i + 1, "'");
      push("string", sql.slice(i, j));
      i = j;
      continue;
    }
    if ((c === "U" || c === "u") && next === "&" && (sql.charAt(i + 2) === "'" || sql.charAt(i + 2) === '"')) {
      const quote = sql.charAt(i + 2);
      const j = endOfQuoted(sql, i + 2, quote);
      push(quote === "'" ? "string" : "quoted-identifier", sql.slice(i, j));
      i = j;
      continue;
    }

    // 'string'
    if (c === "'") {
      const j = endOfQuoted(sql, i, "'");
      push("string", sql.slice(i, j));
      i = j;
      continue;
    }

    // "quoted identifier"
    if (c === '"') {
      const j = endOfQuoted(sql, i, '"');
      push("quoted-identifier", sql.slice(i, j));
      i = j;
      continue;
    }

    // $tag$ ... $tag$ (dollar quoting) or $1 (parameter)
    if (c === "$") {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        const j = close < 0 ? n : close + tag[0].length;
        push("string", sql.slice(i, j));
        i = j;
        continue;
      }
      if (isDigit(next)) {
        let j = i + 1;
        while (j < n && isDigit(sql.charAt(j))) j++;
        push("parameter", sql.slice(i, j));
        i = j;
        continue;
      }
    }

    // numbers: 42, 3.14, .5, 1e10, 0x1F, 1_000
    if (isDigit(c) || (c === "." && isDigit(next))) {
      const m = /^(?:0[xX][0-9A-Fa-f_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?|\d[\d_]*\.)/.exec(sql.slice(i));
      const len = m && m[0].length > 0 ? m[0].length : 1;
      push("number", sql.slice(i, i + len));
      i += len;
      continue;
    }

    // keywords and identifiers
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(sql.charAt(j))) j++;
      const word = sql.slice(i, j);
      push(KEYWORDS.has(word.toLowerCase()) ? "keyword" : "identifier", word);
      i = j;
      continue;
    }

    // :name / :'name' psql variables
    if (c === ":" && next !== ":" && isIdentStart(next) && sql.charAt(i - 1) !== ":") {
      let j = i + 2;
      while (j < n && isIdentPart(sql.charAt(j))) j++;
      push("parameter", sql.slice(i, j));
      i = j;
      continue;
    }

    if (OPERATOR_CHARS.includes(c)) {
      let j = i + 1;
      // stop before a comment start so "--" and "/*" inside an operator run still begin comments
      while (j < n && OPERATOR_CHARS.includes(sql.charAt(j)) && !(sql.charAt(j) === "-" && sql.charAt(j + 1) === "-") && !(sql.charAt(j) === "/" && sql.charAt(j + 1) === "*")) j++;
      push("operator", sql.slice(i, j));
      i = j;
      continue;
    }

    if (PUNCTUATION_CHARS.includes(c)) {
      push("punctuation", c);
      i++;
      continue;
    }

    // anything else (a stray backslash, a lone $): keep it, uncoloured; keep surrogate pairs whole
    const code = sql.charCodeAt(i);
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    push("other", sql.slice(i, i + len));
    i += len;
  }
  return tokens;
}

/**
 * The tokens of each line, for renderers that draw one row per line. Tokens that span lines
 * (block comments, strings) are cut at the newlines, which are dropped; lines.join("\n") of the
 * texts gives back the input.
 */
export function tokenizeSqlLines(sql: string): TSqlToken[][] {
  let current: TSqlToken[] = [];
  const lines: TSqlToken[][] = [current];
  for (const token of tokenizeSql(sql)) {
    token.text.split("\n").forEach((part, index) => {
      if (index > 0) lines.push((current = []));
      if (part.length > 0) current.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}

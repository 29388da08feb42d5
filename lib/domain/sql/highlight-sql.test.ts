import { describe, expect, it } from "vitest";
import { tokenizeSql, tokenizeSqlLines, type TSqlToken } from "./highlight-sql";

const kinds = (sql: string) =>
  tokenizeSql(sql)
    .filter((t) => t.kind !== "whitespace")
    .map((t) => [t.kind, t.text]);
const joined = (tokens: TSqlToken[]) => tokens.map((t) => t.text).join("");

describe("tokenizeSql", () => {
  it("splits a simple statement into keywords, identifiers, operators and numbers", () => {
    expect(kinds("SELECT id, name FROM users WHERE id >= 42;")).toEqual([
      ["keyword", "SELECT"],
      ["identifier", "id"],
      ["punctuation", ","],
      ["identifier", "name"],
      ["keyword", "FROM"],
      ["identifier", "users"],
      ["keyword", "WHERE"],
      ["identifier", "id"],
      ["operator", ">="],
      ["number", "42"],
      ["punctuation", ";"],
    ]);
  });

  it("matches keywords case-insensitively and keeps their spelling", () => {
    expect(kinds("update t set x = 1")).toEqual([
      ["keyword", "update"],
      ["identifier", "t"],
      ["keyword", "set"],
      ["identifier", "x"],
      ["operator", "="],
      ["number", "1"],
    ]);
  });

  it("reads quoted identifiers with doubled quotes", () => {
    expect(kinds('SELECT "Order ""id""" FROM "public"."T"')).toEqual([
      ["keyword", "SELECT"],
      ["quoted-identifier", '"Order ""id"""'],
      ["keyword", "FROM"],
      ["quoted-identifier", '"public"'],
      ["punctuation", "."],
      ["quoted-identifier", '"T"'],
    ]);
  });

  it("reads strings, E'' strings with backslash escapes, and dollar-quoted bodies", () => {
    expect(kinds("'it''s' E'a\\'b' $$ x ' y $$ $fn$ select 1 $fn$")).toEqual([
      ["string", "'it''s'"],
      ["string", "E'a\\'b'"],
      ["string", "$$ x ' y $$"],
      ["string", "$fn$ select 1 $fn$"],
    ]);
  });

  it("reads numbers in their several forms and positional parameters", () => {
    expect(kinds("3.14 .5 1e10 2.5E-3 0x1F 1_000 $1")).toEqual([
      ["number", "3.14"],
      ["number", ".5"],
      ["number", "1e10"],
      ["number", "2.5E-3"],
      ["number", "0x1F"],
      ["number", "1_000"],
      ["parameter", "$1"],
    ]);
  });

  it("reads -- and nested /* */ comments", () => {
    expect(kinds("a -- note ' not a string\nb /* x /* y */ z */ c")).toEqual([
      ["identifier", "a"],
      ["comment", "-- note ' not a string"],
      ["identifier", "b"],
      ["comment", "/* x /* y */ z */"],
      ["identifier", "c"],
    ]);
  });

  it("keeps casts and a comment that directly follows an operator apart", () => {
    expect(kinds("x::int+-- c")).toEqual([
      ["identifier", "x"],
      ["operator", "::"],
      ["keyword", "int"],
      ["operator", "+"],
      ["comment", "-- c"],
    ]);
  });

  it("runs an unterminated string, identifier, comment or dollar body to the end", () => {
    expect(kinds("SELECT 'abc")).toEqual([
      ["keyword", "SELECT"],
      ["string", "'abc"],
    ]);
    expect(kinds('SELECT "abc')).toEqual([
      ["keyword", "SELECT"],
      ["quoted-identifier", '"abc'],
    ]);
    expect(kinds("SELECT /* abc")).toEqual([
      ["keyword", "SELECT"],
      ["comment", "/* abc"],
    ]);
    expect(kinds("DO $body$ begin")).toEqual([
      ["keyword", "DO"],
      ["string", "$body$ begin"],
    ]);
  });

  it("keeps psql meta-commands and other stray characters as uncoloured text", () => {
    expect(kinds("\\set x 1")).toEqual([
      ["other", "\\"],
      ["keyword", "set"],
      ["identifier", "x"],
      ["number", "1"],
    ]);
  });

  it("returns no tokens for empty input", () => {
    expect(tokenizeSql("")).toEqual([]);
  });

  it("always reproduces the input exactly", () => {
    const samples = [
      "",
      " ",
      "\n\n",
      "SELECT 1;\r\nSELECT 2;\n",
      'UPDATE accounts SET balance = balance * 1.05 WHERE id IN (SELECT id FROM "VIP") RETURNING *;',
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
      "E'\\\\' e'\\x' U&'d\\0061t' B'1010' X'1F' N'nat'",
      "a->>'k' #>> '{a,b}' @> '{}'::jsonb ~* 'x' !~ 'y' || 'z'",
      "'unterminated \n still",
      "$tag$ never closed",
      "$ $a $1a 1.e5 1. .x ..",
      "/* nested /* still */",
      "-- only a comment",
      ":name :'quoted' ::int",
      "SELECT '😀' AS \"🙂\", ümlaut, \t\tx",
      "\\copy t from 'f.csv' \\gset \u0000 \u007f",
      "[1:2] ; , ( ) . ` ? ^",
    ];
    for (const sql of samples) expect(joined(tokenizeSql(sql))).toBe(sql);
  });

  it("reproduces arbitrary character soups exactly and never yields an empty token", () => {
    const alphabet = ["a", "Z", "_", "0", "9", ".", "'", '"', "$", "-", "/", "*", "\\", "\n", " ", "E", "x", ":", "&", "U", "é", "😀", "e", "+", "(", ";"];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 500; run++) {
      let sql = "";
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) sql += alphabet[Math.floor(random() * alphabet.length)];
      const tokens = tokenizeSql(sql);
      expect(joined(tokens)).toBe(sql);
      expect(tokens.every((t) => t.text.length > 0)).toBe(true);
    }
  });
});

describe("tokenizeSqlLines", () => {
  it("cuts multi-line tokens at newlines and keeps every line", () => {
    const sql = "SELECT 1 /* a\nb */ , 'x\n\ny'\n";
    const lines = tokenizeSqlLines(sql);
    expect(lines.map((line) => line.map((t) => t.text).join("")).join("\n")).toBe(sql);
    expect(lines).toHaveLength(5);
    expect(lines[1]?.[0]).toEqual({ kind: "comment", text: "b */" });
    expect(lines[2]).toEqual([]);
    expect(lines[3]?.[0]).toEqual({ kind: "string", text: "y'" });
  });
});

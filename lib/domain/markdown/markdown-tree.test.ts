// The importer's Markdown tree is remark + GFM's, to the node and position (issue 16: made faster
// without changing what the importer reads). Documents short enough to be one chunk are compared
// with remark + GFM run plainly, built of the pieces where GFM's autolink-literal transform (run on
// fewer blocks in markdown-tree.ts) and the other GFM and CommonMark constructs meet.
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdownTree } from "./markdown-tree";

const PIECES = [
  "www.example.com",
  "https://x.io/a_b",
  "WWW.A.B",
  "http://",
  "a@b.co",
  "mailto:a@b.cd",
  "xmpp:a@b.cd/r",
  "[l](http://u)",
  "[x]",
  "[x]: http://d",
  "[^1]",
  "[^1]: note",
  "<http://a.b>",
  "**b**",
  "*e*",
  "~~s~~",
  "`c`",
  "\\_",
  "&amp;",
  "&#64;",
  " ",
  "\n",
  "\n\n",
  "- ",
  "1. ",
  "- [ ] ",
  "> ",
  "# ",
  "### ",
  "| a | b |\n| - | - |\n| c | d |\n",
  "```\n",
  "    ",
  "text",
  "word.",
  "(",
  ")",
  "_",
  "@",
  "!",
  "<!-- c -->",
  "<div>",
  "~",
  "|",
];

describe("parseMarkdownTree", () => {
  it("gives the tree remark + GFM gives, links found in text included", () => {
    const remark = unified().use(remarkParse).use(remarkGfm);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let withLinks = 0;
    for (let i = 0; i < 1500; i++) {
      let text = "";
      for (let k = 5 + next(120); k > 0; k--) text += PIECES[next(PIECES.length)];
      const expected = JSON.parse(JSON.stringify(remark.parse(text)));
      expect(JSON.parse(JSON.stringify(parseMarkdownTree(text)))).toEqual(expected);
      if (JSON.stringify(expected).includes('"type":"link"')) withLinks++;
    }
    expect(withLinks).toBeGreaterThan(500);
  });
});

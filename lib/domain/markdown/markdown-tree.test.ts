// The importer's Markdown tree is remark + GFM's, to the node and position (issue 16: made faster
// without changing what the importer reads). Documents short enough to be one chunk are compared
// with remark + GFM run plainly, built of the pieces where GFM's autolink-literal transform (run on
// fewer blocks in markdown-tree.ts) and the other GFM and CommonMark constructs meet; documents of
// several chunks, with link references and footnotes defined in another chunk, are compared too.
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

  it("resolves a reference or footnote whose definition is in another chunk, as plain remark + GFM does", () => {
    const remark = unified().use(remarkParse).use(remarkGfm);
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const labels = ["guide", "Release Notes", "runbook-42", "DBA on call"];
    const lines = [
      (l: string) => `See the [${l}] before you start.`,
      (l: string) => `Ask the [${l.toUpperCase()}][] or read [the page][${l}].`,
      (l: string) => `A note on timing.[^${l.length}]`,
      (l: string) => `[${l}]: https://example.com/${encodeURIComponent(l)} "${l}"`,
      (l: string) => `[^${l.length}]: The window may move by ${l.length} minutes.`,
      (l: string) => `- [ ] Confirm [${l}] is current`,
      (l: string) => `> quoted [${l}]`,
      (l: string) => `\`\`\`\n[${l}]: not a definition in code\n\`\`\``,
      (l: string) => `Inline \`[${l}]\` stays code.`,
      () => "Plain filler text for the section, long enough to make the chunks of the importer's reading.",
    ];
    let crossed = 0;
    for (let doc = 0; doc < 8; doc++) {
      let text = "# Runbook\n\n";
      for (let section = 0; section < 4; section++) {
        text += `# Section ${section}\n\n`;
        const start = text.length;
        while (text.length - start < 9000) text += `${lines[next(lines.length)]?.(labels[next(labels.length)] ?? "x")}\n\n`;
      }
      const expected = JSON.parse(JSON.stringify(remark.parse(text)));
      expect(JSON.parse(JSON.stringify(parseMarkdownTree(text)))).toEqual(expected);
      if (/"type":"(?:linkReference|footnoteReference)"/.test(JSON.stringify(expected))) crossed++;
    }
    expect(crossed).toBe(8);
  });
});

// The mdast tree of a document, parsed in chunks (issue 16: parse time linear in the document).
// remark's parser grows faster than the document on long runbooks (1k / 2k phases: 38 s / 214 s
// on this machine), so the document is cut at top-level ATX headings — never inside a code fence
// or an HTML comment, where a "#" line is not a heading — into chunks of about CHUNK_BYTES, each
// parsed on its own; positions are shifted back into the whole document. A "#" heading at column 0
// ends any paragraph, list or quote before it, so the chunks' trees are the whole tree's children.
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { combineExtensions } from "micromark-util-combine-extensions";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Root, RootContent } from "mdast";

const CHUNK_BYTES = 8 * 1024;

type TNode = { type: string; value?: unknown; children?: TNode[] };
type TTransform = (tree: Root) => Root | undefined | void;

/** A text node the autolink-literal transform could change: its patterns all need one of these. */
const LINKABLE_RE = /@|https?:\/\/|www\./i;
const hasLinkableText = (node: TNode): boolean =>
  node.type === "text" ? typeof node.value === "string" && LINKABLE_RE.test(node.value) : Array.isArray(node.children) && node.children.some(hasLinkableText);

/** One of GFM's syntax constructs, as micromark's extensions list them (by character code). */
type TConstruct = { name?: string };
type TSyntax = Record<string, Record<string, TConstruct | TConstruct[] | unknown> | undefined>;

type TUses = { emailAutolink: boolean; wwwAutolink: boolean; protocolAutolink: boolean; table: boolean; strikethrough: boolean; footnote: boolean };

/**
 * GFM's syntax (micromark-extension-gfm's five extensions) cut to what a text can use. Each
 * construct starts only at a character the text then holds: a table row needs a `|`,
 * strikethrough a `~`, a footnote `[^`, an email literal an `@`, a www literal `www.`, a protocol
 * literal `http://` or `https://`. Without that character the construct never matches, so leaving
 * it out gives the same tree — and saves its attempts: the email literal is tried at every letter
 * and digit, the table at every line (together 15–20 % of the reading of a 1 MB runbook).
 * `markdown-tree.test.ts` holds the tree to plain remark + GFM's. Returns the constructs `text`
 * can use and their set as a key ("101001") for the processor kept for that set.
 */
function gfmUsesOf(text: string): { key: string; uses: TUses } {
  const uses: TUses = {
    emailAutolink: text.includes("@"),
    wwwAutolink: /www\./i.test(text),
    protocolAutolink: /https?:\/\//i.test(text),
    table: text.includes("|"),
    strikethrough: text.includes("~"),
    footnote: text.includes("[^"),
  };
  return {
    key: Object.values(uses)
      .map((u) => (u ? "1" : "0"))
      .join(""),
    uses,
  };
}

/** GFM's syntax extensions holding only the constructs `uses` names. */
function gfmSyntaxFor(uses: TUses): TSyntax[] {
  const syntax: TSyntax[] = [gfmTaskListItem() as TSyntax];
  if (uses.table) syntax.push(gfmTable() as TSyntax);
  if (uses.strikethrough) syntax.push(gfmStrikethrough() as TSyntax);
  if (uses.footnote) syntax.push(gfmFootnote() as TSyntax);
  const literal = gfmAutolinkLiteral() as TSyntax;
  const keep = (c: unknown) => !(c && typeof c === "object" && "name" in c && typeof c.name === "string" && c.name in uses && !uses[c.name as keyof TUses]);
  const literalText: Record<string, unknown> = {};
  for (const [code, constructs] of Object.entries(literal.text ?? {})) {
    const kept = (Array.isArray(constructs) ? constructs : [constructs]).filter(keep);
    if (kept.length) literalText[code] = kept;
  }
  if (Object.keys(literalText).length) syntax.push({ text: literalText });
  return syntax;
}

/**
 * remark + GFM for one text, GFM's syntax cut to what the text can use (`gfmUsesOf`, `gfmSyntaxFor`), with GFM's
 * autolink-literal transform (mdast-util-gfm-autolink-literal: four regular expressions over every
 * text node, a whole-tree visit each, ~5 % of the parse) taken out of the reading, to be run only
 * on the top-level blocks holding a text node it could change. Same tree: it replaces a text node
 * by text and links within the node's parent and reads nothing outside the text node (its ancestors
 * only to skip links), so a block at a time gives what the root gave. Processors are kept per set of
 * constructs (at most 2^6) for the reading of one document.
 */
function gfmProcessors() {
  const fromMarkdown = gfmFromMarkdown();
  const autolink: TTransform[] = [];
  const strip = (extension: unknown): void => {
    if (Array.isArray(extension)) extension.forEach(strip);
    else if (extension && typeof extension === "object" && "transforms" in extension && Array.isArray(extension.transforms)) {
      const transforms = extension.transforms as TTransform[];
      autolink.push(...transforms.filter((t) => t.name === "transformGfmAutolinkLiterals"));
      extension.transforms = transforms.filter((t) => t.name !== "transformGfmAutolinkLiterals");
    }
  };
  strip(fromMarkdown);
  const processors = new Map<string, ReturnType<typeof remarkFor>>();
  function remarkFor(syntax: TSyntax[]) {
    const processor = unified().use(remarkParse);
    const data = processor.data();
    data.micromarkExtensions = [combineExtensions(syntax as Parameters<typeof combineExtensions>[0])];
    data.fromMarkdownExtensions = [fromMarkdown];
    return processor.freeze();
  }
  return {
    autolink,
    processorFor(text: string) {
      const { key, uses } = gfmUsesOf(text);
      let processor = processors.get(key);
      if (!processor) {
        processor = remarkFor(gfmSyntaxFor(uses));
        processors.set(key, processor);
      }
      return processor;
    },
  };
}

function parseChunk(parser: ReturnType<typeof gfmProcessors>, chunk: string): Root {
  const tree = parser.processorFor(chunk).parse(chunk);
  for (const child of tree.children) {
    if (hasLinkableText(child)) for (const transform of parser.autolink) transform(child as unknown as Root);
    unwrapIndentedFences(child);
  }
  return tree;
}

/** An indented code block that holds one whole fence: "```sql" … "```" as its first and last lines. */
const WHOLE_FENCE_RE = /^(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n`]*\n([\s\S]*?)\n\1[`~]*[ \t]*$/;

/**
 * A fence indented past its list item's text ("- [ ] Confirm in the SQL editor:" over "      ```sql" at six spaces,
 * four past the item's two): CommonMark reads an indented code block whose lines are the fence, markers and all. Its
 * author wrote a fence: it is read as one — its language and its code — wherever it stands (set 81: 971).
 */
function unwrapIndentedFences(node: RootContent): void {
  if (node.type === "code") {
    const m = node.lang ? null : WHOLE_FENCE_RE.exec(node.value);
    if (m) {
      node.lang = m[2] || null;
      node.value = m[3] ?? "";
    }
    return;
  }
  if ("children" in node) for (const child of node.children) unwrapIndentedFences(child as RootContent);
}

/** Line starts where the document may be cut: ATX headings outside fences and comments. */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  let fence: { char: string; length: number } | null = null;
  let isInComment = false;
  let lastCut = 0;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
    } else if (isInComment) {
      if (line.includes("-->")) isInComment = false;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open?.[1]) fence = { char: open[1][0] ?? "`", length: open[1].length };
      else if (line.includes("<!--") && !line.slice(line.indexOf("<!--")).includes("-->")) isInComment = true;
      else if (/^#{1,6}(?:\s|$)/.test(line) && start - lastCut >= CHUNK_BYTES && start > 0) {
        cuts.push(start);
        lastCut = start;
      }
    }
    start = end + 1;
  }
  return cuts;
}

type TPoint = { line: number; column: number; offset?: number };

function shift(node: { position?: { start: TPoint; end: TPoint }; children?: unknown[] }, offset: number, lines: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  if (Array.isArray(node.children)) for (const child of node.children) shift(child as typeof node, offset, lines);
}

type TDefinition = { identifier: string; line: string; needle: string };

/** The link and footnote definitions of a chunk's tree (block level: they may sit in lists and quotes). */
function definitionsOf(tree: Root): TDefinition[] {
  const found: TDefinition[] = [];
  const walk = (nodes: readonly RootContent[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === "definition" || node.type === "footnoteDefinition") {
        const label = node.label ?? node.identifier;
        const isFootnote = node.type === "footnoteDefinition";
        found.push({ identifier: `${isFootnote ? "^" : ""}${node.identifier}`, line: isFootnote ? `[^${label}]: -` : `[${label}]: #`, needle: label.toLowerCase() });
      }
      if (node.type === "footnoteDefinition" || node.type === "blockquote" || node.type === "list" || node.type === "listItem") walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}

/**
 * A reference resolves against a definition anywhere in the document (CommonMark: link reference
 * definitions are document-wide; GFM footnotes too), but a chunk read alone only knows its own. A
 * chunk that names a label defined in another chunk is read again with those definitions after a
 * blank line, and the nodes they make are dropped: the chunk's own blocks are what the whole
 * document's reading gives. Should the added lines join a block the chunk left open (an unclosed
 * `<pre>`), the first reading is kept.
 */
function resolveAcrossChunks(parser: ReturnType<typeof gfmProcessors>, pieces: { chunk: string; tree: Root }[]): void {
  const byChunk = pieces.map((p) => definitionsOf(p.tree));
  const all = new Map<string, TDefinition>();
  for (const defs of byChunk) for (const d of defs) if (!all.has(d.identifier)) all.set(d.identifier, d);
  if (all.size === 0) return;
  pieces.forEach((piece, k) => {
    if (!piece.chunk.includes("[")) return;
    const own = new Set(byChunk[k]?.map((d) => d.identifier));
    const lower = piece.chunk.toLowerCase();
    const missing = [...all.values()].filter((d) => !own.has(d.identifier) && lower.includes(d.needle));
    if (missing.length === 0) return;
    const length = piece.chunk.length;
    const tree = parseChunk(parser, `${piece.chunk}\n\n${missing.map((d) => d.line).join("\n\n")}\n`);
    const children = tree.children.filter((c) => (c.position?.start.offset ?? 0) < length);
    if (children.some((c) => (c.position?.end.offset ?? 0) > length)) return;
    piece.tree = { ...tree, children };
  });
}

/** The document's mdast root; positions (offsets, lines) point into `text`. */
export function parseMarkdownTree(text: string): Root {
  const parser = gfmProcessors();
  const cuts = cutPoints(text);
  if (cuts.length === 0) return parseChunk(parser, text);
  const pieces: { chunk: string; tree: Root }[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    const chunk = text.slice(from, to);
    pieces.push({ chunk, tree: parseChunk(parser, chunk) });
    from = to;
  }
  resolveAcrossChunks(parser, pieces);
  const children: RootContent[] = [];
  from = 0;
  let lineBase = 0;
  for (const { chunk, tree } of pieces) {
    if (from > 0) for (const child of tree.children) shift(child, from, lineBase);
    children.push(...tree.children);
    for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) lineBase++;
    from += chunk.length;
  }
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lineBase + 1, column: 1, offset: text.length } } };
}

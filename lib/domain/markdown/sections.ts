// Sections of a Markdown runbook (PRODUCT.md "Import and export"): the document's top-level
// blocks, its headings (bold-only paragraphs count as headings below all levels), and the split
// into phases by the heading level that carries the sequence. Every pass here is linear in the
// number of blocks: a document of thousands of sections parses in time proportional to its size.
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import {
  isAppendixName,
  INTRO_RE,
  ACTION_TITLE_RE,
  cleanLabel,
  collapse,
  CADENCE_TITLE_RE,
  isPrerequisitesLabel,
  isTimelineHeading,
  labelKind,
  NAMES_CHECKLIST_RE,
  splitPhaseHeading,
  type THeadingParts,
  type TLabelKind,
} from "./vocabulary";

export type TOpaque = { type: "phaselineOpaque"; kind: "summary" | "preamble" | "notes" | "appendix"; text: string; position: RootContent["position"] };
export type TBlock = RootContent | TOpaque;

const OPAQUE_OPEN = /^<!--\s*phaseline:(summary|preamble|notes|appendix)\s*-->$/;
const OPAQUE_CLOSE = /^<!--\s*\/phaseline:(summary|preamble|notes|appendix)\s*-->$/;

export type THead = {
  /** index of the heading's block among the blocks it was found in */
  index: number;
  /** 1–6, or 7 for a bold-only paragraph */
  level: number;
  text: string;
  isPseudo: boolean;
  parts: THeadingParts;
  /** an HTML `<details>` block's summary: its section ends after the closing `</details>` (index of the block after it) */
  detailsEnd?: number;
  /** nothing but rules before the next heading ("### Version: `vX.X.X`" over "### Date: …") */
  isEmpty?: boolean;
};

const DETAILS_OPEN_RE = /^<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>\s*$/i;
const DETAILS_CLOSE_RE = /^<\/details>\s*$/i;
/** A `</details>` line: structure, kept nowhere (the block's summary names its section). */
export const isDetailsClose = (node: TBlock) => node.type === "html" && DETAILS_CLOSE_RE.test(node.value.trim());

const DEDENT_CACHE = new Map<number, RegExp>();
function dedentRe(indent: number): RegExp {
  let re = DEDENT_CACHE.get(indent);
  if (!re) {
    re = new RegExp(`^ {0,${indent}}`);
    DEDENT_CACHE.set(indent, re);
  }
  return re;
}

/** The source text with the positions remark gave each node, and the warnings of this parse. */
export class Doc {
  constructor(
    readonly src: string,
    readonly warnings: string[] = [],
  ) {}

  slice(node: { position?: RootContent["position"] }): string {
    const p = node.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) return "";
    return this.src.slice(p.start.offset, p.end.offset);
  }

  private dedent(raw: string, indent: number): string {
    if (indent === 0) return raw.trimEnd();
    const re = dedentRe(indent);
    return raw
      .split("\n")
      .map((line, i) => (i === 0 ? line : line.replace(re, "")))
      .join("\n")
      .trimEnd();
  }

  /** A nested block's source with the indentation of its container removed. */
  block(node: TBlock): string {
    if (node.type === "phaselineOpaque") return node.text;
    return this.dedent(this.slice(node), (node.position?.start.column ?? 1) - 1);
  }

  /** Source of consecutive sibling blocks, spacing kept, dedented as the first one. */
  blocks(nodes: TBlock[]): string {
    const first = nodes[0];
    const last = nodes.at(-1);
    if (!first || !last) return "";
    const start = first.position?.start.offset;
    const end = last.position?.end.offset;
    if (first.type === "phaselineOpaque" || last.type === "phaselineOpaque" || start === undefined || end === undefined) return nodes.map((n) => this.block(n)).join("\n\n");
    return this.dedent(this.src.slice(start, end), (first.position?.start.column ?? 1) - 1);
  }

  /** Inline text as written, minus emphasis markers (for titles). */
  plainInline(nodes: PhrasingContent[]): string {
    return collapse(
      nodes
        .map((n) => {
          if (n.type === "strong" || n.type === "emphasis" || n.type === "delete") return this.plainInline(n.children);
          if (n.type === "break") return " ";
          // "**1\\. Purpose**" (a Word export escaping its numbers): the escape is not the title's
          if (n.type === "text") return this.slice(n).replace(/\\([!-/:-@[-`{-~])/g, "$1");
          return this.slice(n);
        })
        .join(""),
    );
  }

  /** Inline Markdown of a paragraph as one line. */
  inline(p: Paragraph): string {
    return collapse(this.slice(p));
  }
}

/** Groups marker-wrapped regions of an exported document into single verbatim blocks. */
export function collapseOpaque(doc: Doc, children: RootContent[]): TBlock[] {
  // the next closer of each kind after each position, found in one pass from the end
  const nextClose: Array<Partial<Record<string, number>>> = new Array(children.length);
  let seen: Partial<Record<string, number>> = {};
  for (let i = children.length - 1; i >= 0; i--) {
    nextClose[i] = seen;
    const node = children[i];
    const close = node?.type === "html" ? OPAQUE_CLOSE.exec(node.value.trim()) : null;
    if (close?.[1]) seen = { ...seen, [close[1]]: i };
  }
  const out: TBlock[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    const open = node.type === "html" ? OPAQUE_OPEN.exec(node.value.trim()) : null;
    const kind = open?.[1] as TOpaque["kind"] | undefined;
    const j = kind ? nextClose[i]?.[kind] : undefined;
    const closer = j !== undefined ? children[j] : undefined;
    const from = node.position?.end.offset;
    const to = closer?.position?.start.offset;
    if (kind && j !== undefined && from !== undefined && to !== undefined) {
      const inner = doc.src.slice(from, to);
      const text = inner.trim() === "" ? "" : inner.replace(/^[ \t]*\n+/, "").replace(/\n+$/, "");
      out.push({ type: "phaselineOpaque", kind, text, position: node.position });
      i = j;
      continue;
    }
    out.push(node);
  }
  return out;
}

/** "🔹 1. Pre-Upgrade Planning": a pictograph and a number open a line that names a step of a plain-text document. */
const GLYPH_NUMBERED_RE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*){1,2}\d{1,2}[.)]\s+[\p{L}\p{N}][^\n]{0,78}$/u;
/** A paragraph's first line that is a heading of its own: only bold text (and a colon), or a pictograph-numbered title. */
const LEAD_LINE_RE = /^(?:\*\*[^*\n]+\*\*|__[^_\n]+__)\s*:?\s*$/;

/** Call-out labels ("Note", "Warning", "Important"): they introduce their sentence, not a section. */
const CALLOUT_RE = /^(?:notes?|nb|n\.b|warning|caution|important|tip|hint|info|danger|attention|heads up|reminder)$/i;

type TPoint = NonNullable<RootContent["position"]>["start"];

/**
 * "**Rollback Plan**" over "Describe the rollback strategy …" with no blank line between (an issue
 * template's labels), or "🔹 2. Backup Everything" over its lines (a plain-text runbook): one
 * paragraph in CommonMark, two blocks here — the first line a heading, the rest its text. Only
 * top-level paragraphs; positions stay exact, so every later pass reads the source as before.
 */
export function splitLeadLines(doc: Doc, children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of children) {
    const parts = node.type === "paragraph" ? splitLeadLine(doc, node) : null;
    if (parts) out.push(...parts);
    else out.push(node);
  }
  return out;
}

function splitLeadLine(doc: Doc, p: Paragraph): [Paragraph, Paragraph] | null {
  const start = p.position?.start;
  const end = p.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const raw = doc.src.slice(start.offset, end.offset);
  const nl = raw.indexOf("\n");
  if (nl === -1) return null;
  const line = raw.slice(0, nl).trimEnd();
  if (!LEAD_LINE_RE.test(line) && !GLYPH_NUMBERED_RE.test(line)) return null;
  // "**Warning**" over its sentence: a call-out, one paragraph with its text as written
  if (CALLOUT_RE.test(cleanLabel(line))) return null;
  const rest = raw.slice(nl + 1);
  const lead = /^[ \t]*/.exec(rest)?.[0].length ?? 0;
  if (rest.trim() === "") return null;
  const firstEnd: TPoint = { line: start.line, column: start.column + line.length, offset: start.offset + line.length };
  const secondStart: TPoint = { line: start.line + 1, column: 1 + lead, offset: start.offset + nl + 1 + lead };
  const first: PhrasingContent[] = [];
  const second: PhrasingContent[] = [];
  for (const child of p.children) {
    const cs = child.position?.start.offset;
    const ce = child.position?.end.offset;
    if (cs === undefined || ce === undefined) return null;
    if (ce <= (firstEnd.offset ?? 0)) first.push(child);
    else if (cs >= (secondStart.offset ?? 0)) second.push(child);
    else if (child.type === "break") continue;
    else if (child.type === "text") {
      // a text node across the line break: its first line ends the heading, the rest opens the text
      const cut = child.value.indexOf("\n");
      if (cut === -1) return null;
      const head = child.value.slice(0, cut).trimEnd();
      const tail = child.value.slice(cut + 1).replace(/^[ \t]+/, "");
      if (head) first.push({ type: "text", value: head, position: { start: child.position?.start ?? start, end: firstEnd } });
      if (tail) second.push({ type: "text", value: tail, position: { start: secondStart, end: child.position?.end ?? end } });
    } else if (/^\s*$/.test(doc.src.slice(cs, ce))) continue;
    else return null;
  }
  if (first.length === 0 || second.length === 0) return null;
  return [
    { type: "paragraph", children: first, position: { start, end: firstEnd } },
    { type: "paragraph", children: second, position: { start: secondStart, end } },
  ];
}

/** A paragraph that is only bold text (optionally with a colon), or one pictograph-numbered line: a heading in disguise. */
export function pseudoHeadingText(doc: Doc, node: TBlock): string | null {
  if (node.type !== "paragraph") return null;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type === "text" && GLYPH_NUMBERED_RE.test(only.value)) return collapse(only.value);
  const kids = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (kids.length === 0 || kids.length > 2) return null;
  const [first, second] = kids;
  if (first?.type !== "strong") return null;
  if (second && !(second.type === "text" && /^\s*:?\s*$/.test(second.value))) return null;
  return doc.plainInline(first.children);
}

/**
 * A bare label line: a one-line paragraph of plain text (no sentence: at most 8 words and 60
 * characters, no closing punctuation; a colon only over a list of boxes) right over a list, a fence
 * or a table — "Rollback" over its bullets, "When window starts:" over its boxes. Only read as a
 * heading in a document without any (headsOf).
 */
function isBareLabelLine(doc: Doc, node: TBlock, next: TBlock | undefined): boolean {
  if (node.type !== "paragraph" || !next || !(next.type === "list" || next.type === "code" || next.type === "table")) return false;
  if (!node.children.every((c) => c.type === "text" || c.type === "inlineCode")) return false;
  const text = doc.block(node).trim();
  if (text.includes("\n") || text.length > 60 || !/[\p{L}]/u.test(text)) return false;
  if (/[.。,，;；!！?？]$/u.test(text) || /^[-*+>#|]/.test(text)) return false;
  // ("When window starts:" over boxes to tick names a group of the checklist; "PowerShell:" over a
  // fence or "Run:" over commands only labels what follows)
  if (/[:：]$/u.test(text) && !(next.type === "list" && next.children.some((item) => typeof item.checked === "boolean"))) return false;
  return text.split(/\s+/).length <= 8;
}

/**
 * The text of a one-item ordered list of one line right over a rule of dashes ("1. Download software
 * packages from MOS" / "-------"): a Setext heading its author numbered ("1. Download …"), or null.
 */
function underlinedNumberText(doc: Doc, node: TBlock, next: TBlock | undefined): string | null {
  if (node.type !== "list" || !node.ordered || node.children.length !== 1 || next?.type !== "thematicBreak") return null;
  const [item] = node.children;
  const [para, ...rest] = item?.children ?? [];
  if (para?.type !== "paragraph" || rest.length > 0) return null;
  if ((next.position?.start.line ?? 0) !== (node.position?.end.line ?? -1) + 1 || !/^-{3,}\s*$/.test(doc.block(next).trim())) return null;
  const text = collapse(doc.inline(para));
  return text.includes("\n") || text === "" ? null : `${node.start ?? 1}. ${text}`;
}

/**
 * The text of a one-item ordered list of one line right over a bullet list on the next line ("1) Check
 * replication health" / "- Set env:"): a section's name its author numbered, whose bullets Markdown reads
 * as a list of their own; or null.
 */
function numberedOverBulletsText(doc: Doc, node: TBlock, next: TBlock | undefined): string | null {
  if (node.type !== "list" || !node.ordered || node.children.length !== 1 || next?.type !== "list" || next.ordered) return null;
  const [item] = node.children;
  const [para, ...rest] = item?.children ?? [];
  if (para?.type !== "paragraph" || rest.length > 0) return null;
  if ((next.position?.start.line ?? 0) !== (node.position?.end.line ?? -1) + 1) return null;
  const text = collapse(doc.inline(para));
  return text.includes("\n") || text === "" || text.length > 80 || typeof item?.checked === "boolean" ? null : `${node.start ?? 1}. ${text}`;
}

export function headsOf(doc: Doc, blocks: TBlock[]): THead[] {
  const heads: THead[] = [];
  const numberedSetext: THead[] = [];
  const numberedOverBullets: THead[] = [];
  // the closing `</details>` after each block, found in one pass from the end (nesting: the nearest)
  let nextClose = -1;
  const closeAfter = new Array<number>(blocks.length).fill(-1);
  for (let i = blocks.length - 1; i >= 0; i--) {
    closeAfter[i] = nextClose;
    const b = blocks[i];
    if (b && isDetailsClose(b)) nextClose = i;
  }
  blocks.forEach((node, index) => {
    const details = node.type === "html" ? DETAILS_OPEN_RE.exec(node.value.trim()) : null;
    if (details) {
      // "<details><summary>Rollback</summary>": a collapsed section named by its summary
      const text = collapse((details[1] ?? "").replace(/<[^>]+>/g, ""));
      const close = closeAfter[index] ?? -1;
      if (text) heads.push({ index, level: 7, text, isPseudo: true, parts: splitPhaseHeading(text), detailsEnd: close === -1 ? blocks.length : close + 1 });
      return;
    }
    if (node.type === "heading") {
      const text = doc.plainInline(node.children);
      heads.push({ index, level: node.depth, text, isPseudo: false, parts: splitPhaseHeading(text) });
      return;
    }
    const pseudo = pseudoHeadingText(doc, node);
    if (pseudo !== null) heads.push({ index, level: 7, text: pseudo, isPseudo: true, parts: splitPhaseHeading(pseudo) });
    const underlined = underlinedNumberText(doc, node, blocks[index + 1]);
    if (underlined !== null) numberedSetext.push({ index, level: 2, text: underlined, isPseudo: false, parts: splitPhaseHeading(underlined) });
    const overBullets = numberedOverBulletsText(doc, node, blocks[index + 1]);
    if (overBullets !== null) numberedOverBullets.push({ index, level: 7, text: overBullets, isPseudo: true, parts: splitPhaseHeading(overBullets) });
  });
  // "1) Check replication health" over its bullets, "2) Planned switch" over its own: numbered section names, where
  // two or more count up from 1
  if (numberedOverBullets.length >= 2 && numberedOverBullets.every((h, k) => h.parts.number === k + 1)) {
    heads.push(...numberedOverBullets);
    heads.sort((a, b) => a.index - b.index);
  }
  // "1. Download the software" over a line of dashes, twice or more: Setext headings whose text starts
  // with a number (Markdown reads an ordered list and a rule); the document's step headings
  if (numberedSetext.length >= 2) {
    heads.push(...numberedSetext);
    heads.sort((a, b) => a.index - b.index);
  }
  // a note with no heading but its title: its bare label lines ("Prerequisites", "Deploy to dev
  // (manual)", "Rollback", "前提") each right over a list, a fence or a table name its sections
  if (!heads.some((h) => !h.isPseudo && h.index !== 0) && !heads.some((h) => h.isPseudo && h.index !== 0)) {
    // (the first block is the document's title line only where it opens the document: a list of blocks
    // after the title and summary starts with its first label)
    const labels = blocks.flatMap((node, index) => ((index > 0 || (node.position?.start.offset ?? 0) > 0) && isBareLabelLine(doc, node, blocks[index + 1]) ? [index] : []));
    if (labels.length >= 2)
      for (const index of labels) {
        const text = collapse(doc.block(blocks[index] as TBlock));
        heads.push({ index, level: 7, text, isPseudo: true, parts: splitPhaseHeading(text) });
      }
    heads.sort((a, b) => a.index - b.index);
  }
  heads.forEach((h, k) => {
    // (a heading over deeper sub-sections is their parent, not empty)
    const next = heads[k + 1];
    if (next && next.level > h.level) return;
    const to = next?.index ?? blocks.length;
    if (h.detailsEnd === undefined && blocks.slice(h.index + 1, to).every((b) => b.type === "thematicBreak")) h.isEmpty = true;
  });
  return heads;
}

/**
 * For each head, the block index where its section ends: the next real heading at its level or
 * above (for a bold pseudo-heading: the next heading of any kind), else `total`. One pass, a stack.
 */
export function sectionEnds(heads: THead[], total: number): number[] {
  const ends = new Array<number>(heads.length).fill(total);
  const stack: THead[] = [];
  for (let k = heads.length - 1; k >= 0; k--) {
    const h = heads[k];
    if (!h) continue;
    if (h.detailsEnd !== undefined) {
      ends[k] = h.detailsEnd;
      continue;
    }
    if (h.isPseudo) {
      ends[k] = heads[k + 1]?.index ?? total;
      continue;
    }
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) > h.level) stack.pop();
    ends[k] = stack.at(-1)?.index ?? total;
    stack.push(h);
  }
  return ends;
}

export const isTierA = (h: THead) => h.parts.hasKeyword && h.parts.number !== null;
/** A numbered section, one with an estimate, or one named for a cadence (CADENCE_TITLE_RE): a candidate phase by its heading. */
export const isTierB = (h: THead) =>
  (h.parts.number !== null && !h.parts.isSubStep) || h.parts.estimatedMinutes !== null || (!h.isPseudo && CADENCE_TITLE_RE.test(cleanLabel(h.parts.title)));
/**
 * "1. Overview", "6. Support Escalation Path", "Principles (spec/18)": a section about the runbook, never a phase of work
 * (a "Phase N" keyword overrides an introduction's name, not a reference's: "### Step 3: Common Issues" over a table of
 * fixes, among "### Step N" headings of work, is reference — 2562, set 214; a source cited in parentheses after the name,
 * ASCII or full-width "（非当前范围）", is no part of it).
 */
export const isAsideHead = (h: THead) => {
  const name = cleanLabel(h.parts.title.replace(/\s*[(（][^()（）]*[)）]$/u, ""));
  return (!h.parts.hasKeyword && INTRO_RE.test(name)) || isAppendixName(name);
};
/** A section heading that may carry a phase though it has no number: not a label ("Steps", "Notes"), an aside or a collapsed block. */
const isPlainSection = (h: THead) => h.detailsEnd === undefined && !h.isEmpty && labelKind(h.text) === null && !isAsideHead(h) && /[\p{L}\p{N}]/u.test(h.parts.title);

/** A real heading named by a label ("## Steps", "## Pre-checks"). */
const isLabelSection = (h: THead) => !h.isPseudo && h.detailsEnd === undefined && labelKind(h.text) !== null && !isAsideHead(h);

type TChosen = { level: number; qualifies: (h: THead) => boolean; isUnnumbered?: boolean; hasKeyword?: boolean };

/**
 * The heading level that carries the phases, chosen from the whole document: the shallowest level
 * with "Phase N" / "Step N" / "T-15" headings; else the shallowest level with two or more numbered
 * or estimated headings. When the numbering at that level restarts under shallower headings
 * ("## Prepare" › "### 1.", "### 2."; "## Upgrade" › "### 1." …), those shallower headings are the
 * phases and the numbered ones their steps: a 40-heading document is not 40 phases. So are they when
 * plain numbers run on across two or more groups ("### Preparing" › "#### 5.", "### Upgrade" › "#### 9.").
 */
/**
 * Whether every bold pseudo-heading that `qualifies` sits inside one and the same real section, one of two or more plain
 * sections of its level: "**3. Install the script:**" and "**6. RESTORE TEST — …**" (bold lines over their fences) inside
 * "## e. Nightly backup", among "## a." … "## f." — steps of that section, not the runbook's phases (5323, set 445, both
 * counters five or six phases; 2036, set 175). Lettered headings carry no number (splitPhaseHeading), so without this the two
 * numbered bold lines outrank the six sections.
 */
const isNestedInOneOfMany = (heads: THead[], qualifies: (h: THead) => boolean) => {
  // (one pass in document order, the real heading last seen being each pseudo-heading's parent: linear in the headings)
  let parent: THead | undefined;
  let only: THead | undefined;
  for (const h of [...heads].sort((a, b) => a.index - b.index || Number(b.isPseudo) - Number(a.isPseudo))) {
    if (!h.isPseudo) parent = h;
    else if (h.level === 7 && qualifies(h)) {
      if (parent === undefined || (only !== undefined && only !== parent)) return false;
      only = parent;
    }
  }
  return only !== undefined && heads.filter((h) => !h.isPseudo && h.level === only?.level && isPlainSection(h)).length >= 2;
};
export function choosePhaseLevel(heads: THead[], minCount: number): TChosen | null {
  const countBy = (pred: (h: THead) => boolean) => {
    const counts = new Map<number, number>();
    for (const h of heads) if (pred(h)) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
    return counts;
  };
  let chosen: TChosen | null = null;
  // a section made only of empty headings ("## Timeline Overview" right over "### T-24 Hours", "### T-0",
  // "### T+1 Hour" with nothing under them) sums up phases described elsewhere: its headings are no
  // phases; an empty heading among others with content (an exported empty phase) is still one
  const summaries = summaryHeads(heads);
  // (the sub-sections of "## Notes", "## Appendix", "## References" — "### Burn In", "### Benchmarks" —
  // explain the work, and those of "## Prerequisites" — "### Required Access" — are part of that list:
  // never phases of their own)
  const inAppendix = appendixSubsections(heads);
  const isSummary = (h: THead) => summaries.has(h) || inAppendix.has(h);
  const tierAOf = (h: THead) => isTierA(h) && !isAsideHead(h) && !isSummary(h);
  const tierBOf = (h: THead) => isTierB(h) && !isAsideHead(h) && h.detailsEnd === undefined && !isSummary(h);
  const tiersA = [...countBy(tierAOf)].filter(([, n]) => n >= minCount).sort((a, b) => a[0] - b[0]);
  const shallowestA = tiersA[0];
  // ("## Phase 4: Staging → Canary → Full Production" over "#### Phase 1: Staging Soak (48h)", "#### Phase 2: Canary Rollout",
  // "#### Phase 3: Full Production": a lone keyword heading over two or more deeper ones, with no section of its level beside
  // it, names the whole; the deeper ones are the phases — 3558, set 297, both counters)
  const deeperA = shallowestA ? tiersA.find(([level, n]) => level > shallowestA[0] && n >= 2) : undefined;
  const besideA = shallowestA ? heads.filter((h) => h.level === shallowestA[0] && !h.isPseudo && !tierAOf(h) && !isAsideHead(h) && !inAppendix.has(h)).length : 0;
  const tierA = shallowestA && shallowestA[1] === 1 && deeperA && besideA === 0 ? deeperA : shallowestA;
  // ("## Step 0 — Confirm you can restore" over "## 0. …" … "## 6. …": a lone keyword among more numbered
  // sections of its level is one of them, not the only phase)
  const numberedBeside = tierA ? heads.filter((h) => h.level === tierA[0] && tierBOf(h) && !tierAOf(h)).length : 0;
  // ("## T-1 day" beside "## Release window (T0)": a lone keyword among plain sections of its level is one of them)
  const plainBeside = tierA ? heads.filter((h) => h.level === tierA[0] && !h.isPseudo && !tierAOf(h) && isPlainSection(h) && !inAppendix.has(h)).length : 0;
  // ("## PHASE 16: server-only env generation" and "## PHASE 16: env validation" among plain sections — "## Запуск", "## Smoke/health
  // checks" …: the project's one roadmap phase named twice, no sequence of phases; as one keyword heading, one of the sections —
  // 3996, set 334, both counters three phases or more)
  const numbersA = tierA ? new Set(heads.filter((h) => h.level === tierA[0] && tierAOf(h)).map((h) => h.parts.number)) : new Set();
  const isLoneA = tierA !== undefined && (tierA[1] === 1 || numbersA.size === 1);
  if (tierA && isLoneA && numberedBeside >= 2) chosen = { level: tierA[0], qualifies: (h) => tierAOf(h) || tierBOf(h) };
  else if (tierA && isLoneA && numberedBeside === 0 && plainBeside >= 1) chosen = { level: tierA[0], qualifies: (h) => tierAOf(h) || (isPlainSection(h) && !inAppendix.has(h)) };
  else if (tierA) {
    // (and the section just before the first of them named for what comes before the work — "## Before asking NITA for Phase 2"
    // over five numbered conditions, then "## Phase 2 — the switch" and "## Phase 3 — …": 4044, set 338, both counters three
    // phases or four —, as a "Pre-cutover" section is)
    const level = tierA[0];
    const first = heads.find((h) => h.level === level && tierAOf(h));
    const before = first ? heads.filter((h) => h.level === level && !h.isPseudo && h.index < first.index).at(-1) : undefined;
    const isBeforeWork = (h: THead) => h === before && isPlainSection(h) && /^(?:before|prior to|ahead of)\b/iu.test(cleanLabel(h.parts.title));
    chosen = { level, qualifies: (h) => tierAOf(h) || isBeforeWork(h), hasKeyword: true };
  } else {
    const tierB = [...countBy(tierBOf)].filter(([, n]) => n >= Math.max(2, minCount)).sort((a, b) => a[0] - b[0])[0];
    if (tierB && !(tierB[0] === 7 && isNestedInOneOfMany(heads, tierBOf))) chosen = { level: tierB[0], qualifies: tierBOf };
  }
  if (chosen) return promoteRestartingLevel(heads, chosen);
  // no numbers anywhere ("## Prepare", "## Publish"; Setext; "**Preparation**" paragraphs): the
  // shallowest level with two or more plain sections carries the phases, bold pseudo-headings
  // only when no real heading level does
  const isPlainWork = (h: THead) => isPlainSection(h) && !inAppendix.has(h);
  const plain = [...countBy((h) => isPlainWork(h) && (!h.isPseudo || h.level === 7))].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0])[0];
  // (and a section named as the steps beside them — "## Setup" of two bullets, then "## Procedure" over ten numbered steps
  // with their fences, after "## Problem": a restore's work, not the set-up's notes — 3963, set 331, both counters)
  const isStepsBeside = (h: THead) => plain !== undefined && h.level === plain[0] && isLabelSection(h) && !h.isEmpty && labelKind(h.text) === "steps";
  if (plain) return { level: plain[0], qualifies: (h) => isPlainWork(h) || isStepsBeside(h), isUnnumbered: true };
  // "## Pre-checks", "## Steps", "## Post"; "### Steps", "### Notes": when nothing else carries the
  // sequence, label-named headings are sections of their own
  const sectionOrLabel = (h: THead) => isPlainSection(h) || (isLabelSection(h) && !h.isEmpty);
  const mixed = [...countBy((h) => sectionOrLabel(h) && !h.isPseudo)].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0])[0];
  return mixed ? { level: mixed[0], qualifies: sectionOrLabel, isUnnumbered: true } : null;
}

/** The real headings under a "Notes" / appendix / "Prerequisites" / "Checklist" heading (see choosePhaseLevel); one pass. */
function appendixSubsections(heads: THead[]): Set<THead> {
  const out = new Set<THead>();
  const stack: Array<{ head: THead; inAppendix: boolean }> = [];
  for (const h of heads) {
    if (h.isPseudo) continue;
    while (stack.length > 0 && (stack.at(-1)?.head.level ?? 0) >= h.level) stack.pop();
    const parent = stack.at(-1);
    const kind = parent === undefined ? null : labelKind(parent.head.parts.title);
    const inAppendix = parent !== undefined && (parent.inAppendix || isAppendixName(cleanLabel(parent.head.parts.title)) || kind === "notes" || kind === "checklist");
    if (inAppendix) out.add(h);
    stack.push({ head: h, inAppendix });
  }
  return out;
}

/** The empty headings of sections made of nothing else (see choosePhaseLevel); one pass. */
function summaryHeads(heads: THead[]): Set<THead> {
  const children = new Map<THead, THead[]>();
  const stack: THead[] = [];
  for (const h of heads) {
    if (h.isPseudo) continue;
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= h.level) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      const kids = children.get(parent);
      if (kids) kids.push(h);
      else children.set(parent, [h]);
    }
    stack.push(h);
  }
  const out = new Set<THead>();
  for (const [parent, kids] of children) {
    if (kids.length >= 2 && kids[0]?.index === parent.index + 1 && kids.every((k) => k.isEmpty === true)) for (const k of kids) out.add(k);
  }
  return out;
}

function promoteRestartingLevel(heads: THead[], chosen: TChosen): TChosen {
  const { level, qualifies } = chosen;
  if (level === 1) return chosen;
  // the parent (nearest shallower real heading) of each qualifying head, and whether numbering restarts under a new parent
  const parents = new Set<THead>();
  let parent: THead | null = null;
  let previous: THead | null = null;
  let restarts = 0;
  for (const h of heads) {
    if (!h.isPseudo && h.level < level) parent = h;
    else if (h.level === level && qualifies(h)) {
      // (a time line after a sequence — "### Phase 6: Announce" then "### T-60 min" under "## Operation Day Checklist" —
      // is another numbering, not the sequence starting over: 1066)
      const isSameNumbering = isTimelineHeading(previous?.text ?? "") === isTimelineHeading(h.text);
      if (previous && previous.parts.number !== null && h.parts.number !== null && h.parts.number <= previous.parts.number && isSameNumbering) restarts++;
      if (parent) parents.add(parent);
      previous = h;
    }
  }
  // numbering that runs on across the groups ("### Preparing" › "#### 5.", "#### 6."; "### Upgrade" ›
  // "#### 9.") is one sequence of steps in groups: the groups are the phases too — unless the headings
  // name themselves phases or steps ("### Phase 3", "### Step 4"), which the document chose as its phases
  if (parents.size < 2 || (restarts === 0 && chosen.hasKeyword)) return chosen;
  let parentLevel = 0;
  for (const p of parents) parentLevel = Math.max(parentLevel, p.level);
  const phaseParents = new Set([...parents].filter((p) => p.level === parentLevel));
  if (phaseParents.size < 2) return chosen;
  return { level: parentLevel, qualifies: (h) => phaseParents.has(h) };
}

export type TSection = {
  head: THead | null;
  title: string;
  estimatedMinutes: number | null;
  body: TBlock[];
  initialText?: string;
  /** a section outside the phases named by a label ("## Prerequisites"): its lists read as that label's */
  label?: TLabelKind;
  /** an item of a numbered list the document names as its phases ("## Phases" › "1. **Extract & map.** …"): declared a phase */
  isListed?: boolean;
  /**
   * an item of a numbered list read as the phases: its first paragraph, whose first line names the phase (`title`) and
   * whose other lines open it (`initialText`) — the block that stands for its heading where the section is not kept as a
   * phase (folded into the previous phase's notes, the preamble or the reference after the work: 1650's "2. **Check
   * Configuration in UI:**" over bullets, whose line was lost)
   */
  lead?: TBlock;
};
export type TSplit = { leading: TBlock[]; phases: TSection[]; trailing: TBlock[] };

/**
 * A template's prompt to replace, in brackets and nothing else ("[Provide a brief one-line summary of
 * the change]", "[Estimated time to complete rollback]: X minutes"): not a link, not a checkbox.
 */
function isPlaceholderPrompt(raw: string): boolean {
  // (a template written by a rich-text editor escapes its brackets: "\\[List other approaches …\\]")
  const text = raw.trim().replace(/\\([[\]])/g, "$1");
  return /^\[[^\]\n]*[\p{L}]{2}[^\]\n]*\](?!\(|\[)(?::[^\n]*)?$/u.test(text) && !/^\[[ xX]\]/.test(text);
}

/**
 * A bullet list of a template's fields left as prompts ("* **Priority:** \\[High / Medium / Low\\]",
 * "* **Current State:**" over "\\[Describe the current functionality …\\]"): a form to fill in. A list
 * holding numbered items ("1. \\[Step 1\\]") lists steps to take, not fields.
 */
function isPromptFieldList(raw: string): boolean {
  const lines = raw.split("\n").filter((l) => l.trim() !== "");
  if (lines.some((l) => /^\s*\d+[.)]\s/.test(l))) return false;
  return lines.every((l) => {
    const text = l.replace(/^\s*[-*+]\s+/, "").trim();
    const value = text.replace(/^\*\*[^*\n]+\*\*\s*/, "").trim();
    // ("- 执行人：", "- Executed by: ____": a plain label left blank)
    const isBlankField = /^[^:：\n]{1,40}[:：]\s*[_.…\s]*$/u.test(text);
    return (value === "" && text !== "") || isPlaceholderPrompt(value) || isBlankField;
  });
}

/** A Markdown table whose rows, under the header, name fields with every other cell blank ("| Versión |  |"). */
function isBlankForm(table: string): boolean {
  const rows = table
    .split("\n")
    .slice(2)
    .map((r) => r.trim().replace(/^\|/, "").replace(/\|$/, "").split("|"));
  // (its first column names the fields: "| 1 |  |  |" rows are the empty steps of a procedure table, not a form)
  return rows.length > 0 && rows.every((cells) => cells.length > 1 && !/^\s*\d+\.?\s*$/.test(cells[0] ?? "") && cells.slice(1).every(isFieldToFill));
}

/**
 * A table cell left to fill in: empty, a date or time mask ("YYYY-MM-DD HH:MM"), a bracketed
 * placeholder ("[Name]", "CR-[AUTO-GENERATED]") or a choice of boxes ("[ ] Low [ ] Medium [ ] High").
 */
function isFieldToFill(cell: string): boolean {
  const c = cell.replace(/\*\*|__/g, "").trim();
  if (c === "") return true;
  if (/^(?:Y{2,4}[-/.]MM[-/.]DD|DD[-/.]MM[-/.]Y{2,4}|MM[-/.]DD[-/.]Y{2,4})(?:\s+HH:MM)?$|^HH:MM$/.test(c)) return true;
  if ((c.match(/\[[ xX]?\]/g) ?? []).length >= 2) return true;
  return /\[[^\]]*\p{L}[^\]]*\](?!\()/u.test(c);
}

/** A section named as a checklist (NAMES_CHECKLIST_RE) whose lists are bullets only, none numbered: a checklist of those bullets. */
export function isBulletChecklist(title: string, body: TBlock[]): boolean {
  const lists = body.filter((b): b is List => b.type === "list");
  return NAMES_CHECKLIST_RE.test(title) && lists.length > 0 && lists.every((l) => l.ordered !== true);
}

/** Whether the blocks from `from` (exclusive, a heading's index) up to `to` hold a fence or a numbered list: commands or steps. */
const holdsCodeOrSteps = (blocks: TBlock[], from: number, to: number | undefined) =>
  blocks.slice(from + 1, to).some((b) => b.type === "code" || (b.type === "list" && b.ordered === true));

/**
 * Splits sibling blocks into phases by headings (or a top-level numbered list). Returns null when
 * the blocks have no such structure. `opts.level`: the heading level already chosen (a lone section of work's sub-sections, below); otherwise chosen from the
 * blocks' headings (choosePhaseLevel).
 */
export function splitPhases(doc: Doc, blocks: TBlock[], opts: { minCount: number; subheadingFallback: boolean; level?: TChosen }): TSplit | null {
  const heads = headsOf(doc, blocks);
  let chosen = opts.level ?? choosePhaseLevel(heads, opts.minCount);
  if (!chosen && opts.subheadingFallback) {
    let level = 8;
    for (const h of heads) if (!h.isPseudo) level = Math.min(level, h.level);
    if (level < 8) chosen = { level, qualifies: (h) => !h.isPseudo && h.level === level };
  }
  if (chosen) {
    const { level, qualifies } = chosen;
    const qualifying = heads.filter((h) => h.level === level && qualifies(h));
    const firstHead = qualifying[0];
    const lastHead = qualifying.at(-1);
    if (firstHead && lastHead) {
      const firstIdx = firstHead.index;
      const lastIdx = lastHead.index;
      // real headings that close a phase; for bold pseudo-headings, the real heading above them
      let parentLevel = 6;
      if (level === 7) for (const h of heads) if (!h.isPseudo && h.index < firstIdx) parentLevel = h.level;
      const isBoundary = (h: THead) => (level === 7 ? (h.isPseudo ? qualifies(h) : h.level <= parentLevel) : !h.isPseudo && h.level <= level);
      let starts = heads.filter((h) => h.index >= firstIdx && h.index <= lastIdx && h.level === level && (level !== 7 || qualifies(h)));
      if (chosen.isUnnumbered) {
        // sections of prose before the first section of work ("## Background") are the preamble, not phases
        // ("Step 1: Announce the deploy." is work written as a paragraph)
        const isWork = (b: TBlock) =>
          b.type === "paragraph" ? splitPhaseHeading(doc.block(b).split("\n")[0] ?? "").hasKeyword : b.type !== "html" && b.type !== "thematicBreak" && b.type !== "blockquote";
        let k = 0;
        // ("## Pre-checks" or "## Steps" over a line of prose is work by its name)
        const isProse = (j: number) => labelKind(starts[j]?.text ?? "") === null && !blocks.slice((starts[j]?.index ?? 0) + 1, starts[j + 1]?.index).some(isWork);
        // (after "## Preconditions" of items, what must hold first, in a plan with no steps or code anywhere, the prose
        // sections are the procedure, not background: 1020 — where a later section holds the steps, 791's "## Repository
        // Hooks" before "## Cut The Release" is; an aside — "## What Velero covers", "## GitOps caveat" — introduces the
        // runbook wherever it stands: 1034)
        const firstStart = starts[0];
        const holdsSteps = (j: number) => holdsCodeOrSteps(blocks, starts[j]?.index ?? 0, starts[j + 1]?.index);
        const afterPreconditions =
          firstStart !== undefined &&
          heads.some((h) => h.level === level && h.index < firstStart.index && !h.isPseudo && isPrerequisitesLabel(h.parts.title)) &&
          !starts.some((_, j) => holdsSteps(j));
        while (k < starts.length - 1 && ((isProse(k) && !afterPreconditions) || isAsideHead(starts[k] as THead))) k++;
        // (where no section holds work — a plan of one paragraph per section, "## Backup" / "Realizar backup lógico …" —
        // there is no first section of work to start from: the sections are the plan's phases, as written)
        if (k === starts.length - 1 && k > 0 && isProse(k)) k = 0;
        starts = starts.slice(k);
        // a section of a template that holds only headings and comments to fill in ("## Business
        // Justification" › "### Reason for Change" › "<!-- Explain why -->") is no phase of work: it
        // stays with the phase before it, as its notes
        // (a bracketed prompt to replace, "[Provide a brief one-line summary of the change]", is such a comment)
        const isBlank = (b: TBlock) => b.type === "heading" || b.type === "html" || b.type === "thematicBreak" || (b.type === "paragraph" && isPlaceholderPrompt(doc.block(b)));
        starts = starts.filter((h, j) => j === 0 || blocks.slice(h.index + 1, starts[j + 1]?.index ?? blocks.length).some((b) => !isBlank(b)));
      }
      // "## 2.1 Configure" after "## 2) Build" at the same level: a numbered sub-step of that phase, written
      // at its heading's level, is part of it — not a phase of its own
      // (one pass: the last start that is no sub-step is the parent of those after it)
      let parent: THead | null = null;
      starts = starts.filter((h) => {
        const isPartOfParent = h.parts.isSubStep && h.parts.number !== null && parent !== null && parent.parts.number === h.parts.number && !parent.parts.hasKeyword;
        if (!h.parts.isSubStep) parent = h;
        return !isPartOfParent;
      });
      // a "Success Criteria" section among the phases ("## 4. Success Criteria" after "## 3. Test Steps")
      // is the criteria of the phase before it, not a phase of its own
      starts = starts.filter((h, k) => k === 0 || h.parts.number === null || h.parts.hasKeyword || labelKind(h.parts.title) !== "criteria");
      // an aside among the phases ("## Escalation and contacts", "## Glossary" between two phases of work)
      // is no phase: it stays with the phase before it, as its notes — unless it holds boxes to tick
      starts = starts.filter(
        (h, k) => k === 0 || !isAsideHead(h) || blocks.slice(h.index + 1, starts[k + 1]?.index).some((b) => /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m.test(doc.block(b))),
      );
      let end = heads.find((h) => h.index > lastIdx && isBoundary(h))?.index ?? blocks.length;
      // a section that is only a table of fields left blank to fill in ("### 1. Datos generales" over
      // "| Versión |  |", "### 4. Responsables" over "| DBA |  |") is a form, not a phase of work: before
      // the phases it is the preamble, after them the last phase's notes
      const isForm = (h: THead, j: number) => {
        const body = blocks.slice(h.index + 1, starts[j + 1]?.index ?? end).filter((b) => b.type !== "html" && b.type !== "thematicBreak");
        // (sub-headings may name its tables: "### Request Details", "### Change Classification")
        // (and bracketed prompts to replace, "[Provide a brief one-line summary of the change]", are fields too)
        // (and bullet lists of fields left as prompts, "* **Priority:** \\[High / Medium / Low\\]")
        const isFieldList = (b: TBlock) => b.type === "list" && b.ordered !== true && isPromptFieldList(doc.block(b));
        const isField = (b: TBlock) =>
          b.type === "heading" || (b.type === "table" && isBlankForm(doc.block(b))) || (b.type === "paragraph" && isPlaceholderPrompt(doc.block(b))) || isFieldList(b);
        return body.some((b) => b.type !== "heading") && body.every(isField);
      };
      // one plain section of work left among intro and reference ("## Architecture / Implementation" between "## Background" and
      // "## Design Decisions") over three or more plain sub-sections, two of them holding commands or numbered steps ("### Create
      // the CA hierarchy" … "### Validate renewal", each over its fences): the sub-sections are the stages a lead steps through,
      // the section only names them — 4940, set 415, both counters three phases or more
      const sectionWork = (h: THead, j: number) => holdsCodeOrSteps(blocks, h.index, starts[j + 1]?.index ?? end);
      const only = chosen.isUnnumbered && !opts.level && starts[0] && starts.every((h, j) => (j === 0) === sectionWork(h, j)) ? starts[0] : undefined;
      if (only) {
        const onlyEnd = starts[1]?.index ?? end;
        const inside = heads.filter((h) => h.index > only.index && h.index < onlyEnd && !h.isPseudo);
        const subLevel = Math.min(...inside.map((h) => h.level));
        const kids = inside.filter((h) => h.level === subLevel);
        const holdsWork = (h: THead, j: number) => holdsCodeOrSteps(blocks, h.index, kids[j + 1]?.index ?? onlyEnd);
        if (kids.length >= 3 && kids.every(isPlainSection) && kids.filter(holdsWork).length >= 2)
          return splitPhases(doc, blocks, {
            ...opts,
            level: { level: subLevel, qualifies: (h) => !h.isPseudo && h.level === subLevel && h.index > only.index && h.index < onlyEnd && isPlainSection(h), isUnnumbered: true },
          });
      }
      const forms = starts.map(isForm);
      if (forms.some((f) => !f)) {
        for (let j = starts.length - 1; j >= 0 && forms[j]; j--) end = starts[j]?.index ?? end;
        starts = starts.filter((_, j) => !forms[j]);
      }
      const phases: TSection[] = starts.map((h, k) => {
        const stop = starts[k + 1]?.index ?? end;
        const section: TSection = { head: h, title: h.parts.title, estimatedMinutes: h.parts.estimatedMinutes, body: blocks.slice(h.index + 1, stop) };
        // an unnumbered "## Prerequisites" is a checklist, also among sections promoted over restarting
        // "#### Step N" headings (an export's phases are always numbered)
        if (((chosen.isUnnumbered || h.parts.number === null) && labelKind(h.parts.title) === "checklist") || isBulletChecklist(h.parts.title, section.body))
          section.label = "checklist";
        // a numbered "## 2. Prerequisites" over bullets without boxes lists what must hold before the work, as an unnumbered one does
        // (an export writes such a phase's items as boxes)
        const isBulletList = (b: TBlock) => b.type === "list" && b.ordered !== true && !b.children.some((item) => typeof item.checked === "boolean");
        // (boxes beside them are items anyway: "### 1.4 Pre-deploy security checklist" under "## 1 · Prerequisites", 1025)
        // (and over a numbered list of what must hold: "## 0. Prerequisites on the target" › "1. The backup is recent" —
        // the corpus's convention, a list labelled Prerequisites numbered or not; one of actions — "1. Install the CLI." —
        // or holding code is set-up steps)
        const isNumberedPlainList = (b: TBlock) =>
          b.type === "list" &&
          b.ordered === true &&
          !b.children.some(
            (item) =>
              typeof item.checked === "boolean" ||
              item.children.some((c) => c.type === "code") ||
              ACTION_TITLE_RE.test(cleanLabel(item.children[0]?.type === "paragraph" ? doc.plainInline(item.children[0].children) : "")),
          );
        const isBoxList = (b: TBlock) => b.type === "list" && b.ordered !== true && b.children.every((item) => typeof item.checked === "boolean");
        if (
          h.parts.number !== null &&
          isPrerequisitesLabel(h.parts.title) &&
          (section.body.some(isBulletList) || section.body.some(isNumberedPlainList)) &&
          !section.body.some((b) => b.type === "list" && !isBulletList(b) && !isBoxList(b) && !isNumberedPlainList(b))
        )
          section.label = "checklist";
        return section;
      });
      return { leading: blocks.slice(0, starts[0]?.index ?? firstIdx), phases: phases.flatMap((x) => listedPhases(doc, blocks, x) ?? [x]), trailing: blocks.slice(end) };
    }
  }
  // a numbered list whose items are phases: items with an estimate ("1. **Prepare** (15 minutes)")
  // or a body of their own. A step's code and the lines about it ("1. Stop the node:" over a fence)
  // or a bullet list of details ("1. Update master:" over "* `git pull`") only detail that step;
  // sub-steps, checkboxes, tables do not.
  const hasEstimate = (item: ListItem) => {
    const first = item.children[0];
    if (first?.type !== "paragraph") return false;
    const line = doc.block(first).split("\n")[0] ?? "";
    return splitPhaseHeading(collapse(line.replace(/\*\*|__/g, ""))).estimatedMinutes !== null;
  };
  // ("1) **Preparação**" over its bullets: an item named in bold and nothing else, over a list of two or more — a phase's
  // name over its work, as a heading would be: 1468)
  const isBoldNameOverList = (item: ListItem) => {
    const [first, second] = item.children;
    return (
      item.children.length === 2 &&
      first?.type === "paragraph" &&
      first.children.length === 1 &&
      first.children[0]?.type === "strong" &&
      doc.plainInline(first.children).trim().split(/\s+/).length <= 5 &&
      second?.type === "list" &&
      second.children.length >= 2
    );
  };
  const hasBody = (item: ListItem) =>
    item.children.length > 1 &&
    (hasEstimate(item) ||
      isBoldNameOverList(item) ||
      item.children
        .slice(1)
        .some(
          (c) =>
            (c.type !== "list" && c.type !== "code" && c.type !== "paragraph") ||
            (c.type === "list" && (c.ordered === true || c.children.some((li) => typeof li.checked === "boolean"))),
        ));
  let list: { b: List; index: number } | null = null;
  blocks.forEach((b, index) => {
    if (b.type !== "list" || b.ordered !== true || b.children.length < 2) return;
    if (b.children.filter(hasBody).length * 2 < b.children.length) return;
    if (!list || b.children.length > list.b.children.length) list = { b, index };
  });
  const found = list as { b: List; index: number } | null;
  if (found) {
    const phases: TSection[] = found.b.children.map((item, k) => {
      const first = item.children[0];
      if (first?.type !== "paragraph") return { head: null, title: `Phase ${k + 1}`, estimatedMinutes: null, body: item.children };
      // the item's first line is the phase heading; lines that run on in the same paragraph are its body
      const raw = doc.block(first);
      const nl = raw.indexOf("\n");
      const headLine = nl === -1 ? raw : raw.slice(0, nl);
      const initialText =
        nl === -1
          ? ""
          : raw
              .slice(nl + 1)
              .split("\n")
              .map((l) => l.trimStart())
              .join("\n");
      const parts = splitPhaseHeading(collapse(headLine.replace(/\*\*|__/g, "")));
      return { head: null, title: parts.title, estimatedMinutes: parts.estimatedMinutes, body: item.children.slice(1), initialText, lead: first };
    });
    return { leading: blocks.slice(0, found.index), phases, trailing: blocks.slice(found.index + 1) };
  }
  return null;
}

/**
 * A section that names the phases under it ("## Phases (with go/no-go gates)", "## Migration stages", "## Etapas"), or the
 * main ones ("## Etapas Gerais" — general stages — over seven bold numbered stages of a secret rotation, each a phase to both
 * counters: 2753, set 230; "Main phases", "Etapas principales", "Étapes générales", "Allgemeine Phasen").
 */
const PHASES_SECTION_RE =
  /^(?:(?:the|rollout|migration|cut-?over|deployment|release|upgrade|execution|main|general|key|high-level|allgemeine|wichtigste)\s+)?(?:phases|stages|fases|etapas|phasen|[ée]tapes|этапы|фазы|阶段|段階|단계)(?:\s+(?:gerais|principais|generales|principales|g[ée]n[ée]rales|principales|generali|principali|principaux|основные|общие))?(?:\s*[(:—–-].*)?$/iu;

/**
 * A section named as the phases ("## Phases") whose work is one numbered list of three or more items, each a phase
 * with a bold name ("1. **Extract & map.** Pull source extracts …"): one section per item, named by its bold lead,
 * its text the notes and its other blocks the body. The heading and any prose before the list open the first phase's notes;
 * the blocks after it close the last phase's body. Null where the section is anything else (sub-headings, code, other lists,
 * items without a bold lead). Source: set 84 (1007, its counter: six phases plus the verification).
 */
function listedPhases(doc: Doc, blocks: TBlock[], section: TSection): TSection[] | null {
  const head = section.head;
  if (!head || head.isPseudo || !PHASES_SECTION_RE.test(cleanLabel(head.parts.title))) return null;
  const lists = section.body.filter((b): b is List => b.type === "list");
  const list = lists[0];
  if (lists.length !== 1 || list?.ordered !== true || list.children.length < 3) return null;
  if (!section.body.every((b) => b === list || b.type === "paragraph" || b.type === "blockquote" || b.type === "html" || b.type === "thematicBreak")) return null;
  const named = list.children.map((item) => {
    const first = item.children[0];
    const lead = first?.type === "paragraph" ? first.children[0] : undefined;
    if (first?.type !== "paragraph" || (lead?.type !== "strong" && lead?.type !== "emphasis")) return null;
    const title = collapse(doc.block(lead).replace(/^[*_]+|[*_]+$/g, ""))
      .replace(/[.:：]$/u, "")
      .trim();
    // (the item's text, its bold name with it, is the phase's description: its notes)
    const text = doc
      .block(first)
      .split("\n")
      .map((l) => l.trimStart())
      .join("\n");
    return title ? { item, title, text } : null;
  });
  if (named.some((x) => x === null)) return null;
  const at = section.body.indexOf(list);
  const headText = doc.block(blocks[head.index] as TBlock);
  const before = [headText, ...section.body.slice(0, at).map((b) => doc.block(b))].filter((t) => t.trim() !== "");
  return named.map((x, k) => {
    const { item, title, text } = x as NonNullable<typeof x>;
    const parts = splitPhaseHeading(title);
    const initialText = [...(k === 0 ? before : []), text].join("\n\n");
    const body = k === named.length - 1 ? [...item.children.slice(1), ...section.body.slice(at + 1)] : item.children.slice(1);
    return { head: null, title: parts.title, estimatedMinutes: parts.estimatedMinutes, body, initialText, isListed: true };
  });
}

/**
 * Blocks cut into sections at their shallowest real heading level: the blocks before the first
 * heading (head null), then one section per heading. Used for what lies outside the phases.
 */
export function splitTopSections(doc: Doc, blocks: TBlock[]): Array<{ head: THead | null; blocks: TBlock[] }> {
  const heads = headsOf(doc, blocks).filter((h) => !h.isPseudo);
  let level = 8;
  for (const h of heads) level = Math.min(level, h.level);
  const tops = heads.filter((h) => h.level === level);
  const out: Array<{ head: THead | null; blocks: TBlock[] }> = [];
  const firstTop = tops[0];
  const before = blocks.slice(0, firstTop ? firstTop.index : blocks.length);
  if (before.length) out.push({ head: null, blocks: before });
  tops.forEach((h, k) => out.push({ head: h, blocks: blocks.slice(h.index, tops[k + 1]?.index ?? blocks.length) }));
  return out;
}

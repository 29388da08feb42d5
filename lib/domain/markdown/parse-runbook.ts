// Markdown runbook → structured draft (PRODUCT.md "Import and export"). The document is parsed
// with a real CommonMark + GFM parser (remark → mdast), so a `#` comment inside a code fence is
// code, never a heading. Structure is decided from the document's shape, not its vocabulary:
//
// 1. Rollback and sign-off sections are found by their heading ("Rollback Procedure",
//    "STEP 6: CREATE ROLLBACK PLAN", "Sign-off") and set aside.
// 2. The phase level is the heading level that carries the sequence: the shallowest level with
//    "Phase N" / "Step N" / "Stage N" headings; else the level with most numbered ("1.") or
//    estimated ("(5 minutes)") headings; bold-only paragraphs count as a level below all
//    headings. Failing that, a top-level numbered list whose items have bodies; failing that,
//    the whole document is one phase.
// 3. Inside a phase: labels ("**Steps**:", "**Success Criteria**:", "#### Test 1") route the
//    lists that follow; task items become checklist items, numbered items and code fences steps.
// 4. Whatever fits no field is kept, as its source Markdown, in the phase's notes or (outside any
//    phase) the preamble. Nothing is dropped: coverage.ts checks it line by line.
//
// Exported documents (export-runbook.ts) wrap free text in `<!-- phaseline:notes -->` /
// `<!-- phaseline:preamble -->` markers; text between them is taken verbatim, which is what
// makes export → import give back the same structure.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { repairMojibake } from "./mojibake";
import { ZDraftStep, type TDraftStep } from "@/lib/domain/runbook/draft";
import { ZParsedPhaseDetails, ZParsedStepDetails } from "./types";
import type { TParsedChecklistItem, TParsedPhase, TParsedPhaseDetails, TParsedRunbook, TParsedStep, TParsedStepDetails } from "./types";

export class RunbookParseError extends Error {}

// ---------------------------------------------------------------------------------------------
// Vocabulary: patterns of structure, shared with the exporter and the coverage check.

/** "Phase 2:", "STEP 1 -", "Stage 3." — a keyword and a number open a sequence heading. */
const SEQUENCE_KEYWORD_RE = /^(phase|step|stage|part|wave|milestone|task)\s*#?\s*(\d+)\b\s*[:.)\-–—]?\s*/i;
/** "1.", "2)", "3:" — a bare number opens a numbered heading. */
const NUMBERED_RE = /^(\d+)(?:[.)]\s*|\s*[:\-–—]\s+)/;
const DURATION_UNIT = "(minutes?|mins?|m|hours?|hrs?|h|days?|d)";
const PAREN_DURATION_RE = new RegExp(
  String.raw`\s*\(\s*(?:~|about|approx\.?|approximately)?\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*${DURATION_UNIT}\s*\)`,
  "gi",
);
const DURATION_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*${DURATION_UNIT}\b`, "i");
const ROLLBACK_RE =
  /^(?:(?:create|execute|perform|the|a|an)\s+)*(?:rollback|roll[\s-]?back|back[\s-]?out|revert)(?:\s+(?:plan|procedure|procedures|steps|section|strategy|instructions|process))?$/i;
const SIGNOFF_RE = /^(?:final\s+)?(?:sign[\s-]?offs?|approvals?|signatures?)(?:\s+(?:sheet|section))?$/i;

export type TLabelKind = "steps" | "criteria" | "checklist" | "failure" | "notes";
const LABELS: Array<[RegExp, TLabelKind]> = [
  [/^(?:steps|procedure|instructions|actions|commands|execution steps|implementation steps)$/, "steps"],
  [/^(?:success|acceptance|exit|completion) criteri(?:a|on)$/, "criteria"],
  [/^(?:checklist|check list|checks|pre-?checks|prerequisites)$/, "checklist"],
  [/^(?:if (?:it )?fail(?:ed|s|ure)?|on failure|upon failure|failure|failure handling|if something goes wrong)$/, "failure"],
  [/^notes?$/, "notes"],
];
/** Structural labels: consumed into structure, so their own line appears nowhere else. */
export const STRUCTURAL_LABEL_RE = /^(?:steps|procedure|instructions|actions|commands|execution steps|implementation steps|(?:success|acceptance|exit|completion) criteri(?:a|on)|checklist|check list|checks|pre-?checks|prerequisites|failure policy|sign[\s-]?offs?|approvals?|signatures?)$/i;

const SQL_LANGS = new Set(["sql", "psql", "pgsql", "postgres", "postgresql", "plpgsql", "mysql", "sqlite", "tsql", "plsql"]);
const SHELL_LANGS = new Set(["bash", "sh", "shell", "zsh", "ksh", "fish", "console", "terminal", "powershell", "ps1", "ps", "pwsh", "cmd", "bat", "batch"]);
/** Shell built-ins and keywords: meaningless as an argv command without a shell. */
const SHELL_BUILTINS = new Set(["cd", "export", "source", ".", "set", "unset", "alias", "exit", "if", "for", "while", "function", "eval", "exec", "sudo"]);

/** Lower-case label text without emoji, checkboxes, emphasis or a trailing colon. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[\s:.\-–—]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function labelKind(text: string): TLabelKind | null {
  const clean = cleanLabel(text);
  for (const [re, kind] of LABELS) if (re.test(clean)) return kind;
  return null;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function unitMinutes(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("h")) return 60;
  if (u.startsWith("d")) return 24 * 60;
  return 1;
}

/** "30-45 minutes" → 45, "1.5 hours" → 90, "24 hours" → 1440; null when no duration. */
export function parseDuration(text: string): number | null {
  const m = DURATION_RE.exec(text);
  if (!m) return null;
  const value = Number(m[2] ?? m[1]);
  return Math.round(value * unitMinutes(m[3]!));
}

/** Splits "Phase 2: Database Migration (5 minutes)" into its number, title and estimate. */
export function splitPhaseHeading(text: string): { title: string; number: number | null; hasKeyword: boolean; estimatedMinutes: number | null } {
  let estimatedMinutes: number | null = null;
  let withoutEstimate = text;
  const matches = [...text.matchAll(PAREN_DURATION_RE)];
  const last = matches.at(-1);
  if (last) {
    estimatedMinutes = Math.round(Number(last[2] ?? last[1]) * unitMinutes(last[3]!));
    withoutEstimate = (text.slice(0, last.index) + text.slice(last.index! + last[0].length)).trim();
  }
  const lead = withoutEstimate.match(/^[^\p{L}\p{N}]*/u)![0];
  const body = withoutEstimate.slice(lead.length);
  let number: number | null = null;
  let hasKeyword = false;
  let rest = withoutEstimate;
  const keyword = SEQUENCE_KEYWORD_RE.exec(body);
  const numbered = keyword ? null : NUMBERED_RE.exec(body);
  if (keyword) {
    number = Number(keyword[2]);
    hasKeyword = true;
    rest = lead + body.slice(keyword[0].length);
  } else if (numbered) {
    number = Number(numbered[1]);
    rest = lead + body.slice(numbered[0].length);
  }
  let title = collapse(rest).replace(/\s*:$/, "").trim();
  if (!title || !/[\p{L}\p{N}]/u.test(title)) title = collapse(withoutEstimate).replace(/\s*:$/, "") || collapse(text);
  return { title, number, hasKeyword, estimatedMinutes };
}

// ---------------------------------------------------------------------------------------------
// Steps from code fences

/** A backtick fence long enough for the code it holds. */
export function fenceCode(language: string | null, code: string, meta?: string | null): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const info = [language ?? "", meta ?? ""].filter(Boolean).join(" ");
  return `${fence}${info}\n${code}\n${fence}`;
}

/** Splits one command line into argv the way a POSIX shell would quote it; null when it cannot. */
export function splitCommandLine(line: string): string[] | null {
  const argv: string[] = [];
  let current = "";
  let hasToken = false;
  let quote: '"' | "'" | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      hasToken = true;
    } else if (/\s/.test(ch)) {
      if (hasToken) argv.push(current);
      current = "";
      hasToken = false;
    } else {
      current += ch;
      hasToken = true;
    }
  }
  if (quote) return null;
  if (hasToken) argv.push(current);
  return argv;
}

/** argv back to a command line, quoting only what needs it. */
export function joinCommandLine(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./\\-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(" ");
}

/** The one command line of a shell snippet (comments aside), or null if it is a script. */
export function simpleCommandLine(language: string, code: string): string | null {
  const comment = /^(?:powershell|ps1|ps|pwsh)$/i.test(language) ? /^\s*#/ : /^(?:cmd|bat|batch)$/i.test(language) ? /^\s*(?:rem\b|::)/i : /^\s*#/;
  const lines = code.split("\n").filter((l) => l.trim() !== "" && !comment.test(l));
  if (lines.length !== 1) return null;
  // a trailing "  # comment" is not part of the command
  const line = lines[0]!.replace(/\s+#.*$/, "").trim();
  if (/^(?:\$|>|PS>)\s/.test(line)) return null;
  if (/[|&;<>$`(){}*?\[\]]/.test(line)) return null;
  const argv = splitCommandLine(line);
  if (!argv || argv.length === 0) return null;
  if (SHELL_BUILTINS.has(argv[0]!.toLowerCase()) || argv[0]!.includes("=")) return null;
  return line;
}

export function stepFromCode(language: string | null, code: string, title: string, meta?: string | null): TParsedStep {
  const lang = language?.trim() || null;
  const lower = lang?.toLowerCase() ?? "";
  if (lang && SQL_LANGS.has(lower)) return { kind: "SQL", language: lang, title, text: code };
  if (lang && SHELL_LANGS.has(lower) && simpleCommandLine(lower, code) !== null) return { kind: "COMMAND", language: lang, title, text: code };
  return { kind: "MANUAL", language: lang, title, text: fenceCode(lang, code, meta) };
}

// ---------------------------------------------------------------------------------------------
// Step and phase comments of exported documents

/** The line an exported HTTP_CHECK step shows; its note follows. */
export function httpCheckLine(url: string | null | undefined, status: number | null | undefined): string {
  return `GET ${url ?? "(no URL)"} and expect HTTP ${status ?? 200}.`;
}

const SQL_KINDS = new Set(["SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE"]);

/**
 * A step with details (from a `<!-- phaseline:step -->` comment) as a draft step, unchecked: the
 * body is the SQL (SQL kinds), the command snippet (COMMAND) or the instruction (MANUAL, HTTP_CHECK);
 * `instructions` and `language` of the details win over what the body gives.
 */
export function draftStepCandidate(step: TParsedStep & { details: TParsedStepDetails }): Record<string, unknown> {
  const { kind, language, instructions, title: _title, ...fields } = step.details;
  let derived = "";
  if (kind === "MANUAL") derived = step.text;
  else if (kind === "COMMAND") {
    const argv = fields.commandArgv ?? [];
    derived = step.text.trim() === "" || step.text.trim() === joinCommandLine(argv) ? "" : fenceCode(step.language, step.text);
  } else if (kind === "HTTP_CHECK") {
    const check = httpCheckLine(fields.httpUrl, fields.httpExpectStatus);
    derived = step.text.startsWith(check) ? step.text.slice(check.length).trim() : step.text;
  }
  return {
    ...fields,
    kind,
    title: step.title,
    language: language !== undefined ? language : step.language,
    instructions: instructions ?? derived,
    ...(SQL_KINDS.has(kind) ? { sql: step.text } : {}),
  };
}

/** The draft step a step's details describe, or why they do not describe one. */
export function draftStepFromDetails(step: TParsedStep & { details: TParsedStepDetails }): { ok: true; step: TDraftStep } | { ok: false; message: string } {
  const checked = ZDraftStep.safeParse(draftStepCandidate(step));
  if (checked.success) return { ok: true, step: checked.data };
  const issue = checked.error.issues[0];
  return { ok: false, message: `${issue?.path.join(".") || "step"}: ${issue?.message ?? "invalid"}` };
}

const DETAILS_RE = /^<!--\s*phaseline:(step|phase)\s+([\s\S]*?)\s*-->$/;

/** A `<!-- phaseline:step {…} -->` / `<!-- phaseline:phase {…} -->` comment: its kind and JSON, checked. */
function readDetails(node: TBlock, expect: "step" | "phase"): { ok: true; value: unknown } | { ok: false; message: string } | null {
  if (node.type !== "html") return null;
  const m = DETAILS_RE.exec(node.value.trim());
  if (!m || m[1] !== expect) return null;
  let json: unknown;
  try {
    json = JSON.parse(m[2]!);
  } catch {
    return { ok: false, message: `A phaseline:${expect} comment is not valid JSON: kept as notes.` };
  }
  const checked = (expect === "step" ? ZParsedStepDetails : ZParsedPhaseDetails).safeParse(json);
  if (!checked.success) return { ok: false, message: `A phaseline:${expect} comment could not be read (${checked.error.issues[0]?.message ?? "invalid"}): kept as notes.` };
  return { ok: true, value: checked.data };
}

const isDetailsComment = (node: TBlock) => node.type === "html" && DETAILS_RE.test(node.value.trim());

// ---------------------------------------------------------------------------------------------
// Blocks

type TOpaque = { type: "phaselineOpaque"; kind: "preamble" | "notes"; text: string; position: RootContent["position"] };
type TBlock = RootContent | TOpaque;

const OPAQUE_OPEN = /^<!--\s*phaseline:(preamble|notes)\s*-->$/;
const OPAQUE_CLOSE = (kind: string) => new RegExp(`^<!--\\s*/phaseline:${kind}\\s*-->$`);

type THead = {
  index: number;
  level: number;
  text: string;
  isPseudo: boolean;
  parts: ReturnType<typeof splitPhaseHeading>;
};

class Doc {
  constructor(
    readonly src: string,
    readonly warnings: string[] = [],
  ) {}

  slice(node: { position?: RootContent["position"] }): string {
    const p = node.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) return "";
    return this.src.slice(p.start.offset, p.end.offset);
  }

  /** A nested block's source with the indentation of its container removed. */
  block(node: TBlock): string {
    if (node.type === "phaselineOpaque") return node.text;
    const raw = this.slice(node);
    const indent = (node.position?.start.column ?? 1) - 1;
    if (indent === 0) return raw.trimEnd();
    const re = new RegExp(`^ {0,${indent}}`);
    return raw
      .split("\n")
      .map((line, i) => (i === 0 ? line : line.replace(re, "")))
      .join("\n")
      .trimEnd();
  }

  /** Source of consecutive sibling blocks, spacing kept, dedented as the first one. */
  blocks(nodes: TBlock[]): string {
    if (nodes.length === 0) return "";
    const first = nodes[0]!;
    const last = nodes.at(-1)!;
    if (first.type === "phaselineOpaque" || last.type === "phaselineOpaque") return nodes.map((n) => this.block(n)).join("\n\n");
    const start = first.position!.start.offset!;
    const end = last.position!.end.offset!;
    const indent = first.position!.start.column - 1;
    const raw = this.src.slice(start, end);
    if (indent === 0) return raw.trimEnd();
    const re = new RegExp(`^ {0,${indent}}`);
    return raw
      .split("\n")
      .map((line, i) => (i === 0 ? line : line.replace(re, "")))
      .join("\n")
      .trimEnd();
  }

  /** Inline text as written, minus emphasis markers (for titles). */
  plainInline(nodes: PhrasingContent[]): string {
    return collapse(
      nodes
        .map((n) => {
          if (n.type === "strong" || n.type === "emphasis" || n.type === "delete") return this.plainInline(n.children);
          if (n.type === "break") return " ";
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
function collapseOpaque(doc: Doc, children: RootContent[]): TBlock[] {
  const out: TBlock[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const open = node.type === "html" ? OPAQUE_OPEN.exec(node.value.trim()) : null;
    if (open) {
      const kind = open[1] as "preamble" | "notes";
      const close = OPAQUE_CLOSE(kind);
      const j = children.findIndex((c, k) => k > i && c.type === "html" && close.test(c.value.trim()));
      if (j > i) {
        const inner = doc.src.slice(node.position!.end.offset!, children[j]!.position!.start.offset!);
        const text = inner.trim() === "" ? "" : inner.replace(/^[ \t]*\n+/, "").replace(/\n+$/, "");
        out.push({ type: "phaselineOpaque", kind, text, position: node.position });
        i = j;
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** A paragraph that is only bold text (optionally with a colon): a heading in disguise. */
function pseudoHeadingText(doc: Doc, node: TBlock): string | null {
  if (node.type !== "paragraph") return null;
  const kids = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (kids.length === 0 || kids.length > 2) return null;
  const [first, second] = kids;
  if (first!.type !== "strong") return null;
  if (second && !(second.type === "text" && /^\s*:?\s*$/.test(second.value))) return null;
  return doc.plainInline(first!.children);
}

function headsOf(doc: Doc, blocks: TBlock[]): THead[] {
  const heads: THead[] = [];
  blocks.forEach((node, index) => {
    if (node.type === "heading") {
      const text = doc.plainInline(node.children);
      heads.push({ index, level: node.depth, text, isPseudo: false, parts: splitPhaseHeading(text) });
      return;
    }
    const pseudo = pseudoHeadingText(doc, node);
    if (pseudo !== null) heads.push({ index, level: 7, text: pseudo, isPseudo: true, parts: splitPhaseHeading(pseudo) });
  });
  return heads;
}

const isTierA = (h: THead) => h.parts.hasKeyword && h.parts.number !== null;
const isTierB = (h: THead) => h.parts.number !== null || h.parts.estimatedMinutes !== null;

/** The heading level that carries the phases, and how its headings qualify. */
function choosePhaseLevel(heads: THead[], minCount: number): { level: number; qualifies: (h: THead) => boolean } | null {
  const countBy = (pred: (h: THead) => boolean) => {
    const counts = new Map<number, number>();
    for (const h of heads) if (pred(h)) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
    return counts;
  };
  const tierA = [...countBy(isTierA)].filter(([, n]) => n >= minCount).sort((a, b) => a[0] - b[0]);
  if (tierA.length > 0) return { level: tierA[0]![0], qualifies: isTierA };
  const tierB = [...countBy(isTierB)].filter(([, n]) => n >= Math.max(2, minCount)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (tierB.length > 0) return { level: tierB[0]![0], qualifies: isTierB };
  return null;
}

type TSection = { head: THead | null; title: string; estimatedMinutes: number | null; body: TBlock[]; initialText?: string };
type TSplit = { leading: TBlock[]; phases: TSection[]; trailing: TBlock[] };

/**
 * Splits sibling blocks into phases by headings (or a top-level numbered list). Returns null when
 * the blocks have no such structure.
 */
function splitPhases(doc: Doc, blocks: TBlock[], opts: { minCount: number; subheadingFallback: boolean }): TSplit | null {
  const heads = headsOf(doc, blocks);
  let chosen = choosePhaseLevel(heads, opts.minCount);
  if (!chosen && opts.subheadingFallback) {
    const real = heads.filter((h) => !h.isPseudo);
    if (real.length > 0) {
      const level = Math.min(...real.map((h) => h.level));
      chosen = { level, qualifies: (h) => !h.isPseudo && h.level === level };
    }
  }
  if (chosen) {
    const { level, qualifies } = chosen;
    const qualifying = heads.filter((h) => h.level === level && qualifies(h));
    if (qualifying.length > 0) {
      const firstIdx = qualifying[0]!.index;
      const lastIdx = qualifying.at(-1)!.index;
      // real headings that close a phase; for bold pseudo-headings, the real heading above them
      const parentLevel = level === 7 ? (heads.filter((h) => !h.isPseudo && h.index < firstIdx).at(-1)?.level ?? 6) : level;
      const isBoundary = (h: THead) => (level === 7 ? (h.isPseudo ? qualifies(h) : h.level <= parentLevel) : !h.isPseudo && h.level <= level);
      const starts = heads.filter((h) => h.index >= firstIdx && h.index <= lastIdx && h.level === level && (level !== 7 || qualifies(h)));
      const end = heads.find((h) => h.index > lastIdx && isBoundary(h))?.index ?? blocks.length;
      const phases: TSection[] = starts.map((h, k) => {
        const stop = k + 1 < starts.length ? starts[k + 1]!.index : end;
        return { head: h, title: h.parts.title, estimatedMinutes: h.parts.estimatedMinutes, body: blocks.slice(h.index + 1, stop) };
      });
      return { leading: blocks.slice(0, firstIdx), phases, trailing: blocks.slice(end) };
    }
  }
  // a numbered list whose items have bodies: each item a phase
  const lists = blocks
    .map((b, index) => ({ b, index }))
    .filter((x): x is { b: List; index: number } => x.b.type === "list" && x.b.ordered === true && x.b.children.length >= 2)
    .filter((x) => x.b.children.filter((item) => item.children.length > 1).length * 2 >= x.b.children.length)
    .sort((a, b) => b.b.children.length - a.b.children.length || a.index - b.index);
  const list = lists[0];
  if (list) {
    const phases: TSection[] = list.b.children.map((item, k) => {
      const first = item.children[0];
      if (first?.type !== "paragraph") return { head: null, title: `Phase ${k + 1}`, estimatedMinutes: null, body: item.children };
      // the item's first line is the phase heading; lines that run on in the same paragraph are its body
      const raw = doc.block(first);
      const nl = raw.indexOf("\n");
      const headLine = nl === -1 ? raw : raw.slice(0, nl);
      const initialText = nl === -1 ? "" : raw.slice(nl + 1).split("\n").map((l) => l.trimStart()).join("\n");
      const parts = splitPhaseHeading(collapse(headLine.replace(/\*\*|__/g, "")));
      return { head: null, title: parts.title, estimatedMinutes: parts.estimatedMinutes, body: item.children.slice(1), initialText };
    });
    return { leading: blocks.slice(0, list.index), phases, trailing: blocks.slice(list.index + 1) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Phase bodies

type TGroup = { text: string; raw: string; isConsumed: boolean };

const CHECKBOX_GLYPH_RE = /^\s*[☐☑☒]\uFE0F?\s*/u;
const CRITERION_GLYPH_RE = /^\s*(?:✅|✔️|✔|☑️|☑)\s*/u;
const KEY_VALUE_RE = /^\s*(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:\s*(.*)$|^\s*(?:\*\*|__)([^*_]+?):(?:\*\*|__)\s*(.*)$/s;

function keyValue(line: string): { key: string; value: string } | null {
  const m = KEY_VALUE_RE.exec(line);
  if (!m) return null;
  return { key: cleanLabel(m[1] ?? m[3] ?? ""), value: (m[2] ?? m[4] ?? "").trim() };
}

function inferFailurePolicy(text: string): "STOP" | "ROLLBACK" | "CONTINUE" | undefined {
  const t = text.replace(/[*_`]/g, "").trim();
  if (/^(?:-\s*)?stop\b/i.test(t)) return "STOP";
  if (/^(?:-\s*)?continue\b/i.test(t)) return "CONTINUE";
  if (/\broll[\s-]?back\b/i.test(t)) return "ROLLBACK";
  return undefined;
}

function buildPhase(doc: Doc, section: TSection, extraLeading: string[] = []): TParsedPhase {
  const phase: TParsedPhase = {
    title: section.title,
    objective: "",
    estimatedMinutes: section.estimatedMinutes,
    checklistItems: [],
    successCriteria: [],
    steps: [],
    notes: "",
  };
  const notes: string[] = [...extraLeading];
  // assigned inside the closures below too: typed with `as` so control flow does not narrow them to null
  let label = null as TLabelKind | null;
  let group = null as TGroup | null;
  let explicitPolicy: TParsedPhase["failurePolicy"];
  const failureText: string[] = [];
  let pendingTitle: string | null = null;

  const flushGroup = () => {
    if (group && !group.isConsumed) {
      notes.push(group.raw);
      group.isConsumed = true;
    }
  };
  const toNotes = (text: string) => {
    flushGroup();
    if (text.trim()) notes.push(text);
    if (label === "failure") failureText.push(text);
  };
  const withGroup = (text: string) => (group ? `${group.text}: ${text}` : text);
  const consumeGroup = () => {
    if (group) group.isConsumed = true;
  };
  const setLabel = (text: string, raw: string) => {
    flushGroup();
    const kind = labelKind(text);
    if (kind === "failure" || kind === "notes") {
      // the label is kept: it explains the text that follows
      label = kind;
      group = null;
      toNotes(raw);
      return;
    }
    if (kind) {
      label = kind;
      group = null;
      return;
    }
    label = null;
    group = { text: collapse(text).replace(/^[☐☑☒]\uFE0F?\s*/u, "").replace(/\s*:$/, ""), raw, isConsumed: false };
  };

  const addChecklist = (item: ListItem, prefix: string | null) => {
    const [first, ...rest] = item.children;
    const own = first?.type === "paragraph" ? doc.inline(first).replace(CHECKBOX_GLYPH_RE, "") : "";
    const text = own ? (prefix ? `${prefix}: ${own}` : own) : prefix ?? "";
    if (text) phase.checklistItems.push({ text, isRequired: !/\(optional\)/i.test(text) } satisfies TParsedChecklistItem);
    const others = first?.type === "paragraph" ? rest : item.children;
    for (const child of others) {
      if (child.type === "list" && child.children.some(isTaskItem)) {
        for (const sub of child.children) {
          if (isTaskItem(sub)) addChecklist(sub, text || prefix);
          else toNotes(doc.block(sub));
        }
      } else {
        toNotes(doc.block(child));
      }
    }
  };

  const addCriterion = (item: ListItem) => {
    const [first, ...rest] = item.children;
    const text = first?.type === "paragraph" ? doc.inline(first).replace(CHECKBOX_GLYPH_RE, "").replace(CRITERION_GLYPH_RE, "") : "";
    if (text) phase.successCriteria.push(text);
    for (const child of first?.type === "paragraph" ? rest : item.children) toNotes(doc.block(child));
  };

  const addStepsFromItem = (item: ListItem) => {
    const [first, ...rest] = item.children;
    const own = first?.type === "paragraph" ? doc.inline(first).replace(/\s*:$/, "") : "";
    const title = own ? withGroup(own) : group ? group.text : phase.title;
    consumeGroup();
    const body = first?.type === "paragraph" ? rest : item.children;
    if (body.length === 0) {
      phase.steps.push({ kind: "MANUAL", language: null, title, text: "" });
      return;
    }
    let chunk: TBlock[] = [];
    const flushChunk = () => {
      if (chunk.length) phase.steps.push({ kind: "MANUAL", language: null, title, text: doc.blocks(chunk) });
      chunk = [];
    };
    for (let c = 0; c < body.length; c++) {
      const child = body[c]!;
      const details = readDetails(child, "step");
      if (details) {
        flushChunk();
        const end = body.findIndex((b, k) => k > c && isDetailsComment(b));
        const own = body.slice(c + 1, end === -1 ? body.length : end);
        const step = details.ok ? stepWithDetails(own, title, details.value as TParsedStepDetails) : null;
        if (step && !("message" in step)) {
          phase.steps.push(step);
          c = end === -1 ? body.length : end - 1;
          continue;
        }
        doc.warnings.push(details.ok ? `Step “${title}”: ${step!.message} (the comment is kept as notes).` : details.message);
        toNotes(doc.block(child));
        continue;
      }
      if (child.type === "code") {
        flushChunk();
        phase.steps.push(stepFromCode(child.lang ?? null, child.value, title, child.meta));
      } else {
        chunk.push(child);
      }
    }
    flushChunk();
  };

  /** the blocks under a step comment as that step; a message when the comment's fields do not fit */
  const stepWithDetails = (own: TBlock[], title: string, details: TParsedStepDetails): TParsedStep | { message: string } => {
    const code = own.length === 1 && own[0]!.type === "code" && details.kind !== "MANUAL" && details.kind !== "HTTP_CHECK" ? own[0] : null;
    const kind = SQL_KINDS.has(details.kind) ? "SQL" : details.kind === "COMMAND" ? "COMMAND" : "MANUAL";
    const exactTitle = details.title ?? title;
    const step: TParsedStep = code
      ? { kind, language: code.lang ?? null, title: exactTitle, text: code.value, details }
      : { kind, language: null, title: exactTitle, text: doc.blocks(own), details };
    const draft = draftStepFromDetails(step as TParsedStep & { details: TParsedStepDetails });
    return draft.ok ? step : { message: draft.message };
  };
  let phaseDetails = null as TParsedPhaseDetails | null;
  let pendingDetails = null as TParsedStepDetails | null;

  if (section.initialText?.trim()) {
    const initial = section.initialText.trim();
    if (!initial.includes("\n") && labelKind(initial)) setLabel(initial, initial);
    else toNotes(initial);
  }
  const body = section.body;
  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    const next = body[i + 1];
    if (node.type !== "code" && pendingTitle !== null) pendingTitle = null;

    if (node.type === "phaselineOpaque") {
      toNotes(node.text);
      continue;
    }
    if (node.type !== "code") pendingDetails = null;
    const phaseComment = readDetails(node, "phase");
    if (phaseComment) {
      if (phaseComment.ok && phaseDetails === null) phaseDetails = phaseComment.value as TParsedPhaseDetails;
      else {
        doc.warnings.push(phaseComment.ok ? `Phase “${phase.title}” has more than one phaseline:phase comment: the second is kept as notes.` : phaseComment.message);
        toNotes(doc.block(node));
      }
      continue;
    }
    const stepComment = readDetails(node, "step");
    if (stepComment) {
      if (stepComment.ok && next?.type === "code") {
        pendingDetails = stepComment.value as TParsedStepDetails;
        continue;
      }
      doc.warnings.push(stepComment.ok ? "A phaseline:step comment is not followed by its step: kept as notes." : stepComment.message);
      toNotes(doc.block(node));
      continue;
    }
    if (node.type === "thematicBreak") continue;
    if (node.type === "heading") {
      setLabel(doc.plainInline(node.children), doc.block(node));
      continue;
    }
    if (node.type === "paragraph") {
      const raw = doc.block(node);
      const pseudo = pseudoHeadingText(doc, node);
      if (pseudo !== null) {
        setLabel(pseudo, raw);
        continue;
      }
      const kv = raw.includes("\n") ? null : keyValue(raw);
      if (kv && /^(?:objective|goal|purpose)$/.test(kv.key) && !phase.objective && kv.value) {
        phase.objective = collapse(kv.value);
        continue;
      }
      if (kv && kv.key === "failure policy" && /^(?:STOP|ROLLBACK|CONTINUE)$/.test(kv.value)) {
        explicitPolicy = kv.value as "STOP" | "ROLLBACK" | "CONTINUE";
        continue;
      }
      if (kv && labelKind(kv.key) === "failure") {
        flushGroup();
        label = "failure";
        group = null;
        toNotes(raw);
        continue;
      }
      if (kv && /^(?:estimated (?:time|duration)|estimate|duration|time estimate)$/.test(kv.key)) {
        if (phase.estimatedMinutes === null) phase.estimatedMinutes = parseDuration(kv.value);
        toNotes(raw);
        continue;
      }
      // a one-line "Label:" paragraph
      const plain = collapse(raw);
      if (!raw.includes("\n") && plain.endsWith(":") && labelKind(plain)) {
        setLabel(plain, raw);
        continue;
      }
      if (next?.type === "code" && !raw.includes("\n") && plain.length <= 200) {
        pendingTitle = plain.replace(/\s*:$/, "");
        continue;
      }
      toNotes(raw);
      continue;
    }
    if (node.type === "code") {
      const title = pendingTitle ?? group?.text ?? phase.title;
      consumeGroup();
      pendingTitle = null;
      const details = pendingDetails;
      pendingDetails = null;
      if (details) {
        const step = stepWithDetails([node], title, details);
        if (!("message" in step)) {
          phase.steps.push(step);
          continue;
        }
        doc.warnings.push(`Step “${title}”: ${step.message} (the step is read without its comment).`);
      }
      phase.steps.push(stepFromCode(node.lang ?? null, node.value, title, node.meta));
      continue;
    }
    if (node.type === "list") {
      const items = node.children;
      const routes = items.map((item) => routeItem(doc, item, node, label));
      if (routes.every((r) => r === "notes")) {
        toNotes(doc.block(node));
        continue;
      }
      items.forEach((item, k) => {
        const route = routes[k]!;
        if (route === "checklist") {
          addChecklist(item, group?.text ?? null);
          consumeGroup();
        } else if (route === "criterion") addCriterion(item);
        else if (route === "step") addStepsFromItem(item);
        else toNotes(doc.block(item));
      });
      continue;
    }
    toNotes(doc.block(node));
  }
  flushGroup();

  phase.notes = notes.filter((n) => n.trim() !== "").join("\n\n");
  const policy = explicitPolicy ?? (failureText.length ? inferFailurePolicy(failureText.join("\n").replace(/^[^:]*:\s*/, "")) : undefined);
  if (policy) phase.failurePolicy = policy;
  if (phaseDetails) applyPhaseDetails(doc, phase, phaseDetails);
  return phase;
}

function applyPhaseDetails(doc: Doc, phase: TParsedPhase, details: TParsedPhaseDetails): void {
  if (details.isPointOfNoReturn !== undefined) phase.isPointOfNoReturn = details.isPointOfNoReturn;
  if (details.requiredSignoffRoles !== undefined) phase.requiredSignoffRoles = details.requiredSignoffRoles;
  const required = details.checklistRequired;
  if (required) {
    if (required.length === phase.checklistItems.length) phase.checklistItems.forEach((item, i) => (item.isRequired = required[i]!));
    else doc.warnings.push(`Phase “${phase.title}”: its comment names ${required.length} checklist item(s), the phase has ${phase.checklistItems.length}; required items are guessed from the text.`);
  }
  const bound = details.criterionSteps;
  if (bound) {
    const fits = bound.length === phase.successCriteria.length && bound.every((b) => b === null || (phase.steps[b] !== undefined && (phase.steps[b]!.details?.kind ?? phase.steps[b]!.kind) !== "MANUAL"));
    if (fits) phase.successCriterionSteps = bound;
    else doc.warnings.push(`Phase “${phase.title}”: the step bindings of its success criteria do not fit its steps; the criteria are met manually.`);
  }
}

function isTaskItem(item: ListItem): boolean {
  if (item.checked === true || item.checked === false) return true;
  const first = item.children[0];
  return first?.type === "paragraph" && first.children[0]?.type === "text" && CHECKBOX_GLYPH_RE.test(first.children[0].value);
}

function routeItem(doc: Doc, item: ListItem, list: List, label: TLabelKind | null): "checklist" | "criterion" | "step" | "notes" {
  if (label === "failure" || label === "notes") return "notes";
  const first = item.children[0];
  const firstText = first?.type === "paragraph" ? doc.inline(first) : "";
  if (isTaskItem(item)) return label === "criteria" ? "criterion" : "checklist";
  if (label === "criteria" || CRITERION_GLYPH_RE.test(firstText)) return "criterion";
  if (label === "checklist") return "checklist";
  if (list.ordered || label === "steps") return "step";
  return "notes";
}

// ---------------------------------------------------------------------------------------------
// Sign-off sheets

const BLANKS_RE = /^(?:_{2,}|\s|(?:date|name|signature|signed(?: by)?|time)\s*:)*$/i;

function signoffRole(line: string): string | null {
  const bold = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(.*)$/.exec(line);
  const boldColonInside = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)(.+?):(?:\*\*|__)\s*(.*)$/.exec(line);
  const plain = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?([^:*_][^:]*?)\s*:\s*(.*)$/.exec(line);
  const m = boldColonInside ?? bold;
  if (m && BLANKS_RE.test(m[2]!)) return collapse(m[1]!.replace(/:$/, "")) || null;
  if (plain && plain[2]!.includes("__") && BLANKS_RE.test(plain[2]!)) return collapse(plain[1]!) || null;
  return null;
}

function parseSignoff(doc: Doc, blocks: TBlock[]): { roles: string[]; leftover: string[] } {
  const roles: string[] = [];
  const leftover: string[] = [];
  for (const node of blocks) {
    if (node.type === "thematicBreak") continue;
    if (node.type === "paragraph") {
      const lines = doc.block(node).split("\n");
      const rest: string[] = [];
      for (const line of lines) {
        const role = line.trim() ? signoffRole(line) : null;
        if (role) roles.push(role);
        else if (line.trim()) rest.push(line);
      }
      if (rest.length) leftover.push(rest.join("\n"));
      continue;
    }
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const text = first?.type === "paragraph" ? doc.inline(first).replace(CHECKBOX_GLYPH_RE, "") : "";
        const role = signoffRole(text) ?? (item.children.length === 1 && text && text.length <= 60 && !text.includes(":") ? collapse(text.replace(/[*_]{2}/g, "")) : null);
        if (role) roles.push(role);
        else leftover.push(doc.block(item));
      }
      continue;
    }
    if (node.type === "table") {
      const table = node as Table;
      const cellText = (row: Table["children"][number], k: number) => {
        const cell = row.children[k];
        return cell ? doc.plainInline(cell.children) : "";
      };
      const header = table.children[0];
      if (!header) continue;
      const headers = header.children.map((_, k) => cleanLabel(cellText(header, k)));
      const col = Math.max(0, headers.findIndex((h) => /^(?:role|title|position|sign[\s-]?off|approver role)$/.test(h)));
      for (const row of table.children.slice(1)) {
        const role = cellText(row, col);
        if (role) roles.push(role);
      }
      // a table may carry names, dates, notes: it is kept as text as well
      leftover.push(doc.block(node));
      continue;
    }
    leftover.push(doc.block(node));
  }
  return { roles, leftover };
}

// ---------------------------------------------------------------------------------------------
// Runbook metadata

const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

type TMeta = Pick<TParsedRunbook, "riskLevel" | "estimatedMinutes" | "rollbackMinutes">;

/** Reads "**Risk Level**: HIGH" style lines; isConsumed when every line is understood exactly. */
function readMetadata(raw: string, meta: TMeta): { isMetadata: boolean; isConsumed: boolean } {
  const lines = raw.split("\n").filter((l) => l.trim());
  const pairs = lines.map(keyValue);
  if (pairs.length === 0 || pairs.some((p) => p === null)) return { isMetadata: false, isConsumed: false };
  let isConsumed = true;
  for (const pair of pairs) {
    const { key, value } = pair!;
    if (/^risk(?: level)?$/.test(key)) {
      const exact = RISK_LEVELS.find((r) => r === value.toUpperCase());
      const mentioned = RISK_LEVELS.filter((r) => new RegExp(`\\b${r}\\b`, "i").test(value));
      meta.riskLevel ??= exact ?? mentioned.at(-1);
      if (!exact || value !== exact) isConsumed = false;
    } else if (/^(?:estimated (?:duration|time)|duration|estimate|estimated)$/.test(key)) {
      meta.estimatedMinutes ??= parseDuration(value) ?? undefined;
      if (!/^\d+ minutes$/.test(value)) isConsumed = false;
    } else if (/^(?:rollback (?:time|duration)|time to roll ?back|estimated rollback time)$/.test(key)) {
      meta.rollbackMinutes ??= parseDuration(value) ?? undefined;
      if (!/^\d+ minutes$/.test(value)) isConsumed = false;
    } else {
      isConsumed = false;
    }
  }
  return { isMetadata: true, isConsumed };
}

// ---------------------------------------------------------------------------------------------

export function parseRunbookMarkdown(input: string): TParsedRunbook {
  const warnings: string[] = [];
  let text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const repair = repairMojibake(text);
  if (repair.repairedRuns > 0) {
    text = repair.text;
    warnings.push(`Repaired ${repair.repairedRuns} mis-encoded character sequence(s) (UTF-8 read as ${repair.encoding}).`);
  }
  if (text.trim() === "") throw new RunbookParseError("The document is empty.");

  const doc = new Doc(text, warnings);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const blocks = collapseOpaque(doc, tree.children);
  if (!blocks.some((b) => b.type !== "thematicBreak" && !(b.type === "html" && /^<!--[\s\S]*-->$/.test(b.value.trim())) && !(b.type === "phaselineOpaque" && b.text.trim() === ""))) {
    throw new RunbookParseError("The document has no content to import (only comments or rules).");
  }
  const allHeads = headsOf(doc, blocks);

  // --- title and summary
  const consumed = new Set<number>();
  let title = "";
  let cursor = 0;
  const first = blocks[0];
  const firstHead = allHeads[0];
  if (first?.type === "heading" && firstHead?.index === 0) {
    const isOnlyAtLevel = !allHeads.some((h) => h.index !== 0 && !h.isPseudo && h.level <= first.depth);
    if (isOnlyAtLevel || !isTierA(firstHead)) {
      title = firstHead.text;
      consumed.add(0);
      cursor = 1;
    }
  }
  let summary = "";
  const afterTitle = blocks[cursor];
  if (title && afterTitle?.type === "paragraph" && pseudoHeadingText(doc, afterTitle) === null && !readMetadata(doc.block(afterTitle), {}).isMetadata) {
    summary = collapse(doc.block(afterTitle));
    consumed.add(cursor);
  }

  // --- rollback and sign-off sections
  type TCandidate = { head: THead; kind: "rollback" | "signoff"; start: number; end: number };
  const candidates: TCandidate[] = [];
  for (const h of allHeads) {
    if (consumed.has(h.index)) continue;
    if (candidates.some((c) => h.index > c.start && h.index < c.end)) continue;
    const clean = cleanLabel(h.parts.title);
    const kind = ROLLBACK_RE.test(clean) ? "rollback" : SIGNOFF_RE.test(clean) ? "signoff" : null;
    if (!kind) continue;
    const end = allHeads.find((o) => o.index > h.index && (h.isPseudo ? true : !o.isPseudo && o.level <= h.level))?.index ?? blocks.length;
    candidates.push({ head: h, kind, start: h.index, end });
  }
  const inCandidate = (i: number, list: TCandidate[]) => list.some((c) => i >= c.start && i < c.end);

  // --- phases
  const structuralHeads = allHeads.filter((h) => !consumed.has(h.index) && !inCandidate(h.index, candidates));
  const chosen = choosePhaseLevel(structuralHeads, 1);
  const accepted = candidates.filter((c) => (chosen ? c.head.level <= chosen.level : true));
  const mainBlocks: Array<{ node: TBlock; index: number }> = blocks
    .map((node, index) => ({ node, index }))
    .filter(({ index }) => !consumed.has(index) && !inCandidate(index, accepted));
  const split = splitPhases(
    doc,
    mainBlocks.map((b) => b.node),
    { minCount: 1, subheadingFallback: false },
  );

  const preambleParts: Array<{ at: number; text: string }> = [];
  const originalIndex = (node: TBlock) => blocks.indexOf(node);
  const meta: TMeta = {};
  const addPreamble = (nodes: TBlock[], isLeading: boolean) => {
    for (const node of nodes) {
      if (node.type === "thematicBreak") continue;
      if (node.type === "phaselineOpaque") {
        if (node.text) preambleParts.push({ at: originalIndex(node), text: node.text });
        continue;
      }
      const raw = doc.block(node);
      if (isLeading && node.type === "paragraph") {
        const m = readMetadata(raw, meta);
        if (m.isConsumed) continue;
      }
      preambleParts.push({ at: originalIndex(node), text: raw });
    }
  };

  let phases: TParsedPhase[];
  if (split && split.phases.length > 0) {
    addPreamble(split.leading, true);
    addPreamble(split.trailing, false);
    phases = split.phases.map((s) => buildPhase(doc, s));
  } else {
    warnings.push("No phase structure found (numbered or “Phase N” headings, or a numbered list of sections): the whole document is one phase.");
    const body = mainBlocks.map((b) => b.node);
    // metadata lines at the top still describe the runbook
    let k = 0;
    while (k < body.length && body[k]!.type === "paragraph" && readMetadata(doc.block(body[k]!), meta).isConsumed) k++;
    phases = [buildPhase(doc, { head: null, title: title || "Runbook", estimatedMinutes: null, body: body.slice(k) })];
  }

  // --- rollback procedure
  let rollback: TParsedRunbook["rollback"] = null;
  for (const c of accepted.filter((x) => x.kind === "rollback")) {
    const sectionBlocks = blocks.slice(c.start + 1, c.end);
    const heading = c.head.parts;
    if (heading.estimatedMinutes !== null) meta.rollbackMinutes ??= heading.estimatedMinutes;
    const inner = splitPhases(doc, sectionBlocks, { minCount: 1, subheadingFallback: true });
    let rollbackPhases: TParsedPhase[];
    if (inner && inner.phases.length > 0) {
      rollbackPhases = inner.phases.map((s, k) => {
        const leading = k === 0 ? inner.leading.filter((b) => b.type !== "thematicBreak").map((b) => doc.block(b)) : [];
        const phase = buildPhase(doc, s, leading);
        return phase;
      });
      const trailing = inner.trailing.filter((b) => b.type !== "thematicBreak").map((b) => doc.block(b));
      const last = rollbackPhases.at(-1)!;
      if (trailing.length) last.notes = [last.notes, ...trailing].filter(Boolean).join("\n\n");
    } else if (sectionBlocks.some((b) => b.type !== "thematicBreak")) {
      rollbackPhases = [buildPhase(doc, { head: null, title: heading.title, estimatedMinutes: null, body: sectionBlocks })];
    } else {
      rollbackPhases = [];
    }
    if (rollback) rollback.phases.push(...rollbackPhases);
    else rollback = { title: heading.title, phases: rollbackPhases };
  }

  // --- sign-off sheet
  const signoffRoles: string[] = [];
  for (const c of accepted.filter((x) => x.kind === "signoff")) {
    const { roles, leftover } = parseSignoff(doc, blocks.slice(c.start + 1, c.end));
    signoffRoles.push(...roles);
    if (leftover.length) preambleParts.push({ at: c.start, text: [doc.block(blocks[c.start]!), ...leftover].join("\n\n") });
  }

  // --- summary from an overview section when the document did not open with one
  if (!summary) {
    const overview = allHeads.find((h) => /^(?:overview|summary|purpose|description|introduction|background|about)$/.test(cleanLabel(h.text)));
    const para = overview ? blocks[overview.index + 1] : undefined;
    if (para?.type === "paragraph" && pseudoHeadingText(doc, para) === null) summary = collapse(doc.block(para));
  }

  if (!title) {
    title = "Untitled runbook";
    warnings.push("The document has no title heading: the runbook is called “Untitled runbook”.");
  }

  const preamble = preambleParts
    .sort((a, b) => a.at - b.at)
    .map((p) => p.text)
    .filter((t) => t.trim() !== "")
    .join("\n\n");

  const result: TParsedRunbook = {
    title,
    summary,
    ...(meta.riskLevel ? { riskLevel: meta.riskLevel } : {}),
    ...(meta.estimatedMinutes !== undefined ? { estimatedMinutes: meta.estimatedMinutes } : {}),
    ...(meta.rollbackMinutes !== undefined ? { rollbackMinutes: meta.rollbackMinutes } : {}),
    preamble,
    phases,
    rollback,
    signoffRoles,
    warnings,
  };
  return result;
}

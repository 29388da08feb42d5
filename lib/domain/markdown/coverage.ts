// "Never drop content" (PRODUCT.md "Import and export"), checked line by line: every non-blank
// line of the source, with its Markdown markers stripped, must appear somewhere in the parsed
// structure. Lines that only carry structure are exempt: fences, rules, Setext underlines,
// structural labels ("**Steps**:"), and fill-in blanks of a sign-off sheet. A heading may appear
// without its sequence prefix and estimate ("Phase 2:", "(5 minutes)"): those became the phase's
// position and estimatedMinutes. A "**Label**: value" line may appear as its value.
import { repairMojibake } from "./mojibake";
import { STRUCTURAL_LABEL_RE, cleanLabel, parseDuration, splitPhaseHeading } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { FOLLOW_UP_KEY_RE, parseFollowUpOffset } from "@/lib/domain/runbook/follow-up";
import { CELL_BOX_LEAD_RE, CELL_BOX_RE, EMPHASIS_BOX_RE, STEP_ACTION_HEADER_RE, STEP_NUMBER_HEADER_RE } from "./phase-body";
import { BOX_ENTITY, BOX_GLYPHS, BOX_SOURCE, TICK_GLYPHS } from "./vocabulary";

/** Box glyphs and ticks wherever they stand: markers (phase-body.ts MARKERS_RE drops them from titles), not text a field must hold. */
const GLYPHS_RE = new RegExp(`[${TICK_GLYPHS}${BOX_GLYPHS}]\\uFE0F?|${BOX_ENTITY}`, "gu");

/** "*is*", "_not_", "*(highest risk)*": single emphasis, which a title drops as it drops bold (an asterisk or underscore inside a word or code, "snake_case", "count(*)", stays). */
const EMPHASIS_RE = /(^|[\s(["“‘—–-])[*_]([(["“‘]?[\p{L}\p{N}](?:[^*_\n]*[^*_\s])?)[*_](?=$|[\s)\]"”’.,;:!?—–-])/gmu;

function normalise(s: string, keepsEmphasis = false): string {
  return s
    .replace(/\*\*|__|`/g, "")
    .replace(EMPHASIS_RE, keepsEmphasis ? "$&" : "$1$2")
    .replace(GLYPHS_RE, "")
    .replace(/\s+/g, " ")
    .trim();
}

function stripLineMarkers(line: string): string {
  let s = line.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s
      .replace(/^#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^>\s?/, "")
      // a list marker with nothing after it ("1. " in a template) is structure, as an empty checkbox is
      .replace(/^(?:[-*+]|\d+[.)])(?:\s+|$)/, "")
      // (any box the importer reads as one: "[ ]", "[x]", "[✓]", "[]" written without its space, "[  ]", "［ ］")
      .replace(LINE_BOX_RE, "")
      // (and one just inside the emphasis opening an item: "**[ ] Login**: …")
      .replace(EMPHASIS_BOX_RE, "$1")
      // a collapsed section's tags: its summary names the section; copy-button markup around a fence's code
      .replace(/<\/?(?:details|summary|copy)\b[^>]*>/gi, "")
      .trim();
    if (s === before) break;
  }
  return s;
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "number") out.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => collectStrings(v, out));
}

/** The keys whose "N minutes" value the importer reads as the runbook's or its rollback's estimate (parse-runbook.ts readMetadata). */
const DURATION_KEY_RE = /^(?:estimated (?:duration|time)|duration|estimate|estimated|rollback (?:time|duration)|time to roll ?back|estimated rollback time)$/;

const TABLE_ROW_RE = /^\|.*\|$/;
const TABLE_SEPARATOR_RE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const LINE_BOX_RE = new RegExp(String.raw`^${BOX_SOURCE}(?:\s+|$|(?<=］))`, "u");

/** Whether the table rows from `start` on carry a checkbox cell (a checklist table). */
function isCheckboxTable(lines: string[], start: number): boolean {
  for (let k = start; k < lines.length; k++) {
    const row = (lines[k] ?? "").trim();
    if (!TABLE_ROW_RE.test(row)) return false;
    if (row.split("|").some((cell) => CELL_BOX_RE.test(cell) && cell.trim() !== "")) return true;
  }
  return false;
}

/** The source lines that appear nowhere in the parsed runbook (expected: none). */
export function findUnplacedLines(source: string, parsed: TParsedRunbook): string[] {
  const text = repairMojibake(source.replace(/\r\n?/g, "\n")).text;
  const { warnings: _warnings, ...rest } = parsed;
  const strings: string[] = [];
  collectStrings(rest, strings);
  const haystack = normalise(strings.join("\n"));
  // (emphasis over lines a field joined into one — a step's text of two lines, `*"Reloader … Hence` / `reloaded … app"*` —
  // is stripped in the field and kept on each line: such a line is looked for with its emphasis too)
  let withEmphasis: string | undefined;
  const has = (needle: string) => {
    if (needle === "" || haystack.includes(normalise(needle))) return true;
    withEmphasis ??= normalise(strings.join("\n"), true);
    return withEmphasis.includes(normalise(needle, true));
  };

  const missing: string[] = [];
  const lines = text.split("\n");
  let checkboxTableHeader = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (TABLE_ROW_RE.test(trimmed)) {
      // a table: its separator is structure; a checklist table's header names columns that became the items' labels
      if (TABLE_SEPARATOR_RE.test(trimmed)) continue;
      if (i > checkboxTableHeader && TABLE_SEPARATOR_RE.test((lines[i + 1] ?? "").trim()) && isCheckboxTable(lines, i + 2)) {
        checkboxTableHeader = i;
        continue;
      }
      const cells = trimmed
        .replace(/^\|/, "")
        .replace(/\|$/, "")
        .split("|")
        .map((c) => normalise(c.replace(CELL_BOX_LEAD_RE, "")));
      if (cells.every((c) => c === "" || has(c))) continue;
      // a step table's header: its numbering and action columns became each step's number and title
      const isHeader = TABLE_SEPARATOR_RE.test((lines[i + 1] ?? "").trim());
      if (isHeader && cells.every((c) => c === "" || has(c) || STEP_NUMBER_HEADER_RE.test(c) || STEP_ACTION_HEADER_RE.test(c))) continue;
    }
    if (/^(?:`{3,}|~{3,})/.test(trimmed)) continue; // fence delimiters: the language is kept on the step
    if (/^(?:[-*_]\s*){3,}$/.test(trimmed) || /^=+$/.test(trimmed)) continue; // rules, Setext underlines
    if (/^<!--\s*\/?phaseline:(?:preamble|notes)\s*-->$/.test(trimmed)) continue;
    const content = normalise(stripLineMarkers(trimmed));
    if (content === "" || has(content)) continue;
    // (a line as written: a fence's "<summary>" placeholder — `git commit -m "vX.Y.Z — <summary>"` — is no collapsed section's
    // tag, 5864, set 490)
    if (has(trimmed)) continue;
    // (a line whose emphasis runs on into the next — "*Package settings* → … → *GitHub" over "Actions*, with …" — joined
    // into one field: looked for as written, its closed emphasis kept, 2058)
    if (has(stripLineMarkers(trimmed))) continue;
    if (STRUCTURAL_LABEL_RE.test(cleanLabel(content))) continue;
    const heading = splitPhaseHeading(content);
    if (has(heading.title) || STRUCTURAL_LABEL_RE.test(cleanLabel(heading.title))) continue;
    // a heading whose checkbox is its title ("## [ ] ~10 minutes")
    if (/^#{1,6}\s/.test(trimmed) && has(splitPhaseHeading(trimmed.replace(/^#{1,6}\s+/, "")).title)) continue;
    // (a full-width colon, "回滚：…", as the importer reads a label)
    const kv = /^([^:：]{1,60})[:：]\s*(.+)$/u.exec(content);
    if (kv && (has(kv[2]!) || has(splitPhaseHeading(kv[2]!).title))) continue;
    // "Follow-up: +24 h after the main phases" became the phase's followUpOffsetMinutes
    if (kv && FOLLOW_UP_KEY_RE.test(cleanLabel(kv[1]!)) && parseFollowUpOffset(kv[2]!) !== null) continue;
    // a sign-off line: "Deployment Lead: ________ Date: ____" (a blank of an odd number of underscores, "_______________", keeps
    // one after normalise drops the pairs: a lone "_" between spaces is what is left of a blank — 4924, set 411)
    const blanksRemoved = content
      .replace(/_{2,}|(?<!\S)_(?!\S)/g, "")
      .replace(/\b(?:date|name|signature|signed(?: by)?|time)\s*:/gi, "")
      .replace(/[:\s]+$/, "")
      .trim();
    if (blanksRemoved !== content && has(blanksRemoved)) continue;
    // "**1\\. Purpose**": a heading's backslash escapes are not part of its title
    const unescaped = normalise(stripLineMarkers(trimmed.replace(/\\([!-/:-@[-`{-~])/g, "$1")));
    if (unescaped !== content && (has(unescaped) || has(splitPhaseHeading(unescaped).title))) continue;
    // "**Duration**: 30 minutes" became the runbook's (or its rollback's) estimate
    if (kv && DURATION_KEY_RE.test(cleanLabel(kv[1]!)) && [parsed.estimatedMinutes, parsed.rollbackMinutes].includes(parseDuration(kv[2]!) ?? undefined)) continue;
    missing.push(line);
  }
  return missing;
}

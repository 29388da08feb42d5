// Markdown runbook → structured draft (PRODUCT.md "Import and export"). The document is parsed
// with a real CommonMark + GFM parser (remark → mdast), so a `#` comment inside a code fence is
// code, never a heading. Structure is decided from the document's shape, not its vocabulary:
//
// 1. Rollback sections, at any level and under any of their names ("Rollback Procedure", "Back-out
//    plan", "Revert", a "Rollback" subsection inside a phase) and sign-off sections are set aside
//    (rollback.ts: findSetAsideSections; where no section names the rollback, rollback.ts finds it
//    in a field, a table column or the last step after the phases are built).
// 2. The phase level is chosen from the whole document (sections.ts: choosePhaseLevel).
// 3. Outside the phases: a section holding checkboxes ("Pre-deployment checklist", "Post-deployment
//    tasks") is a phase of its own; appendices (contacts, glossary, communication plans) are the
//    runbook's notes; anything else joins the nearest phase before it. Only what precedes the first
//    phase is preamble.
// 4. Inside a phase (phase-body.ts): labels route lists; checkboxes are checklist items, numbered
//    items, step headings and code fences steps; the rest is the phase's notes, in order.
// Nothing is dropped: coverage.ts checks it line by line. Every pass is linear in the document.
//
// Exported documents (export-runbook.ts) wrap free text in `<!-- phaseline:notes -->` /
// `<!-- phaseline:preamble -->` / `<!-- phaseline:appendix -->` markers; text between them is
// taken verbatim, which is what makes export → import give back the same structure.
import { isSchemaDesignRule } from "@/lib/domain/sql/schema-design-rules";
import { parseMarkdownTree } from "./markdown-tree";
import { repairMojibake } from "./mojibake";
import { buildPhase, hasCheckbox, isTaskTable, isTroubleshootingTable, keyValue, symptomRows } from "./phase-body";
import {
  Doc,
  choosePhaseLevel,
  collapseOpaque,
  headsOf,
  isBulletChecklist,
  isDetailsClose,
  isTierA,
  pseudoHeadingText,
  sectionEnds,
  splitLeadLines,
  splitPhases,
  splitTopSections,
  type TBlock,
  type THead,
  type TSection,
} from "./sections";
import {
  INCIDENT_TITLE_RE,
  MIGRATION_AUTHORING_RE,
  findSetAsideSections,
  isTroubleshootingByCases,
  rollbackColumn,
  rollbackRow,
  rollbackField,
  rollbackInFence,
  rollbackInItem,
  rollbackInPreamble,
  rollbackQuestionIn,
  rollbackInStepProse,
  rollbackStep,
} from "./rollback";
import { parseSignoff } from "./signoff-sheet";
import { PHASES_LIST_NAME_RE, stagesOfOneList } from "./one-list-stages";
import type { TParsedPhase, TParsedRunbook } from "./types";
import {
  isAppendixName,
  unglossed,
  CHECKLIST_SECTION_RE,
  INTRO_RE,
  LEGEND_RE,
  EVENT_TIME_TITLE_RE,
  SIGNOFF_RE,
  cleanLabel,
  collapse,
  isPointerParagraph,
  isPrerequisitesLabel,
  labelKind,
  looksLikeShell,
  looksLikeSql,
  parseDuration,
  psqlEmbeddedSql,
  SHELL_LANGS,
  SQL_LANGS,
  splitPhaseHeading,
  VERIFICATION_TITLE_RE,
  NAMES_CHECKLIST_RE,
  namesCheckToMake,
  AFTER_EVENT_ML_RE,
  AFTER_WORD,
  ACTION_TITLE_RE,
  ALTERNATIVE_LABEL_RE,
  ROMANCE_BARE_INFINITIVE_RE,
  isRomanceProse,
  AFTERMATH_TITLE_RE,
  REMAINING_STEPS_TITLE_RE,
  INCIDENT_RESPONSE_TITLE_RE,
  POST_INCIDENT_TITLE_RE,
  PREPARATION_TITLE_RE,
  CADENCE_TITLE_RE,
} from "./vocabulary";

export { STRUCTURAL_LABEL_RE, cleanLabel, labelKind, parseDuration, splitPhaseHeading, type TLabelKind } from "./vocabulary";
export {
  SENTENCE_KINDS,
  draftStepCandidate,
  draftStepFromDetails,
  fenceCode,
  httpCheckLine,
  joinCommandLine,
  simpleCommandLine,
  splitCommandLine,
  stepFromCode,
  stepSentence,
} from "./step-details";

export class RunbookParseError extends Error {}

const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

type TMeta = Pick<TParsedRunbook, "riskLevel" | "estimatedMinutes" | "rollbackMinutes" | "disabledLintRules">;

/** Reads "**Risk Level**: HIGH" style lines; isConsumed when every line is understood exactly. */
function readMetadata(raw: string, meta: TMeta): { isMetadata: boolean; isConsumed: boolean } {
  const pairs = raw
    .split("\n")
    .filter((l) => l.trim())
    .map(keyValue);
  if (pairs.length === 0) return { isMetadata: false, isConsumed: false };
  let isConsumed = true;
  for (const pair of pairs) {
    if (pair === null) return { isMetadata: false, isConsumed: false };
    const { key, value } = pair;
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
    } else if (/^lint off$/.test(key)) {
      // issue 11: "**Lint off**: prefer-text-field, prefer-timestamptz" — the schema-design warnings switched off
      const named = value.split(/[\s,]+/).filter(Boolean);
      meta.disabledLintRules ??= named.filter(isSchemaDesignRule);
      if (named.some((rule) => !isSchemaDesignRule(rule))) isConsumed = false;
    } else {
      isConsumed = false;
    }
  }
  return { isMetadata: true, isConsumed };
}

/** YAML front matter ("---" … "---" at the very top): its text, kept as preamble, and its title. */
function frontMatter(text: string): { raw: string; title: string | null } | null {
  const m = /^---[ \t]*\n([\s\S]{0,20000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1] ?? "")) return null;
  const title = /^title\s*:\s*["']?(.+?)["']?\s*$/m.exec(m[1] ?? "")?.[1] ?? null;
  return { raw: m[0], title };
}

/** A section named for a time around the event (EVENT_TIME_TITLE_RE); an "After …" one only where it lists what to do. */
const AFTER_WORD_START_RE = new RegExp(`^${AFTER_WORD}`, "iu");
/** A gloss in brackets that gives a time ("(no mesmo dia)", "(after ~1 week stable)", "(T+1h)", "(当天)"), not a remark ("(no bloquea operar)"). */
const TIME_GLOSS_RE =
  /\s*[(（][^()（）]*(?:\b(?:same\s+day|days?|weeks?|hours?|minutes?|mins?|dia|d[ií]as?|semanas?|horas?|jours?|semaines?|heures?|tag(?:e|es)?|wochen?|stunden?|день|дня|дней|недел\p{L}*|час\p{L}*)\b|\bT\s*[+-]\s*\d|~?\d+\s*(?:h|min|d)\b|当天|当日|次日|[0-9一二三四五六七]\s*(?:天|日|周|週|小时|時間)|\d+\s*(?:일|주|시간))[^()（）]*[)）]$/iu;
const namesEventTime = (title: string, body: TBlock[]) => {
  // (a time glossed after it aside: "## Depois da virada (no mesmo dia)" — after the cut-over, the same day: 2610, set 218; not
  // a remark, "## 8. Post-lanzamiento (no bloquea operar)" — does not block operating — 1933's notes)
  const name = cleanLabel(title).replace(TIME_GLOSS_RE, "");
  return EVENT_TIME_TITLE_RE.test(name) && (!(AFTER_WORD_START_RE.test(name) || AFTER_EVENT_ML_RE.test(name)) || body.some((b) => b.type === "list"));
};
/**
 * A time on the event's clock in a section's name — "## 5. Monitoring Window (T+10 to T+30)" after "## 4. Production Smoke Test
 * (T+0 to T+10)", a go-live's last stage before its rollback (5993, set 500, both counters) —: a stage of the timeline, whatever
 * its body holds.
 */
const T_TIME_RE = /(?:^|[\s(（[,:：—–-])T\s?[+\-−–]\s?\d{1,3}(?:[.,]\d)?\s*(?:min(?:utes?|s)?|m|h|hrs?|hours?|d|days?|w|weeks?)?(?![\p{L}\d])/u;
/** Fence languages of text shown as written ("```text", "```plaintext"): nothing in them to run. */
const TEXT_FENCE_LANGS = new Set(["text", "txt", "plain", "plaintext"]);
/**
 * Fence languages of a diagram ("```mermaid", "```plantuml", "```dot"): a picture of the system to read, nothing to run — a
 * section of a table and a diagram ("## 1. 시스템 개요", "## 0. Architecture") is context, as one of prose is (2015).
 */
const DIAGRAM_FENCE_LANGS = new Set(["mermaid", "plantuml", "puml", "dot", "graphviz", "ditaa", "d2", "svgbob", "nomnoml", "blockdiag", "seqdiag"]);
/**
 * Whether an unlabelled fence's `code` draws a directory tree ("data/\n├── app.db\n└── schemas/"): a picture of the
 * layout to read, shown as written like a `text` fence, nothing to run (1748's "## 0. Data layout").
 */
function isDirectoryTree(code: string): boolean {
  if (!code.includes("──") && !code.includes("│")) return false;
  const rows = code.split("\n").filter((line) => line.trim() !== "");
  return rows.length >= 2 && rows.filter((line) => /[├└]──|^\s*│/.test(line)).length * 2 >= rows.length;
}
/**
 * Whether an unlabelled fence's `code` draws a flow ("Push docker-compose.yml sur main\n   ↓\nWebhook GitHub → Dokploy …\n   ↓\n
 * docker compose up …"): lines of arrows alone between the boxes, a picture of how the work flows to read, as a directory tree
 * is, nothing to run (4375, set 366, both counters: "## Architecture deploy" over such a fence and a paragraph, reference before
 * the "Cas" sections of the work).
 */
function isFlowDiagram(code: string): boolean {
  const rows = code.split("\n").filter((line) => line.trim() !== "");
  const arrows = rows.filter((line) => /^[\s│|]*[↓↑⬇⬆▼▲⇓⇑↕]+[\s│|]*$|^\s*(?:v|V)\s*$/u.test(line)).length;
  return rows.length >= 3 && arrows >= 2 && arrows * 3 >= rows.length - arrows;
}
/** A section that sums up or surveys rather than holds work ("Checklist Summary", "Overview of the checks"). */
const SUMMARY_TITLE_RE =
  /\b(?:summary|overview|recap|at a glance)\b|zusammenfassung|[üu]bersicht|resumen|resumo|r[ée]sum[ée]|sommario|riepilogo|概要|まとめ|总结|概览|요약|сводка|итоги/iu;
/** A runbook for diagnosing what went wrong ("Diagnostic post-mortem", "Troubleshooting guide", "Guide de dépannage"). */
const DIAGNOSIS_TITLE_RE = /\b(?:diagnos\w*|troubleshoot\w*|d[ée]pannage|fehlersuche|post-?mortem)\b/iu;
/** The cases a response runbook handles ("Common Outage Scenarios", "Failure scenarios", "Problèmes courants", "Häufige Probleme"). */
const SCENARIOS_TITLE_RE =
  /^(?:(?:common|known|typical|frequent)\s+)?(?:(?:outage|failure|incident|error|problem)\s+)?(?:scenarios?|problems|issues|failures|failure modes)(?:\s+and\s+(?:fixes|remedies|solutions|resolutions))?$|^(?:probl[èe]mes|sc[ée]narios|incidents)\s+(?:courants|fr[ée]quents|typiques)$|^(?:problemas|escenarios|cen[áa]rios)\s+(?:comunes|frecuentes|comuns|frequentes)$|^h[äa]ufige\s+(?:probleme|fehler|szenarien)$/iu;
const offsetOf = (node: TBlock) => node.position?.start.offset ?? 0;
/**
 * Whether a line above the title is navigation, not content: links between separators ("[English](DEPLOY.md) | **한국어**",
 * "> 🇧🇷 **Português** · [🇬🇧 English](deploy.md)", "**Language / Язык:** [English](../operations.md) | [Русский](operations.md)",
 * "[< Back to Index](../INDEX.md) | [Installation](…)"): a bilingual repository's language switch or a docs site's breadcrumb,
 * over the document's "# …" heading, which stays its title (4339, set 363, both counters: "# 배포 가이드" read as the title;
 * imported as "Untitled runbook" before, as eight documents of the corpus were). `text`: the block as written, one line or two.
 */
export function isNavigationLine(text: string): boolean {
  const LINK_RE = /!?\[[^\]\n]*\]\([^)\s]*\)/gu;
  if (text.split("\n").length > 2 || !LINK_RE.test(text)) return false;
  const rest = text
    .replace(LINK_RE, " ")
    .replace(/^\s*>\s?/gmu, " ")
    .replace(/[*_`]/gu, " ")
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F]/gu, " ");
  // what is left: separators and a few words (the current language, a "Language:" label), never a sentence
  const words = rest.split(/[\s|·•/,:：>–—-]+/u).filter((w) => w !== "");
  return words.length <= 4 && !/[.。!?]\s*$/u.test(rest.trim());
}

type TPart = { at: number; text: string };

/**
 * `text` with what lies between an export's `<!-- phaseline:notes -->` … `<!-- /phaseline:notes -->`
 * markers (preamble, notes, appendix; each on a line of its own) blanked to spaces, lines kept: the
 * same length and line breaks, so every position the Markdown reading gives still points into `text`,
 * and the markers' content — taken verbatim from `text` by collapseOpaque — cannot open a fence or a
 * block that runs past its closing marker (a stray "```" in an appendix swallowed the rollback after
 * it). One pass: each region ends at the first closing marker of its kind.
 */
export function blankVerbatimRegions(text: string): string {
  if (!text.includes("<!-- phaseline:")) return text;
  return text.replace(
    /^(<!--\s*phaseline:(preamble|notes|appendix)\s*-->[ \t]*\n)([\s\S]*?)(?=^<!--\s*\/phaseline:\2\s*-->[ \t]*$)/gm,
    (_all, open: string, _kind: string, inner: string) => open + inner.replace(/[^\n]/g, " "),
  );
}

/** The warning where the document gives no phases: all of it is one phase (or, one-list-stages.ts, the stages of its one list). */
const NO_PHASE_STRUCTURE = "No phase structure found (numbered or “Phase N” headings, or a numbered list of sections): the whole document is one phase.";

export function parseRunbookMarkdown(input: string): TParsedRunbook {
  const warnings: string[] = [];
  let text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const repair = repairMojibake(text);
  if (repair.repairedRuns > 0) {
    text = repair.text;
    warnings.push(`Repaired ${repair.repairedRuns} mis-encoded character sequence(s) (UTF-8 read as ${repair.encoding}).`);
  }
  if (text.trim() === "") throw new RunbookParseError("The document is empty.");

  const preambleParts: TPart[] = [];
  const front = frontMatter(text);
  if (front) {
    preambleParts.push({ at: -1, text: front.raw.trimEnd() });
    // blanked, not cut: every position remark gives still points into `text`
    text = front.raw.replace(/[^\n]/g, " ") + text.slice(front.raw.length);
  }

  const doc = new Doc(text, warnings);
  // (the text between an export's verbatim markers is read as written, never as Markdown: blanked for the reading)
  const tree = parseMarkdownTree(blankVerbatimRegions(text));
  const blocks = collapseOpaque(doc, splitLeadLines(doc, tree.children));
  if (
    !front &&
    !blocks.some((b) => b.type !== "thematicBreak" && !(b.type === "html" && /^<!--[\s\S]*-->$/.test(b.value.trim())) && !(b.type === "phaselineOpaque" && b.text.trim() === ""))
  ) {
    throw new RunbookParseError("The document has no content to import (only comments or rules).");
  }
  const allHeads = headsOf(doc, blocks);
  const ends = sectionEnds(allHeads, blocks.length);

  // --- title and summary
  const consumed = new Array<boolean>(blocks.length).fill(false);
  let title = "";
  // (an HTML comment before the title — a template's "<!-- Hinweis: Platzhalter … -->", a licence — is the preamble's:
  // the heading after it is still the title)
  let lead = Math.max(
    0,
    blocks.findIndex((b) => !(b.type === "html" && /^<!--[\s\S]*-->$/.test(b.value.trim()))),
  );
  // (and a navigation line above the "# …" heading — a language switch, a breadcrumb — is the preamble's: the heading is the title)
  const navigation = blocks[lead];
  const afterNavigation = blocks[lead + 1];
  if (
    (navigation?.type === "paragraph" || navigation?.type === "blockquote") &&
    afterNavigation?.type === "heading" &&
    afterNavigation.depth === 1 &&
    isNavigationLine(doc.block(navigation))
  )
    lead += 1;
  let cursor = 0;
  const first = blocks[lead];
  const firstHead = allHeads[0];
  if (first?.type === "heading" && firstHead?.index === lead) {
    const isOnlyAtLevel = !allHeads.some((h) => h.index !== lead && !h.isPseudo && h.level <= first.depth);
    if (isOnlyAtLevel || !isTierA(firstHead)) {
      title = firstHead.text;
      consumed[lead] = true;
      cursor = lead + 1;
    }
  }
  // "**CHANGE IMPLEMENTATION PLAN**" over "**1. Purpose**", "**2. …**" (a Word export without real
  // headings): the unnumbered bold first line is the document's title, the numbered ones its sections
  if (
    !title &&
    firstHead?.index === 0 &&
    firstHead.isPseudo &&
    firstHead.detailsEnd === undefined &&
    firstHead.parts.number === null &&
    !allHeads.some((h) => !h.isPseudo) &&
    allHeads.filter((h) => h.parts.number !== null && !h.parts.isSubStep).length >= 2
  ) {
    title = firstHead.text;
    consumed[0] = true;
    cursor = 1;
  }
  let summary = "";
  /** The paragraph the summary was read from, as written; null: none or an export's. */
  let summaryBlock: TBlock | null = null;
  const afterTitle = blocks[cursor];
  // an export's summary that would not read back as one written plainly ("**Status (2026-10-06):** steps 1–2
  // work today …" on one line reads as a metadata field): between its markers, as written
  if (title && afterTitle?.type === "phaselineOpaque" && afterTitle.kind === "summary") {
    summary = collapse(afterTitle.text);
    consumed[cursor] = true;
  } else if (
    title &&
    afterTitle?.type === "paragraph" &&
    pseudoHeadingText(doc, afterTitle) === null &&
    !readMetadata(doc.block(afterTitle), {}).isMetadata &&
    !hasCheckbox(doc, afterTitle) &&
    // a label over a list ("Prerequisites" / "Checklist:") names that list; it is no summary
    !(labelKind(doc.block(afterTitle)) !== null && blocks[cursor + 1]?.type === "list")
  ) {
    summary = collapse(doc.block(afterTitle));
    summaryBlock = afterTitle;
    consumed[cursor] = true;
  }

  // --- rollback and sign-off sections (any level), found in one pass (rollback.ts)
  const { candidates, isRollbackRunbook, isRestoreRunbook } = findSetAsideSections(doc, blocks, allHeads, ends, consumed, title);
  const inCandidate = new Array<boolean>(blocks.length).fill(false);
  for (const c of candidates) for (let i = c.start; i < c.end; i++) inCandidate[i] = true;

  // --- phases
  const structuralHeads = allHeads.filter((h) => !consumed[h.index] && !inCandidate[h.index]);
  const chosen = choosePhaseLevel(structuralHeads, 1);
  // a sign-off section deeper than the phases is part of a phase; a rollback section at any depth is the rollback procedure
  const accepted = candidates.filter((c) => c.kind === "rollback" || !chosen || c.head.level <= chosen.level);
  const isAccepted = new Array<boolean>(blocks.length).fill(false);
  for (const c of accepted) for (let i = c.start; i < c.end; i++) isAccepted[i] = true;
  const mainBlocks = blocks.filter((_, index) => !consumed[index] && !isAccepted[index]);
  const split = splitPhases(doc, mainBlocks, { minCount: 1, subheadingFallback: false });

  const meta: TMeta = {};
  const appendixParts: TPart[] = [];
  const toPreamble = (nodes: TBlock[], readsMetadata: boolean) => {
    for (const node of nodes) {
      if (node.type === "thematicBreak") continue;
      const raw = doc.block(node);
      if (readsMetadata && node.type === "paragraph" && readMetadata(raw, meta).isConsumed) continue;
      if (raw.trim()) preambleParts.push({ at: offsetOf(node), text: raw });
    }
  };

  const startOf = (p: TSection) => {
    const block = p.head ? mainBlocks[p.head.index] : undefined;
    return block ? offsetOf(block) : -1;
  };
  let phases: TParsedPhase[];
  /** each phase's start in the document (an offset; -1: none) */
  const phaseAt: number[] = [];
  if (split && split.phases.length > 0) {
    phases = placeAroundPhases(doc, split, {
      toPreamble,
      appendixParts,
      starts: phaseAt,
      startOf,
      headBlock: (x) => (x.head ? mainBlocks[x.head.index] : x.lead),
      isResponse: INCIDENT_TITLE_RE.test(title) || DIAGNOSIS_TITLE_RE.test(title),
      isIncidentResponse: INCIDENT_RESPONSE_TITLE_RE.test(title),
    });
  } else {
    warnings.push(NO_PHASE_STRUCTURE);
    // metadata lines at the top still describe the runbook
    let k = 0;
    for (let node = mainBlocks[0]; node?.type === "paragraph" && readMetadata(doc.block(node), meta).isConsumed; node = mainBlocks[++k]);
    // the document's title names its one phase, as a heading would ("(10 min)" is its estimate)
    const heading = splitPhaseHeading(title || "Runbook");
    const body = mainBlocks.slice(k);
    // (a document named as a checklist over bullets only — "# Go-Live Checklist" over ten conditions to confirm — is that
    // checklist, as a section so named is: 1449. Over numbered steps it stays a procedure.)
    const isChecklist = title !== "" && (labelKind(heading.title) === "checklist" || isBulletChecklist(heading.title, body));
    phases = [buildPhase(doc, { head: null, title: heading.title, estimatedMinutes: heading.estimatedMinutes, body, ...(isChecklist ? { label: "checklist" as const } : {}) })];
  }

  // --- rollback procedure; a rollback subsection inside a phase is named after that phase
  const phaseStarts = split?.phases.map((p, k) => ({ at: startOf(p), title: p.title, k })) ?? [];
  let rollback: TParsedRunbook["rollback"] = null;
  let coreTitle: string | null = null;
  /** each rollback section's heading, with the phases it gave and the title a phase of its own would bear */
  const named: Array<{ heading: string; raw: string; phases: TParsedPhase[]; phaseTitle: string }> = [];
  let p = -1;
  for (const c of accepted) {
    if (c.kind !== "rollback") continue;
    const heading = c.head.parts;
    const headBlock = blocks[c.start];
    const at = headBlock ? offsetOf(headBlock) : 0;
    // ("## Rollback" saying only "See `rollback.md`."): the rollback lives in another document — the section is kept
    // whole as the runbook's notes, and the lead is told, rather than imported as a procedure with nothing to do
    // (a rule closing the section — "---" before the next — is no content of its own: 5827)
    const body = blocks.slice(c.start + 1, c.end).filter((b) => b.type !== "thematicBreak");
    if (!c.isAround && headBlock && body.length > 0 && body.every((b) => b.type === "paragraph" && isPointerParagraph(doc.block(b)))) {
      appendixParts.push({ at, text: [doc.block(headBlock), ...body.map((b) => doc.block(b))].join("\n\n") });
      warnings.push(
        `“${heading.title}” only points to another document (${collapse(body.map((b) => doc.block(b)).join(" "))}): kept in the runbook's notes; add the rollback steps to import one.`,
      );
      continue;
    }
    while (phaseStarts[p + 1] !== undefined && (phaseStarts[p + 1]?.at ?? Infinity) < at) p++;
    const owner = chosen && c.head.level > chosen.level ? phaseStarts[p] : undefined;
    if (heading.estimatedMinutes !== null) meta.rollbackMinutes ??= heading.estimatedMinutes;
    const phaseTitle = owner ? `${owner.title}: ${heading.title}` : heading.title;
    const rollbackPhases = buildRollbackPhases(doc, blocks.slice(c.start + 1, c.end), phaseTitle);
    if (rollback) rollback.phases.push(...rollbackPhases);
    else rollback = { title: heading.title, phases: rollbackPhases };
    // the procedure is named by its rollback section, not by the triggers before it
    if (!c.isAround && !coreTitle) coreTitle = heading.title;
    if (headBlock) named.push({ heading: heading.title, raw: doc.block(headBlock), phases: rollbackPhases, phaseTitle });
  }
  if (rollback && coreTitle) rollback.title = coreTitle;
  // a section that names neither the procedure nor a phase of it — "## 🚨 ROLLBACK TRIGGERS" over "### Critical" /
  // "### Warning", beside "## Rollback Process" — keeps its heading at the head of its first phase's notes
  for (const x of named) {
    const first = x.phases[0];
    if (!first || x.heading === rollback?.title || x.phases.some((ph) => ph.title === x.phaseTitle)) continue;
    first.notes = [x.raw, first.notes].filter((t) => t.trim() !== "").join("\n\n");
  }
  // a template's only rollback may be a field of a phase, left to fill in ("* **Rollback Plan:** \\[If the
  // change fails, how will the system be restored?\\]"): the rollback procedure, its value the notes
  if (!rollback && !isRollbackRunbook) rollback = rollbackField(phases, isRestoreRunbook);
  // a step table with a "Rollback" column ("| # | Step | Exit check | Rollback |"): each row's way back, in order
  if (!rollback && !isRollbackRunbook) rollback = rollbackColumn(doc, mainBlocks, isRestoreRunbook);
  // or a row of a table named the rollback ("| **Rollback** | Restores a previous deployment's image |")
  if (!rollback && !isRollbackRunbook) rollback = rollbackRow(doc, mainBlocks);
  // the procedure's last step rolling it back ("12. Roll back if the node misbehaves:" over a fence)
  if (!rollback && !isRollbackRunbook) rollback = rollbackStep(phases);
  // a step's prose that says how to go back ("**Failure mode:** Deploy fails -> rollback via `--stage rollback`.")
  if (!rollback && !isRollbackRunbook) rollback = rollbackInStepProse(phases, isRestoreRunbook);
  // a step, a box or an item inside a step that rolls back, as one case among others ("A bad deploy: roll back to …")
  if (!rollback && !isRollbackRunbook && !isRestoreRunbook) rollback = rollbackInItem(phases, title);
  // a commented command of a fence of the work that goes back ("# Rollback one migration step" over `alembic downgrade -1`)
  if (!rollback && !isRollbackRunbook && !isRestoreRunbook) rollback = rollbackInFence(phases, title);
  // a line labelled as the way back in the text before the first phase ("Rollback: … promote a previous one."), front matter aside
  if (!rollback && !isRollbackRunbook && phases.length > 0)
    rollback = rollbackInPreamble(
      preambleParts.filter((part) => part.at >= 0),
      isRestoreRunbook,
    );
  // (or in the summary under the title: "… CI's job ends at GHCR. Every phase has a rollback: point the GitOps image ref back
  // at the .NET image and let Flux reconcile." — a cut-over checklist's only way back, 2826, set 236, both counters; the
  // summary keeps what is left of it)
  if (!rollback && !isRollbackRunbook && phases.length > 0 && summaryBlock !== null) {
    const part = { text: doc.block(summaryBlock) };
    rollback = rollbackInPreamble([part], isRestoreRunbook);
    if (rollback) summary = collapse(part.text);
  }

  // (or answered in the FAQ after the work: "**Q：能回退吗？**" — can one go back? — over "能。…" and how: 4271)
  if (!rollback && !isRollbackRunbook && phases.length > 0) rollback = rollbackQuestionIn(appendixParts);

  // --- sign-off sheet
  const signoffRoles: string[] = [];
  for (const c of accepted) {
    if (c.kind !== "signoff") continue;
    const { roles, leftover, checkable } = parseSignoff(doc, blocks.slice(c.start + 1, c.end));
    signoffRoles.push(...roles);
    const headBlock = blocks[c.start];
    // its checkboxes are tickable items of the nearest phase — the last one before the section, or the
    // first — named by the section ("Sign-off: QA approval"); the sheet keeps the role lines
    if (checkable.length) {
      const at = headBlock ? offsetOf(headBlock) : 0;
      let k = 0;
      phaseAt.forEach((start, j) => {
        if (start >= 0 && start < at) k = j;
      });
      const target = phases[k];
      if (target) {
        const part = buildPhase(doc, { head: null, title: c.head.parts.title, estimatedMinutes: null, body: checkable });
        const name = c.head.parts.title;
        target.checklistItems.push(...part.checklistItems.map((item) => ({ ...item, text: name ? `${name}: ${item.text}` : item.text })));
        if (part.notes.trim()) target.notes = [target.notes, part.notes].filter((t) => t.trim()).join("\n\n");
      }
    }
    if (leftover.length && headBlock) appendixParts.push({ at: offsetOf(headBlock), text: [doc.block(headBlock), ...leftover].join("\n\n") });
  }

  // --- summary from an overview section when the document did not open with one
  if (!summary) {
    const overview = allHeads.find((h) => /^(?:overview|summary|purpose|description|introduction|background|about)$/.test(cleanLabel(h.text)));
    const para = overview ? blocks[overview.index + 1] : undefined;
    // (lines of "**Objective:** …" / "**Target Date:** …" fields are metadata, as after the title, not a summary)
    if (para?.type === "paragraph" && pseudoHeadingText(doc, para) === null && !readMetadata(doc.block(para), {}).isMetadata && !hasCheckbox(doc, para))
      summary = collapse(doc.block(para));
  }

  if (!title && front?.title) title = collapse(front.title);
  if (!title) {
    title = "Untitled runbook";
    warnings.push("The document has no title heading: the runbook is called “Untitled runbook”.");
  }

  // --- a runbook whose whole work is one list of steps: its stages (one-list-stages.ts)
  // (a list under a label naming the checks to make — "배포 전 확인:" (check before deploying) over seven checks — is one
  // stage of checks, not stages of work: 1883, set 158)
  const firstStep = phases.slice(0, -1).every((x) => x.steps.length === 0 && x.checklistItems.length > 0) ? phases.at(-1)?.steps[0] : undefined;
  const isLabelledChecks =
    firstStep !== undefined &&
    blocks.some((b, k) => {
      const label = blocks[k - 1];
      if (b.type !== "list" || b.ordered !== true || label?.type !== "paragraph") return false;
      const text = doc.block(label).trim();
      const first = b.children[0]?.children[0];
      return (
        !text.includes("\n") &&
        /[:：]$/u.test(text) &&
        (namesCheckToMake(cleanLabel(text.replace(/[:：]$/u, ""))) || /\bchecks\b/iu.test(text)) &&
        first?.type === "paragraph" &&
        collapse(doc.plainInline(first.children)).startsWith(firstStep.title.slice(0, 20))
      );
    });
  // (in a document of no phase structure, a heading naming its list the phases over items each named in bold — "## Phases"
  // over "1. **Pilot** on one physical machine per OS." …: 3351, set 280, both counters — is one phase an item, as such a
  // section among others is (sections.ts, 1007); plain items under it stay steps, read as stages)
  const isBoldNamedList = (b: TBlock | undefined) =>
    b?.type === "list" && b.children.every((item) => item.children[0]?.type === "paragraph" && item.children[0].children[0]?.type === "strong");
  const isListOfPhases =
    !split && headsOf(doc, mainBlocks).some((h) => !h.isPseudo && PHASES_LIST_NAME_RE.test(cleanLabel(h.parts.title)) && isBoldNamedList(mainBlocks[h.index + 1]));
  const staging = isLabelledChecks ? null : stagesOfOneList(phases, split?.phases.some((p) => p.head?.parts.hasKeyword) ?? false, isListOfPhases);
  if (staging) {
    phases = staging.stages;
    // (its warning says what became of the one phase, in place of "the whole document is one phase")
    const unstructured = warnings.indexOf(NO_PHASE_STRUCTURE);
    if (unstructured >= 0) warnings.splice(unstructured, 1, staging.warning);
    else warnings.push(staging.warning);
  }

  const joinParts = (parts: TPart[]) =>
    parts
      .sort((a, b) => a.at - b.at)
      .map((part) => part.text)
      .filter((t) => t.trim() !== "")
      .join("\n\n");

  return {
    title,
    summary,
    ...(meta.riskLevel ? { riskLevel: meta.riskLevel } : {}),
    ...(meta.estimatedMinutes !== undefined ? { estimatedMinutes: meta.estimatedMinutes } : {}),
    ...(meta.rollbackMinutes !== undefined ? { rollbackMinutes: meta.rollbackMinutes } : {}),
    ...(meta.disabledLintRules?.length ? { disabledLintRules: meta.disabledLintRules } : {}),
    preamble: joinParts(preambleParts),
    phases,
    rollback,
    signoffRoles,
    appendix: joinParts(appendixParts),
    warnings,
  };
}

/** The blocks of a rollback section as rollback phases: its numbered sub-sections, or one phase. */
function buildRollbackPhases(doc: Doc, blocks: TBlock[], title: string): TParsedPhase[] {
  // a `<details>` rollback's closing tag is structure, not text
  const sectionBlocks = blocks.filter((b) => !isDetailsClose(b));
  const inner = splitPhases(doc, sectionBlocks, { minCount: 1, subheadingFallback: true });
  if (inner && inner.phases.length > 0) {
    // (what comes before the first sub-section opens the first phase; where it holds boxes to tick or code to run — "## F.
    // 롤백 계획" over two boxes, then "### 주의" of warnings: 3182, set 266 — it is a phase of its own, its boxes items)
    const leadingBlocks = inner.leading.filter((b) => b.type !== "thematicBreak");
    const isWork = leadingBlocks.length > 0 && (sectionHasCheckbox(doc, { head: null, blocks: leadingBlocks }) || holdsRunnableCode(leadingBlocks));
    const leading = isWork ? [] : leadingBlocks.map((b) => doc.block(b));
    const phases = [
      ...(isWork ? [buildPhase(doc, { head: null, title, estimatedMinutes: null, body: leadingBlocks })] : []),
      ...inner.phases.map((s, k) => buildPhase(doc, s, k === 0 ? leading : [])),
    ];
    // after its steps: a section of checkboxes ("### 8.3 Post-Rollback Actions") is a checklist to tick, the rest notes
    const notes = notesAppender();
    for (const t of splitTopSections(doc, inner.trailing).flatMap((x) => refine(doc, x))) {
      if (t.head && sectionHasCheckbox(doc, t)) {
        phases.push(sectionPhase(doc, t));
        continue;
      }
      const trailing = t.blocks.filter((b) => b.type !== "thematicBreak").map((b) => doc.block(b));
      const last = phases.at(-1);
      if (last) notes.add(last, trailing);
    }
    notes.flush();
    return phases;
  }
  if (sectionBlocks.some((b) => b.type !== "thematicBreak")) return [buildPhase(doc, { head: null, title, estimatedMinutes: null, body: sectionBlocks })];
  return [];
}

type TTopSection = { head: THead | null; blocks: TBlock[] };

// (a "Sign-Off" section of checkboxes that name no role, not a sign-off sheet: one gate, one checklist)
// (and the Prerequisites in every language the vocabulary knows: "Requisitos antes de `v0.1.0`", "Voraussetzungen"; and a checklist's
// name in any of them, "检查清单", "Lista de verificación final", as the English one is after the work: session 29)
const isChecklistTitle = (s: TTopSection) =>
  s.head !== null &&
  (CHECKLIST_SECTION_RE.test(s.head.parts.title) ||
    NAMES_CHECKLIST_RE.test(s.head.parts.title) ||
    isPrerequisitesLabel(s.head.parts.title) ||
    SIGNOFF_RE.test(cleanLabel(s.head.parts.title)));
/**
 * "## Prerequisites", "## Checklist" over a bullet list: its items are checklist items (a numbered
 * list under "Checklist" reads as a sequence or an explanation; under "Prerequisites" it still lists
 * what must hold before the work, numbered or not).
 */
const isChecklistLabel = (s: TTopSection) =>
  s.head !== null &&
  ((labelKind(s.head.parts.title) === "checklist" && s.blocks.some((b) => b.type === "list" && (b.ordered !== true || isPrerequisitesLabel(s.head?.parts.title ?? "")))) ||
    isBulletChecklist(s.head.parts.title, s.blocks.slice(1)));
/** Code a step runs (SQL or shell by its language or its content), anywhere in the blocks (inside list items too). */
function holdsRunnableCode(nodes: readonly unknown[]): boolean {
  return nodes.some((node) => {
    if (typeof node !== "object" || node === null) return false;
    const n = node as { type?: string; lang?: string | null; value?: string; children?: unknown };
    if (n.type === "code") {
      const lang = n.lang?.trim().toLowerCase() ?? "";
      const code = n.value ?? "";
      // a "bash" fence holding only a link or comments is no command
      const hasCommand = code.split("\n").some((l) => /^\s*[^\s#]/.test(l) && !/^\s*<?https?:\/\//.test(l));
      if (lang) return SQL_LANGS.has(lang) || (SHELL_LANGS.has(lang) && hasCommand);
      return looksLikeShell(code) || looksLikeSql(code) || psqlEmbeddedSql(code) !== null;
    }
    return Array.isArray(n.children) && holdsRunnableCode(n.children);
  });
}
/** A section before the phases with SQL or shell to run ("### Procédure rollback migration" over numbered items with SQL fences): work, not preamble. */
// (and a section named as the steps — "## Steps", "## Procedure" — over numbered steps: "## Steps" › "1. **Evaluate backlog**"
// over bullets … "5. **Return to steady state**", before "## Expected Outcome" and "## Verification", was the prerequisites'
// notes — 1665)
const isWorkBefore = (s: TTopSection) =>
  s.head !== null &&
  !INTRO_RE.test(cleanLabel(s.head.parts.title)) &&
  !isAppendixName(cleanLabel(s.head.parts.title)) &&
  (holdsRunnableCode(s.blocks.slice(1)) || (labelKind(s.head.parts.title) === "steps" && s.blocks.slice(1).some((b) => b.type === "list" && b.ordered === true)));
// (by its name, or its name before a short gloss: "## 8. 未確認のこと（前任者に確認する）", "## Known issues (v2)")
const isAppendix = (s: TTopSection) => {
  const name = s.head ? cleanLabel(s.head.parts.title) : null;
  return name !== null && (isAppendixName(name) || isAppendixName(unglossed(name)));
};
const sectionHasCheckbox = (doc: Doc, s: TTopSection) => s.blocks.some((b) => hasCheckbox(doc, b));
/** A section before the phases that opens its work with a "**Prerequisites**:" label over a list ("### Rolling Upgrade" › "**Prerequisites**:"): a checklist phase, not notes. */
/** Where a one-line "Prerequisites" label over a list stands among `blocks` (-1: none). */
const prerequisitesLabelAt = (doc: Doc, blocks: TBlock[]) =>
  blocks.findIndex((b, k) => b.type === "paragraph" && !doc.block(b).includes("\n") && isPrerequisitesLabel(doc.block(b)) && blocks[k + 1]?.type === "list");
const holdsPrerequisitesLabel = (doc: Doc, s: TTopSection) => prerequisitesLabelAt(doc, s.blocks) >= 0;

/**
 * Text for phases' notes, in order, gathered and joined once by `flush` (each phase's notes, then its
 * pieces, blank-line separated; empty pieces dropped). Joining section by section copies the notes
 * each time: quadratic in a document of thousands of sections after the phases (bench-import.ts).
 */
function notesAppender(): { add: (phase: TParsedPhase, texts: string[]) => void; flush: () => void } {
  const extra = new Map<TParsedPhase, string[]>();
  return {
    add(phase, texts) {
      const pieces = extra.get(phase);
      if (pieces) pieces.push(...texts);
      else if (texts.length) extra.set(phase, [...texts]);
    },
    flush() {
      for (const [phase, texts] of extra) phase.notes = [phase.notes, ...texts].filter(Boolean).join("\n\n");
      extra.clear();
    },
  };
}

/** A section of its own as a phase: its heading the title, the rest its body. */
function sectionPhase(doc: Doc, s: TTopSection): TParsedPhase {
  const body = s.head ? s.blocks.slice(1) : s.blocks;
  const title = s.head?.parts.title || "Checklist";
  const section: TSection = {
    head: s.head,
    title,
    estimatedMinutes: s.head?.parts.estimatedMinutes ?? null,
    body,
    ...(labelKind(title) === "checklist" || isBulletChecklist(title, body) ? { label: "checklist" as const } : {}),
  };
  return buildPhase(doc, section);
}

/**
 * A checkbox section whose heading is not itself a checklist's ("## Safe deployment guide" over
 * "### Pre-deployment checklist"), or one holding a "### Prerequisites" list ("## Before you
 * start"): its sub-sections, so the checklist phase gets the right name.
 */
function refine(doc: Doc, s: TTopSection): TTopSection[] {
  if (!s.head || isChecklistTitle(s)) return [s];
  const inner = splitTopSections(doc, s.blocks.slice(1));
  if (!inner.some((x) => x.head !== null)) return [s];
  if (!sectionHasCheckbox(doc, s) && !inner.some(isChecklistLabel)) return [s];
  // a section made of checklists only ("## Post-Maintenance Activities" over "### Immediate",
  // "### Short-term", "### Long-term", each of boxes): one checklist phase, its groups the sub-headings
  const groups = inner.filter((x) => x.head !== null);
  if (groups.length >= 2 && groups.every((x) => sectionHasCheckbox(doc, x)) && !(inner[0]?.head === null && sectionHasCheckbox(doc, inner[0]))) return [s];
  const [intro, ...rest] = inner[0]?.head === null ? inner : [null, ...inner];
  return [{ head: s.head, blocks: [s.blocks[0] as TBlock, ...(intro?.blocks ?? [])] }, ...rest.filter((x): x is TTopSection => x !== null).flatMap((x) => refine(doc, x))];
}

/**
 * A section named for taking the backup, as a noun ("## 3. Copia de seguridad de la base de datos" between "Preparar" and
 * "Desplegar" — 3090, set 258, both counters —, "Database backup", "Sauvegarde de la base", "Sicherung", "数据库备份",
 * "バックアップ", "백업"): a stage of the work as much as "Back up the database" is, not reference between phases.
 */
const BACKUP_TITLE_RE =
  /^(?:(?:take\s+(?:a\s+)?)?(?:(?:full|database|db|data|pre-?(?:deploy|migration|upgrade|release|cut-?over))\s+)?backup(?:\s+(?:of\s+)?(?:the\s+)?(?:database|db|data))?|copia\s+de\s+seguridad(?:\s+de\s+(?:la\s+)?(?:base\s+de\s+datos|bd|datos))?|c[óo]pia\s+de\s+seguran[çc]a(?:\s+do\s+banco(?:\s+de\s+dados)?)?|sauvegarde(?:\s+de\s+la\s+base(?:\s+de\s+donn[ée]es)?)?|(?:datenbank-?)?sicherung(?:\s+der\s+datenbank)?|(?:数据库|資料庫|数据)?(?:备份|備份)(?:数据库|資料庫|数据)?|(?:データベースの|DBの)?バックアップ(?:取得)?|(?:데이터베이스|DB)?\s*백업)$/iu;

/**
 * The main phases with what lies before and after them: checkbox sections become phases,
 * appendices the runbook's notes, other text the nearest earlier phase's notes; what precedes the
 * first phase is the preamble.
 */
function placeAroundPhases(
  doc: Doc,
  split: NonNullable<ReturnType<typeof splitPhases>>,
  sinks: {
    toPreamble: (nodes: TBlock[], readsMetadata: boolean) => void;
    appendixParts: TPart[];
    starts: number[];
    startOf: (p: TSection) => number;
    /** the heading block a phase's section opens with */
    headBlock: (p: TSection) => TBlock | undefined;
    /** an incident, outage or diagnosis runbook (INCIDENT_TITLE_RE, DIAGNOSIS_TITLE_RE): its scenarios are its work */
    isResponse: boolean;
    /** an incident-response runbook (INCIDENT_RESPONSE_TITLE_RE): its postmortem is a phase (POST_INCIDENT_TITLE_RE) */
    isIncidentResponse: boolean;
  },
): TParsedPhase[] {
  const phases: TParsedPhase[] = [];
  // where each phase starts in the document (offsets), for what joins "the nearest phase" later
  const startAt = (nodes: TBlock[]) => sinks.starts.push(nodes[0] ? offsetOf(nodes[0]) : -1);
  const notes = notesAppender();
  const appendNotes = (phase: TParsedPhase, nodes: TBlock[]) =>
    notes.add(
      phase,
      nodes
        .filter((b) => b.type !== "thematicBreak")
        .map((b) => doc.block(b))
        .filter((t) => t.trim() !== ""),
    );

  // the phases up to the last one with work in it — something to run, tick or check. The sections after it
  // ("## What each job does", "## Required secrets", "## Known gaps", "## Audit & Evidence") are reference,
  // read as the text after the phases: the runbook's notes when named as an appendix, else the last phase's
  // notes. A heading that calls itself a phase or step or gives its time ("### Phase 4: Root Cause (1-2h)",
  // "## 第三步：…"), names the check of the work ("## 4. 確認", "Verification") or the action it takes
  // ("## Announce", "## Retirar el legacy") is a phase, prose and all.
  // (Measured on held-out sets 36–39 and the corpus: the same rule before the first phase of work broke
  // more prose phases — "## Change Control", "## Preparation (Week 1)" — than it fixed, so it holds after only.)
  const built = split.phases.map((section) => buildPhase(doc, section));
  // (a letter-and-number enumerator before the name — "S3: Confirm existing cost controls", "P2. Deploy" — is not its first word)
  const nameAfterEnumerator = (title: string) => title.replace(/^[A-Z]{1,2}-?\d{1,3}(?:[:.)]|\s+[-–—])\s*/u, "");
  // (a section of a table of tasks with their owner or status — "## 3) Compliance CH/EU" over "| ID | Aufgabe | … | Status |"
  // — is work to carry out, whatever its name: 1450)
  let romance: boolean | undefined;
  const isRomance = () => (romance ??= isRomanceProse(doc.src));
  // (a German noun in -er over a genitive article — "## Fehler des Publish-Endpunkts" — reads like a French verb over its
  // object, "Créer des comptes": over a capitalised noun, as German writes them, it is the noun: 1890, set 158)
  const isGermanNounPhrase = (title: string) => {
    const next = /^\p{L}+er\s+(?:des|das)\s+(\p{L})/iu.exec(title.replace(/[*_`]/g, "").trim())?.[1];
    return next !== undefined && next !== next.toLowerCase();
  };
  const isDeclared = (x: TSection) =>
    x.isListed === true ||
    // (an item of a numbered list read as the phases, named by the action it takes — "3. **Initialize Switchover:**" over its
    // bullets between items with commands: as a heading naming its action is, 1650, both counters)
    (x.head === null && x.lead !== undefined && ACTION_TITLE_RE.test(nameAfterEnumerator(x.title))) ||
    x.body.some((b) => b.type === "table" && isTaskTable(doc, b)) ||
    (x.head !== null &&
      (x.head.parts.hasKeyword ||
        x.head.parts.estimatedMinutes !== null ||
        namesCheckToMake(x.head.parts.title) ||
        namesEventTime(x.head.parts.title, x.body) ||
        T_TIME_RE.test(x.head.parts.title) ||
        AFTERMATH_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        REMAINING_STEPS_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        (sinks.isIncidentResponse && POST_INCIDENT_TITLE_RE.test(cleanLabel(x.head.parts.title))) ||
        CADENCE_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        BACKUP_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        (ACTION_TITLE_RE.test(nameAfterEnumerator(x.head.parts.title)) && !isGermanNounPhrase(x.head.parts.title)) ||
        // (an infinitive in -er / -re alone — "2. Conter", "6. Aprender" — in a runbook written in a Romance language, 1711)
        (isRomance() && ROMANCE_BARE_INFINITIVE_RE.test(nameAfterEnumerator(cleanLabel(x.head.parts.title))))));
  // (a checklist section after the procedure — "## Checklist Thực Hiện" after a "## Timeline" table — is read
  // again after it, a phase of its own by its boxes: it does not make the reference before it a phase)
  const isTrailingChecklist = (phase: TParsedPhase, x: TSection) =>
    phase.steps.length + phase.successCriteria.length === 0 && x.head !== null && CHECKLIST_SECTION_RE.test(x.head.parts.title) && !x.head.parts.hasKeyword;
  // (a `text` fence of lines to read — "Migration must preserve:" over three invariants — is shown as written, nothing to
  // run: a section of it alone after the work is reference, 1185)
  const isTextOnly = (step: TParsedPhase["steps"][number]) =>
    step.kind === "MANUAL" &&
    (step.language !== null
      ? TEXT_FENCE_LANGS.has(step.language.toLowerCase()) || DIAGRAM_FENCE_LANGS.has(step.language.toLowerCase())
      : isDirectoryTree(step.text) || isFlowDiagram(step.text));
  const holdsWorkToRun = (phase: TParsedPhase) => phase.steps.some((step) => !isTextOnly(step)) || phase.checklistItems.length + phase.successCriteria.length > 0;
  // (in a plan with nothing to run anywhere — bullets, and a `text` fence of hosts-file lines to add — that fence is its work: 388)
  const runsAnything = built.some(holdsWorkToRun);
  /** Whether the phase holds something to run, tick or check. */
  const holdsWork = (phase: TParsedPhase) => (runsAnything ? holdsWorkToRun(phase) : phase.steps.length + phase.checklistItems.length + phase.successCriteria.length > 0);
  /** Whether the k-th phase holds work — something to run, tick or check — or names itself as work (isDeclared). */
  // (a section of cases of failure — "## 9. Cuando algo falla" over "### El contenedor no arranca", "### nginx responde 502" —
  // is troubleshooting, whatever commands its cases show: 2540, set 213, both counters)
  // (its body read only where its name is a failure's, once per section)
  const casesOfFailure = new Map<TSection, boolean>();
  const isCasesOfFailure = (x: TSection) => {
    let known = casesOfFailure.get(x);
    if (known === undefined) {
      known =
        x.head !== null &&
        !x.head.isPseudo &&
        isTroubleshootingByCases(
          cleanLabel(x.head.parts.title),
          () => x.body.filter((b) => b.type === "heading").length + symptomRows(doc, x.body),
          () => x.body.map((b) => doc.block(b)).join("\n"),
        );
      casesOfFailure.set(x, known);
    }
    return known;
  };
  const hasWork = (k: number) => !isCasesOfFailure(split.phases[k] as TSection) && (holdsWork(built[k] as TParsedPhase) || isDeclared(split.phases[k] as TSection));
  const lastWork = built.findLastIndex((phase, k) => hasWork(k) && (isDeclared(split.phases[k] as TSection) || !isTrailingChecklist(phase, split.phases[k] as TSection)));

  // before the phases: preamble until the first checkbox section, then checklist phases
  let pendingBefore: TBlock[] = [];
  const leading = splitTopSections(doc, split.leading).flatMap((s) => refine(doc, s));
  for (const s of leading) {
    const last = phases.at(-1);
    if ((sectionHasCheckbox(doc, s) || isChecklistLabel(s) || isWorkBefore(s) || holdsPrerequisitesLabel(doc, s)) && s.head) {
      phases.push(sectionPhase(doc, s));
      startAt(s.blocks);
    } else if (last) appendNotes(last, s.blocks);
    else if (sectionHasCheckbox(doc, s)) {
      // checkboxes before any heading: a checklist of their own
      phases.push(sectionPhase(doc, { head: null, blocks: s.blocks }));
      startAt(s.blocks);
    } else {
      // a labelled list of prerequisites under the title ("**Prerequisites:**" over bullets): what must
      // hold before the work, a checklist phase named by its label as a "## Prerequisites" section is;
      // the text before it stays the preamble, the text after it that phase's notes
      const at = prerequisitesLabelAt(doc, s.blocks);
      const label = s.blocks[at];
      if (at < 0 || !label) {
        pendingBefore = pendingBefore.concat(s.blocks);
        continue;
      }
      pendingBefore = pendingBefore.concat(s.blocks.slice(0, at));
      const title = doc
        .block(label)
        .replace(/[*_`]/g, "")
        .replace(/[\s:：.]+$/u, "")
        .trim();
      const phase = buildPhase(doc, { head: null, title, estimatedMinutes: null, body: s.blocks.slice(at + 1, at + 2), label: "checklist" });
      appendNotes(phase, s.blocks.slice(at + 2));
      phases.push(phase);
      startAt(s.blocks.slice(at));
    }
  }
  // context before the work: sections of prose only ("## Symptoms / Trigger", "## Severity") ahead of the first
  // phase that lists what must hold before the work ("## Preconditions" of items) introduce the runbook — its
  // preamble — where every section before that one is such prose; so do those ahead of the first phase with
  // work ("## Safety Rules", "## How migrations run", "## Règle de base") when three or more phases follow.
  // (Measured on sets 44–47 and the corpus: six documents put right, none wrong; with two phases after them,
  // two prose phases were lost — "## Timeline (Beispiel)" before "Vorbereitung (T-1)" and "Cutover (T-0)" — and
  // a heading naming a check or gate ("前置检查", "개발 브랜치 게이트") is a phase by its name, as after the work.)
  const prerequisitesAt = phases.length > 0 ? -1 : split.phases.findIndex((x, k) => isPrerequisitesLabel(x.title) && (built[k]?.checklistItems.length ?? 0) > 0);
  const firstWork = phases.length > 0 ? -1 : split.phases.findIndex((_, k) => hasWork(k));
  // (a section named for the preparation — "## Rust cutover preparation" over bullets on the commands that set up the
  // cut-over — is its first stage, not context: 1925, set 161, both counters)
  const isProse = (upTo: number) =>
    split.phases.slice(0, upTo).every((x, k) => x.head?.isPseudo === false && !hasWork(k) && !PREPARATION_TITLE_RE.test(cleanLabel(x.head.parts.title)));
  // (in a plan of prose only — no section holds anything to run, tick or check, "## Deploy" is work by its name alone —
  // the sections before the first named action are phases as much as it is: "## Pré-go-live", "## Backup")
  const holdsAnyWork = built.some((phase) => holdsWork(phase));
  // (a section of a table of faults and their remedies — "## Fehler des Publish-Endpunkts" over "| Code | Bedeutung |
  // Gegenmaßnahme |" — is troubleshooting to look things up in, however few phases follow: 1890, set 158)
  const isTroubleshooting = (k: number) => {
    const x = split.phases[k];
    return x !== undefined && !hasWork(k) && x.body.some((b) => b.type === "table" && isTroubleshootingTable(doc, b));
  };
  const troubleshootingBefore = firstWork > 0 && holdsAnyWork && isProse(firstWork) && split.phases.slice(0, firstWork).every((_, k) => isTroubleshooting(k));
  const contextBefore =
    prerequisitesAt > 0 && isProse(prerequisitesAt)
      ? prerequisitesAt
      : firstWork > 0 && holdsAnyWork && (split.phases.length - firstWork >= 3 || troubleshootingBefore) && isProse(firstWork)
        ? firstWork
        : 0;
  // (a document cut into five or more numbered sections — "## 1. 工作区" … "## 8. 私用开发迁移包" — where one alone holds
  // steps, a fence: the sections before it are not its context nor those after it reference; its sections are its phases,
  // 1086. With four or fewer, one procedure among an intro and reference is the common shape: 450, 844.)
  const lastWorkAt = built.findLastIndex((_, k) => hasWork(k));
  const isNumberedSequence = split.phases.length >= 5 && split.phases.every((x) => x.head !== null && !x.head.isPseudo && x.head.parts.number !== null && !x.head.parts.isSubStep);
  const holdingWork = built.flatMap((phase, k) => (holdsWork(phase) ? [k] : []));
  const foldsAllButOne =
    phases.length === 0 &&
    ((firstWork >= 0 && firstWork === lastWorkAt && (built[firstWork]?.steps.length ?? 0) > 0) ||
      (holdingWork.length === 1 && (built[holdingWork[0] ?? -1]?.steps.length ?? 0) > 0));
  const isSectionedPlan = isNumberedSequence && foldsAllButOne;
  const context = isSectionedPlan ? 0 : contextBefore;
  for (const x of split.phases.slice(0, context)) pendingBefore = pendingBefore.concat([sinks.headBlock(x), ...x.body].filter((b): b is TBlock => b !== undefined));
  sinks.toPreamble(pendingBefore, true);

  // (a phase of a numbered list has no heading to read it by: the list stays whole; where no phase has
  // work but the sections before them do — "## Preconditions" of boxes, "## Procedure" of steps, then
  // "## After" and "## Stop conditions" of prose — those sections are the work, the rest reference)
  // (but where the work before them is only what must hold first — "## Preconditions" of items, then "## Source stop",
  // "## Final synchronization", "## Production activation" in prose — those sections are the work: 1020)
  const onlyPreconditions = phases.every((phase) => phase.steps.length === 0 && isPrerequisitesLabel(phase.title));
  const kept =
    split.phases.some((x) => x.head === null && x.isListed !== true) || isSectionedPlan
      ? built.length
      : lastWork >= 0
        ? lastWork + 1
        : phases.length > 0 && !onlyPreconditions && split.phases.every((x) => x.head?.isPseudo === false)
          ? 0
          : built.length;
  const reference = split.phases.slice(kept).flatMap((x) => [sinks.headBlock(x), ...x.body].filter((b): b is TBlock => b !== undefined));

  // between phases of work, in a runbook of five or more phases: a section with nothing to run, tick or check
  // that names neither an action nor a check ("## Variables", "## Known drift", "## Duplicate and superseded
  // migrations", "## 🚨 STOP CONDITIONS") is reference the procedure stops for — the previous phase's notes.
  // (Measured on sets 4–39 and 40–51 apart, by the issue's bar: 8 documents put right and none wrong, and 6 right
  // and 2 wrong — a Korean and an "S3:"-enumerated action heading, which ACTION_TITLE_RE and isDeclared now read as
  // actions. Folding such sections in shorter runbooks, or before or after the work, broke more prose phases than it
  // put right.)
  const leadingCount = phases.length;
  const phaseCount = leadingCount + kept - context;
  const firstWorkAfterContext = split.phases.findIndex((_, k) => k >= context && hasWork(k));
  // (in a shorter runbook, only a section whose one "step" is a `text` fence shown as written — "## Reports and timing" over
  // the report's paths between the drill and the manual backup: 1591, both counters — is such reference)
  const isTextFenceOnly = (k: number) => {
    const phase = built[k] as TParsedPhase;
    return phase.steps.length > 0 && phase.steps.every(isTextOnly) && phase.checklistItems.length + phase.successCriteria.length === 0;
  };
  const isReferenceBetween = (k: number) =>
    (phaseCount >= 5 || isTextFenceOnly(k)) && k < lastWork && !hasWork(k) && (leadingCount > 0 || (firstWorkAfterContext >= 0 && firstWorkAfterContext < k));
  // after a phase of other work (applying the migrations), a section on authoring a migration ("## Creating a New
  // Migration", "## Writing a new migration") is guidance for the developer, not a phase of the change: that phase's
  // notes. First in the runbook (create, then apply) it is the procedure's own first phase; one that holds the
  // migration's SQL (a SQL step) or boxes to tick stays a phase. "Work" here is what the phase holds, not a declared
  // heading: an exported runbook declares every phase and must read the same; the phases read before these sections
  // (a checklist under the title) count as they would as sections. (Measured on the corpus: 675, 793 and 520's phases
  // put right, none put wrong.)
  const isAuthoring = (title: string) => MIGRATION_AUTHORING_RE.test(cleanLabel(title));
  let otherWorkBefore = phases.some((phase) => holdsWork(phase) && !isAuthoring(phase.title));
  const isAuthoringAfterWork = (k: number) => {
    const phase = built[k];
    return otherWorkBefore && isAuthoring(split.phases[k]?.title ?? "") && !phase?.checklistItems.length && !phase?.steps.some((step) => step.kind === "SQL");
  };
  // a numbered section kept as notes ("## 2. Workflow inputs" … "## 4. After it lands" after "## 1. Take the backup" and
  // its commands) is where the reading is least sure — its number says "a phase", its text "reference": the lead
  // is told, per phase that keeps them, so "Make it a phase" in the preview is one click away
  const keptAsNotes = new Map<TParsedPhase, string[]>();
  const noteKept = (phase: TParsedPhase | undefined, section: TSection) => {
    const head = sinks.headBlock(section);
    if (!phase || !head || section.head?.parts.number == null || section.head.isPseudo) return;
    // (its first line as written, without the ATX marks: a Setext heading's underline is no part of its name)
    const heading = (doc.block(head).split("\n")[0] ?? "").replace(/^#+\s*|\s*#+\s*$/g, "").trim();
    keptAsNotes.set(phase, [...(keptAsNotes.get(phase) ?? []), heading]);
  };
  split.phases.slice(0, kept).forEach((section, k) => {
    if (k < context) return;
    const previous = phases.at(-1);
    if (previous && (isReferenceBetween(k) || isAuthoringAfterWork(k))) {
      appendNotes(
        previous,
        [sinks.headBlock(section), ...section.body].filter((b): b is TBlock => b !== undefined),
      );
      noteKept(previous, section);
      return;
    }
    phases.push(built[k] as TParsedPhase);
    sinks.starts.push(sinks.startOf(section));
    otherWorkBefore ||= holdsWork(built[k] as TParsedPhase) && !isAuthoring(split.phases[k]?.title ?? "");
  });

  // after the phases
  let afterTrailingPhase = false;
  /** the phase each section after the phases went to as notes, by the section's first block (its heading) */
  const appendedTo = new Map<TBlock, TParsedPhase>();
  // (what directly follows the last phase, before the next section at the trailing text's top level —
  // "### Success Criteria" of boxes after a "### Exercise Flow" phase, before "## Post-Exercise
  // Actions" — is read by its own headings, so its checkboxes stay tickable)
  // (and so is what holds a section named as a checklist — "### Production auth checklist" over bullets after "### 7. Custom
  // domain (optional)", before "## Done when (overall)": its bullets are items to tick, 1619, both counters)
  const namesChecklistInside = (blocks: TBlock[]) =>
    headsOf(doc, blocks).some((h) => !h.isPseudo && isChecklistTitle({ head: h, blocks: [] }) && !SUMMARY_TITLE_RE.test(cleanLabel(h.parts.title)));
  const trailing = splitTopSections(doc, [...reference, ...split.trailing]).flatMap((x) =>
    x.head === null && (sectionHasCheckbox(doc, x) || namesChecklistInside(x.blocks)) && headsOf(doc, x.blocks).some((h) => !h.isPseudo) ? splitTopSections(doc, x.blocks) : [x],
  );
  for (const s of trailing.flatMap((x) => refine(doc, x))) {
    const last = phases.at(-1);
    const verbatim = s.blocks.filter((b) => b.type === "phaselineOpaque" && b.kind === "appendix");
    if (verbatim.length) {
      // an exported document's appendix: the text between its markers, as written
      for (const b of verbatim) sinks.appendixParts.push({ at: offsetOf(b), text: doc.block(b) });
      continue;
    }
    // a section named like an appendix that holds checkboxes ("## 5) Communication" of "- [ ] Announcement
    // published") is work to tick, not notes; a legend of the status glyphs only explains them
    const isTickable = sectionHasCheckbox(doc, s) && !(s.head && LEGEND_RE.test(cleanLabel(s.head.parts.title)));
    // after such a checklist, the next sub-section with code to run ("### 2. Проверка данных" over a
    // sql fence, after "### 1. …" checkboxes) is work of its own, not that checklist's notes
    const isWorkAfterChecklist = s.head !== null && afterTrailingPhase && !isAppendix(s) && holdsRunnableCode(s.blocks);
    // a section after phases that sit deeper ("## Verification" of numbered checks over fences after "## Procedure" ›
    // "### Step 1" … "### Step 5"), named as a check or an action, with code to run: a phase of its own, not the last
    // step's notes (1088)
    // (by its first words: "Using Migration Job with Smoke Tests" names a way to run, "Tests de Validation" a battery)
    const lead = (s.head ? cleanLabel(s.head.parts.title) : "").split(/\s+/).slice(0, 2).join(" ");
    // (and in an incident or diagnosis runbook, "## Common Outage Scenarios" › "### Scenario B — Database Connection
    // Exhaustion" over fences to run: the response's work, not reference — 1083)
    const isScenarios = sinks.isResponse && s.head !== null && SCENARIOS_TITLE_RE.test(cleanLabel(s.head.parts.title));
    const isNamedWorkAfter =
      s.head !== null &&
      !s.head.isPseudo &&
      (!isAppendix(s) || isScenarios) &&
      // (not a variant of the work set up instead — "## 別案: 推論サーバー1台だけで運用する" after the troubleshooting, 1704)
      !ALTERNATIVE_LABEL_RE.test(cleanLabel(s.head.parts.title)) &&
      holdsRunnableCode(s.blocks) &&
      (VERIFICATION_TITLE_RE.test(lead) || ACTION_TITLE_RE.test(lead) || isScenarios);
    afterTrailingPhase = false;
    // (a section summing the checklist up — "## 📊 Checklist Summary" of totals and blanks — has nothing to tick)
    const isSummary = s.head !== null && SUMMARY_TITLE_RE.test(cleanLabel(s.head.parts.title));
    // (a checklist by its name with nothing in it to tick, run or check — "## Outstanding impl-tasks (referenced above)" over a
    // table of open tasks with estimates, named by its "tasks" — is reference: 1860)
    const namedChecklist = s.head !== null && isChecklistTitle(s) && !isAppendix(s) && !isSummary;
    const built = namedChecklist && !(isTickable || isWorkAfterChecklist || isNamedWorkAfter) ? sectionPhase(doc, s) : null;
    const isEmptyByName = built !== null && built.checklistItems.length + built.steps.length + built.successCriteria.length === 0;
    if (s.head && (isTickable || isWorkAfterChecklist || isNamedWorkAfter || (namedChecklist && !isEmptyByName))) {
      phases.push(built ?? sectionPhase(doc, s));
      startAt(s.blocks);
      // (the sections after a checklist are read by it; after a named check, by their own names)
      afterTrailingPhase = !isNamedWorkAfter || isTickable;
    } else if (isAppendix(s) || !last) {
      const text = s.blocks
        .filter((b) => b.type !== "thematicBreak")
        .map((b) => doc.block(b))
        .filter((t) => t.trim())
        .join("\n\n");
      const head = s.blocks[0];
      if (text && head) sinks.appendixParts.push({ at: offsetOf(head), text });
    } else {
      appendNotes(last, s.blocks);
      if (s.blocks[0]) appendedTo.set(s.blocks[0], last);
    }
  }
  notes.flush();
  // (the sections after the last phase of work that stayed a phase's notes, not made phases or the runbook's notes)
  for (const x of split.phases.slice(kept)) {
    const head = sinks.headBlock(x);
    if (head) noteKept(appendedTo.get(head), x);
  }
  for (const [phase, titles] of keptAsNotes) {
    const named = titles.map((t) => `“${t}”`);
    const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
    const one = named.length === 1;
    doc.warnings.push(
      `${list} ${one ? "is" : "are"} numbered like a phase but read as reference: kept in the notes of phase “${phase.title}”. If ${one ? "it is a phase" : "one is a phase"}, use “Make it a phase” on ${one ? "that note" : "its note"} in the preview.`,
    );
  }
  return phases;
}

// Markdown runbook → structured draft (PRODUCT.md "Import and export"). The document is parsed
// with a real CommonMark + GFM parser (remark → mdast), so a `#` comment inside a code fence is
// code, never a heading. Structure is decided from the document's shape, not its vocabulary:
//
// 1. Rollback sections, at any level and under any of their names ("Rollback Procedure", "Back-out
//    plan", "Revert", a "Rollback" subsection inside a phase) and sign-off sections are set aside.
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
import type { Table } from "mdast";
import { isSchemaDesignRule } from "@/lib/domain/sql/schema-design-rules";
import { parseMarkdownTree } from "./markdown-tree";
import { repairMojibake } from "./mojibake";
import { buildPhase, cellText, hasCheckbox, isTaskTable, keyValue } from "./phase-body";
import { manualStep } from "./step-details";
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
import { parseSignoff } from "./signoff-sheet";
import { emptyPhase, type TParsedPhase, type TParsedRunbook } from "./types";
import {
  APPENDIX_RE,
  CHECKLIST_SECTION_RE,
  INTRO_RE,
  LEGEND_RE,
  ROLLBACK_FOLLOWUP_RE,
  ROLLBACK_GLOSS_RE,
  ROLLBACK_LEADIN_RE,
  ROLLBACK_RE,
  ROLLBACK_TARGET_RE,
  EVENT_TIME_TITLE_RE,
  ROLLBACK_RUNBOOK_TITLE_RE,
  ROLLBACK_ABOUT_RE,
  ROLLBACK_WORD_RE,
  HAS_ROLLBACK_WORD_RE,
  SIGNOFF_RE,
  cleanLabel,
  collapse,
  isPointerParagraph,
  sendsToDocument,
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
  ACTION_TITLE_RE,
  AFTERMATH_TITLE_RE,
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

/** A section named for recovery ("Recovery", "5. Recovery plan", "Recovery Patterns", "Recovery options"). */
const RECOVERY_RE = /^(?:recovery|recover)(?:\s+(?:plans?|procedures?|steps|patterns|options|strategy|strategies|process))?$/i;
/** Words of putting a change back: restoring a snapshot, reverting, the previous release. */
const PUTS_BACK_RE = /\b(?:restore|revert|roll(?:ing)?[\s-]?back|previous (?:release|version|tag|deploy(?:ment)?)|snapshot)\b/i;
/** A last section that puts the change back ("Task 4: Restore database using AutoUpgrade", "Roll back the release"). */
// an action on an object ("Restore database …"), not a procedure's name ("Rollback process", "Rollback plan")
const PUT_BACK_TITLE_RE =
  /^(?:roll(?:ing)?[\s-]?back|revert(?:ing)?|fall(?:ing)?[\s-]?back|flash[\s-]?back|downgrad(?:e|ing))\s+(?!(?:plan|process|procedures?|steps|strategy|triggers?|criteria|options?|scenarios?)\b)[\p{L}\p{N}]|^restor(?:e|ing)\s+(?:the\s+)?(?:database|db|data|backups?|snapshots?|previous|prior|original|old|last|cluster|cdb|pdb|schema|version|release)\b|^restor(?:e|ing)\b.*\bto (?:the )?(?:previous|prior|original|old|last|pre-)/iu;
// ("Restore traffic", "Restore service" end a maintenance: they put the service back, not the change)
/** A runbook whose work is itself a restore (a backup/restore drill, a recovery): its restore section is a phase. */
// (and in other languages: "Datenbank wiederherstellen", "Restauración de la base de datos", "Restauration", "Ripristino",
// "Herstel", "Przywracanie", "Восстановление", "データベースの復元", "数据库恢复", "데이터베이스 복구")
/** "Rollback of Erroneous Prisma Migration", "Rollback de migrations problématiques": rolling back a migration, named. */
const MIGRATION_ROLLBACK_RE =
  /^(?:rollback|roll(?:ing)?[\s-]back|revert(?:ing)?)\s+(?:of|for|de|des|du|da|do|del|von|der)\s+(?:(?:the|a|an|la|las|los|el|une?|les?|die|der|das)\s+)?(?:[\p{L}-]+\s+){0,3}migra(?:tion|ción|ção|zione)s?\b/iu;
const RESTORE_RUNBOOK_TITLE_RE =
  /\b(?:restore|restoring|backups?|back up|recovery|dr)\b|(?<![\p{L}])(?:wiederherstell\p{L}*|restaura\p{L}*|restaur(?:er|ation)|ripristin\p{L}*|herstel(?:len)?|przywracani\p{L}*|odtw(?:arzanie|orzenie)|восстановлени\p{L}*|відновленн\p{L}*)(?![\p{L}])|復元|リストア|恢复|恢復|还原|還原|복구|복원/iu;
/** "Procedure 3:", "Procedimento 3:", "Procédure 3 -", "SOP 2:", "Scenario 4 –": a procedure's number before its name. */
const PROCEDURE_NUMBER_RE =
  /^(?:procedure|procedimento|procedimiento|proc[ée]dure|procedura|verfahren|sop|runbook|playbook|scenario|sc[ée]nario|escenario|cen[áa]rio|szenario|case|cas|caso|fall)\s*\d+\s*[:.)\-–—]\s*/iu;
/** A section named for a time around the event (EVENT_TIME_TITLE_RE); an "After …" one only where it lists what to do. */
const namesEventTime = (title: string, body: TBlock[]) => {
  const name = cleanLabel(title);
  return EVENT_TIME_TITLE_RE.test(name) && (!/^after\b/i.test(name) || body.some((b) => b.type === "list"));
};
/** Fence languages of text shown as written ("```text", "```plaintext"): nothing in them to run. */
const TEXT_FENCE_LANGS = new Set(["text", "txt", "plain", "plaintext"]);
/** "Recovery and rollback", "Restore & rollback": the restore with the rollback beside it, as one topic. */
const RECOVERY_AND_ROLLBACK_RE = /^(?:recovery|restore|restoration|disaster recovery)\s*(?:and|&|\/|\+)\s*(?:rollback|roll[\s-]?back)$/iu;
/** "Migration Rollback", "Deploy rollback", "Config revert": rolling back one named thing, the thing first. */
const OBJECT_ROLLBACK_RE = /^(?:migration|schema|deploy(?:ment)?|release|config(?:uration)?|code|feature(?:[\s-]flag)?|image|version)s?\s+(?:rollback|roll[\s-]?back|revert)$/iu;
/** "Rollback de Patch", "Rollback of the patch", "Reversão da migração": rolling back a named object. */
const ROLLBACK_OF_RE =
  /^(?:rollback|roll[\s-]?back|revers[ãa]o|reversi[oó]n)\s+(?:of|de|do|da|del|des|du|della|dello)\s+(?:the\s+|la\s+|el\s+|le\s+|o\s+|a\s+)?[\p{L}\p{N}][\p{L}\p{N}\s-]{0,40}$/iu;
/** A section named for restoring ("Restore Procedures", "Emergency restore"), not for rolling back. */
// ("Wiederherstellung", "Restauración", "Ripristino": the restore in other languages, some of them also a rollback's name)
const RESTORE_NAME_RE =
  /^(?:(?:create|execute|perform|the|a|an|full|emergency|safe)\s+)*restor(?:e|ing)\b|^(?:wiederherstellung|restauraci[oó]n|restaura[çc][ãa]o|restauration|ripristino|herstel)(?![\p{L}])/iu;
/**
 * A title that lists the rollback among the runbook's other topics ("Upgrade, roll back one version, and
 * upgrade Postgres", "migrations Alembic — exécution, suivi, rollback"): a runbook of several procedures,
 * one of them the rollback — not a rollback plan whose every section is the rollback.
 */
const listsTopics = (title: string) => (title.match(/[,，、]/g) ?? []).length >= 2 || /[,，、][^,，、]*\s(?:and|et|y|e|und|и|i)\s/iu.test(title);
/**
 * A title that names the work and its rollback side by side ("Release / Rollback Playbook", "Dual-AKS cutover and
 * rollback", "平台发布与回滚手册"): the runbook of the work, with a rollback among its sections — not a rollback plan
 * (sets 72–75: 884, 894; set 80: 952).
 */
const namesWorkBesideRollback = (title: string) => {
  // ("平台发布与回滚手册", release and rollback handbook: a CJK "and" stands between its topics without spaces)
  const topics = title.split(/\s+(?:and|&|\+|et|y|e|und|и|i)\s+|\s*\/\s*|\s*[与和及與と및]\s*/u).filter((t) => t.trim() !== "");
  // ("发布回滚与恢复路径", rollback and recovery paths: a recovery beside the rollback is no other work)
  return topics.length >= 2 && topics.some((t) => HAS_ROLLBACK_WORD_RE.test(t)) && topics.some((t) => !HAS_ROLLBACK_WORD_RE.test(t) && !RESTORE_RUNBOOK_TITLE_RE.test(t));
};
/**
 * A title naming a rollback document ("V28 Migration Rollback Plan"), whose sections are all that procedure: a
 * rollback word, neither among the runbook's other topics nor beside the work it backs out.
 */
const namesRollbackDocument = (title: string) => HAS_ROLLBACK_WORD_RE.test(title) && !listsTopics(title) && !namesWorkBesideRollback(title);
/** A section that sums up or surveys rather than holds work ("Checklist Summary", "Overview of the checks"). */
const SUMMARY_TITLE_RE =
  /\b(?:summary|overview|recap|at a glance)\b|zusammenfassung|[üu]bersicht|resumen|resumo|r[ée]sum[ée]|sommario|riepilogo|概要|まとめ|总结|概览|요약|сводка|итоги/iu;
/** A runbook about an incident, whose recovery is its procedure. */
const INCIDENT_TITLE_RE = /\b(?:incident|outage|disaster|recovery|failure|failover|down)\b/i;
/** A section naming the mitigation beside the rollback ("Mitigation & Rollback", "Rollback and remediation"). */
/** A runbook for diagnosing what went wrong ("Diagnostic post-mortem", "Troubleshooting guide", "Guide de dépannage"). */
const DIAGNOSIS_TITLE_RE = /\b(?:diagnos\w*|troubleshoot\w*|d[ée]pannage|fehlersuche|post-?mortem)\b/iu;
/** The cases a response runbook handles ("Common Outage Scenarios", "Failure scenarios", "Problèmes courants", "Häufige Probleme"). */
const SCENARIOS_TITLE_RE =
  /^(?:(?:common|known|typical|frequent)\s+)?(?:(?:outage|failure|incident|error|problem)\s+)?(?:scenarios?|problems|issues|failures|failure modes)(?:\s+and\s+(?:fixes|remedies|solutions|resolutions))?$|^(?:probl[èe]mes|sc[ée]narios|incidents)\s+(?:courants|fr[ée]quents|typiques)$|^(?:problemas|escenarios|cen[áa]rios)\s+(?:comunes|frecuentes|comuns|frequentes)$|^h[äa]ufige\s+(?:probleme|fehler|szenarien)$/iu;
const MITIGATION_BESIDE_RE = /\b(?:mitigat\w*|remediat\w*|resolution|resolve|containment|contain)\b/i;

const offsetOf = (node: TBlock) => node.position?.start.offset ?? 0;

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
  const lead = Math.max(
    0,
    blocks.findIndex((b) => !(b.type === "html" && /^<!--[\s\S]*-->$/.test(b.value.trim()))),
  );
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
    consumed[cursor] = true;
  }

  // --- rollback and sign-off sections (any level), found in one pass
  type TCandidate = { head: THead; kind: "rollback" | "signoff"; start: number; end: number; isAround?: true };
  const candidates: TCandidate[] = [];
  // a runbook that is itself a rollback ("Rollback Runbook"): its "Rollback steps" are its procedure
  // (its name before a subtitle counts: "🔁 Rollback Plan | Oracle & MySQL to Aurora Migration")
  const isRollbackRunbook = [cleanLabel(title), cleanLabel(title).split(/\s+[|–—]\s+/)[0] ?? ""].some((t) => ROLLBACK_RUNBOOK_TITLE_RE.test(t));
  // a runbook whose work is a restore ("Database Restore Guide"): its "Restore Procedures" are its procedure
  const isRestoreRunbook = RESTORE_RUNBOOK_TITLE_RE.test(title);
  // ("## 4. Rollback of Erroneous Prisma Migration" in a restore runbook: undoing a bad migration, by a restore or
  // `prisma migrate resolve`, is a procedure of its own beside the restore — no way back from the restore itself;
  // 1003, 1029: both counters of each counted no rollback. In a deploy runbook, "Rollback de Migración" is its own.)
  // ("## Recovery and rollback" of a backup and restore runbook: the restore, and the target it keeps to go back to — the
  // runbook's own work, 1161 both counters)
  const isMigrationRollbackAside = (name: string) => isRestoreRunbook && (MIGRATION_ROLLBACK_RE.test(name) || RECOVERY_AND_ROLLBACK_RE.test(name));
  // ("## Mitigation & Rollback", "4) Remediation / Rollback" of an incident runbook: rolling back the cause is how the
  // incident is mitigated, the work itself — no rollback of the runbook's own)
  const isIncidentMitigation = (name: string) => INCIDENT_TITLE_RE.test(title) && MITIGATION_BESIDE_RE.test(name);
  // ("### 4. Migration Rollback" among an incident or failover runbook's numbered actions — "If a recent migration caused
  // the issue: create a rollback migration …": rolling one thing back is a remedy of the incident, 1221 both counters)
  const isIncidentRemedy = (h: THead, name: string) =>
    INCIDENT_TITLE_RE.test(title) && h.parts.number !== null && (ROLLBACK_OF_RE.test(name) || ROLLBACK_TARGET_RE.test(name) || OBJECT_ROLLBACK_RE.test(name));
  let coveredUntil = -1;
  // "Rollback de Patch" (rolling back one object) is the rollback only where no section is named the rollback
  /** A heading's name without what enumerates it ("D. Rollback", "Procedimento 3: Rollback de Patch", "Cas 4 — Rollback"). */
  const nameOf = (h: THead) =>
    cleanLabel(h.parts.title)
      .replace(/^[a-z]\.\s+/, "")
      .replace(PROCEDURE_NUMBER_RE, "");
  // (a sub-section of that one, "## Rollback de Migration" › "### Se algo der errado:", is part of it, not another name)
  const isInsideRollbackOf = (k: number) => {
    const h = allHeads[k] as THead;
    for (let j = k - 1; j >= 0; j--) {
      const g = allHeads[j] as THead;
      if (g.isPseudo || g.level >= h.level) continue;
      if ((ends[j] ?? blocks.length) <= h.index) break;
      return ROLLBACK_OF_RE.test(nameOf(g)) || ROLLBACK_TARGET_RE.test(nameOf(g));
    }
    return false;
  };
  const hasNamedRollback = allHeads.some((h, k) => !consumed[h.index] && ROLLBACK_RE.test(nameOf(h)) && !isInsideRollbackOf(k));
  allHeads.forEach((h, k) => {
    if (consumed[h.index] || h.index < coveredUntil) return;
    // "D. Rollback", "5. Revert": a letter or number enumerating the section is not part of its name
    // ("Procedimento 3: Rollback de Patch": a procedure's number enumerates it too)
    const clean = nameOf(h);
    // "… (Rollback) Procedure …" after sections of work at its level; first at its level, it is the document's own procedure
    const isGlossed = ROLLBACK_GLOSS_RE.test(clean) && allHeads.slice(0, k).some((x) => !x.isPseudo && x.level === h.level && !consumed[x.index]);
    // "ロールバック（概要）", "Rollback (overview)": a short gloss in brackets after the name does not change it
    // ("Rollback (safety net, use if Stage 4 or post-swap smoke test breaks)": a gloss of any length, when the
    // name before it is the rollback's own)
    const unglossed = clean.replace(/\s*[(（][^()（）\d]{1,24}[)）]$/u, "");
    const bareName = clean.replace(/\s*[(（](?!\s*\d)[^()（）]{1,160}[)）]$/u, "");
    // ("### Stage 2 — Restore (no downtime)" between "Install" and "Verify": a stage of a dump-and-restore
    // move, numbered as the work's stages are — where "Stage 5 — Rollback" by its own word is the rollback)
    // (and "### 3. Restore" between "2. Communicate" and "4. Validate" of an incident or failover runbook: its recovery)
    const isRestoreWork =
      ((isRestoreRunbook || isTierA(h) || (INCIDENT_TITLE_RE.test(title) && h.parts.number !== null)) && RESTORE_NAME_RE.test(clean)) || isIncidentRemedy(h, clean);
    // ("EM CASO DE ERRO - Rollback Imediato": the name after a dash, the case it is for before it; "7. Rollback /
    // safety": the rollback and a topic beside it, neither about the other — "Rollback safety" alone is about it; in an
    // incident runbook, "4) Remediation / Rollback" beside the mitigation is that mitigation, the work itself: 1071)
    // ("⑥ 戻し方・初回の公開停止": a middle dot joins two topics as a spaced slash does)
    const parts = clean.split(/\s+[-–—|/]\s+|・/u);
    const isMitigation = isIncidentMitigation(clean);
    const kind =
      (ROLLBACK_RE.test(clean) ||
        ROLLBACK_RE.test(unglossed) ||
        ROLLBACK_RE.test(bareName) ||
        (parts.length === 2 && !isMitigation && parts.every((x) => ROLLBACK_RE.test(x) || !HAS_ROLLBACK_WORD_RE.test(x)) && parts.some((x) => ROLLBACK_RE.test(x))) ||
        ((ROLLBACK_OF_RE.test(clean) || ROLLBACK_TARGET_RE.test(clean)) && !hasNamedRollback) ||
        isGlossed) &&
      !isRollbackRunbook &&
      !isRestoreWork &&
      !isMigrationRollbackAside(clean)
        ? "rollback"
        : // "### Phase 1: Approval" names a phase of the work, not the sign-off sheet
          SIGNOFF_RE.test(clean) && !isTierA(h)
          ? "signoff"
          : null;
    if (!kind) return;
    const end = ends[k] ?? blocks.length;
    candidates.push({ head: h, kind, start: h.index, end });
    coveredUntil = end;
  });
  // "## Rollback Triggers" just before the rollback section and "## Post-Rollback Follow-up" just
  // after it (siblings at its level) belong to the rollback procedure, not the main phases
  for (const c of candidates.filter((x) => x.kind === "rollback")) {
    const at = allHeads.findIndex((h) => h.index === c.start);
    const level = allHeads[at]?.level;
    const isSibling = (h: THead | undefined): h is THead => h !== undefined && !h.isPseudo && h.level === level && !consumed[h.index];
    const label = (h: THead) => cleanLabel(h.parts.title).replace(/^[a-z]\.\s+/, "");
    let start = c.start;
    for (let k = at - 1; k >= 0; k--) {
      const h = allHeads[k];
      if (h === undefined || h.isPseudo || (h.level > (level ?? 0) && h.index < start)) continue;
      if (!isSibling(h) || ends[k] !== start || !ROLLBACK_LEADIN_RE.test(label(h)) || candidates.some((x) => x.start === h.index)) break;
      candidates.push({ head: h, kind: "rollback", start: h.index, end: start, isAround: true });
      start = h.index;
    }
    let end = c.end;
    for (let k = at + 1; k < allHeads.length; k++) {
      const h = allHeads[k];
      if (h === undefined || h.index < end) continue;
      if (!isSibling(h) || h.index !== end || !ROLLBACK_FOLLOWUP_RE.test(label(h)) || candidates.some((x) => x.start === h.index)) break;
      const next = ends[k] ?? blocks.length;
      candidates.push({ head: h, kind: "rollback", start: h.index, end: next, isAround: true });
      end = next;
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  // a "Sign-Off" section none of whose lines reads as a role ("- [ ] Release closed: ____ (Date: ____)")
  // is no sign-off sheet: its checkboxes stay tickable, as any section's, rather than text
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (c?.kind !== "signoff") continue;
    const body = blocks.slice(c.start + 1, c.end);
    if (body.some((b) => hasCheckbox(doc, b)) && parseSignoff(doc, body).roles.length === 0) {
      candidates.splice(k, 1);
      coveredUntil = Math.min(coveredUntil, c.start);
    }
  }
  // "## 5. Recovery" is the rollback of a change runbook when it is the last section, puts things back
  // (restore, revert, the previous release) and the runbook has no rollback by another name; in an
  // incident runbook ("Database outage", "… recovery") recovery is the procedure itself
  /** The text under the heading at block `head`, up to block `end`. */
  const bodyText = (head: number, end: number) =>
    blocks
      .slice(head + 1, end)
      .map((b) => doc.block(b))
      .join("\n");
  if (!isRollbackRunbook && !candidates.some((c) => c.kind === "rollback") && !INCIDENT_TITLE_RE.test(title)) {
    // the last section at the document's top level (its sub-sections are part of it)
    let top = 7;
    for (const h of allHeads) if (!h.isPseudo && !consumed[h.index]) top = Math.min(top, h.level);
    // (appendices after it — "Learn More", "References" — are the runbook's notes, not its last section)
    let k = allHeads.length - 1;
    while (k >= 0 && (allHeads[k]?.isPseudo || allHeads[k]?.level !== top || APPENDIX_RE.test(cleanLabel(allHeads[k]?.parts.title ?? "")))) k--;
    const last = allHeads[k];
    const lastLabel = cleanLabel(last?.parts.title ?? "");
    const isPutBack = RECOVERY_RE.test(lastLabel) || (PUT_BACK_TITLE_RE.test(lastLabel) && !RESTORE_RUNBOOK_TITLE_RE.test(title));
    if (last && !consumed[last.index] && last.index >= coveredUntil && isPutBack) {
      const end = ends[k] ?? blocks.length;
      if (PUTS_BACK_RE.test(bodyText(last.index, end))) candidates.push({ head: last, kind: "rollback", start: last.index, end });
    }
    // ("## Recovery" between "## Apply" and "## Post-migration checks", saying "Rollback is therefore a read
    // cut-over back to Native": a recovery section anywhere at the top level whose text names the rollback)
    if (!candidates.some((c) => c.kind === "rollback")) {
      const at = allHeads.findIndex((h, j) => {
        if (h.isPseudo || h.level !== top || consumed[h.index] || h.index < coveredUntil || !RECOVERY_RE.test(cleanLabel(h.parts.title))) return false;
        const body = bodyText(h.index, ends[j] ?? blocks.length);
        return HAS_ROLLBACK_WORD_RE.test(body) && PUTS_BACK_RE.test(body);
      });
      const h = allHeads[at];
      if (h) candidates.push({ head: h, kind: "rollback", start: h.index, end: ends[at] ?? blocks.length });
    }
  }
  // still none: a section whose name holds a rollback word among a few of its own ("Emergency DB
  // rollback", "Plano de rollback do deploy", "ロールバック手順（本番）") is the rollback, unless it is about
  // the rollback ("Rollback triggers", "Test the rollback") — first such section, any level; in a
  // document whose title names a rollback ("V28 Migration Rollback Plan") its sections are that procedure
  if (!isRollbackRunbook && !namesRollbackDocument(title) && !candidates.some((c) => c.kind === "rollback")) {
    const k = allHeads.findIndex((h, at) => {
      // (a heading numbered as a phase — "## Phase 5: DNS Rollback" — is a phase of the work by its own word)
      if (h.isPseudo || isTierA(h) || consumed[h.index] || (ends[at] ?? blocks.length) <= h.index + 1) return false;
      if (candidates.some((c) => c.start <= h.index && h.index < c.end)) return false;
      // ("Readiness failure and application rollback": the rollback as the last of the topics it names)
      const label = nameOf(h);
      const last = lastTopic(label);
      // ("## Mitigation & Rollback" of an incident runbook: rolling back the cause is the mitigation, the work itself)
      if (isIncidentMitigation(label) || isIncidentRemedy(h, label)) return false;
      if (isMigrationRollbackAside(label)) return false;
      // ("If it fails, run `helm rollback` …": the case of failure, then rolling back — as a step's title, rollbackStep)
      if (FAILURE_LEAD_RE.test(label) && HAS_ROLLBACK_WORD_RE.test(label) && !ROLLBACK_ABOUT_RE.test(label)) return true;
      if ([label, last].some((x) => ROLLBACK_WORD_RE.test(x) && !ROLLBACK_ABOUT_RE.test(x))) return true;
      // ("## Rollback criteria" opening "Rollback DNS to the previous Weebly records if …": about the rollback by its name,
      // the rollback by what it says to do)
      // (at any depth, or in notes kept verbatim: exported, the paragraph is a step's list item or its notes)
      const putsBack = (b: TBlock) =>
        b.type === "phaselineOpaque" ? b.text.split(/\n\s*\n/).some((paragraph) => PUT_BACK_TO_PREVIOUS_RE.test(paragraph.trim())) : someParagraph(doc, b, PUT_BACK_TO_PREVIOUS_RE);
      return ROLLBACK_WORD_RE.test(label) && blocks.slice(h.index + 1, ends[at] ?? blocks.length).some(putsBack);
    });
    // ("## 失敗したとき" — "when it fails" — saying "rollback が必要なときは、アプリの deploy を先に戻し …": a section
    // for the case of failure whose text rolls the change back)
    const isFailureRollback = (h: THead, at: number) => {
      if (h.isPseudo || consumed[h.index]) return false;
      const isHandling = FAILURE_HANDLING_RE.test(nameOf(h));
      if (!FAILURE_SECTION_RE.test(nameOf(h)) && !isHandling) return false;
      // (at any depth: exported, the fence is a step's)
      if (isHandling && !blocks.slice(h.index + 1, ends[at] ?? blocks.length).some((b) => someBlock(b, (x) => x.type === "code" && HAS_ROLLBACK_WORD_RE.test(x.value))))
        return false;
      const body = bodyText(h.index, ends[at] ?? blocks.length);
      // ("To roll a single package back: …" — a paragraph that opens with rolling back)
      // (a paragraph at any depth: exported, it is a step's list item)
      const rollsBack = () => blocks.slice(h.index + 1, ends[at] ?? blocks.length).some((b) => someParagraph(doc, b, ROLLBACK_PROSE_RE));
      // ("Fix forward with a new migration; … see rollback.md": the way on, not back)
      return (HAS_ROLLBACK_WORD_RE.test(body) && PUTS_BACK_RE.test(body) && !FIX_FORWARD_RE.test(body)) || rollsBack();
    };
    // (in a runbook whose work is a restore or an incident's recovery, only a heading naming the rollback is it: a
    // failure section or a bold "revert …" there is that work)
    const byNameOnly = isRestoreRunbook || INCIDENT_TITLE_RE.test(title);
    const at = k >= 0 || byNameOnly ? k : allHeads.findIndex(isFailureRollback);
    const h = allHeads[at];
    if (h) candidates.push({ head: h, kind: "rollback", start: h.index, end: ends[at] ?? blocks.length });
    else if (!byNameOnly) {
      const label = rollbackLabelIn(doc, blocks, allHeads, consumed);
      if (label) candidates.push({ kind: "rollback", ...label });
    }
  }
  // a rollback section that only says when to roll back ("Rollback must be prepared before release proceeds if any of
  // the following fail:" over conditions, "Acionar se houver perda de dados …"): no procedure to run — its text stays
  // where it stands (923, 970, 344, 826: both counters of each counted no rollback)
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (!c || c.kind !== "rollback") continue;
    const body = blocks.slice(c.head.index + 1, c.end);
    const opening = body.find((b) => b.type === "paragraph");
    const hasProcedure = body.some((b) =>
      someBlock(b, (x) => x.type === "code" || (x.type === "list" && x.ordered === true) || x.type === "heading" || x.type === "phaselineOpaque"),
    );
    if (!hasProcedure && opening && CONDITIONS_ONLY_RE.test(doc.block(opening).trim())) candidates.splice(k, 1);
    // (nor one that opens by saying there is none: "A failover cannot be rolled back. … the recovery path is
    // `disaster-recovery-restore.md`" — 1184, both counters)
    else if (!hasProcedure && opening && NO_WAY_BACK_RE.test(doc.block(opening).trim())) {
      candidates.splice(k, 1);
      doc.warnings.push(`“${c.head.parts.title}” says there is no way back: kept as text where it stands.`);
    }
    // (nor one that says when and sends the reader elsewhere for how: "If any of the smoke calls fail …, go to
    // `rollback.md` and execute the fast rollback" over "Common red-path triggers:" and its bullets — 1055, both counters)
    else if (!hasProcedure && isPointerAndTriggers(doc, body)) {
      candidates.splice(k, 1);
      doc.warnings.push(
        `“${c.head.parts.title}” says when to roll back and points to another document for how: kept as text where it stands; add the rollback steps to import one.`,
      );
    }
    // (nor one that only says to go on instead, in rules — "Do not edit applied migration files", "Prefer forward-fix
    // migration or feature toggle", "Document rollback decision in PR": a policy, no way back; 1041, both counters.
    // "Prefer fix-forward …: deploy the corrected function first" beside "If a migration enqueues …, stop the trigger"
    // holds steps: 614.)
    else if (!hasProcedure && body.some((b) => FIX_FORWARD_RE.test(doc.block(b))) && linesOf(doc, body).every((t) => POLICY_LINE_RE.test(t))) candidates.splice(k, 1);
    // (nor, in a restore runbook, a paragraph for the case of the restore failing that says to restore again from an
    // earlier point or fix forward — "## 7. 失败回退与升级": the restore's own failure handling, no way back; 1304, both
    // counters)
    else if (!hasProcedure && isRestoreRunbook && body.some((b) => FIX_FORWARD_RE.test(doc.block(b)))) candidates.splice(k, 1);
  }
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
      headBlock: (x) => (x.head ? mainBlocks[x.head.index] : undefined),
      isResponse: INCIDENT_TITLE_RE.test(title) || DIAGNOSIS_TITLE_RE.test(title),
    });
  } else {
    warnings.push("No phase structure found (numbered or “Phase N” headings, or a numbered list of sections): the whole document is one phase.");
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
    const body = blocks.slice(c.start + 1, c.end);
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
  if (!rollback && !isRollbackRunbook) rollback = rollbackColumn(doc, mainBlocks);
  // the procedure's last step rolling it back ("12. Roll back if the node misbehaves:" over a fence)
  if (!rollback && !isRollbackRunbook) rollback = rollbackStep(phases);

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

/**
 * The last of the topics a label names ("Readiness failure and application rollback" → "application rollback",
 * "Redeploy / rollback" → "rollback"): the label itself when it names one.
 */
function lastTopic(label: string): string {
  return label.split(/\s+\/\s+|\s+(?:and|&|et|y|e|und|и)\s+/u).at(-1) ?? label;
}

/** A one-line label paragraph ("Rollback action:", "7) ロールバック", "**Rollback:**"): its words without the marks. */
const ROLLBACK_LABEL_RE = /^(?:\*\*|__)?(?:\d{1,2}[.)、]\s*)?([^\n]{1,60}?)(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?$/u;

/**
 * The rollback written as a label inside a phase rather than as a heading (issue 16: "a rollback
 * subsection inside a phase"): a one-line paragraph — ending in a colon, numbered like its sibling
 * sub-steps ("7) ロールバック") or bold — whose words hold a rollback word among its first three
 * (ROLLBACK_WORD_RE, not ROLLBACK_ABOUT_RE: "Rollback triggers:" only says when), directly over a
 * list or a code fence. Its section runs to the next heading, rule or label of the same form.
 * Only where no section names the rollback. Returns the candidate's head (a pseudo-heading at
 * level 7) and its block range [start, end), or null.
 */
function rollbackLabelIn(doc: Doc, blocks: TBlock[], heads: THead[], consumed: boolean[]): { head: THead; start: number; end: number } | null {
  const headAt = new Set(heads.map((h) => h.index));
  const labelOf = (b: TBlock | undefined): { title: string; form: string } | null => {
    // ("7) ロールバック" over its bullets, after "6) 検証": Markdown reads each as a list of one numbered item)
    const isNumberedLabel =
      b?.type === "list" && b.ordered === true && b.children.length === 1 && b.children[0]?.children.length === 1 && b.children[0].children[0]?.type === "paragraph";
    if (b?.type !== "paragraph" && !isNumberedLabel) return null;
    const raw = doc.block(b).trim();
    const m = ROLLBACK_LABEL_RE.exec(raw);
    if (!m?.[1]) return null;
    const form = /[:：](?:\*\*|__)?$/u.test(raw) ? "colon" : /^(?:\*\*|__)?\d{1,2}[.)、]/u.test(raw) ? "number" : /^(\*\*|__).*\1$/u.test(raw) ? "bold" : "";
    return form ? { title: m[1].replace(/[*_]/g, "").trim(), form } : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const label = labelOf(blocks[i]);
    const next = blocks[i + 1];
    if (!label || consumed[i] || headAt.has(i) || (next?.type !== "list" && next?.type !== "code")) continue;
    if (!ROLLBACK_WORD_RE.test(label.title) || ROLLBACK_ABOUT_RE.test(label.title)) continue;
    let end = i + 1;
    while (end < blocks.length && !headAt.has(end) && blocks[end]?.type !== "heading" && blocks[end]?.type !== "thematicBreak" && labelOf(blocks[end])?.form !== label.form) end++;
    return { head: { index: i, level: 7, text: label.title, isPseudo: true, parts: splitPhaseHeading(label.title) }, start: i, end };
  }
  return null;
}

/**
 * A one-line "* **Rollback Plan:** value" item among a phase's notes, or a paragraph led by the label
 * ("**Rollback:** point DNS back. …"), taken out as the rollback procedure: its value the notes. Null: none.
 */
function rollbackField(phases: TParsedPhase[], isRestoreRunbook: boolean): TParsedRunbook["rollback"] {
  // (in a runbook whose work is a restore, "**Wiederherstellung:** `node scripts/db-restore.mjs`" is that work)
  const isRestoreWork = (label: string) => isRestoreRunbook && RESTORE_NAME_RE.test(label);
  for (const phase of phases) {
    const lines = phase.notes.split("\n");
    /** The item's label and its value (a plain-labelled item: its whole text) when it is a one-line rollback item. */
    const itemOf = (l: string, j: number): { title: string; value: string } | null => {
      // (the item ends on its line: the next is another top-level item or nothing)
      if (/^\s+\S/.test(lines[j + 1] ?? "")) return null;
      const m = ROLLBACK_BULLET_RE.exec(l);
      // ("**Rollback = restore.** To return to N−1 …": the name before what it equals)
      const name = cleanLabel(m?.[1] ?? "").split(/\s*=\s*/)[0] ?? "";
      if (m && ROLLBACK_RE.test(name) && !isRestoreWork(name)) return { title: (m[1] ?? "").replace(/\s*:\s*$/, "").trim(), value: (m[2] ?? "").replace(/^[:：]\s*/u, "").trim() };
      // ("- 出问题的回滚：Release 页把它标成 pre-release …", "- Rollback: redeploy the previous tag": a plain label)
      const plain = ROLLBACK_PLAIN_BULLET_RE.exec(l);
      const label = cleanLabel(plain?.[1] ?? "");
      const isRollback = plain && ROLLBACK_WORD_RE.test(label) && !ROLLBACK_ABOUT_RE.test(label) && !NO_ROLLBACK_RE.test(plain[2] ?? "");
      return isRollback ? { title: (plain[1] ?? "").trim(), value: l.replace(/^[-*+]\s+/, "").trim() } : null;
    };
    const first = firstFound(lines, itemOf);
    if (!first) continue;
    const {
      index: k,
      found: { title, value },
    } = first;
    phase.notes = lines
      .filter((_, j) => j !== k)
      .join("\n")
      .trim();
    return { title, phases: [{ ...emptyPhase(title), notes: value }] };
  }
  // a paragraph of a phase's notes led by the label ("**Rollback:** point DNS back. The old host is still
  // running …", in the step that moves DNS; "**Rollback** : revert …"; "**5. If it goes wrong.** Restore the
  // snapshot …") or opening with rolling back ("To roll back, check out the release before …"): that step's
  // way back, the rollback where nothing else names one
  for (const phase of phases) {
    // (and each field of a paragraph of bold-labelled lines — "**Escalade** : …" / "**Rollback** : conserver la derniere
    // archive valide …" / "**Retour normal** : …", a template's fields hard-wrapped into one paragraph: each its own)
    const paragraphs: string[] = [];
    const separators: string[] = [];
    for (const [j, para] of phase.notes.split(/\n{2,}/).entries()) {
      for (const [f, field] of para.split(FIELD_LINE_SPLIT_RE).entries()) {
        separators.push(f > 0 ? "\n" : j > 0 ? "\n\n" : "");
        paragraphs.push(field);
      }
    }
    const rollbackOf = (para: string): { title: string; text: string } | null => {
      const m = ROLLBACK_PARAGRAPH_RE.exec(para);
      const title = (m?.[1] ?? "").replace(/^\d{1,2}[.)]\s*/, "").trim();
      const label = cleanLabel(title);
      // (a "**Label:** value" paragraph keeps its value; one led by "**5. If it goes wrong.**" keeps its words whole)
      const isField = /^(\*\*|__)[^*_\n]+?(?::\1|\1\s*:)/u.test(para);
      // ("**Redeploy / rollback:** … enter an existing tag": the rollback as the last of the names the label gives)
      const named = [label, lastTopic(label)].some((x) => ROLLBACK_RE.test(x));
      if (m && named && !ROLLBACK_ABOUT_RE.test(label) && !isRestoreWork(label) && !NO_ROLLBACK_RE.test(m[2] ?? ""))
        return { title, text: isField ? (m[2] ?? "").trim() : para.trim() };
      // ("Rollback: re-run the `ALTER USER` with the old password …", "Rollback (any time): revert the registrar NS …":
      // the label plain, a short gloss of when after it; the paragraph kept whole)
      const plain = ROLLBACK_PLAIN_LABEL_RE.exec(para);
      const plainLabel = cleanLabel(plain?.[1] ?? "");
      if (plain && ROLLBACK_RE.test(plainLabel) && !ROLLBACK_ABOUT_RE.test(plainLabel) && !isRestoreWork(plainLabel) && !NO_ROLLBACK_RE.test(plain[2] ?? ""))
        return { title: (plain[1] ?? "").trim(), text: para.trim() };
      return ROLLBACK_PROSE_RE.test(para) ||
        REVERSED_STEP_ROLLBACK_RE.test(para) ||
        ROLL_BACK_FROM_SENTENCE_RE.test(para) ||
        (FAILURE_PROSE_RE.test(para) && PUTS_BACK_RE.test(para))
        ? { title: "Rollback", text: para.trim() }
        : null;
    };
    const first = firstFound(paragraphs, rollbackOf);
    if (!first) continue;
    const { index: k, found } = first;
    phase.notes = paragraphs
      // (the field after one taken from a paragraph's start opens that paragraph)
      .map((para, j) => (j === k ? "" : `${j === k + 1 && separators[k] === "\n\n" ? "\n\n" : (separators[j] ?? "")}${para}`))
      .join("")
      .replace(/^\n+/, "");
    return { title: found.title, phases: [{ ...emptyPhase(found.title), notes: found.text }] };
  }
  return null;
}
/** The first of `xs` for which `find` gives a value, with its index; null: none. Each is looked at once. */
function firstFound<T, R>(xs: T[], find: (x: T, index: number) => R | null): { index: number; found: R } | null {
  for (const [index, x] of xs.entries()) {
    const found = find(x, index);
    if (found !== null) return { index, found };
  }
  return null;
}
/** A one-line "* **Rollback Plan:** value" item: its label, then its value. */
const ROLLBACK_BULLET_RE = /^[-*+]\s+\*\*([^*\n]+?)\*\*\s*(\S.*)$/;
/** A one-line "- Rollback: value" item with a plain label (a colon after it): its label, then its value. */
const ROLLBACK_PLAIN_BULLET_RE = /^[-*+]\s+(\p{L}[^:：\n*_`]{0,40}?)\s*[:：]\s*(\S.*)$/u;
/**
 * A paragraph led by a bold label and its colon or full stop ("**Rollback:** point DNS back …", "**Rollback** : revert …",
 * "**5. If it goes wrong.** Restore …"): the label (with the number that enumerates it), then the rest (any lines).
 */
/** Where a paragraph's next line opens with a bold label and a colon ("**Rollback** : …", "**Rollback:** …"): a field of its own. */
const FIELD_LINE_SPLIT_RE = /\n(?=(?:\*\*|__)[^*_\n]{1,40}?(?:(?:\*\*|__)\s*[:：]|[:：](?:\*\*|__)))/u;
const ROLLBACK_PARAGRAPH_RE = /^(?:\*\*|__)((?:\d{1,2}[.)]\s*)?[^*_\n]{1,40}?)(?:\s*[:.](?:\*\*|__)|(?:\*\*|__)\s*[:：]|(?:\*\*|__)\s+[—–]\s)\s*(\S[\s\S]*)$/u;
/** A paragraph led by a plain label, a short gloss in brackets and a colon ("Rollback (any time): revert …"): the label, then the rest. */
const ROLLBACK_PLAIN_LABEL_RE = /^([\p{L}][^:：\n*_()（）]{0,40}?)(?:\s*[(（][^()（）\n]{1,30}[)）])?\s*[:：]\s+(\S[\s\S]*)$/u;
/**
 * A paragraph that opens with rolling the change back: "To roll back, check out the release before …", "To revert the
 * upgrade, …", "Rollback means redeploying the previous image …", "Rollback is a mount change. …", "For rollback, load
 * the last known-good digests …", "If you need to roll back, …", "Rollback restores the previously verified IP …" (what
 * the rollback does, in its own verb). ("Rollback is not possible" says there is none; "Rollback restores are rare"
 * is about them.)
 */
const ROLLBACK_PROSE_RE =
  /^(?:to (?:roll[\s-]?back|roll (?:[\p{L}\p{N}-]+\s+){1,3}back|revert|downgrade|undo (?:the|this) (?:upgrade|migration|deploy(?:ment)?|release|change|cut-?over))\b|(?:a\s+)?(?:rollback|roll[\s-]?back|rolling back)\s+(?:means|consists of|is done by|is to|is (?:a|an|the|just|simply)\s|(?:restores|redeploys|reverts|re-?points|switches|returns|puts|brings|rolls|re-?runs)\s(?!(?:are|were|is|was|have|has)\b))|(?:for|in case of|in the event of)\s+(?:a\s+|the\s+)?(?:rollback|roll[\s-]?back|rolling back)\s*[,:]|(?:if|should|when) (?:you )?(?:need|have|must|want) to roll[\s-]?back\b|if (?:a )?rollback is (?:needed|required|necessary)\b|when rolling back\s*,)/iu;
/**
 * A sentence that says, after the case for it, to roll back from or to a named point: "If any value is dramatically
 * smaller after restore, do **not** declare success. Roll back from the pre-restore dump in §A.2." (1089).
 */
const ROLL_BACK_FROM_SENTENCE_RE = /[.!?]\s+(?:roll[\s-]?back|revert)\s+(?:from|to)\s+(?:the\s+)?[\p{L}\p{N}`]/iu;
/**
 * A paragraph saying the rollback is a step of the work done in reverse ("step 6 in reverse is the entire rollback plan",
 * "Rollback is step 3 in reverse", "Rollback: run phase 2 in reverse"), anywhere in it: the way back, told by the step.
 */
const REVERSED_STEP_ROLLBACK_RE =
  /\b(?:steps?|phases?|stages?)\s+[\p{N}\p{L}.–-]{1,8}\s+in reverse\b[^.]{0,40}\b(?:rollback|roll[\s-]?back)\b|\b(?:rollback|roll[\s-]?back)\b[^.]{0,30}?\b(?:is|means|:)\s+(?:(?:to\s+)?(?:run|do|repeat|follow)\s+)?(?:steps?|phases?|stages?)\s+[\p{N}\p{L}.–-]{1,8}\s+in reverse\b/iu;
/** A paragraph that opens with the case it is for ("If …", "When …", "In case of …", "Si …", "Wenn …"). */
const CASE_LEAD_RE = /^(?:\*\*|__)?(?:if|when|whenever|should|in case|in the event|falls|wenn|si|se|en caso|em caso|en cas)\b/iu;
/** A label over the cases for something ("Common red-path triggers:", "Rollback triggers:", "Symptoms:"). */
const TRIGGERS_LABEL_RE =
  /^(?:\*\*|__)?(?:[\p{L}-]+\s+){0,3}(?:triggers?|signals?|symptoms?|conditions?|criteria|when to (?:roll back|rollback|abort))(?:\*\*|__)?\s*[:：](?:\*\*|__)?$/iu;
/**
 * A section body of paragraphs that send the reader to another document (sendsToDocument) or label the cases for it
 * (TRIGGERS_LABEL_RE), and bullet lists under such a label: when, and where to read how — no procedure of its own.
 */
function isPointerAndTriggers(doc: Doc, body: TBlock[]): boolean {
  let sends = false;
  let underLabel = false;
  for (const b of body) {
    if (b.type === "thematicBreak") continue;
    if (b.type === "paragraph") {
      const text = doc.block(b).trim();
      underLabel = TRIGGERS_LABEL_RE.test(text);
      // (a paragraph of the case, then where to go: "If any … fail …, go to `rollback.md`"; one opening with its own
      // instruction — "Redeploy the previous tag … See `rollback.md` for the database." — holds a way back)
      if (CASE_LEAD_RE.test(text) && sendsToDocument(text)) sends = true;
      else if (!underLabel) return false;
      continue;
    }
    if (b.type === "list" && b.ordered !== true && underLabel) continue;
    return false;
  }
  return sends;
}
/** A sentence that opens by putting something back as it was ("Rollback DNS to the previous Weebly records if …", "Revert the flag to its prior value"). */
const PUT_BACK_TO_PREVIOUS_RE =
  /^(?:roll[\s-]?back|revert|restore)\s+(?:the\s+)?(?:[\p{L}\p{N}_./`-]+\s+){0,3}to\s+(?:the\s+|its\s+)?(?:previous|prior|old|last known[\s-]good|last good)\b/iu;
/** A paragraph that opens with the case of a named part failing ("If validation fails, stop the deployment, …"); with PUTS_BACK_RE, the way back. */
const FAILURE_PROSE_RE = /^(?:if|should|when) (?:the |any |a |an )?(?:[\p{L}\p{N}-]+ ){0,2}(?:fails|breaks|goes wrong|does not pass|doesn't pass)\s*,/iu;
/**
 * A value saying there is no way back ("none", "n/a", "not possible", "nicht möglich"), or to go on rather than back
 * ("**If this fails:** carry on to §3 anyway — a copy of a moving database is worth more than no copy": 1257, whose
 * counter counted no rollback).
 */
const NO_ROLLBACK_RE =
  /^(?:none|n\/?a|not (?:possible|applicable|needed|required|available)|no\b|nicht\b|keine?\b|ninguno|nenhum|aucun|sin\b|sem\b|sans\b|—|-|(?:carry on|continue|proceed|keep going|go on|move on)\b(?!\s+(?:with|to)\s+(?:the\s+)?(?:rollback|roll[\s-]?back)))/iu;

/**
 * The rollback written as the procedure's last step (issue 16: "rollback under any name and level"; a
 * Talos upgrade runbook's "12. Roll back if the node misbehaves:" over `talosctl rollback`): the last
 * step of the last main phase, when its title opens with a rollback word (ROLLBACK_WORD_RE, not
 * ROLLBACK_ABOUT_RE: "Rollback window" only says when) and the phase has steps before it. The step
 * moves, whole, to a rollback phase of its own name. Only where nothing else names the rollback. Null:
 * none.
 */
function rollbackStep(phases: TParsedPhase[]): TParsedRunbook["rollback"] {
  /** The phase's last step moved to a rollback phase named `title` (by default, the step's own). */
  const take = (phase: TParsedPhase, title?: string) => {
    const step = phase.steps.at(-1) as TParsedPhase["steps"][number];
    phase.steps = phase.steps.slice(0, -1);
    const name = title ?? step.title;
    return { title: name, phases: [{ ...emptyPhase(name), steps: [step] }] };
  };
  const last = phases.at(-1);
  const step = last?.steps.at(-1);
  const title = cleanLabel(step?.title ?? "");
  if (last && step && last.steps.length >= 2 && ROLLBACK_WORD_RE.test(title) && !ROLLBACK_ABOUT_RE.test(title)) return take(last);
  // (any phase's last step that says what to do when it fails by rolling back: "5. 如失败 `helm rollback` + PITR。",
  // "If it fails, roll back with `helm rollback`")
  const failing = phases.find((phase) => {
    const t = cleanLabel(phase.steps.at(-1)?.title ?? "");
    return phase.steps.length >= 2 && FAILURE_LEAD_RE.test(t) && HAS_ROLLBACK_WORD_RE.test(t);
  });
  if (failing) return take(failing);
  // (any phase's last step labelled as the rollback: "6. Rollback plan: flip DNS back to the legacy host.")
  // (named by its label, as a section of that name would be)
  for (const phase of phases) {
    const label = (/^([^:：]{1,40})[:：]\s*\S/u.exec(phase.steps.at(-1)?.title ?? "")?.[1] ?? "").trim();
    const name = cleanLabel(label);
    if (phase.steps.length >= 2 && ROLLBACK_RE.test(name) && !ROLLBACK_ABOUT_RE.test(name)) return take(phase, label);
  }
  return null;
}
/** A step that opens with the case of failure ("If it fails", "If the new image fails to start", "On failure", "如失败", "失敗した場合", "실패 시", "Si falla", "Bei Fehler"). */
const FAILURE_LEAD_RE =
  /^(?:if (?:it|this|that|anything|something|the (?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:fails|breaks|goes wrong)|on failure|upon failure|in case of (?:failure|errors?|problems?)|如(?:果)?失败|失败(?:时|则|后)|若失败|失敗(?:した場合|時|したら)|실패(?:\s*시|하면)|si (?:falla|échoue|echoue)|se falhar|en cas d'[ée]chec|bei (?:fehler|fehlschlag)|falls (?:es )?fehlschl[äa]gt)/iu;
/** Whether `node` is, or holds at any depth (list items, block quotes), a block for which `test` holds. */
function someBlock(node: TBlock, test: (block: TBlock) => boolean): boolean {
  if (test(node)) return true;
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) && children.some((c) => someBlock(c as TBlock, test));
}
/** Whether `node` is, or holds at any depth, a paragraph whose text `re` matches from its start. */
const someParagraph = (doc: Doc, node: TBlock, re: RegExp) => someBlock(node, (b) => b.type === "paragraph" && re.test(doc.block(b).trim()));
/**
 * An opening that says there is no way back ("A failover cannot be rolled back.", "There is no rollback.", "Rollback is
 * not possible", "此操作无法回滚"; its subject in up to six words, the verb quoted or not: 'Cloudflare Universal SSL cannot
 * be "rolled back"', "It is not possible to roll back …"): a rollback section written to say so holds no procedure (1184,
 * 1260, both counters).
 */
const NO_WAY_BACK_RE =
  /^(?:\*\*|__)?(?:(?:an?|the|this|that|our)\s+)?(?:[\p{L}\p{N}/.-]+\s+){0,5}(?:cannot|can ?not|can['’]t)\s+be\s+["“'‘]?(?:rolled back|undone|reverted|reversed)\b|^(?:\*\*|__)?(?:it\s+is|it['’]s)\s+(?:not\s+possible|impossible)\s+to\s+(?:roll\s*back|undo|revert|reverse)\b|^(?:\*\*|__)?no\s+(?:rollback|roll-?back|undo)\s+is\s+(?:possible|available)\b|^(?:\*\*|__)?there\s+is\s+no\s+(?:rollback|roll-?back|way back|undo)\b|^(?:\*\*|__)?(?:a\s+)?(?:rollback|roll(?:ing)?[\s-]?back|reverting|undoing)(?:\s+\S+){0,3}\s+is\s+(?:not possible|impossible|not supported|not an option)\b|^(?:\*\*|__)?(?:this|the)\s+(?:[\p{L}-]+\s+){0,2}is\s+(?:irreversible|not reversible|one-way)\b|^[^。.]{0,20}(?:无法|不能|不可)回滚|^[^。.]{0,20}ロールバック(?:は)?できない|^[^.]{0,20}롤백(?:은|이)?\s*(?:불가|할 수 없)/iu;
/** A rollback's text that only says when to roll back: prepared "before … if", "Trigger … if/when", "Acionar se …". */
const CONDITIONS_ONLY_RE =
  /^(?:(?:a\s+|the\s+)?(?:rollback|roll[\s-]?back)\s+(?:must|should|needs to)\s+be\s+(?:prepared|ready|possible)\b|(?:trigger|initiate|start|acionar|accionar|activar|iniciar|d[ée]clencher|ausl[öo]sen)\b[^.:]{0,40}?\b(?:if|when|whenever|se|si|quando|cuando|wenn|falls)\b)/iu;
/** A section on authoring a migration ("Creating a New Migration", "Write the migration", "Generating a Migration File"). */
const MIGRATION_AUTHORING_RE =
  /^(?:how to |to )?(?:create|creating|write|writing|generate|generating|add|adding|author|authoring)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:[\p{L}-]+\s+)?migrations?(?:\s+(?:files?|versions?|scripts?))?$/iu;
/** Text that says to go on rather than back ("Fix forward with a new migration", "roll forward"). */
/** A line of a policy, not a step: "Do not …", "Never …", "Prefer …", "Avoid …", "Document …", "Always …". */
const POLICY_LINE_RE = /^(?:do\s+not|don[’']t|never|prefer|avoid|document|always|must not)\b/i;
/** The lines a section's blocks say: each paragraph, and each list item's first paragraph, without emphasis marks. */
const linesOf = (doc: Doc, body: TBlock[]): string[] =>
  body
    .flatMap((b): TBlock[] =>
      b.type === "paragraph" ? [b] : b.type === "list" ? b.children.flatMap((item) => (item.children[0]?.type === "paragraph" ? [item.children[0]] : [])) : [],
    )
    .map((b) => doc.block(b).replace(/[*_]/g, "").trim());
const FIX_FORWARD_RE = /\b(?:(?:fix|roll)(?:ing)?[\s-]?forward|forward[\s-]?fix(?:es|ing)?)\b/i;
/** A section named for the case of failure ("If it fails", "When things go wrong", "失敗したとき", "Em caso de falha"): a "when" form, or FAILURE_LEAD_RE as the whole name. */
/**
 * A section named for handling a failure ("Failure handling", "Handling deployment failures"): the rollback where it
 * holds the command that rolls back (954's `wrangler rollback` fence), not where it only says where that is told (742).
 */
const FAILURE_HANDLING_RE =
  /^(?:(?:(?:deploy(?:ment)?|release|migration|upgrade|rollout)\s+)?failure\s+(?:handling|recovery|procedure|response)|handling\s+(?:(?:deploy(?:ment)?|release|migration|upgrade|rollout)\s+)?failures?)$/i;
const FAILURE_SECTION_RE = new RegExp(
  String.raw`^(?:(?:when|if) (?:it|this|that|anything|something|things|(?:the |a |an )?[\p{L}-]+(?: [\p{L}-]+)?) (?:fails?|breaks? (?:something|anything)|breaks?|go(?:es)? wrong)|失敗(?:したとき|した時|時の(?:対応|復旧|手順))|失败(?:时|後|后)(?:的)?(?:处理|恢复|回退)|실패\s*시\s*(?:대응|복구|조치)|em caso de (?:falha|erro)|en caso de (?:fallo|falla|error)|wenn (?:es|etwas) (?:fehlschl[äa]gt|schiefgeht))$|(?:${FAILURE_LEAD_RE.source})$`,
  "iu",
);

/** A cell that says there is nothing to do ("—", "n/a", "none", "-"). */
const EMPTY_CELL_RE = /^(?:[-–—‐/.\s]*|n\/?a|none|nothing|keine?|ninguno|nenhum|aucun|无|なし|없음)$/i;

/**
 * The rollback as a column of a step table (issue 16: "rollback under any name and level"; a
 * cut-over plan's "| # | Step | Exit check | Rollback |"): the first table, anywhere among `blocks`,
 * with a column named the rollback (ROLLBACK_RE / ROLLBACK_WORD_RE, not ROLLBACK_ABOUT_RE) and two or
 * more rows that say how to undo their step. One rollback phase named by the column, one manual step
 * per such row, in the table's order: "Step 2 (Provision staging): Delete staging." The table itself
 * stays where it is (its phase's notes). Only where nothing else names the rollback. Null: none.
 */
function rollbackColumn(doc: Doc, blocks: TBlock[]): TParsedRunbook["rollback"] {
  const tables: Table[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const n = node as { type?: string; children?: unknown[] };
    if (n.type === "table") tables.push(node as Table);
    else if (Array.isArray(n.children)) for (const c of n.children) visit(c);
  };
  for (const b of blocks) visit(b);
  for (const table of tables) {
    const [header, ...rows] = table.children;
    if (!header || rows.length < 2) continue;
    const names = header.children.map((_, k) => cleanLabel(cellText(doc, header, k)));
    const col = names.findIndex((name, k) => k > 0 && name.length <= 40 && (ROLLBACK_RE.test(name) || ROLLBACK_WORD_RE.test(name)) && !ROLLBACK_ABOUT_RE.test(name));
    if (col < 0) continue;
    // the row's step: its number or first cell, and its action (the first other column that is not the rollback)
    const action = names.findIndex((_, k) => k > 0 && k !== col);
    const steps = rows.flatMap((row) => {
      const undo = collapse(cellText(doc, row, col));
      if (EMPTY_CELL_RE.test(undo)) return [];
      const first = collapse(cellText(doc, row, 0));
      const what = action > 0 ? (collapse(cellText(doc, row, action)).split(/\s+[—–-]\s+/)[0] ?? "") : "";
      const label = /^\d+[.)]?$/.test(first) ? `Step ${first.replace(/[.)]$/, "")}` : first;
      const name = [label, what && what !== label ? `(${what.length > 60 ? `${what.slice(0, 59).trimEnd()}…` : what})` : ""].filter(Boolean).join(" ");
      return [manualStep(name ? `${name}: ${undo}` : undo)];
    });
    if (steps.length < 2) continue;
    const title = collapse(cellText(doc, header, col));
    return { title, phases: [{ ...emptyPhase(title), steps }] };
  }
  return null;
}

/** The blocks of a rollback section as rollback phases: its numbered sub-sections, or one phase. */
function buildRollbackPhases(doc: Doc, blocks: TBlock[], title: string): TParsedPhase[] {
  // a `<details>` rollback's closing tag is structure, not text
  const sectionBlocks = blocks.filter((b) => !isDetailsClose(b));
  const inner = splitPhases(doc, sectionBlocks, { minCount: 1, subheadingFallback: true });
  if (inner && inner.phases.length > 0) {
    const leading = inner.leading.filter((b) => b.type !== "thematicBreak").map((b) => doc.block(b));
    const phases = inner.phases.map((s, k) => buildPhase(doc, s, k === 0 ? leading : []));
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
// (and the Prerequisites in every language the vocabulary knows: "Requisitos antes de `v0.1.0`", "Voraussetzungen")
const isChecklistTitle = (s: TTopSection) =>
  s.head !== null && (CHECKLIST_SECTION_RE.test(s.head.parts.title) || isPrerequisitesLabel(s.head.parts.title) || SIGNOFF_RE.test(cleanLabel(s.head.parts.title)));
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
const isWorkBefore = (s: TTopSection) =>
  s.head !== null && !INTRO_RE.test(cleanLabel(s.head.parts.title)) && !APPENDIX_RE.test(cleanLabel(s.head.parts.title)) && holdsRunnableCode(s.blocks.slice(1));
const isAppendix = (s: TTopSection) => s.head !== null && APPENDIX_RE.test(cleanLabel(s.head.parts.title));
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
  const isDeclared = (x: TSection) =>
    x.isListed === true ||
    x.body.some((b) => b.type === "table" && isTaskTable(doc, b)) ||
    (x.head !== null &&
      (x.head.parts.hasKeyword ||
        x.head.parts.estimatedMinutes !== null ||
        VERIFICATION_TITLE_RE.test(x.head.parts.title) ||
        namesEventTime(x.head.parts.title, x.body) ||
        AFTERMATH_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        CADENCE_TITLE_RE.test(cleanLabel(x.head.parts.title)) ||
        ACTION_TITLE_RE.test(nameAfterEnumerator(x.head.parts.title))));
  // (a checklist section after the procedure — "## Checklist Thực Hiện" after a "## Timeline" table — is read
  // again after it, a phase of its own by its boxes: it does not make the reference before it a phase)
  const isTrailingChecklist = (phase: TParsedPhase, x: TSection) =>
    phase.steps.length + phase.successCriteria.length === 0 && x.head !== null && CHECKLIST_SECTION_RE.test(x.head.parts.title) && !x.head.parts.hasKeyword;
  // (a `text` fence of lines to read — "Migration must preserve:" over three invariants — is shown as written, nothing to
  // run: a section of it alone after the work is reference, 1185)
  const isTextOnly = (step: TParsedPhase["steps"][number]) => step.kind === "MANUAL" && step.language !== null && TEXT_FENCE_LANGS.has(step.language.toLowerCase());
  const holdsWorkToRun = (phase: TParsedPhase) => phase.steps.some((step) => !isTextOnly(step)) || phase.checklistItems.length + phase.successCriteria.length > 0;
  // (in a plan with nothing to run anywhere — bullets, and a `text` fence of hosts-file lines to add — that fence is its work: 388)
  const runsAnything = built.some(holdsWorkToRun);
  /** Whether the phase holds something to run, tick or check. */
  const holdsWork = (phase: TParsedPhase) => (runsAnything ? holdsWorkToRun(phase) : phase.steps.length + phase.checklistItems.length + phase.successCriteria.length > 0);
  /** Whether the k-th phase holds work — something to run, tick or check — or names itself as work (isDeclared). */
  const hasWork = (k: number) => holdsWork(built[k] as TParsedPhase) || isDeclared(split.phases[k] as TSection);
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
  const isProse = (upTo: number) => split.phases.slice(0, upTo).every((x, k) => x.head?.isPseudo === false && !hasWork(k));
  // (in a plan of prose only — no section holds anything to run, tick or check, "## Deploy" is work by its name alone —
  // the sections before the first named action are phases as much as it is: "## Pré-go-live", "## Backup")
  const holdsAnyWork = built.some((phase) => holdsWork(phase));
  const contextBefore =
    prerequisitesAt > 0 && isProse(prerequisitesAt) ? prerequisitesAt : firstWork > 0 && holdsAnyWork && split.phases.length - firstWork >= 3 && isProse(firstWork) ? firstWork : 0;
  // (a document cut into five or more numbered sections — "## 1. 工作区" … "## 8. 私用开发迁移包" — where one alone holds
  // steps, a fence: the sections before it are not its context nor those after it reference; its sections are its phases,
  // 1086. With four or fewer, one procedure among an intro and reference is the common shape: 450, 844.)
  const lastWorkAt = built.findLastIndex((_, k) => hasWork(k));
  const isNumberedSequence = split.phases.length >= 5 && split.phases.every((x) => x.head !== null && !x.head.isPseudo && x.head.parts.number !== null && !x.head.parts.isSubStep);
  const foldsAllButOne = phases.length === 0 && firstWork >= 0 && firstWork === lastWorkAt && (built[firstWork]?.steps.length ?? 0) > 0;
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
    split.phases.some((x) => x.head === null) || isSectionedPlan
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
  const isReferenceBetween = (k: number) => phaseCount >= 5 && k < lastWork && !hasWork(k) && (leadingCount > 0 || (firstWorkAfterContext >= 0 && firstWorkAfterContext < k));
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
  // a numbered section kept as notes ("## 2. Dispatch" … "## 4. After it lands" after "## 1. Take the backup" and
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
  const trailing = splitTopSections(doc, [...reference, ...split.trailing]).flatMap((x) =>
    x.head === null && sectionHasCheckbox(doc, x) && headsOf(doc, x.blocks).some((h) => !h.isPseudo) ? splitTopSections(doc, x.blocks) : [x],
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
      holdsRunnableCode(s.blocks) &&
      (VERIFICATION_TITLE_RE.test(lead) || ACTION_TITLE_RE.test(lead) || isScenarios);
    afterTrailingPhase = false;
    // (a section summing the checklist up — "## 📊 Checklist Summary" of totals and blanks — has nothing to tick)
    const isSummary = s.head !== null && SUMMARY_TITLE_RE.test(cleanLabel(s.head.parts.title));
    if (s.head && (isTickable || isWorkAfterChecklist || isNamedWorkAfter || (isChecklistTitle(s) && !isAppendix(s) && !isSummary))) {
      phases.push(sectionPhase(doc, s));
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

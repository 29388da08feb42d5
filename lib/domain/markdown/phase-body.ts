// The body of one phase (PRODUCT.md "Import and export"): labels ("**Steps**:", "**Success
// Criteria**:", "#### Test 1") route the lists that follow; every checkbox — a task item at any
// depth, a ☐ / [ ] line, a checkbox cell of a table — is a checklist item; numbered items, step
// headings ("#### Step 3: …", "### 2.1 …") and code fences are steps; "Duration: 1h" lines and
// duration columns give the estimate. Whatever fits no field is kept, as its source Markdown, in
// the phase's notes, in order.
import { FOLLOW_UP_KEY_RE, parseFollowUpOffset } from "@/lib/domain/runbook/follow-up";
import type { List, ListItem, Table } from "mdast";
import { type Doc, pseudoHeadingText, type TBlock, type TSection } from "./sections";
import { isSqlStepKind } from "@/lib/domain/runbook/step-kinds";
import { SENTENCE_KINDS, draftStepFromDetails, isDetailsComment, readDetails, shortTitle, stepFromCode } from "./step-details";
import { emptyPhase, type TParsedChecklistItem, type TParsedPhase, type TParsedPhaseDetails, type TParsedStep, type TParsedStepDetails } from "./types";
import {
  BOX_GLYPHS,
  BOX_SOURCE,
  TICK_GLYPHS,
  cleanLabel,
  collapse,
  hasGloss,
  labelKind,
  looksLikeShell,
  looksLikeSql,
  ACTION_TITLE_RE,
  NAMES_CHECKLIST_RE,
  parseDuration,
  psqlEmbeddedSql,
  splitPhaseHeading,
  type TLabelKind,
  isPrerequisitesLabel,
  unglossed,
} from "./vocabulary";

/** Code a step can run: a fence with a language, or one that reads as shell or SQL. */
const isRunnable = (lang: string | null, code: string) => lang !== null || looksLikeShell(code) || looksLikeSql(code) || psqlEmbeddedSql(code) !== null;

type TGroup = { text: string; raw: string; isConsumed: boolean };
/** A heading that is a step ("#### Step 3: Restart", "### 2.1 Backup"): the text under it is its instruction. */
type TStepHead = { title: string; chunk: string[]; emitted: number };

// "⬜" (a white square, as status legends write "⬜ pending / 🔄 in progress / ✅ done") is an open box too
export const CHECKBOX_GLYPH_RE = new RegExp(String.raw`^\s*[${BOX_GLYPHS}]\uFE0F?\s*`, "u");
/** "**words**" in a title: the bold goes, the words stay (an asterisk alone, "SELECT *", stays). */
const BOLD_RE = /\*\*([^*\n]+)\*\*/g;
/** An item that is only a bold name, "**Environment parity**" or "__Data__:" — group 2 the name. */
const BOLD_NAME_RE = /^(\*\*|__)([^*_]+)\1\s*:?$/u;

/** Checkboxes and ticks opening a step title: it would read back as a checklist item or a criterion. */
const MARKERS_RE = new RegExp(String.raw`^(?:\s*(?:${BOX_SOURCE}|[${TICK_GLYPHS}]\uFE0F?))+\s*`, "u");
export const CRITERION_GLYPH_RE = /^\s*(?:✅|✔️|✔|☑️|☑)\s*/u;
/** A checkbox written as text: "☐ task", "[ ] task", "[x] task" (bare lines, table cells). */
export const LINE_CHECKBOX_RE = new RegExp(String.raw`^\s*${BOX_SOURCE}(?:\s+|$|(?<=］))`, "u");
/** The box opening a table cell, and the space after it. */
export const CELL_BOX_LEAD_RE = new RegExp(String.raw`^\s*${BOX_SOURCE}\s*`, "u");
/** A table cell holding only a checkbox, or one box before the status it ticks ("☐ Approved"; not a choice, "☐ Yes ☐ No"). */
export const CELL_BOX_RE = new RegExp(String.raw`^\s*${BOX_SOURCE}(?:\s+(?:(?!${BOX_SOURCE}).)+)?\s*$`, "u");
const KEY_VALUE_RE = /^\s*(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:\s*(.*)$|^\s*(?:\*\*|__)([^*_]+?):(?:\*\*|__)\s*(.*)$/s;
const PLAIN_FOLLOW_UP_RE = /^\s*(follow[\s-]?up(?: phase)?)\s*:\s*(.+)$/i;
const PLAIN_ESTIMATE_RE = /^\s*(?:estimated (?:time|duration)|estimate|duration|time estimate|eta|time|expected duration)\s*:\s*(.+)$/i;
const ESTIMATE_KEY_RE = /^(?:estimated (?:time|duration)|estimate|duration|time estimate|eta|expected duration)$/;

export function keyValue(line: string): { key: string; value: string } | null {
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

/**
 * A box just inside the emphasis that opens an item ("- **[ ] Registro de Usuario**: Crear una cuenta"): the same box, bold
 * with its task's name (2289, set 192: five smoke tests written so, read as none). `$1` is the emphasis, kept.
 */
export const EMPHASIS_BOX_RE = new RegExp(String.raw`^(\s*(?:\*\*|__|\*|_))\s*${BOX_SOURCE}\s+`, "u");

export function isTaskItem(item: ListItem): boolean {
  if (item.checked === true || item.checked === false) return true;
  const first = item.children[0];
  const opening = first?.type === "paragraph" ? first.children[0] : undefined;
  // (the box inside the emphasis that opens the item: "**[ ] Login**: …")
  const inner = opening?.type === "strong" || opening?.type === "emphasis" ? opening.children[0] : undefined;
  const lead = opening?.type === "text" ? opening.value : inner?.type === "text" && LINE_CHECKBOX_RE.test(inner.value) ? inner.value : null;
  if (lead === null || !(CHECKBOX_GLYPH_RE.test(lead) || LINE_CHECKBOX_RE.test(lead))) return false;
  // ("- ⬜ 项按归属里程碑推进（M3.4/M4/运营）；✅ 项以本仓库提交与命令输出为证。" — ⬜ items follow their milestone, ✅ items are proven
  // by commits: a legend of the status glyphs, not a box to tick — 1586, both counters)
  return !(STATUS_SQUARE_RE.test(lead) && DONE_GLYPH_RE.test(lead.replace(STATUS_SQUARE_RE, "")));
}
/** The white square that status legends and tables write for "pending" ("⬜ pending / ✅ done"), opening a line. */
const STATUS_SQUARE_RE = /^\s*⬜\uFE0F?/u;
/** A glyph of a done or failed status (✅ ✔ ❌): beside ⬜ in one line, the line explains the glyphs. */
const DONE_GLYPH_RE = /[✅✔❌]/u;

/** Whether a node holds a checkbox anywhere inside (task items, ☐ lines, table cells). */
export function hasCheckbox(doc: Doc, node: TBlock): boolean {
  if (node.type === "list") return node.children.some((item) => isTaskItem(item) || item.children.some((c) => hasCheckbox(doc, c)));
  if (node.type === "paragraph")
    return doc
      .slice(node)
      .split("\n")
      .some((l) => LINE_CHECKBOX_RE.test(l));
  if (node.type === "table") return checkboxColumn(doc, node) !== null;
  if (node.type === "blockquote") return node.children.some((c) => hasCheckbox(doc, c));
  return false;
}

export const cellText = (doc: Doc, row: Table["children"][number] | undefined, k: number) => {
  const cell = row?.children[k];
  return cell ? doc.plainInline(cell.children) : "";
};

/** The index of a table's checkbox column (a cell of "[ ]" / "☐" in most rows), or null. */
function checkboxColumn(doc: Doc, table: Table): number | null {
  const rows = table.children.slice(1);
  const header = table.children[0];
  if (rows.length === 0 || !header) return null;
  for (let k = 0; k < header.children.length; k++) {
    const boxes = rows.filter((row) => CELL_BOX_RE.test(cellText(doc, row, k))).length;
    if (boxes * 2 > rows.length) return k;
  }
  return null;
}

// A procedure written as a table (1138's D-day "| # | 단계 | 실행 | 확인 | 되돌리기 |", 163's "| Step | Action |"): a column
// numbering the steps and a column saying what to do, one step per row.
/** A step table's numbering column header ("#", "Step", "No.", "Paso", "Schritt", "Étape", "순서", "단계", "手順", "步骤"). */
export const STEP_NUMBER_HEADER_RE = /^(?:#|no\.?|nr\.?|n[°º]\.?|step|paso|passo|schritt|étape|etape|stap|krok|шаг|순서|단계|번호|手順|ステップ|步骤|序号|order|seq\.?|stt)$/iu;
/** A step table's column saying what to do ("Action", "Task", "Description", "Acción", "Tarefa", "할 일", "操作", "作業"). */
export const STEP_ACTION_HEADER_RE =
  /^(?:actions?|tasks?|activit(?:y|ies)|what|what to do|instructions?|procedure|description|command(?: \/ action)?|acci[oó]n(?:es)?|tareas?|a[çc][ãa]o|tarefas?|aktion|aufgabe|ma[ßs]nahme|t[âa]che|действие|описание|задача|할 일|작업|실행|내용|操作|作業|内容|任务|công việc|hành động)$/iu;
/** A task tracker's column naming the task ("Task", "Aufgabe", "Tarea", "Tâche", "任务", "작업"): narrower than a step table's action column, no "Description". */
const TASK_HEADER_RE =
  /^(?:tasks?|actions?|activit(?:y|ies)|to-?dos?|aufgaben?|ma[ßs]nahmen?|tareas?|acci[oó]n(?:es)?|tarefas?|a[çc][ãa]o|a[çc][õo]es|t[âa]ches?|задача|действие|작업|할 일|任务|待办|操作|作業|タスク|công việc)$/iu;
/** A task tracker's column saying who does a task or where it stands ("Owner", "Status", "Verantwortlich", "Estado", "担当", "상태"). */
const TASK_TRACKING_HEADER_RE =
  /^(?:status|state|owners?|responsible|assignee|who|done|verantwortlich(?:e|er)?|zust[äa]ndig|erledigt|estado|responsables?|statut|situa[çc][ãa]o|respons[áa]vel|stato|responsabile|статус|ответственный|状态|状態|负责人|責任者|担当(?:者)?|상태|담당(?:자)?|trạng thái|người phụ trách)$/iu;

/**
 * A table of tasks to do ("| ID | Aufgabe | Nachweis | Abnahmekriterium | Status |", "| Task | Owner | Due |"): a task
 * column filled in every row (two rows or more) beside a status or owner column — work to carry out, however its rows
 * are numbered (a go-live checklist's "REL-01", "OPS-03" rows: 1450), not reference. Null-free: false for any other table.
 */
export function isTaskTable(doc: Doc, table: Table): boolean {
  const header = table.children[0];
  const rows = table.children.slice(1);
  if (!header || rows.length < 2) return false;
  const names = header.children.map((_, k) => cellText(doc, header, k).trim().replace(/[*_]/g, ""));
  const task = names.findIndex((name) => TASK_HEADER_RE.test(name));
  return task >= 0 && names.some((name) => TASK_TRACKING_HEADER_RE.test(name)) && rows.every((row) => cellText(doc, row, task).trim() !== "");
}

/** A column naming what went wrong: an error code, a symptom, a problem (in the languages of the corpus). */
const FAULT_HEADER_RE =
  /^(?:(?:error|status|http|exit)\s+)?(?:codes?|errors?|fehler(?:code|bild)?|symptoms?|symptome?|problems?|probleme?|issues?|what you see|erreurs?|sympt[oô]mes?|s[ií]ntomas?|sintomas?|errores?|erros?|problemas?|sintomi|problemi|errori|ошибк[аи]|симптомы?|проблем[аы]|症状|错误|錯誤|问题|問題|エラー|現象|现象|증상|오류|에러|문제)$/iu;
/** A column naming what it means or what to do about it: cause, meaning, fix, action. */
const REMEDY_HEADER_RE =
  /^(?:(?:likely|probable|possible|usual|root|wahrscheinliche)\s+)?(?:causes?|meaning|bedeutung|ursache|fix(?:es)?|remed(?:y|ies)|resolution|solutions?|actions?|what to do|response|mitigation|recovery|gegenma(?:ß|ss)nahmen?|l(?:ö|oe?)sung(?:en)?|behebung|ma(?:ß|ss)nahmen?|causa|soluci[oó]n|solu[çc][aã]o|a[çc][aã]o|acci[oó]n|significado|signification|solution|причина|решение|действие|原因|对策|對策|解决(?:方法|办法)?|解決(?:方法)?|対処(?:法)?|対策|処置|对应|对应方法|排查|의미|원인(?:\s*후보)?|해결(?:\s*방법)?|조치|대응|처리)$/iu;

/**
 * A table of faults and their remedies ("| Code | Bedeutung | Gegenmaßnahme |", "| Symptom | Cause | Fix |", "| 증상 | 원인
 * | 해결 |"): troubleshooting to look things up in, never work to carry out. Its header names a fault in one column and a
 * cause, meaning or remedy in another. Source: 1890 (set 158, both counters: "## Fehler des Publish-Endpunkts" over such
 * a table is no phase).
 */
export function isTroubleshootingTable(doc: Doc, table: Table): boolean {
  const header = table.children[0];
  if (!header || table.children.length < 2) return false;
  const names = header.children.map((_, k) => cellText(doc, header, k).trim().replace(/[*_`]/g, "").trim());
  return names.some((name) => FAULT_HEADER_RE.test(name)) && names.some((name) => REMEDY_HEADER_RE.test(name));
}

/**
 * The cases of a troubleshooting table among `blocks` (top-level only): the rows of each table whose first column names the
 * fault (FAULT_HEADER_RE: "| Síntoma | Mira primero |" under "## Si algo va mal" — 2748, set 230 —, whatever the other
 * columns say). 0: none. Counted as cases beside sub-headings by both tests of a failure section (isTroubleshootingByCases,
 * findSetAsideSections).
 */
export function symptomRows(doc: Doc, blocks: TBlock[]): number {
  return blocks.reduce((n, b) => (b.type === "table" && FAULT_HEADER_RE.test(cleanLabel(cellText(doc, b.children[0], 0))) ? n + b.children.length - 1 : n), 0);
}

/**
 * Whether a step's Markdown `text` is a troubleshooting table: a table first, whose first column names the fault
 * (FAULT_HEADER_RE), with two rows or more — what symptomRows counts, read from a step's text rather than the tree.
 */
export function isSymptomTableText(text: string): boolean {
  const lines = text.trim().split("\n");
  const header = /^\|([^|]*)\|/.exec(lines[0] ?? "");
  if (!header || !/^\|[\s:|-]+\|?\s*$/.test(lines[1] ?? "")) return false;
  const rows = lines.slice(2).filter((l) => l.trim().startsWith("|"));
  return rows.length >= 2 && FAULT_HEADER_RE.test(cleanLabel(header[1] ?? ""));
}

/** A cell numbering a step: "1", "2.", "3)", "2.1", "4a". */
const STEP_NUMBER_CELL_RE = /^\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]?$/;

/**
 * The columns of a table written as steps: `number` (the column numbering the rows, or null) and `action` (the column
 * saying what to do, each row's step title), or null when the table is no procedure (a reference table, a tracker of
 * items: "| # | Item | Owner | Status |"). Needs two rows or more; the numbering column numbers most of them.
 */
export function stepTableColumns(doc: Doc, table: Table): { number: number | null; action: number } | null {
  const header = table.children[0];
  const rows = table.children.slice(1);
  if (!header || rows.length < 2 || header.children.length < 2) return null;
  const names = header.children.map((_, k) => cellText(doc, header, k).trim().replace(/[*_]/g, ""));
  const numbered = (k: number) => rows.filter((row) => STEP_NUMBER_CELL_RE.test(cellText(doc, row, k).trim())).length * 2 > rows.length;
  const number = names.findIndex((name, k) => STEP_NUMBER_HEADER_RE.test(name) && numbered(k));
  // ("| # | 단계 | 실행 |", "| # | Step | Kind | What happens |": under a numbering column, a step column of words names
  // each step, before an "Action" or "실행" column that says how)
  const worded = names.findIndex((name, k) => k !== number && STEP_NUMBER_HEADER_RE.test(name) && name !== "#" && !numbered(k));
  const named = names.findIndex((name, k) => k !== number && STEP_ACTION_HEADER_RE.test(name));
  const action = number >= 0 ? (worded >= 0 ? worded : named) : -1;
  // (a template's empty rows, "| 1 | | | |", are a form to fill in: the table stays as written)
  if (action < 0 || rows.some((row) => cellText(doc, row, action).trim() === "")) return null;
  return { number: number >= 0 ? number : null, action };
}

/**
 * An item naming a checklist over bullets ("- Executar checklist de smoke:" over "  - abertura de novo lead", "- Run the
 * smoke checklist:"): its first paragraph one line, ending in a colon, named as a checklist among other words
 * (NAMES_CHECKLIST_RE), over bullet lists only — its bullets are items to tick, as a section so named (1272, both counters).
 */
function namesChecklistOverBullets(doc: Doc, item: ListItem): boolean {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph") return false;
  const text = doc.inline(first).replace(/[*_]/g, "").trim();
  const lists = rest.filter((c) => c.type === "list");
  return !text.includes("\n") && /[:：]$/u.test(text) && NAMES_CHECKLIST_RE.test(text) && lists.length > 0 && lists.every((c) => c.type === "list" && c.ordered !== true);
}

function routeItem(
  doc: Doc,
  item: ListItem,
  list: List,
  label: TLabelKind | null,
  boxesElsewhere = false,
): "checklist" | "checklistGroup" | "labelledChecklist" | "criterion" | "step" | "notes" {
  if (label === "failure" || label === "notes") return "notes";
  const first = item.children[0];
  const firstText = first?.type === "paragraph" ? doc.inline(first) : "";
  if (isTaskItem(item)) return "checklist";
  // (under "## Prerequisites" a "✅ Backup taken" bullet is a prerequisite to tick, whatever its glyph — unless the
  // section marks its items with boxes: then a bullet without one is what to expect, "`projects`: 24 rows", no item)
  if (label === "checklist" && !(boxesElsewhere && !list.ordered)) return "checklist";
  if (label === "criteria" || CRITERION_GLYPH_RE.test(firstText)) return "criterion";
  // "- Database" over "  - [ ] backup": the item names a group of checkboxes (quoted too: "  > - [ ] backup")
  const holdsBoxes = (c: TBlock) => (c.type === "list" && c.children.some(isTaskItem)) || (c.type === "blockquote" && hasCheckbox(doc, c));
  if (!list.ordered && label !== "steps" && item.children.some(holdsBoxes)) return "checklistGroup";
  if (!list.ordered && label !== "steps" && namesChecklistOverBullets(doc, item)) return "labelledChecklist";
  if (list.ordered || label === "steps") return "step";
  // "- **Import into an empty database:** drop and recreate it" over its indented fence: a bullet holding code to run is a step
  if (item.children.some((c) => c.type === "code" && isRunnable(c.lang ?? null, c.value))) return "step";
  return "notes";
}

/** The minutes of a table's duration column added up, or null when it has none. */
function durationColumnTotal(doc: Doc, table: Table): number | null {
  const header = table.children[0];
  if (!header) return null;
  const col = header.children.findIndex((_, k) => /^(?:duration|time|estimate|est\.?|estimated(?: time| duration)?|eta|mins?|minutes)$/.test(cleanLabel(cellText(doc, header, k))));
  if (col < 0) return null;
  let total = 0;
  let found = false;
  for (const row of table.children.slice(1)) {
    const cell = cellText(doc, row, col);
    const minutes = parseDuration(/^\d+(?:\.\d+)?$/.test(cell.trim()) ? `${cell} min` : cell);
    if (minutes !== null) {
      total += minutes;
      found = true;
    }
  }
  return found ? total : null;
}

/**
 * A label line naming a checklist among a few other words ("검수 체크리스트:" — inspection checklist — over five bullets of
 * what to check by hand, 2809, set 235; "**Release checklist:**", "Pre-deploy checklist:"): its list is items to tick, as a
 * section of that name is (NAMES_CHECKLIST_RE); the bare word alone is labelKind's.
 */
/** An instruction that handles a checklist ("keep the checklist", "use this checklist", "fill in the checklist"): no name of one. */
const CHECKLIST_INSTRUCTION_RE =
  /^(?:keep|use|see|update|follow|complete|fill(?:\s+(?:in|out))?|run|read|review|print|copy|store|save|share|send|attach|open|check|tick|go\s+through|work\s+through|sign)\b/iu;
const namesChecklistLabel = (text: string) => {
  // (behind a test of its key words: most label lines name no list, and the name pattern is long)
  if (!CHECKLIST_HINT_RE.test(text)) return false;
  const clean = cleanLabel(text);
  // (not an instruction that names the checklist as its condition — "チェックリスト全行合格後に実行する（詳細はガイド手順 9）:" (run
  // once every line of the checklist passes) over four numbered deletions: 4079, set 341, both counters' steps)
  if (/(?:する|します|して(?:ください)?|行う|执行|執行|进行|進行)$/u.test(unglossed(clean))) return false;
  // (and one naming what the checklist is for after it: "Manual checklist for the operator-driven walkthrough:" over five bullets
  // of a quarterly restore drill — 6057, set 506, both counters — as "Manual checklist:" would)
  const named = (name: string) => name.length <= 40 && name.split(/\s+/).length <= 4 && NAMES_CHECKLIST_RE.test(name);
  // (a name, not an instruction about the checklist: "Keep the checklist for the auditors in the wiki:" is text)
  const head = clean.replace(/^(\S+(?:\s+\S+){0,2}?\s+check-?list)\s+(?:for|of)\s+[^:：\n]{1,50}$/iu, "$1");
  return named(clean) || (head !== clean && !CHECKLIST_INSTRUCTION_RE.test(head) && named(head));
};
/** A sentence handing over the list after it as a checklist: "Use this checklist to help you get started:", "Go through the following checklist:". */
const CHECKLIST_SENTENCE_RE =
  /(?:^|[.!?]\s+)(?:use|follow|go\s+through|work\s+through|run\s+through|complete|tick\s+off|check\s+off)\s+(?:this|the\s+following|the|these)\s+(?:[\p{L}-]+\s+)?check-?lists?\b[^.!?:\n]{0,60}[:：]$/iu;
/**
 * A sentence handing over the list after it as what must hold first: "Before you start, make sure your environment meets the
 * following requirements:", "在开始之前，请确保您的环境满足以下要求：" (5068, set 423, both counters' three), "Antes de iniciar …,
 * certifique-se de que o ambiente atende aos seguintes requisitos:" (3887). The list is the prerequisites' items, as under a
 * "Prerequisites" label. (What should hold after the work — "升级完成后，应该满足以下条件：" — is no such hand-over: 250.)
 */
const REQUIREMENTS_SENTENCE_RE = new RegExp(
  [
    String.raw`\b(?:make\s+sure|ensure|check|verify|confirm)\s+(?:that\s+)?(?:your|the|this|you)\b[^.!?:\n]{0,40}?\b(?:meets?|satisf(?:y|ies)|fulfill?s?|ha(?:s|ve))\s+(?:all\s+)?(?:the\s+)?following\s+(?:[\p{L}-]+\s+)?(?:requirements|prerequisites)\b[^.!?:\n]{0,40}[:：]$`,
    String.raw`\bthe\s+following\s+(?:[\p{L}-]+\s+)?(?:requirements|prerequisites)\s+(?:must|need\s+to|should)\s+be\s+(?:met|in\s+place|satisfied|fulfill?ed)\b[^.!?:\n]{0,40}[:：]$`,
    String.raw`(?:确保|確保|确认|確認)[^。！？\n]{0,24}(?:满足|滿足|符合)以下(?:[^。！？\n]{0,4})?(?:要求|条件|條件)[^。！？\n]{0,8}[:：]$`,
    String.raw`(?:满足|滿足|符合)以下(?:[^。！？\n]{0,4})?(?:要求|前提条件|前提條件)[^。！？\n]{0,8}[:：]$`,
    String.raw`以下の(?:要件|前提条件|動作要件)を満たして[^。！？\n]{0,20}[:：]$`,
    String.raw`(?:atende|atenda|cumpre|cumpra)\s+(?:a\s+)?(?:aos|os)\s+seguintes\s+(?:requisitos|pr[ée]-?requisitos)\b[^.!?:\n]{0,40}[:：]$`,
    String.raw`cumpl[ea]\s+(?:con\s+)?los\s+siguientes\s+(?:requisitos|requerimientos|pre-?requisitos)\b[^.!?:\n]{0,40}[:：]$`,
    String.raw`(?:remplit|remplisse|respecte|satisfait)\s+(?:les|aux)\s+(?:conditions|exigences|pr[ée]requis)\s+suivant(?:e)?s\b[^.!?:\n]{0,40}[:：]$`,
    String.raw`folgenden\s+(?:voraussetzungen|anforderungen|systemanforderungen)\s+(?:erf[üu]llt|erf[üu]llen|gegeben)\b[^.!?:\n]{0,40}[:：]$`,
  ].join("|"),
  "iu",
);
/** The key words of NAMES_CHECKLIST_RE's names, any case: "check", "liste", "lista", "чек", "清单", "체크", "점검", "확인" … */
const CHECKLIST_HINT_RE = /check|list|чек|список|チェック|リスト|清单|清單|检查|檢查|체크|점검|확인|목록|danh|daftar|prüf|controle/iu;

/** A Japanese name of a thing to do, its object first: "トークンの作成" (creating the token), "Chat ID の取得" (getting the chat ID). */
const JA_ACTION_NOUN_RE = /の(?:作成|取得|発行|設定|登録|生成|追加|導入|有効化)$/u;
/**
 * A label naming what is required ("Required Tools", "Tools needed", "Access", "Credentials", "Benötigte Werkzeuge"), or where
 * it must hold: "**Lokal:**" and "**Auf dem Server:**" over their bullets under "## 📋 Voraussetzungen" (6015, set 502, both
 * counters' five items), "Local machine:", "On the server:", "En el servidor:", "No servidor:", "Sur le serveur :", "本地：",
 * "服务器端：", "ローカル：", "サーバー側：".
 */
const REQUIREMENTS_LABEL_RE =
  /^(?:(?:on\s+(?:the|your)\s+)?(?:local(?:ly)?|server|host|target|remote|client|workstation|laptop|vps)(?:\s+(?:machine|side|host|server|environment))?|lokal|auf\s+dem\s+(?:server|host|zielsystem)|(?:en\s+(?:el|tu)|no|na\s+sua|sur\s+(?:le|votre))\s+(?:servidor|serveur|m[áa]quina\s+local|vps)|localmente|en\s+local|(?:本地|服务器|服務器|伺服器|目标机器|ローカル|サーバー?)(?:端|側|侧|环境|環境)?|(?:required|needed|necessary|mandatory)\s+[\p{L}\s/&-]{1,30}|[\p{L}\s/&-]{1,30}\s(?:required|needed|requirements?)|requirements|tools|tooling|access|permissions|credentials|accounts|software|dependencies|benötigte\s+[\p{L}\s-]{1,30}|herramientas|ferramentas|outils)$/iu;

export function buildPhase(doc: Doc, section: TSection, extraLeading: string[] = []): TParsedPhase {
  const phase = emptyPhase(section.title, section.estimatedMinutes);
  const notes: string[] = [...extraLeading];
  // assigned inside the closures below too: typed with `as` so control flow does not narrow them to null
  let label = (section.label ?? null) as TLabelKind | null;
  /** whether `label` was named in the body ("**Prerrequisitos**:"), not inherited from the section's heading */
  let labelIsNamed = false;
  let group = null as TGroup | null;
  let stepHead = null as TStepHead | null;
  let explicitPolicy: TParsedPhase["failurePolicy"];
  const failureText: string[] = [];
  let pendingTitle: string | null = null;

  const flushGroup = () => {
    if (group && !group.isConsumed) {
      notes.push(group.raw);
      group.isConsumed = true;
    }
  };
  const flushStepText = () => {
    if (!stepHead || stepHead.chunk.length === 0) return;
    phase.steps.push({ kind: "MANUAL", language: null, title: stepHead.title, text: stepHead.chunk.join("\n\n") });
    stepHead.chunk = [];
    stepHead.emitted++;
  };
  const closeStepHead = () => {
    if (!stepHead) return;
    flushStepText();
    if (stepHead.emitted === 0) phase.steps.push({ kind: "MANUAL", language: null, title: stepHead.title, text: "" });
    stepHead = null;
  };
  const toNotes = (text: string) => {
    flushGroup();
    if (!text.trim()) return;
    if (stepHead && label === null) {
      stepHead.chunk.push(text);
      return;
    }
    notes.push(text);
    if (label === "failure") failureText.push(text);
  };
  const withGroup = (text: string) => (group ? `${group.text}: ${text}` : stepHead ? `${stepHead.title}: ${text}` : text);
  const consumeGroup = () => {
    if (group) group.isConsumed = true;
  };
  /**
   * `holdsSteps`: a sub-heading whose run of blocks up to the next heading holds numbered steps ("### ドメインの登録先が
   * Vercel Domains ＋ apex が既存Vercelサイトの場合" — in the case the domain is registered elsewhere — over explanation bullets
   * and seven numbered steps, under "## 前提": a procedure of its own, whose bullets are no prerequisites — 1584, both
   * counters).
   */
  const setLabel = (text: string, raw: string, isHeading: boolean, holdsSteps = false) => {
    flushGroup();
    closeStepHead();
    // a numbered heading named as a label ("## 4. Success Criteria" after "## 3. Test Steps"; "### 1.1 Prérequis" over the
    // bullets of what must hold, 2135) is that label
    const numberedKind = isHeading && !splitPhaseHeading(text).hasKeyword ? labelKind(splitPhaseHeading(text).title) : null;
    const named = labelKind(text);
    // (in a prerequisites section, a label line naming more of what is required groups more of its items, even one that is a
    // checklist's name of its own — "**Required Tools:**", "**Tools needed:**": 1136, below)
    // (and so does a sub-heading that is a prerequisites name of its own — "### Required Access" under "## 🔑 Prerequisites": its
    // bullets are prerequisites named by it, as before "Required access" labelled a list by itself, 5842; not one over numbered
    // steps, "### Prérequis pour une organisation déjà utilisée" over four: its label's items, 2276)
    const groupsRequirements =
      isPrerequisitesLabel(section.title) && (isHeading ? !holdsSteps && isPrerequisitesLabel(cleanLabel(text)) : REQUIREMENTS_LABEL_RE.test(cleanLabel(text)));
    const kind = groupsRequirements
      ? null
      : (named ??
        (numberedKind === "criteria" || numberedKind === "checklist" ? numberedKind : null) ??
        ((!isHeading || section.head === null) && namesChecklistLabel(text) ? "checklist" : null));
    if (kind === "failure" || kind === "notes") {
      // the label is kept: it explains the text that follows
      label = kind;
      group = null;
      toNotes(raw);
      return;
    }
    if (kind) {
      label = kind;
      labelIsNamed = true;
      group = null;
      // (a label line with a gloss — "**Owner preconditions** (technical-plan TKT-27, EXE52):" over its items — keeps its
      // words in the notes: the gloss is the document's, not structure; 1512)
      // (and so does a label heading with one — "### Prerequisite Checks (Mandatory Before Destructive Restore)": 2122,
      // whose line was lost)
      // (and so does a label naming the checklist among other words — "**Validation Checklist:**", "검수 체크리스트:" —, which
      // no structural name reads back: its line is the document's)
      // (and a heading naming the checklist among other words in a phase of the whole document — "## Safe Rollback Checklist":
      // 4228, set 353)
      if (hasGloss(text) || (named === null && (!isHeading || numberedKind === null))) toNotes(raw);
      return;
    }
    labelIsNamed = false;
    // (a sub-heading of a "## Prerequisites" / "## Checklist" section — "### Required Access" — groups
    // more of its items: the section's label holds under it)
    // (and in a prerequisites section, a label line naming more of what is required — "**Required Tools:**" under
    // "## Prerequisites": 1136, both counters)
    const namesRequirements = !isHeading && isPrerequisitesLabel(section.title) && REQUIREMENTS_LABEL_RE.test(cleanLabel(text));
    // (not one named for a thing to do — "### Cloudflare API トークンの作成" (creating the API token) over the token's six
    // permission bullets, under "## 前提条件": how to meet a prerequisite, no more of them — 4018, set 336, both counters' four)
    // (a verb over its object's article, "### Create the API token": "### Build machine" names a machine, no action — 1941)
    const name = cleanLabel(text);
    const namesHowTo = isHeading && ((ACTION_TITLE_RE.test(name) && /^\p{L}+\s+(?:the|a|an|your|our|this|new)\s/iu.test(name)) || JA_ACTION_NOUN_RE.test(name));
    label = ((isHeading && !holdsSteps && !namesHowTo) || namesRequirements) && section.label === "checklist" ? "checklist" : null;
    const parts = isHeading ? splitPhaseHeading(text) : null;
    // (a numbered sub-heading of a prerequisites section — "### 1.1 People", "### 1.2 Tooling" — groups its items too)
    if (parts && parts.number !== null && label !== "checklist") {
      // the heading's own line becomes the step's title (its number and estimate are structure)
      group = null;
      stepHead = { title: parts.title, chunk: [], emitted: 0 };
      return;
    }
    // (a numbered one's name without its number: "### 1.3 Pre-deploy checklist" groups as "Pre-deploy checklist")
    const groupText = collapse(parts && parts.number !== null ? parts.title : text)
      .replace(CHECKBOX_GLYPH_RE, "")
      .replace(/\s*:$/, "");
    // a heading with nothing to name a group by ("## ☐") is kept as text
    group = groupText ? { text: groupText, raw, isConsumed: false } : null;
    if (!group) toNotes(raw);
  };

  const pushChecklist = (text: string) => {
    if (text) phase.checklistItems.push({ text, isRequired: !/\(optional\)/i.test(text) } satisfies TParsedChecklistItem);
  };

  /**
   * A checklist item and what is nested under it. `labelled`: the item is one of a list a "checklist" label names (no box of
   * its own); under such a list, an item that is only a bold name ("- **Environment parity**") names a group, and its plain
   * bullets are items to tick as much as it is (5717, set 477, both counters: 4 groups + 8 bullets). Not under a
   * prerequisites label, whose nested bullets say how to meet a requirement (2419, 4438: their counters count none).
   */
  const addChecklist = (item: ListItem, prefix: string | null, labelled = false) => {
    const [first, ...rest] = item.children;
    const own = first?.type === "paragraph" ? doc.inline(first).replace(CHECKBOX_GLYPH_RE, "").replace(LINE_CHECKBOX_RE, "").replace(EMPHASIS_BOX_RE, "$1") : "";
    const text = own ? (prefix ? `${prefix}: ${own}` : own) : (prefix ?? "");
    pushChecklist(text);
    const boldName = labelled && !isPrerequisitesLabel(section.title) ? BOLD_NAME_RE.exec(own.trim()) : null;
    for (const child of first?.type === "paragraph" ? rest : item.children) {
      if (boldName && child.type === "list" && child.ordered !== true && !hasCheckbox(doc, child)) {
        const name = boldName[2] ?? "";
        for (const sub of child.children) addChecklist(sub, prefix ? `${prefix}: ${name}` : name, true);
      } else addNested(child, text || prefix);
    }
  };

  /** A block nested in a list item: its checkboxes are items (prefixed by the item), the rest notes. */
  const addNested = (child: TBlock, prefix: string | null) => {
    if (child.type === "list" && child.children.some(isTaskItem)) {
      for (const sub of child.children) {
        if (isTaskItem(sub)) addChecklist(sub, prefix);
        else if (sub.children.some((c) => hasCheckbox(doc, c))) addChecklistGroup(sub, prefix);
        else toNotes(doc.block(sub));
      }
    } else if (child.type === "list" && child.children.some((sub) => sub.children.some((c) => hasCheckbox(doc, c)))) {
      for (const sub of child.children) addChecklistGroup(sub, prefix);
    } else if (child.type === "paragraph" && hasCheckbox(doc, child)) {
      addCheckboxLines(doc.block(child), prefix);
    } else if (child.type === "blockquote" && hasCheckbox(doc, child)) {
      // a quote under the item holding boxes ("  > Answer these questions:" over "  > - [ ] What changed last?", 1022):
      // its boxes are items of that item as much as a nested list's are
      for (const quoted of child.children) addNested(quoted, prefix);
    } else if (child.type === "code" && isRunnable(child.lang ?? null, child.value)) {
      // "- [ ] **Verify the index**" over a fence to run: the box is ticked, the code is a step named by it
      phase.steps.push(stepFromCode(child.lang ?? null, child.value, prefix?.replace(/\s*:$/, "") || phase.title, child.meta));
    } else {
      toNotes(doc.block(child));
    }
  };

  const addChecklistGroup = (item: ListItem, prefix: string | null) => {
    const [first, ...rest] = item.children;
    const own = first?.type === "paragraph" ? doc.inline(first).replace(/\s*:$/, "") : "";
    const name = own ? (prefix ? `${prefix}: ${own}` : own) : prefix;
    for (const child of first?.type === "paragraph" ? rest : item.children) addNested(child, name);
    if (first?.type === "paragraph" && rest.length === 0) toNotes(doc.block(first));
  };

  /** An item naming a checklist over bullets (namesChecklistOverBullets): each bullet an item, named by the item. */
  const addLabelledChecklist = (item: ListItem, prefix: string | null) => {
    const [first, ...rest] = item.children;
    // ("**Smoke-Checkliste:**" names the items "Smoke-Checkliste: …", without its marks)
    const own =
      first?.type === "paragraph"
        ? doc
            .inline(first)
            .replace(/^(\*\*|__)([\s\S]+)\1$/u, "$2")
            .trim()
            .replace(/\s*[:：]$/u, "")
        : "";
    const name = own ? (prefix ? `${prefix}: ${own}` : own) : prefix;
    for (const child of rest) {
      if (child.type === "list") for (const sub of child.children) addChecklist(sub, name);
      else addNested(child, name);
    }
  };

  /** "☐ task" / "[ ] task" lines of a paragraph are items; its other lines are notes, in order. */
  const addCheckboxLines = (raw: string, prefix: string | null) => {
    const other: string[] = [];
    const flushOther = () => {
      if (other.length) toNotes(other.join("\n"));
      other.length = 0;
    };
    for (const line of raw.split("\n")) {
      if (LINE_CHECKBOX_RE.test(line)) {
        flushOther();
        const own = collapse(line.replace(LINE_CHECKBOX_RE, ""));
        pushChecklist(own ? (prefix ? `${prefix}: ${own}` : own) : (prefix ?? ""));
      } else if (line.trim()) other.push(line);
    }
    flushOther();
  };

  const addCriterion = (item: ListItem) => {
    const [first, ...rest] = item.children;
    const text = first?.type === "paragraph" ? doc.inline(first).replace(CHECKBOX_GLYPH_RE, "").replace(LINE_CHECKBOX_RE, "").replace(CRITERION_GLYPH_RE, "") : "";
    if (text) phase.successCriteria.push(text);
    for (const child of first?.type === "paragraph" ? rest : item.children) toNotes(doc.block(child));
  };

  /** A table with a checkbox column: one item per row, the other cells with their headers. */
  const addChecklistTable = (table: Table, col: number) => {
    const header = table.children[0];
    const names = header ? header.children.map((_, k) => cellText(doc, header, k)) : [];
    for (const row of table.children.slice(1)) {
      // (the words after the box stay: "☐ Approved" keeps "Approved")
      const cells = row.children.map((_, k) => (k === col ? cellText(doc, row, k).replace(CELL_BOX_LEAD_RE, "") : cellText(doc, row, k)));
      const mainIdx = cells.findIndex((c) => c.trim() !== "");
      if (mainIdx < 0) continue;
      const extras = cells.map((c, k) => (k !== mainIdx && c.trim() ? `${names[k] ? `${names[k]}: ` : ""}${c}` : "")).filter(Boolean);
      pushChecklist(extras.length ? `${cells[mainIdx]} (${extras.join("; ")})` : (cells[mainIdx] ?? ""));
    }
  };

  /** A table written as steps (stepTableColumns): one manual step per row, titled by what to do, the other cells with their headers as its text. */
  const addStepTable = (table: Table, columns: { number: number | null; action: number }) => {
    const header = table.children[0];
    const names = header ? header.children.map((_, k) => cellText(doc, header, k)) : [];
    for (const row of table.children.slice(1)) {
      const cells = row.children.map((_, k) => cellText(doc, row, k));
      const action = cells[columns.action]?.trim() ?? "";
      const extras = cells.map((c, k) => (k !== columns.action && k !== columns.number && c.trim() ? `${names[k] ? `**${names[k]}:** ` : ""}${c.trim()}` : "")).filter(Boolean);
      const number = columns.number === null ? "" : (cells[columns.number]?.trim() ?? "");
      // (the row's number stays at the head of its title: "3.1 Stop the batch scheduler", "4. Cut over APP01")
      const lead = /^\d+$/.test(number) ? `${number}. ` : number ? `${number} ` : "";
      const title = shortTitle(`${lead}${action}`);
      const text = [...(title !== `${lead}${action}` ? [action] : []), ...extras].join("\n\n");
      phase.steps.push({ kind: "MANUAL", language: null, title, text });
    }
  };

  const addStepsFromItem = (item: ListItem) => {
    const [first, ...rest] = item.children;
    // ("1\\. 备份" — a title that opens with a list marker, escaped so it stays text — reads as "1. 备份")
    const own =
      first?.type === "paragraph"
        ? doc
            .inline(first)
            .replace(/\s*:$/, "")
            .replace(/^(\d+)\\([.)])/, "$1$2")
            .replace(/^\\([-*+>#])/, "$1")
        : "";
    const title = own ? withGroup(own) : group ? group.text : phase.title;
    consumeGroup();
    const body = first?.type === "paragraph" ? rest : item.children;
    if (body.length === 0) {
      phase.steps.push({ kind: "MANUAL", language: null, title, text: "" });
      return;
    }
    let chunk: TBlock[] = [];
    let emitted = 0;
    const flushChunk = () => {
      if (chunk.length) {
        phase.steps.push({ kind: "MANUAL", language: null, title, text: doc.blocks(chunk) });
        emitted++;
      }
      chunk = [];
    };
    for (let c = 0; c < body.length; c++) {
      const child = body[c];
      if (!child) continue;
      const details = readDetails(child, "step");
      if (details) {
        flushChunk();
        let end = body.length;
        for (let k = c + 1; k < body.length; k++) {
          const b = body[k];
          if (b && isDetailsComment(b)) {
            end = k;
            break;
          }
        }
        const step = details.ok ? stepWithDetails(body.slice(c + 1, end), title, details.value as TParsedStepDetails) : null;
        if (step && !("message" in step)) {
          phase.steps.push(step);
          emitted++;
          c = end - 1;
          continue;
        }
        doc.warnings.push(
          details.ok && step
            ? `Step “${title}”: ${step.message} (the comment is kept as notes).`
            : details.ok
              ? `Step “${title}”: its comment could not be read.`
              : details.message,
        );
        toNotes(doc.block(child));
        continue;
      }
      // a fence of plain text among an item's other text (a message to post, a sample) is part of that text
      if (child.type === "code" && !isRunnable(child.lang ?? null, child.value) && body.some((b) => b.type !== "code")) {
        chunk.push(child);
      } else if (child.type === "code") {
        flushChunk();
        phase.steps.push(stepFromCode(child.lang ?? null, child.value, title, child.meta));
        emitted++;
      } else if (hasCheckbox(doc, child)) {
        // a step's own checklist: tickable, named after the step
        flushChunk();
        addNested(child, title);
      } else if (child.type === "list" && holdsRunnableFence(child)) {
        // sub-steps with code to run ("1. Data Volume Assessment" › "1. Access Data Size" over a sql fence):
        // each fence a step named by its sub-step, the sub-steps without code this step's text
        flushChunk();
        emitted += addSubSteps(child, title);
      } else {
        chunk.push(child);
      }
    }
    flushChunk();
    if (emitted === 0) phase.steps.push({ kind: "MANUAL", language: null, title, text: "" });
  };

  /** Whether a block holds, at any depth of its lists, a fence of code to run. */
  const holdsRunnableFence = (node: TBlock | ListItem): boolean =>
    node.type === "code"
      ? isRunnable(node.lang ?? null, node.value)
      : node.type === "list" || node.type === "listItem"
        ? node.children.some((c) => holdsRunnableFence(c as TBlock))
        : false;

  /** The steps of a nested list's sub-steps (see addStepsFromItem); returns how many were added. */
  const addSubSteps = (list: List, parentTitle: string): number => {
    let added = 0;
    let plain: TBlock[] = [];
    const flushPlain = () => {
      if (plain.length) {
        phase.steps.push({ kind: "MANUAL", language: null, title: parentTitle, text: plain.map((b) => doc.block(b)).join("\n") });
        added++;
      }
      plain = [];
    };
    for (const sub of list.children) {
      if (!holdsRunnableFence(sub) || hasCheckbox(doc, sub)) {
        plain.push(sub as unknown as TBlock);
        continue;
      }
      flushPlain();
      const [first, ...rest] = sub.children;
      const own = first?.type === "paragraph" ? doc.inline(first).replace(/\s*:$/, "") : "";
      const title = own ? `${parentTitle}: ${own}` : parentTitle;
      let text: TBlock[] = [];
      const flushText = () => {
        if (text.length) {
          phase.steps.push({ kind: "MANUAL", language: null, title, text: doc.blocks(text) });
          added++;
        }
        text = [];
      };
      for (const child of first?.type === "paragraph" ? rest : sub.children) {
        if (child.type === "code" && isRunnable(child.lang ?? null, child.value)) {
          flushText();
          phase.steps.push(stepFromCode(child.lang ?? null, child.value, title, child.meta));
          added++;
        } else if (child.type === "list" && holdsRunnableFence(child)) {
          flushText();
          added += addSubSteps(child, title);
        } else text.push(child);
      }
      flushText();
    }
    flushPlain();
    return added;
  };

  /** the blocks under a step comment as that step; a message when the comment's fields do not fit */
  const stepWithDetails = (own: TBlock[], title: string, details: TParsedStepDetails): TParsedStep | { message: string } => {
    const only = own.length === 1 ? own[0] : undefined;
    const code = only?.type === "code" && details.kind !== "MANUAL" && !SENTENCE_KINDS.has(details.kind) ? only : null;
    const kind = isSqlStepKind(details.kind) ? "SQL" : details.kind === "COMMAND" ? "COMMAND" : "MANUAL";
    const exactTitle = details.title ?? title;
    const step: TParsedStep = code
      ? { kind, language: code.lang ?? null, title: exactTitle, text: code.value, details }
      : { kind, language: null, title: exactTitle, text: doc.blocks(own), details };
    const draft = draftStepFromDetails({ ...step, details });
    return draft.ok ? step : { message: draft.message };
  };
  let phaseDetails = null as TParsedPhaseDetails | null;
  let pendingDetails = null as TParsedStepDetails | null;

  if (section.initialText?.trim()) {
    const initial = section.initialText.trim();
    if (!initial.includes("\n") && labelKind(initial)) setLabel(initial, initial, false);
    else toNotes(initial);
  }
  const body = section.body;
  const sectionHasBoxes = body.some((b) => hasCheckbox(doc, b));
  // (a section named as a checklist — not the prerequisites — over numbered sub-headings that are steps of work, one or more
  // over a fence to run ("## Pre-CUTOVER Checklist" › "### 1. Environment Verification" over a bash fence, "### 2. MetaSocket
  // Service Status" over endpoint bullets, "### 3. Backup Current State" over a fence): a procedure of numbered steps, as
  // such a section over a numbered list is, whose bullets are no items — 1766. Sub-headings over bullets alone group items,
  // and in a checklist of boxes — "### 1.1 Supabase project health" over boxes, "### 1.5 Pre-cutover backup" over a fence,
  // 971 — they group the boxes.)
  // (one pass: the number of numbered sub-headings, and whether the run of blocks under one of them holds a fence to run)
  let numberedHeads = 0;
  let underNumbered = false;
  let numberedRunHoldsFence = false;
  const mayBeSteps = section.label === "checklist" && !isPrerequisitesLabel(section.title);
  for (const b of mayBeSteps ? body : []) {
    if (b.type === "heading") {
      underNumbered = splitPhaseHeading(doc.plainInline(b.children)).number !== null;
      if (underNumbered) numberedHeads++;
    } else if (underNumbered && b.type === "code" && isRunnable(b.lang ?? null, b.value)) numberedRunHoldsFence = true;
  }
  const headingsAreSteps = mayBeSteps && !sectionHasBoxes && numberedHeads >= 2 && numberedRunHoldsFence;
  // (in a prerequisites section, each sub-section on its own: the plain bullets of "### 1.1 People" are items though
  // "### 1.4 Pre-deploy security checklist" holds boxes — 1025, both counters; in a checklist of boxes, plain bullets
  // under another sub-heading are what to expect, 315, 971)
  // (one pass: for each block, whether the run of blocks between the headings around it holds a box)
  const subsectionBoxes: boolean[] = [];
  if (section.label === "checklist" && isPrerequisitesLabel(section.title)) {
    let start = 0;
    for (let k = 0; k <= body.length; k++) {
      if (k < body.length && body[k]?.type !== "heading") continue;
      const boxed = body.slice(start, k).some((b) => hasCheckbox(doc, b));
      for (let j = start; j < k; j++) subsectionBoxes[j] = boxed;
      subsectionBoxes[k] = false;
      start = k + 1;
    }
  }
  const boxesBeside = (at: number) => subsectionBoxes[at] ?? sectionHasBoxes;
  // a "Prereqs:" line names the list under it, not the rest of the section: "armed" once set, "used" once that list is read
  let lineLabel = null as "armed" | "used" | null;
  for (let i = 0; i < body.length; i++) {
    const node = body[i];
    if (!node) continue;
    if (lineLabel === "used") {
      label = null;
      labelIsNamed = false;
      lineLabel = null;
    }
    if (lineLabel === "armed" && node.type === "list") lineLabel = "used";
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
      lineLabel = null;
      let holdsSteps = false;
      if (section.label === "checklist" && isPrerequisitesLabel(section.title)) {
        for (let j = i + 1; j < body.length && body[j]?.type !== "heading"; j++) {
          const b = body[j];
          if (b?.type === "list" && b.ordered === true && !hasCheckbox(doc, b)) holdsSteps = true;
        }
      }
      setLabel(doc.plainInline(node.children), doc.block(node), true, holdsSteps || headingsAreSteps);
      continue;
    }
    if (node.type === "paragraph") {
      const raw = doc.block(node);
      const pseudo = pseudoHeadingText(doc, node);
      if (pseudo !== null) {
        lineLabel = null;
        setLabel(pseudo, raw, false);
        continue;
      }
      if (hasCheckbox(doc, node)) {
        addCheckboxLines(raw, group?.text ?? stepHead?.title ?? null);
        consumeGroup();
        continue;
      }
      const kv = raw.includes("\n") ? null : keyValue(raw);
      if (kv && /^(?:objective|goal|purpose)$/.test(kv.key) && !phase.objective && kv.value) {
        phase.objective = collapse(kv.value);
        continue;
      }
      // "**Follow-up**: +24 h after the main phases" (issue 15): only a "+" offset, never a plain duration
      const followUpLine = raw.includes("\n") ? null : (kv ?? PLAIN_FOLLOW_UP_RE.exec(raw));
      const followUpKey = followUpLine ? cleanLabel("key" in followUpLine ? followUpLine.key : (followUpLine[1] ?? "")) : "";
      const followUpValue = followUpLine ? ("value" in followUpLine ? followUpLine.value : (followUpLine[2] ?? "")) : "";
      const followUpOffset = FOLLOW_UP_KEY_RE.test(followUpKey) && phase.followUpOffsetMinutes === undefined ? parseFollowUpOffset(followUpValue) : null;
      if (followUpOffset !== null) {
        phase.followUpOffsetMinutes = followUpOffset;
        continue;
      }
      if (kv && kv.key === "failure policy" && /^(?:STOP|ROLLBACK|CONTINUE)$/.test(kv.value)) {
        explicitPolicy = kv.value as "STOP" | "ROLLBACK" | "CONTINUE";
        continue;
      }
      if (kv && labelKind(kv.key) === "failure") {
        flushGroup();
        closeStepHead();
        label = "failure";
        group = null;
        toNotes(raw);
        continue;
      }
      const plainEstimate = raw.includes("\n") ? null : PLAIN_ESTIMATE_RE.exec(raw.replace(/[*_]/g, ""));
      if ((kv && ESTIMATE_KEY_RE.test(kv.key)) || plainEstimate) {
        if (phase.estimatedMinutes === null) phase.estimatedMinutes = parseDuration(kv?.value ?? plainEstimate?.[1] ?? "");
        toNotes(raw);
        continue;
      }
      // a one-line "Label:" paragraph
      const plain = collapse(raw);
      // (and "Requirements:" alone, a line over what must hold: "### Relay seed" › "Requirements:" over four bullets, 5174, set 432;
      // "**Requirements:**" over three, 1806 — both counters each; as a heading it may name a project's requirements)
      const isRequirementsLine = /^requirements\s*[:：]$/iu.test(plain.replace(/[*_]/g, "").trim());
      if (!raw.includes("\n") && /[:：]$/u.test(plain) && (labelKind(plain) || namesChecklistLabel(plain) || isRequirementsLine)) {
        setLabel(isRequirementsLine ? "Prerequisites:" : plain, raw, false);
        // (its line is the document's: no structural name reads it back)
        if (isRequirementsLine) toNotes(raw);
        lineLabel = "armed";
        continue;
      }
      // (a paragraph whose last sentence hands the reader the list after it as a checklist — "… Use this checklist to help you
      // get started:" over five bold-led bullets of what to have with you, an on-call guide's "### Be Prepared": 4629, set 387,
      // both counters' five): that list is items to tick, the paragraph kept as written
      if (next?.type === "list" && (CHECKLIST_SENTENCE_RE.test(plain) || REQUIREMENTS_SENTENCE_RE.test(plain))) {
        setLabel("Checklist:", raw, false);
        toNotes(raw);
        continue;
      }
      if (next?.type === "code" && !raw.includes("\n") && plain.length <= 200) {
        pendingTitle = plain.replace(/\s*:$/, "");
        continue;
      }
      // "Step 3: Open the home page." — a step written as a paragraph (its number is its position)
      const sequence = raw.includes("\n") || label !== null || stepHead ? null : splitPhaseHeading(plain);
      if (sequence?.hasKeyword && sequence.number !== null && /^step\b/i.test(plain) && sequence.title !== plain) {
        flushGroup();
        phase.steps.push({ kind: "MANUAL", language: null, title: sequence.title, text: "" });
        continue;
      }
      toNotes(raw);
      continue;
    }
    if (node.type === "code") {
      flushStepText();
      // under a step heading that named nothing yet, the heading leads: its line is kept in the title
      const headTitle = stepHead && stepHead.emitted === 0 ? stepHead.title : null;
      const title = pendingTitle !== null && headTitle !== null ? `${headTitle}: ${pendingTitle}` : (pendingTitle ?? group?.text ?? stepHead?.title ?? phase.title);
      // a group heading names the code only when no line of its own does; otherwise it is kept as notes
      if (pendingTitle === null) consumeGroup();
      else flushGroup();
      if (stepHead) stepHead.emitted++;
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
    if (node.type === "table") {
      const col = checkboxColumn(doc, node);
      if (col !== null) {
        flushGroup();
        addChecklistTable(node, col);
        continue;
      }
      const total = durationColumnTotal(doc, node);
      if (total !== null && phase.estimatedMinutes === null) phase.estimatedMinutes = total;
      const columns = stepTableColumns(doc, node);
      if (columns) {
        flushGroup();
        addStepTable(node, columns);
        continue;
      }
      toNotes(doc.block(node));
      continue;
    }
    if (node.type === "list") {
      const items = node.children;
      if (stepHead && label === null && !hasCheckbox(doc, node) && holdsRunnableFence(node)) {
        // a step heading's sub-steps with code to run: as a numbered step item's (addSubSteps)
        flushStepText();
        stepHead.emitted += addSubSteps(node, stepHead.title);
        continue;
      }
      // (a numbered list without boxes under a section named "Checklist" — not the prerequisites, not a label line — is a
      // procedure, its items steps: "## Checklist" over "1. **Verify the current version is healthy.**" and its fence read
      // as a box and a step, one line twice — 1940, 631; the brief the corpus is counted by, "… Checklist over numbered steps")
      const numberedUnderChecklistTitle =
        node.ordered === true && label === "checklist" && !labelIsNamed && section.label === "checklist" && !isPrerequisitesLabel(section.title) && !hasCheckbox(doc, node);
      const routes = items.map((item) =>
        numberedUnderChecklistTitle && !isTaskItem(item) ? "step" : routeItem(doc, item, node, label, boxesBeside(i) && !labelIsNamed && !hasCheckbox(doc, node)),
      );
      if (routes.every((r) => r === "notes")) {
        toNotes(doc.block(node));
        continue;
      }
      if (stepHead && label === null && !hasCheckbox(doc, node) && routes.every((r) => r === "step" || r === "notes")) {
        // a numbered list under a step heading is that step's instruction (its boxes stay tickable: below)
        stepHead.chunk.push(doc.block(node));
        continue;
      }
      // "4. Apply DB migrations:" as the list's last item, over a fence at the left margin (which
      // ends the list): the item announces that code, so it names the fence's step — as does the
      // one item of a numbered list the fence cuts short ("1) **Execute cutover**" over its fence,
      // then "2) **Propagation check**" over the next)
      const last = items.at(-1);
      const lastFirst = last?.children[0];
      const announces =
        next?.type === "code" &&
        node.ordered === true &&
        routes.at(-1) === "step" &&
        last?.children.length === 1 &&
        lastFirst?.type === "paragraph" &&
        !doc.block(lastFirst).includes("\n") &&
        (/:\s*$/.test(doc.block(lastFirst)) || items.length === 1);
      items.forEach((item, k) => {
        const route = routes[k];
        if (announces && k === items.length - 1 && lastFirst?.type === "paragraph") {
          pendingTitle = withGroup(doc.inline(lastFirst).replace(/\s*:$/, ""));
          consumeGroup();
          return;
        }
        const prefix = group?.text ?? stepHead?.title ?? null;
        if (route === "checklist") {
          addChecklist(item, prefix, !isTaskItem(item));
          consumeGroup();
        } else if (route === "checklistGroup") {
          addChecklistGroup(item, prefix);
          consumeGroup();
        } else if (route === "labelledChecklist") {
          addLabelledChecklist(item, prefix);
          consumeGroup();
        } else if (route === "criterion") addCriterion(item);
        else if (route === "step") addStepsFromItem(item);
        else toNotes(doc.block(item));
      });
      continue;
    }
    if (node.type === "blockquote" && hasCheckbox(doc, node)) {
      for (const child of node.children) addNested(child, group?.text ?? null);
      continue;
    }
    toNotes(doc.block(node));
  }
  flushGroup();
  closeStepHead();

  phase.notes = notes.filter((n) => n.trim() !== "").join("\n\n");
  // a step always has a title: the phase's, when nothing in the document named it
  // a title opening with a checkbox or ✅ would read back as a checklist item or a criterion
  const markerFree = (t: string) => t.replace(MARKERS_RE, "");
  // a title is plain text: "**Restart containers:**" (the bold of a list item naming its code) reads "Restart containers"
  // (and a colon at its end, as a list item's: it announced what followed)
  // ("**2\\. Stoppen Sie Docker**", a Word export's escaped number: the escape goes with the bold)
  const unbolded = (t: string) => t.replace(BOLD_RE, (_, words: string) => words.replace(/\\([!-/:-@[-`{-~])/g, "$1")).replace(/\s*:$/, "");
  // (an exported step's exact title, from its comment, is kept as it is)
  for (const step of phase.steps) {
    const title = markerFree(step.title).trim();
    // (a marker inside the bold too: "**✅ Admin Routes** (`admin.ts`):" over a fence reads "Admin Routes (`admin.ts`)" — it read
    // back from an export as a criterion: 3305, set 276)
    step.title = (step.details?.title === undefined ? markerFree(unbolded(title)).trim() : title) || markerFree(phase.title).trim() || "Step";
  }
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
    if (required.length === phase.checklistItems.length) phase.checklistItems.forEach((item, i) => (item.isRequired = required[i] ?? item.isRequired));
    else
      doc.warnings.push(
        `Phase “${phase.title}”: its comment names ${required.length} checklist item(s), the phase has ${phase.checklistItems.length}; required items are guessed from the text.`,
      );
  }
  const bound = details.criterionSteps;
  if (bound) {
    const fits =
      bound.length === phase.successCriteria.length &&
      bound.every((b) => {
        if (b === null) return true;
        const step = phase.steps[b];
        return step !== undefined && (step.details?.kind ?? step.kind) !== "MANUAL";
      });
    if (fits) phase.successCriterionSteps = bound;
    else doc.warnings.push(`Phase “${phase.title}”: the step bindings of its success criteria do not fit its steps; the criteria are met manually.`);
  }
}

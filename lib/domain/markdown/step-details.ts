// Steps of a Markdown runbook (PRODUCT.md "Domain": step kinds; "Import and export"): code fences
// into SQL / COMMAND / MANUAL steps by language or, without one, by content; the
// `<!-- phaseline:step {…} -->` comments of exported documents into the stored step they describe.
import { describeBackupStep } from "@/lib/domain/execution/backup";
import { ZDraftStep, type TDraftStep } from "@/lib/domain/runbook/draft";
import { isSqlStepKind, type TStepKind } from "@/lib/domain/runbook/step-kinds";
import { ZParsedPhaseDetails, ZParsedStepDetails, type TParsedStep, type TParsedStepDetails } from "./types";
import {
  GENERIC_LANGS,
  POWERSHELL_LANGS,
  SHELL_BUILTINS,
  SHELL_LANGS,
  SQL_LANGS,
  isNotSqlToRun,
  looksLikePowerShell,
  looksLikeShell,
  looksLikeSql,
  psqlEmbeddedSql,
  sqlTypedAtPrompt,
  withoutCopyTags,
} from "./vocabulary";
import type { TBlock } from "./sections";

/** A step title is one short line; what does not fit stays in the step's text. */
const TITLE_CHARS = 120;

/** A title cut to one short line (TITLE_CHARS), with "…" where it was cut. */
export const shortTitle = (line: string) => (line.length <= TITLE_CHARS ? line : `${line.slice(0, TITLE_CHARS - 1).trimEnd()}…`);

/** A manual step of `text`: its first line the title (cut short when long), all of it the text when it does not fit. */
export function manualStep(text: string): TParsedStep {
  const whole = text.trim();
  const firstLine = whole.split("\n")[0]?.trim() ?? "";
  if (firstLine.length <= TITLE_CHARS && firstLine === whole) return { kind: "MANUAL", language: null, title: firstLine, text: "" };
  // a long item: the step's title is its beginning; the text keeps all of it
  return { kind: "MANUAL", language: null, title: shortTitle(firstLine), text: whole };
}

/** A backtick fence long enough for the code it holds. */
export function fenceCode(language: string | null, code: string, meta?: string | null): string {
  let longest = 0;
  for (const m of code.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
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
  const comment = POWERSHELL_LANGS.has(language.toLowerCase()) ? /^\s*#/ : /^(?:cmd|bat|batch)$/i.test(language) ? /^\s*(?:rem\b|::)/i : /^\s*#/;
  const lines = code.split("\n").filter((l) => l.trim() !== "" && !comment.test(l));
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only === undefined) return null;
  // a trailing "  # comment" is not part of the command
  const line = only.replace(/\s+#.*$/, "").trim();
  if (/^(?:\$|>|PS>)\s/.test(line)) return null;
  if (/[|&;<>$`(){}*?[\]]/.test(line)) return null;
  const argv = splitCommandLine(line);
  const program = argv?.[0];
  if (!program) return null;
  if (SHELL_BUILTINS.has(program.toLowerCase()) || program.includes("=")) return null;
  return line;
}

/** The language a fence without one is written in, when its content says so clearly. */
export function inferLanguage(code: string): string | null {
  if (psqlEmbeddedSql(code) !== null || looksLikeShell(code)) return "bash";
  // (SQL under the shell's "# …" comments too: "# Run in the SQL editor:" over a SELECT)
  if (looksLikeSql(code) || looksLikeSql(withShellCommentsAsSql(code))) return "sql";
  if (looksLikePowerShell(code)) return "powershell";
  return null;
}

/** Code as SQL comments, line by line ("-- psql -h db -U app"). */
const commentedOut = (code: string) =>
  code
    .split("\n")
    .map((l) => `-- ${l}`)
    .join("\n");

/** Code with its whole-line shell comments ("# Check active connections") written as SQL comments ("-- …"). */
function withShellCommentsAsSql(code: string): string {
  return code.replace(/^([ \t]*)#(?!!)[ \t]?/gm, "$1-- ");
}

/**
 * A code fence as a step: SQL languages (or SQL-looking code, or a psql invocation carrying its
 * SQL) are SQL steps run on the target; a one-line shell / PowerShell command is a COMMAND; any
 * other code is a MANUAL step showing the fence.
 */
export function stepFromCode(language: string | null, code: string, title: string, meta?: string | null): TParsedStep {
  const inferred = language?.trim() ? null : inferLanguage(code);
  const lang = language?.trim() || inferred;
  const lower = lang?.toLowerCase() ?? "";
  // ("```sql" over "DGMGRL> SWITCHOVER TO …" or over a query's printed rows: shown, not run)
  if (lang && SQL_LANGS.has(lower) && !isNotSqlToRun(code)) {
    // (a fence the content named SQL keeps its shell-style comments as SQL comments, which the target parses)
    const sql = withoutCopyTags(code);
    return { kind: "SQL", language: lang, title, text: inferred && !looksLikeSql(sql) ? withShellCommentsAsSql(sql) : sql };
  }
  // (SQL at a SQL client's prompt under a generic label too: "```text" over "mysql> UPDATE …")
  const clientSql = !lang ? null : SHELL_LANGS.has(lower) ? psqlEmbeddedSql(code) : GENERIC_LANGS.has(lower) ? sqlTypedAtPrompt(code) : null;
  // the client's line and its prompts are kept as a SQL comment: its connection options are the author's
  if (clientSql !== null) return { kind: "SQL", language: "sql", title, text: `${commentedOut(code)}\n${clientSql}` };
  if (lang && SHELL_LANGS.has(lower)) {
    if (simpleCommandLine(lower, code) !== null) return { kind: "COMMAND", language: lang, title, text: code };
    // a fence labelled as shell that holds only SQL statements ("```bash" over "SELECT … FROM pg_database;"): its content
    // decides — the shell's "# …" comments above them ("# Run via the SQL editor:") kept as SQL comments
    const code0 = withShellCommentsAsSql(withoutCopyTags(code));
    if (looksLikeSql(code0) && !looksLikeShell(code0)) return { kind: "SQL", language: "sql", title, text: code0 };
  }
  // a fence labelled with no language ("```cli" over "CALL mysql.rds_set_configuration(…)") holding only SQL
  const plain = withoutCopyTags(code);
  if (lang && GENERIC_LANGS.has(lower) && looksLikeSql(plain) && !looksLikeShell(plain)) return { kind: "SQL", language: "sql", title, text: plain };
  return { kind: "MANUAL", language: lang, title, text: fenceCode(lang, code, meta) };
}

// ---------------------------------------------------------------------------------------------
// Step and phase comments of exported documents

/** The line an exported HTTP_CHECK step shows; its note follows. */
export function httpCheckLine(url: string | null | undefined, status: number | null | undefined): string {
  return `GET ${url ?? "(no URL)"} and expect HTTP ${status ?? 200}.`;
}

/** Kinds whose body in Markdown is a sentence (then the note), not code: the comment holds their fields. */
export const SENTENCE_KINDS: ReadonlySet<string> = new Set<TStepKind>(["HTTP_CHECK", "BACKUP", "RESTORE"]);

/** The sentence an exported step of a sentence kind starts with; the importer strips it again. */
export function stepSentence(fields: Omit<TParsedStepDetails, "title" | "language" | "instructions">): string {
  if (fields.kind === "HTTP_CHECK") return httpCheckLine(fields.httpUrl, fields.httpExpectStatus);
  return describeBackupStep(fields);
}

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
  } else if (SENTENCE_KINDS.has(kind)) {
    const check = stepSentence({ kind, ...fields });
    derived = step.text.startsWith(check) ? step.text.slice(check.length).trim() : step.text;
  }
  return {
    ...fields,
    kind,
    title: step.title,
    language: language !== undefined ? language : step.language,
    instructions: instructions ?? derived,
    ...(isSqlStepKind(kind) ? { sql: step.text } : {}),
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

export type TDetailsRead = { ok: true; value: unknown } | { ok: false; message: string } | null;

/** A `<!-- phaseline:step {…} -->` / `<!-- phaseline:phase {…} -->` comment: its kind and JSON, checked. */
export function readDetails(node: TBlock, expect: "step" | "phase"): TDetailsRead {
  if (node.type !== "html") return null;
  const m = DETAILS_RE.exec(node.value.trim());
  if (!m || m[1] !== expect) return null;
  let json: unknown;
  try {
    json = JSON.parse(m[2] ?? "");
  } catch {
    return { ok: false, message: `A phaseline:${expect} comment is not valid JSON: kept as notes.` };
  }
  const checked = (expect === "step" ? ZParsedStepDetails : ZParsedPhaseDetails).safeParse(json);
  if (!checked.success) return { ok: false, message: `A phaseline:${expect} comment could not be read (${checked.error.issues[0]?.message ?? "invalid"}): kept as notes.` };
  return { ok: true, value: checked.data };
}

export const isDetailsComment = (node: TBlock) => node.type === "html" && DETAILS_RE.test(node.value.trim());

// `phaseline lint FILE.sql|FILE.md… [--json] [--format github] [--server-version N]
// [--outside-transaction] [--no-schema-design] [--disable RULE,…]` (PRODUCT.md "Interfaces"; issue 11 item 5): the
// SQL risk lint for CI, with the same rules the app shows and the executor enforces. A .sql file
// is linted as one SQL step; a Markdown runbook (.md, or any other file) is imported with the
// app's own parser and every SQL step in it is linted, each phase's steps in order.
// Exit code: 0 clean or warnings only, 1 a danger finding, 2 SQL that does not parse (or a file
// that cannot be read, or bad arguments). Needs no database.
import { relative } from "node:path";
import { parseRunbookMarkdown, RunbookParseError } from "@/lib/domain/markdown/parse-runbook";
import { SCHEMA_DESIGN_RULES, type TLintFinding, type TSchemaDesignRule } from "@/lib/domain/sql/lint-sql";
import { lintSqlSteps, type TSqlStepInput, type TStepsLintOptions } from "@/lib/domain/sql/lint-steps";
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import { lineColumnAt } from "@/lib/domain/sql/sql-text";
import { readDocument } from "./import";
import { isSchemaFanOut } from "@/lib/domain/runbook/fan-out-labels";

export const LINT_USAGE = "lint FILE.sql|FILE.md… [--json] [--format github] [--server-version N] [--outside-transaction] [--no-schema-design] [--disable RULE,…]";

type TLintArgs = { files: string[]; format: "text" | "json" | "github"; options: TStepsLintOptions; isOutsideTransaction: boolean };

function parseArgs(args: string[]): TLintArgs | string {
  const files: string[] = [];
  let format: TLintArgs["format"] = "text";
  const options: TStepsLintOptions = {};
  let isOutsideTransaction = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (name: string) => (arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : args[++i]);
    if (arg === "--json") format = "json";
    else if (arg === "--format" || arg.startsWith("--format=")) {
      const v = value("--format");
      if (v !== "github" && v !== "json" && v !== "text") return `lint: --format is github, json or text, not ${JSON.stringify(v ?? "")}`;
      format = v;
    } else if (["--server-version", "--pg-version"].some((name) => arg === name || arg.startsWith(`${name}=`))) {
      // --pg-version: the earlier name, still accepted
      const v = Number(value(arg.startsWith("--pg-version") ? "--pg-version" : "--server-version"));
      if (!Number.isInteger(v) || v < 9 || v > 99) return "lint: --server-version is the target's major version, e.g. 14";
      options.serverVersion = v;
    } else if (arg === "--disable" || arg.startsWith("--disable=")) {
      const rules = (value("--disable") ?? "").split(",").map((r) => r.trim());
      const unknown = rules.find((r) => !(SCHEMA_DESIGN_RULES as readonly string[]).includes(r));
      if (unknown !== undefined) return `lint: --disable switches off schema-design rules only (${SCHEMA_DESIGN_RULES.join(", ")}), not ${JSON.stringify(unknown)}`;
      options.disabledRules = [...(options.disabledRules ?? []), ...(rules as TSchemaDesignRule[])];
    } else if (arg === "--outside-transaction") isOutsideTransaction = true;
    else if (arg === "--no-schema-design") options.isSchemaDesign = false;
    else if (arg.startsWith("-") && arg !== "-") return `lint: unknown option ${JSON.stringify(arg)}`;
    else files.push(arg);
  }
  if (files.length === 0) return `lint: name the .sql or Markdown files to lint (usage: phaseline ${LINT_USAGE})`;
  return { files, format, options, isOutsideTransaction };
}

/** A finding placed in its file: the line and column count from the file's start. */
export type TFileFinding = {
  file: string;
  rule: string;
  severity: TLintFinding["severity"];
  line: number;
  column: number;
  message: string;
  advice: string;
  /** Markdown runbooks: which step it is in */
  step?: string;
};

type TFileResult = { findings: TFileFinding[]; error?: string };

const isMarkdown = (file: string, text: string) => /\.(md|markdown|txt)$/i.test(file) || (!/\.sql$/i.test(file) && /^#\s/m.test(text));

async function lintFile(file: string, args: TLintArgs): Promise<TFileResult> {
  const read = readDocument(file);
  if ("error" in read) return { findings: [], error: read.error };
  const relativePath = relative(process.cwd(), file);
  const shown = file === "-" ? "stdin" : relativePath && !relativePath.startsWith("..") ? relativePath : file;
  const place = (finding: TLintFinding, offset: { line: number; column: number }, step?: string): TFileFinding => ({
    file: shown,
    rule: finding.rule,
    severity: finding.severity,
    line: finding.line + offset.line - 1,
    column: finding.line === 1 ? finding.column + offset.column - 1 : finding.column,
    message: finding.message,
    advice: finding.saferAlternative,
    ...(step ? { step } : {}),
  });

  if (!isMarkdown(file, read.text)) {
    const risk = await lintSqlSteps([{ id: "file", sql: read.text, outsideTransaction: args.isOutsideTransaction }], args.options);
    return { findings: (risk.findingsByStep.file ?? []).map((f) => place(f, { line: 1, column: 1 })) };
  }

  let parsed;
  try {
    parsed = parseRunbookMarkdown(read.text);
  } catch (error) {
    if (error instanceof RunbookParseError) return { findings: [], error: `${shown}: ${error.message}` };
    throw error;
  }
  const text = read.text.replace(/\r\n?/g, "\n");
  const steps: (TSqlStepInput & { name: string; offset: { line: number; column: number } })[] = [];
  let cursor = 0;
  const procedures = [
    { label: "Phase", phases: parsed.phases },
    { label: "Rollback phase", phases: parsed.rollback?.phases ?? [] },
  ];
  for (const { label, phases } of procedures) {
    phases.forEach((phase, p) => {
      phase.steps.forEach((step, s) => {
        if (step.kind !== "SQL" || !step.text.trim()) return;
        // the step's code as it stands in the file, searched from the previous step on
        const at = text.indexOf(step.text, cursor);
        if (at !== -1) cursor = at + step.text.length;
        steps.push({
          id: `${label}:${p}:${s}`,
          sql: step.text,
          phaseKey: `${label}:${p}`,
          outsideTransaction: step.details?.outsideTransaction ?? false,
          isFanOut: isSchemaFanOut(step.details?.fanOut),
          name: `${label} ${p + 1} “${phase.title}”, step ${s + 1} “${step.title}”`,
          offset: at === -1 ? { line: 1, column: 1 } : lineColumnAt(text, at),
        });
      });
    });
  }
  // the runbook's own "**Lint off**:" line switches its schema-design warnings off, as on the server
  const disabledRules = normaliseDisabledRules([...(args.options.disabledRules ?? []), ...(parsed.disabledLintRules ?? [])]);
  const risk = await lintSqlSteps(steps, { ...args.options, ...(disabledRules.length ? { disabledRules } : {}) });
  return { findings: steps.flatMap((step) => (risk.findingsByStep[step.id] ?? []).map((f) => place(f, step.offset, step.name))) };
}

const escapeGithub = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeGithubProperty = (text: string) => escapeGithub(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export async function runLint(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  const findings: TFileFinding[] = [];
  const errors: string[] = [];
  for (const file of args.files) {
    const result = await lintFile(file, args);
    findings.push(...result.findings);
    if (result.error) errors.push(result.error);
  }
  const isParseError = errors.length > 0 || findings.some((f) => f.rule === "invalid-sql");
  const code = isParseError ? 2 : findings.some((f) => f.severity === "danger") ? 1 : 0;

  if (args.format === "json") {
    console.log(JSON.stringify({ findings, errors, exitCode: code }, null, 2));
  } else if (args.format === "github") {
    for (const f of findings) {
      const level = f.severity === "danger" ? "error" : "warning";
      console.log(
        `::${level} file=${escapeGithubProperty(f.file)},line=${f.line},col=${f.column},title=${escapeGithubProperty(`phaseline ${f.rule}`)}::${escapeGithub(`${f.message} Safer: ${f.advice}`)}`,
      );
    }
    for (const error of errors) console.log(`::error title=phaseline lint::${escapeGithub(error)}`);
  } else {
    for (const f of findings) {
      console.log(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}]${f.step ? ` (${f.step})` : ""} ${f.message}\n    safer: ${f.advice}`);
    }
    for (const error of errors) console.error(`phaseline lint: ${error}`);
    const danger = findings.filter((f) => f.severity === "danger").length;
    const warnings = findings.length - danger;
    console.log(
      findings.length === 0 && errors.length === 0
        ? "no findings"
        : `${danger} danger, ${warnings} warning${warnings === 1 ? "" : "s"}${errors.length ? `, ${errors.length} file(s) not linted` : ""}`,
    );
  }
  return code;
}

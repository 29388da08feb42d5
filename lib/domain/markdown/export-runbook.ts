// Structured runbook → Markdown that parseRunbookMarkdown reads back to the same structure
// (PRODUCT.md "Import and export"). The layout is the one the parser recognises first: "## Phase N:"
// headings with their estimate, "**Steps**:" / "**Checklist**:" / "**Success Criteria**:" labels, a
// rollback section and a sign-off sheet. Free text (preamble, notes) may hold any Markdown,
// headings and code fences included, so it is wrapped in `<!-- phaseline:… -->` markers that the
// parser takes verbatim; a person reading the file sees ordinary Markdown.
import { fenceCode, parseRunbookMarkdown, SENTENCE_KINDS } from "./parse-runbook";
import type { TExportableRunbook, TParsedPhase, TParsedPhaseDetails, TParsedStep } from "./types";
import { followUpMarkerValue } from "@/lib/domain/runbook/follow-up";

/** `<!-- phaseline:step {…} -->`: JSON on one line, with nothing in it that could close the comment. */
function detailsComment(kind: "step" | "phase", value: object): string {
  return `<!-- phaseline:${kind} ${JSON.stringify(value).replace(/>/g, "\\u003e")} -->`;
}

/** The phase's fields Markdown has no form for; null when they are all the defaults the parser gives. */
function phaseDetails(phase: TParsedPhase): TParsedPhaseDetails | null {
  const details: TParsedPhaseDetails = {};
  if (phase.isPointOfNoReturn) details.isPointOfNoReturn = true;
  if (phase.requiredSignoffRoles?.length) details.requiredSignoffRoles = phase.requiredSignoffRoles;
  // the parser guesses "(optional)" items; anything else is said
  if (phase.checklistItems.some((item) => item.isRequired === /\(optional\)/i.test(oneLine(item.text))))
    details.checklistRequired = phase.checklistItems.map((item) => item.isRequired);
  if (phase.successCriterionSteps?.some((b) => b !== null)) details.criterionSteps = phase.successCriterionSteps;
  return Object.keys(details).length ? details : null;
}

function formatMinutes(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} ${hours === 1 ? "hour" : "hours"}`;
  }
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function indent(text: string, width: number): string {
  const pad = " ".repeat(width);
  return (
    text
      .split("\n")
      // a whitespace-only line is kept as written (inside a fence it is code); only an empty line stays empty
      .map((line) => (line === "" ? "" : pad + line))
      .join("\n")
  );
}

function verbatim(kind: "summary" | "preamble" | "notes" | "appendix", text: string): string {
  return `<!-- phaseline:${kind} -->\n\n${text}\n\n<!-- /phaseline:${kind} -->`;
}

/**
 * Whether `line`, written plainly under the title, reads back as the runbook's summary. A summary
 * imported from several lines ("**Status (2026-10-06):** steps 1–2 work today. The …" over more
 * prose) is one line in the draft, and on one line it can read as something else: a "**Key:**
 * value" metadata field, a bold pseudo-heading, a checkbox. Such a summary is written between
 * markers instead.
 */
function readsAsSummary(line: string): boolean {
  return parseRunbookMarkdown(`# Runbook\n\n${line}\n`).summary === line;
}

/** A step title as its list item's line: a leading "6." or "-" escaped so it stays text. */
function visibleTitle(title: string): string {
  return oneLine(title)
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^([-*+>#])/, "\\$1");
}

/** Whether the list item's line reads back as the title itself. */
export function isTitleVisible(title: string): boolean {
  // (a title in bold, or ending in a colon, would read back without them)
  return oneLine(title) === title && visibleTitle(title) === title && !/:$/.test(title) && !/\*\*[^*\n]+\*\*/.test(title) && !/^[[<!|`]/.test(title);
}

function stepBody(step: TParsedStep): string {
  if (step.details && (step.details.kind === "MANUAL" || SENTENCE_KINDS.has(step.details.kind))) return step.text;
  if (step.kind === "MANUAL") return step.text;
  return fenceCode(step.language ?? (step.kind === "SQL" ? "sql" : "bash"), step.text);
}

function exportPhase(phase: TParsedPhase, heading: string): string {
  const out: string[] = [];
  const estimate = phase.estimatedMinutes === null ? "" : ` (${formatMinutes(phase.estimatedMinutes)})`;
  out.push(`${heading}: ${oneLine(phase.title)}${estimate}`);
  const details = phaseDetails(phase);
  if (details) out.push(detailsComment("phase", details));
  if (phase.objective.trim()) out.push(`**Objective**: ${oneLine(phase.objective)}`);
  // a visible line, not the details comment: a person reading the file sees when the phase falls due
  if (phase.followUpOffsetMinutes) out.push(`**Follow-up**: ${followUpMarkerValue(phase.followUpOffsetMinutes)}`);
  if (phase.failurePolicy) out.push(`**Failure policy**: ${phase.failurePolicy}`);
  if (phase.steps.length) {
    out.push("**Steps**:");
    out.push(
      phase.steps
        .map((step, i) => {
          const marker = `${i + 1}. `;
          const body = stepBody(step);
          if (step.details)
            return `${marker}${visibleTitle(step.title)}\n\n${indent([detailsComment("step", step.details), body].filter((b) => b.trim()).join("\n\n"), marker.length)}`;
          return body.trim() ? `${marker}${visibleTitle(step.title)}\n\n${indent(body, marker.length)}` : `${marker}${visibleTitle(step.title)}`;
        })
        .join("\n\n"),
    );
  }
  if (phase.checklistItems.length) {
    out.push("**Checklist**:");
    out.push(phase.checklistItems.map((item) => `- [ ] ${oneLine(item.text)}`).join("\n"));
  }
  if (phase.successCriteria.length) {
    out.push("**Success Criteria**:");
    out.push(phase.successCriteria.map((c) => `- ✅ ${oneLine(c)}`).join("\n"));
  }
  if (phase.notes.trim()) out.push(verbatim("notes", phase.notes));
  return out.join("\n\n");
}

export function exportRunbookMarkdown(runbook: TExportableRunbook): string {
  const out: string[] = [`# ${oneLine(runbook.title)}`];
  if (runbook.summary.trim()) {
    const line = oneLine(runbook.summary);
    out.push(readsAsSummary(line) ? line : verbatim("summary", line));
  }
  const meta: string[] = [];
  if (runbook.riskLevel) meta.push(`**Risk Level**: ${runbook.riskLevel}`);
  if (runbook.estimatedMinutes !== undefined && runbook.estimatedMinutes !== null) meta.push(`**Estimated Duration**: ${runbook.estimatedMinutes} minutes`);
  if (runbook.rollbackMinutes !== undefined && runbook.rollbackMinutes !== null) meta.push(`**Rollback Time**: ${runbook.rollbackMinutes} minutes`);
  if (runbook.disabledLintRules?.length) meta.push(`**Lint off**: ${runbook.disabledLintRules.join(", ")}`);
  if (meta.length) out.push(meta.join("\n"));
  if (runbook.preamble.trim()) out.push(verbatim("preamble", runbook.preamble));
  runbook.phases.forEach((phase, i) => out.push(exportPhase(phase, `## Phase ${i + 1}`)));
  // the runbook's notes (appendices, contacts) under a heading of their own, so they close the last phase
  if (runbook.appendix?.trim()) out.push("## Appendix", verbatim("appendix", runbook.appendix));
  if (runbook.rollback) {
    out.push(`## ${oneLine(runbook.rollback.title ?? "") || "Rollback Procedure"}`);
    runbook.rollback.phases.forEach((phase, i) => out.push(exportPhase(phase, `### Step ${i + 1}`)));
  }
  if (runbook.signoffRoles.length) {
    out.push("## Sign-off");
    out.push(runbook.signoffRoles.map((role) => `**${oneLine(role)}**: ________________  Date: ________`).join("\n"));
  }
  return `${out.join("\n\n")}\n`;
}

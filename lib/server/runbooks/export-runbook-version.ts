// Export of a stored runbook version (draft or published) to Markdown (PRODUCT.md "Import and
// export"), through the same exporter the import round trip is tested with. Runs from the CLI
// too: it takes its Prisma client as an argument.
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { exportRunbookMarkdown } from "@/lib/domain/markdown/export-runbook";
import { fenceCode, joinCommandLine } from "@/lib/domain/markdown/parse-runbook";
import type { TExportableRunbook, TParsedPhase, TParsedStep } from "@/lib/domain/markdown/types";

const versionSelect = {
  id: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
  rollbackMinutes: true,
  preamble: true,
  signoffSheet: { orderBy: { position: "asc" }, select: { label: true } },
  phases: {
    orderBy: [{ procedure: "asc" }, { position: "asc" }],
    select: {
      procedure: true,
      title: true,
      objective: true,
      estimatedMinutes: true,
      failurePolicy: true,
      notes: true,
      steps: { orderBy: { position: "asc" }, select: { kind: true, title: true, instructions: true, sql: true, commandArgv: true, language: true, httpUrl: true, httpExpectStatus: true } },
      checklistItems: { orderBy: { position: "asc" }, select: { text: true, isRequired: true } },
      successCriteria: { orderBy: { position: "asc" }, select: { text: true } },
    },
  },
} satisfies Prisma.RunbookVersionSelect;

type TStepRow = { kind: string; title: string; instructions: string; sql: string | null; commandArgv: string[]; language: string | null; httpUrl: string | null; httpExpectStatus: number | null };

/**
 * Markdown knows three step kinds. QUERY_CHECK and BASELINE_* export as SQL (their query), HTTP_CHECK
 * as a MANUAL instruction; the expectation, baseline keys and tolerances are not carried.
 */
function toParsedStep(step: TStepRow): TParsedStep {
  const title = step.title || "Step";
  if (step.sql !== null && step.kind !== "MANUAL" && step.kind !== "COMMAND" && step.kind !== "HTTP_CHECK") {
    return { kind: "SQL", language: step.language ?? "sql", title, text: step.sql };
  }
  if (step.kind === "COMMAND") {
    // the author's snippet (with its comments) when the import kept it, else the argv
    const fenced = /^(`{3,})[^\n]*\n([\s\S]*)\n\1$/.exec(step.instructions.trim());
    return { kind: "COMMAND", language: step.language ?? "bash", title, text: fenced ? fenced[2]! : joinCommandLine(step.commandArgv) };
  }
  if (step.kind === "HTTP_CHECK") {
    const check = `GET ${step.httpUrl ?? "(no URL)"} and expect HTTP ${step.httpExpectStatus ?? 200}.`;
    return { kind: "MANUAL", language: null, title, text: [check, step.instructions].filter(Boolean).join("\n\n") };
  }
  return { kind: "MANUAL", language: step.language, title, text: step.instructions || (step.sql ? fenceCode("sql", step.sql) : "") };
}

type TPhaseRow = {
  procedure: string;
  title: string;
  objective: string;
  estimatedMinutes: number | null;
  failurePolicy: "STOP" | "ROLLBACK" | "CONTINUE";
  notes: string;
  steps: TStepRow[];
  checklistItems: { text: string; isRequired: boolean }[];
  successCriteria: { text: string }[];
};

function toParsedPhase(phase: TPhaseRow): TParsedPhase {
  return {
    title: phase.title,
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy,
    checklistItems: phase.checklistItems.map((c) => ({ text: c.text, isRequired: c.isRequired })),
    successCriteria: phase.successCriteria.map((c) => c.text),
    steps: phase.steps.map(toParsedStep),
    notes: phase.notes,
  };
}

export async function exportRunbookVersion(input: {
  prisma: TPrisma;
  /** a version id, or a runbook (slug or id) with a published version number */
  versionId?: string;
  runbookSlug?: string;
  runbookId?: string;
  versionNumber?: number;
}): Promise<{ versionId: string; markdown: string }> {
  const { prisma } = input;
  let version: Prisma.RunbookVersionGetPayload<{ select: typeof versionSelect }> | null;
  if (input.versionId) {
    version = await prisma.runbookVersion.findUnique({ where: { id: input.versionId }, select: versionSelect });
  } else if ((input.runbookSlug || input.runbookId) && input.versionNumber !== undefined) {
    const runbook = input.runbookId ? { id: input.runbookId } : { slug: input.runbookSlug };
    version = await prisma.runbookVersion.findFirst({ where: { runbook, number: input.versionNumber, status: "PUBLISHED" }, select: versionSelect });
  } else {
    throw new ValidationError("Name a version: its id, or a runbook slug and a version number.");
  }
  if (!version) throw new NotFoundError("No runbook version with that id (or slug and number).");

  const main = version.phases.filter((p) => p.procedure === "MAIN").map(toParsedPhase);
  const rollback = version.phases.filter((p) => p.procedure === "ROLLBACK").map(toParsedPhase);
  const exportable: TExportableRunbook = {
    title: version.title,
    summary: version.summary,
    riskLevel: version.riskLevel,
    ...(version.estimatedMinutes !== null ? { estimatedMinutes: version.estimatedMinutes } : {}),
    ...(version.rollbackMinutes !== null ? { rollbackMinutes: version.rollbackMinutes } : {}),
    preamble: version.preamble,
    phases: main,
    rollback: rollback.length ? { phases: rollback } : null,
    signoffRoles: version.signoffSheet.map((l) => l.label),
  };
  return { versionId: version.id, markdown: exportRunbookMarkdown(exportable) };
}

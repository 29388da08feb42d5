// What a person may submit about a deployment (PRODUCT.md rules 1–9). Pure zod: the server
// actions validate with these, the forms show the same messages inline.
import { z } from "zod";
import { isWithinPlanningHorizon, PLANNING_HORIZON, zDbInt } from "@/lib/domain/db-bounds";

export const DEPLOYMENT_LIMITS = { nameMax: 80, reasonMax: 4000, noteMax: 20_000 } as const;

const ZId = (what: string) => z.guid(`Choose ${what}.`);
const ZReason = (what: string) =>
  z
    .string(`Say ${what}.`)
    .trim()
    .min(1, `Say ${what}.`)
    .max(DEPLOYMENT_LIMITS.reasonMax, `Use at most ${DEPLOYMENT_LIMITS.reasonMax.toLocaleString("en")} characters.`);
const ZNote = z
  .string()
  .trim()
  .max(DEPLOYMENT_LIMITS.noteMax, `Use at most ${DEPLOYMENT_LIMITS.noteMax.toLocaleString("en")} characters.`)
  .default("");

/** Typed to confirm a point of no return (rule 4): letters, digits, dots, dashes, underscores. */
export const ZDeploymentName = z
  .string("Enter a name.")
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(DEPLOYMENT_LIMITS.nameMax, `Use at most ${DEPLOYMENT_LIMITS.nameMax} characters.`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores, starting with a letter or digit: the lead types it to confirm a point of no return.");

const ZDateTime = z.iso.datetime({ offset: true, local: true, error: "Enter a date and time." });

export const ZPlanDeployment = z
  .object({
    runbookVersionId: ZId("a published runbook version"),
    environmentId: ZId("an environment"),
    leadId: ZId("a lead"),
    name: ZDeploymentName,
    plannedStart: ZDateTime.nullable().default(null),
    plannedEnd: ZDateTime.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    // a window in the year 9999 is a typo, and past what the history's date filters reach (issue 17)
    for (const field of ["plannedStart", "plannedEnd"] as const) {
      const value = v[field];
      if (value && !isWithinPlanningHorizon(new Date(value))) {
        ctx.addIssue({ code: "custom", path: [field], message: `Choose a date within the last year or the next ${PLANNING_HORIZON.futureYears} years.` });
      }
    }
    if (v.plannedStart && v.plannedEnd && new Date(v.plannedEnd) <= new Date(v.plannedStart)) {
      ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "The window must end after it starts." });
    }
  });
export type TPlanDeployment = z.output<typeof ZPlanDeployment>;

export const DEPLOYMENT_ACTIONS = ["start", "pause", "resume", "abort", "start_rollback", "end_failed", "fail_follow_up"] as const;

export const ZControlDeployment = z
  .object({
    deploymentId: ZId("a deployment"),
    action: z.enum(DEPLOYMENT_ACTIONS, "Choose what to do."),
    reason: z.string().trim().max(DEPLOYMENT_LIMITS.reasonMax).default(""),
  })
  .superRefine((v, ctx) => {
    if ((v.action === "abort" || v.action === "start_rollback" || v.action === "end_failed" || v.action === "fail_follow_up") && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why: it goes in the deployment's record." });
    }
  });
export type TControlDeployment = z.output<typeof ZControlDeployment>;

const phaseRef = { deploymentId: ZId("a deployment"), phaseRunId: ZId("a phase") };
const stepRef = { ...phaseRef, stepId: ZId("a step") };

export const ZActivatePhase = z.object({ ...phaseRef, confirmationName: z.string().max(200).nullable().default(null) });
export const ZCompletePhase = z.object(phaseRef);
export const ZSkipPhase = z.object({ ...phaseRef, reason: ZReason("why the phase is skipped") });

/** EXPLAIN of a SQL step's statements against the deployment's target (issue 11 item 6). */
export const ZExplainStep = z.object({ deploymentId: ZId("a deployment"), stepId: ZId("a step") });

export const ZStartStepRun = z.object({
  ...stepRef,
  mode: z.enum(["RUN", "REHEARSAL"]).default("RUN"),
  /** the attempt the person means (rule 5): 1 for a first run, n + 1 for an explicit retry */
  attempt: z.number("Choose the attempt.").int().min(1).max(1000),
});
export type TStartStepRun = z.output<typeof ZStartStepRun>;

export const ZRecordManualStep = z.object({
  ...stepRef,
  attempt: z.number().int().min(1).max(1000),
  status: z.enum(["SUCCEEDED", "FAILED"], "Choose done or failed."),
  note: ZNote,
});
export const ZWaiveStep = z.object({ ...stepRef, reason: ZReason("why the step is waived") });
export const ZReconcileStepRun = z.object({
  deploymentId: ZId("a deployment"),
  stepRunId: ZId("a step run"),
  status: z.enum(["SUCCEEDED", "FAILED"], "Choose what you found."),
  note: ZReason("what you checked on the target"),
});

export const ZTickChecklistItem = z.object({ ...phaseRef, itemId: ZId("a checklist item"), isTicked: z.boolean() });
export const ZTickChecklistItems = z.object({
  ...phaseRef,
  itemIds: z.array(ZId("a checklist item"), "Choose the items to tick.").min(1, "Choose at least one item to tick.").max(500, "Tick at most 500 items at once."),
  /** the phase run's version the person saw (cockpit phase `checklistVersion`): a stale view is refused */
  checklistVersion: zDbInt("Reload the page: the checklist's version is missing.", { min: 0 }),
});
export const ZRecordCriterion = z.object({ ...phaseRef, criterionId: ZId("a success criterion"), isMet: z.boolean(), evidence: ZNote }).superRefine((v, ctx) => {
  if (v.isMet && !v.evidence) ctx.addIssue({ code: "custom", path: ["evidence"], message: "Note the evidence that the criterion is met." });
});

export const ZRecordPhaseSignoff = z
  .object({
    ...phaseRef,
    role: z.enum(["LEAD", "DBA", "MANAGER", "ADMIN"], "Choose the role you sign as."),
    decision: z.enum(["APPROVED", "REJECTED"], "Choose approve or reject."),
    comment: ZNote,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECTED" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why you reject the phase: the lead sees your comment." });
  });

export const ZRecordPointOfNoReturnApproval = z
  .object({ ...phaseRef, decision: z.enum(["APPROVED", "REJECTED"], "Choose approve or reject."), comment: ZNote })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECTED" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why you reject starting it: the lead sees your comment." });
  });

export const ZRecordSheetSignoff = z.object({ deploymentId: ZId("a deployment"), sheetLineId: ZId("a line of the sign-off sheet"), comment: ZNote });

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Shared select shapes for the read-only pages. Selects, never `include`: a column added later
// (a secret, a large blob) is not read until someone asks for it here.

export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
} satisfies Prisma.UserSelect;

/** Environment.targetUrlCiphertext is never selected: it must not leave the server's crypto code. */
export const environmentSummarySelect = {
  id: true,
  name: true,
  isProduction: true,
} satisfies Prisma.EnvironmentSelect;

export const environmentDetailSelect = {
  ...environmentSummarySelect,
  description: true,
  targetUrlMasked: true,
} satisfies Prisma.EnvironmentSelect;

/** What the admin pages show of an environment: the masked target only, never its ciphertext. */
export const environmentAdminSelect = {
  ...environmentDetailSelect,
  httpAllowList: true,
  backupRetentionDays: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  updatedBy: { select: userSummarySelect },
  // issue 15 item 2: the group's databases, masked; the ciphertext is never selected for a page
  databases: { select: { id: true, name: true, targetUrlMasked: true, version: true }, orderBy: { position: "asc" } },
} satisfies Prisma.EnvironmentSelect;

export const stepDetailSelect = {
  id: true,
  position: true,
  kind: true,
  title: true,
  instructions: true,
  sql: true,
  statementTimeoutMs: true,
  lockTimeoutMs: true,
  outsideTransaction: true,
  lockRetries: true,
  fanOut: true,
  expectation: true,
  baselineName: true,
  baselineKeyColumns: true,
  tolerances: true,
  httpUrl: true,
  httpExpectStatus: true,
  httpBodyContains: true,
  timeoutMs: true,
  commandArgv: true,
  commandEnv: true,
  outputCapBytes: true,
  language: true,
  backupKey: true,
  backupTables: true,
  backupFilter: true,
  backupMaxMb: true,
} satisfies Prisma.StepSelect;

export const phaseDetailSelect = {
  id: true,
  procedure: true,
  position: true,
  title: true,
  objective: true,
  estimatedMinutes: true,
  failurePolicy: true,
  isPointOfNoReturn: true,
  followUpOffsetMinutes: true,
  requiredSignoffRoles: true,
  notes: true,
  steps: { orderBy: { position: "asc" }, select: stepDetailSelect },
  checklistItems: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, isRequired: true } },
  successCriteria: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, text: true, step: { select: { id: true, position: true, title: true } } },
  },
} satisfies Prisma.PhaseSelect;

export const signoffSheetLineSelect = {
  id: true,
  position: true,
  label: true,
  role: true,
} satisfies Prisma.SignoffSheetLineSelect;

export const signoffSelect = {
  id: true,
  scope: true,
  role: true,
  decision: true,
  comment: true,
  createdAt: true,
  phaseRunId: true,
  sheetLineId: true,
  user: { select: userSummarySelect },
} satisfies Prisma.SignoffSelect;

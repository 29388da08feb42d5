-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEAD', 'DBA', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "Procedure" AS ENUM ('MAIN', 'ROLLBACK');

-- CreateEnum
CREATE TYPE "FailurePolicy" AS ENUM ('STOP', 'ROLLBACK', 'CONTINUE');

-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('MANUAL', 'SQL', 'QUERY_CHECK', 'BASELINE_CAPTURE', 'BASELINE_COMPARE', 'HTTP_CHECK', 'COMMAND');

-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'PAUSED', 'SUCCEEDED', 'FAILED', 'ROLLING_BACK', 'ROLLED_BACK', 'ABORTED');

-- CreateEnum
CREATE TYPE "PhaseRunStatus" AS ENUM ('PENDING', 'ACTIVE', 'AWAITING_SIGNOFF', 'DONE', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "StepRunStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED');

-- CreateEnum
CREATE TYPE "StepRunMode" AS ENUM ('RUN', 'REHEARSAL');

-- CreateEnum
CREATE TYPE "SignoffScope" AS ENUM ('PHASE', 'POINT_OF_NO_RETURN', 'SHEET');

-- CreateEnum
CREATE TYPE "SignoffDecision" AS ENUM ('APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "Role"[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "isSuccess" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Runbook" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Runbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunbookVersion" (
    "id" TEXT NOT NULL,
    "runbookId" TEXT NOT NULL,
    "number" INTEGER,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "draftOfRunbookId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "riskLevel" "RiskLevel" NOT NULL,
    "estimatedMinutes" INTEGER,
    "rollbackMinutes" INTEGER,
    "requireSeparationOfDuties" BOOLEAN NOT NULL DEFAULT true,
    "preamble" TEXT NOT NULL DEFAULT '',
    "sourceMarkdown" TEXT,
    "basedOnVersionId" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RunbookVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "procedure" "Procedure" NOT NULL DEFAULT 'MAIN',
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "objective" TEXT NOT NULL DEFAULT '',
    "estimatedMinutes" INTEGER,
    "failurePolicy" "FailurePolicy" NOT NULL DEFAULT 'STOP',
    "isPointOfNoReturn" BOOLEAN NOT NULL DEFAULT false,
    "requiredSignoffRoles" "Role"[],
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Step" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "StepKind" NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "sql" TEXT,
    "statementTimeoutMs" INTEGER,
    "lockTimeoutMs" INTEGER,
    "expectation" JSONB,
    "baselineName" TEXT,
    "baselineKeyColumns" TEXT[],
    "tolerances" JSONB,
    "httpUrl" TEXT,
    "httpExpectStatus" INTEGER,
    "httpBodyContains" TEXT,
    "timeoutMs" INTEGER,
    "commandArgv" TEXT[],
    "outputCapBytes" INTEGER,
    "language" TEXT,

    CONSTRAINT "Step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "isRequired" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessCriterion" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "stepId" TEXT,

    CONSTRAINT "SuccessCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignoffSheetLine" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "role" "Role",

    CONSTRAINT "SignoffSheetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isProduction" BOOLEAN NOT NULL DEFAULT false,
    "targetUrlCiphertext" TEXT,
    "targetUrlMasked" TEXT,
    "httpAllowList" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Environment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "runbookVersionId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "status" "DeploymentStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedStart" TIMESTAMP(3),
    "plannedEnd" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "rollbackStartedAt" TIMESTAMP(3),
    "statusReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseRun" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "procedure" "Procedure" NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "PhaseRunStatus" NOT NULL DEFAULT 'PENDING',
    "activatedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PhaseRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepRun" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "phaseRunId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "mode" "StepRunMode" NOT NULL DEFAULT 'RUN',
    "attempt" INTEGER NOT NULL,
    "status" "StepRunStatus" NOT NULL DEFAULT 'PENDING',
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "workerId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "output" TEXT NOT NULL DEFAULT '',
    "isOutputTruncated" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB,
    "errorMessage" TEXT,
    "note" TEXT,
    "reconciledById" TEXT,
    "reconciledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StepRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepWaiver" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "phaseRunId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "waivedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepWaiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTick" (
    "id" TEXT NOT NULL,
    "phaseRunId" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "isTicked" BOOLEAN NOT NULL DEFAULT true,
    "tickedById" TEXT NOT NULL,
    "tickedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistTick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionResult" (
    "id" TEXT NOT NULL,
    "phaseRunId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "isMet" BOOLEAN NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "stepRunId" TEXT,
    "metById" TEXT,
    "metAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriterionResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Baseline" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stepRunId" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Baseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signoff" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "phaseRunId" TEXT,
    "sheetLineId" TEXT,
    "scope" "SignoffScope" NOT NULL,
    "role" "Role" NOT NULL,
    "decision" "SignoffDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "userId" TEXT NOT NULL,
    "coveredStepRunIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signoff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "deploymentId" TEXT,
    "targetType" TEXT,
    "targetId" TEXT,
    "payload" JSONB NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_isActive_idx" ON "User"("isActive");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_ipAddress_createdAt_idx" ON "SignInAttempt"("email", "ipAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Runbook_slug_key" ON "Runbook"("slug");

-- CreateIndex
CREATE INDEX "Runbook_ownerId_idx" ON "Runbook"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "RunbookVersion_draftOfRunbookId_key" ON "RunbookVersion"("draftOfRunbookId");

-- CreateIndex
CREATE INDEX "RunbookVersion_runbookId_status_idx" ON "RunbookVersion"("runbookId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "RunbookVersion_runbookId_number_key" ON "RunbookVersion"("runbookId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_versionId_procedure_position_key" ON "Phase"("versionId", "procedure", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Step_phaseId_position_key" ON "Step"("phaseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_phaseId_position_key" ON "ChecklistItem"("phaseId", "position");

-- CreateIndex
CREATE INDEX "SuccessCriterion_stepId_idx" ON "SuccessCriterion"("stepId");

-- CreateIndex
CREATE UNIQUE INDEX "SuccessCriterion_phaseId_position_key" ON "SuccessCriterion"("phaseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SignoffSheetLine_versionId_position_key" ON "SignoffSheetLine"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_name_key" ON "Environment"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_name_key" ON "Deployment"("name");

-- CreateIndex
CREATE INDEX "Deployment_status_createdAt_idx" ON "Deployment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Deployment_runbookVersionId_createdAt_idx" ON "Deployment"("runbookVersionId", "createdAt");

-- CreateIndex
CREATE INDEX "Deployment_environmentId_createdAt_idx" ON "Deployment"("environmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Deployment_leadId_createdAt_idx" ON "Deployment"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "Deployment_createdAt_idx" ON "Deployment"("createdAt");

-- CreateIndex
CREATE INDEX "PhaseRun_status_idx" ON "PhaseRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseRun_deploymentId_phaseId_key" ON "PhaseRun"("deploymentId", "phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseRun_deploymentId_procedure_position_key" ON "PhaseRun"("deploymentId", "procedure", "position");

-- CreateIndex
CREATE INDEX "StepRun_status_heartbeatAt_idx" ON "StepRun"("status", "heartbeatAt");

-- CreateIndex
CREATE INDEX "StepRun_phaseRunId_idx" ON "StepRun"("phaseRunId");

-- CreateIndex
CREATE UNIQUE INDEX "StepRun_deploymentId_stepId_mode_attempt_key" ON "StepRun"("deploymentId", "stepId", "mode", "attempt");

-- CreateIndex
CREATE INDEX "StepWaiver_deploymentId_idx" ON "StepWaiver"("deploymentId");

-- CreateIndex
CREATE UNIQUE INDEX "StepWaiver_phaseRunId_stepId_key" ON "StepWaiver"("phaseRunId", "stepId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTick_phaseRunId_checklistItemId_key" ON "ChecklistTick"("phaseRunId", "checklistItemId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionResult_phaseRunId_criterionId_key" ON "CriterionResult"("phaseRunId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Baseline_deploymentId_name_key" ON "Baseline"("deploymentId", "name");

-- CreateIndex
CREATE INDEX "Signoff_deploymentId_createdAt_idx" ON "Signoff"("deploymentId", "createdAt");

-- CreateIndex
CREATE INDEX "Signoff_phaseRunId_role_idx" ON "Signoff"("phaseRunId", "role");

-- CreateIndex
CREATE INDEX "Signoff_userId_createdAt_idx" ON "Signoff"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_deploymentId_seq_idx" ON "AuditEvent"("deploymentId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_type_seq_idx" ON "AuditEvent"("type", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_seq_idx" ON "AuditEvent"("actorId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Runbook" ADD CONSTRAINT "Runbook_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_draftOfRunbookId_fkey" FOREIGN KEY ("draftOfRunbookId") REFERENCES "Runbook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "RunbookVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "RunbookVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessCriterion" ADD CONSTRAINT "SuccessCriterion_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessCriterion" ADD CONSTRAINT "SuccessCriterion_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignoffSheetLine" ADD CONSTRAINT "SignoffSheetLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "RunbookVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Environment" ADD CONSTRAINT "Environment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_runbookVersionId_fkey" FOREIGN KEY ("runbookVersionId") REFERENCES "RunbookVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseRun" ADD CONSTRAINT "PhaseRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseRun" ADD CONSTRAINT "PhaseRun_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRun" ADD CONSTRAINT "StepRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRun" ADD CONSTRAINT "StepRun_phaseRunId_fkey" FOREIGN KEY ("phaseRunId") REFERENCES "PhaseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRun" ADD CONSTRAINT "StepRun_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRun" ADD CONSTRAINT "StepRun_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRun" ADD CONSTRAINT "StepRun_reconciledById_fkey" FOREIGN KEY ("reconciledById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepWaiver" ADD CONSTRAINT "StepWaiver_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepWaiver" ADD CONSTRAINT "StepWaiver_phaseRunId_fkey" FOREIGN KEY ("phaseRunId") REFERENCES "PhaseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepWaiver" ADD CONSTRAINT "StepWaiver_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepWaiver" ADD CONSTRAINT "StepWaiver_waivedById_fkey" FOREIGN KEY ("waivedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTick" ADD CONSTRAINT "ChecklistTick_phaseRunId_fkey" FOREIGN KEY ("phaseRunId") REFERENCES "PhaseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTick" ADD CONSTRAINT "ChecklistTick_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTick" ADD CONSTRAINT "ChecklistTick_tickedById_fkey" FOREIGN KEY ("tickedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionResult" ADD CONSTRAINT "CriterionResult_phaseRunId_fkey" FOREIGN KEY ("phaseRunId") REFERENCES "PhaseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionResult" ADD CONSTRAINT "CriterionResult_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "SuccessCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionResult" ADD CONSTRAINT "CriterionResult_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES "StepRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionResult" ADD CONSTRAINT "CriterionResult_metById_fkey" FOREIGN KEY ("metById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES "StepRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signoff" ADD CONSTRAINT "Signoff_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signoff" ADD CONSTRAINT "Signoff_phaseRunId_fkey" FOREIGN KEY ("phaseRunId") REFERENCES "PhaseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signoff" ADD CONSTRAINT "Signoff_sheetLineId_fkey" FOREIGN KEY ("sheetLineId") REFERENCES "SignoffSheetLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signoff" ADD CONSTRAINT "Signoff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "fanOut" JSONB;

-- CreateTable
CREATE TABLE "StepRunTarget" (
    "id" TEXT NOT NULL,
    "stepRunId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "schemaName" TEXT NOT NULL,
    "status" "StepRunStatus" NOT NULL DEFAULT 'PENDING',
    "fromAttempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "rowCount" INTEGER,
    "summary" TEXT,
    "output" TEXT NOT NULL DEFAULT '',
    "errorMessage" TEXT,
    "errorCode" TEXT,
    "result" JSONB,

    CONSTRAINT "StepRunTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StepRunTarget_stepRunId_position_idx" ON "StepRunTarget"("stepRunId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "StepRunTarget_stepRunId_schemaName_key" ON "StepRunTarget"("stepRunId", "schemaName");

-- AddForeignKey
ALTER TABLE "StepRunTarget" ADD CONSTRAINT "StepRunTarget_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES "StepRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;


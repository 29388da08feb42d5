-- AlterEnum
ALTER TYPE "StepRunStatus" ADD VALUE 'QUEUED' BEFORE 'RUNNING';

-- AlterTable
ALTER TABLE "StepRun" ADD COLUMN     "lateErrorMessage" TEXT,
ADD COLUMN     "lateFinishedAt" TIMESTAMP(3),
ADD COLUMN     "lateResult" JSONB,
ADD COLUMN     "lateStatus" "StepRunStatus";


-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'PASSED', 'FAILED');

-- AlterTable
ALTER TABLE "Phase" ADD COLUMN     "followUpOffsetMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "followUpStatus" "FollowUpStatus";

-- AlterTable
ALTER TABLE "PhaseRun" ADD COLUMN     "dueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Deployment_followUpStatus_idx" ON "Deployment"("followUpStatus");

-- CreateIndex
CREATE INDEX "PhaseRun_dueAt_idx" ON "PhaseRun"("dueAt");


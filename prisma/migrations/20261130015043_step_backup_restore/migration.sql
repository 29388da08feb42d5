-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StepKind" ADD VALUE 'BACKUP';
ALTER TYPE "StepKind" ADD VALUE 'RESTORE';

-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "backupFilter" TEXT,
ADD COLUMN     "backupKey" TEXT,
ADD COLUMN     "backupMaxMb" INTEGER,
ADD COLUMN     "backupTables" TEXT[];

-- CreateTable
CREATE TABLE "DeploymentBackup" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "schemaName" TEXT NOT NULL,
    "stepRunId" TEXT NOT NULL,
    "tables" JSONB NOT NULL,
    "totalBytes" BIGINT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "droppedAt" TIMESTAMP(3),
    "droppedById" TEXT,

    CONSTRAINT "DeploymentBackup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentBackup_deploymentId_key_key" ON "DeploymentBackup"("deploymentId", "key");

-- AddForeignKey
ALTER TABLE "DeploymentBackup" ADD CONSTRAINT "DeploymentBackup_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentBackup" ADD CONSTRAINT "DeploymentBackup_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES "StepRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentBackup" ADD CONSTRAINT "DeploymentBackup_droppedById_fkey" FOREIGN KEY ("droppedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "backupRetentionDays" INTEGER;

-- AlterTable
ALTER TABLE "DeploymentBackup" ADD COLUMN     "droppedByRetentionDays" INTEGER;

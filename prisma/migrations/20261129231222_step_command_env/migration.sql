-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "commandEnv" JSONB;


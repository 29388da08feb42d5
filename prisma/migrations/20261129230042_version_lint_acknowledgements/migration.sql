-- AlterTable
ALTER TABLE "RunbookVersion" ADD COLUMN     "lintAcknowledgements" JSONB NOT NULL DEFAULT '[]';


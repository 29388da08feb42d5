-- AlterTable
ALTER TABLE "RunbookVersion" ADD COLUMN     "disabledLintRules" TEXT[] DEFAULT ARRAY[]::TEXT[];


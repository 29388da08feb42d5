-- AlterTable
ALTER TABLE "PhaseRun" ADD COLUMN     "awaitingSignoffAt" TIMESTAMP(3);


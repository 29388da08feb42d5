-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "lockRetries" INTEGER,
ADD COLUMN     "outsideTransaction" BOOLEAN NOT NULL DEFAULT false;


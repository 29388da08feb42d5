-- CreateTable
CREATE TABLE "EnvironmentDatabase" (
    "id" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targetUrlCiphertext" TEXT NOT NULL,
    "targetUrlMasked" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnvironmentDatabase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnvironmentDatabase_environmentId_position_idx" ON "EnvironmentDatabase"("environmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EnvironmentDatabase_environmentId_name_key" ON "EnvironmentDatabase"("environmentId", "name");

-- AddForeignKey
ALTER TABLE "EnvironmentDatabase" ADD CONSTRAINT "EnvironmentDatabase_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "StepRunTarget" ADD COLUMN     "isDatabase" BOOLEAN NOT NULL DEFAULT false;

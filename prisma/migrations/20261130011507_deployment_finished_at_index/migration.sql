-- CreateIndex
CREATE INDEX "Deployment_finishedAt_idx" ON "Deployment"("finishedAt");

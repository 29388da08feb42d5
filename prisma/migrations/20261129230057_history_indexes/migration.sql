-- CreateIndex
CREATE INDEX "Deployment_startedAt_id_idx" ON "Deployment"("startedAt", "id");

-- CreateIndex
CREATE INDEX "Deployment_environmentId_startedAt_idx" ON "Deployment"("environmentId", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_runbookVersionId_startedAt_idx" ON "Deployment"("runbookVersionId", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_status_startedAt_idx" ON "Deployment"("status", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_leadId_startedAt_idx" ON "Deployment"("leadId", "startedAt");


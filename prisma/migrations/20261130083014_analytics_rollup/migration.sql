-- CreateTable
CREATE TABLE "AnalyticsDeploymentDay" (
    "runbookVersionId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" "DeploymentStatus" NOT NULL,
    "isFollowUpFailed" BOOLEAN NOT NULL,
    "deployments" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsDeploymentDay_pkey" PRIMARY KEY ("runbookVersionId","environmentId","day","status","isFollowUpFailed")
);

-- CreateTable
CREATE TABLE "AnalyticsPhaseDay" (
    "phaseId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "runs" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "deltaMinutes" DOUBLE PRECISION[],

    CONSTRAINT "AnalyticsPhaseDay_pkey" PRIMARY KEY ("phaseId","day","environmentId")
);

-- CreateTable
CREATE TABLE "AnalyticsFinishedDeployment" (
    "deploymentId" TEXT NOT NULL,
    "runbookId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" "DeploymentStatus" NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsFinishedDeployment_pkey" PRIMARY KEY ("deploymentId")
);

-- CreateIndex
CREATE INDEX "AnalyticsDeploymentDay_day_idx" ON "AnalyticsDeploymentDay"("day");

-- CreateIndex
CREATE INDEX "AnalyticsFinishedDeployment_runbookId_environmentId_status__idx" ON "AnalyticsFinishedDeployment"("runbookId", "environmentId", "status", "finishedAt", "deploymentId");

-- CreateIndex
CREATE INDEX "AnalyticsFinishedDeployment_day_idx" ON "AnalyticsFinishedDeployment"("day");


-- ─── Maintenance (issue 12 "Speed") ──────────────────────────────────────────────────────────────
-- The analytics rollup is kept true by row triggers: a row's old contribution is taken away and its
-- new one added in the same statement's transaction as the change, whoever writes it (the state
-- machine's conditional updates in write-transitions.ts, the seed, a test fixture). Only the columns
-- the figures read fire them. Increments are upserts (`n = n + excluded.n`): concurrent changes of
-- two deployments counted in one row queue on that row's lock, neither is lost.

-- one deployment's contribution, times `sign` (+1 its new state, −1 its old one)
CREATE OR REPLACE FUNCTION "phaseline_analytics_deployment"(d "Deployment", sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF d."startedAt" IS NOT NULL THEN
    INSERT INTO "AnalyticsDeploymentDay" AS r ("runbookVersionId", "environmentId", "day", "status", "isFollowUpFailed", "deployments")
    VALUES (d."runbookVersionId", d."environmentId", d."startedAt"::date, d."status", coalesce(d."followUpStatus" = 'FAILED', false), sign)
    ON CONFLICT ("runbookVersionId", "environmentId", "day", "status", "isFollowUpFailed") DO UPDATE SET "deployments" = r."deployments" + EXCLUDED."deployments";
  END IF;
  IF d."status" IN ('SUCCEEDED', 'FAILED', 'ROLLED_BACK') AND d."finishedAt" IS NOT NULL THEN
    IF sign > 0 THEN
      INSERT INTO "AnalyticsFinishedDeployment" ("deploymentId", "runbookId", "environmentId", "day", "status", "finishedAt")
      SELECT d."id", v."runbookId", d."environmentId", coalesce(d."startedAt"::date, '-infinity'::date), d."status", d."finishedAt"
      FROM "RunbookVersion" v WHERE v."id" = d."runbookVersionId";
    ELSE
      DELETE FROM "AnalyticsFinishedDeployment" WHERE "deploymentId" = d."id";
    END IF;
  END IF;
END;
$$;

-- one phase run's contribution, counted on its deployment's environment and start day, times `sign`
CREATE OR REPLACE FUNCTION "phaseline_analytics_phase_run"(pr "PhaseRun", environment_id text, start_day date, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  delta double precision;
  failed_runs integer := CASE WHEN pr."status" = 'FAILED' THEN 1 ELSE 0 END;
BEGIN
  IF pr."status" NOT IN ('DONE', 'FAILED') THEN RETURN; END IF;
  -- the same expression the raw analytics SQL sorts on: actual − estimated minutes of a DONE run
  SELECT (EXTRACT(EPOCH FROM (pr."completedAt" - pr."activatedAt")) / 60 - p."estimatedMinutes")::float8 INTO delta
  FROM "Phase" p WHERE p."id" = pr."phaseId" AND pr."status" = 'DONE';
  IF sign > 0 THEN
    INSERT INTO "AnalyticsPhaseDay" AS r ("phaseId", "environmentId", "day", "runs", "failed", "deltaMinutes")
    VALUES (pr."phaseId", environment_id, start_day, 1, failed_runs, CASE WHEN delta IS NULL THEN '{}'::float8[] ELSE ARRAY[delta] END)
    ON CONFLICT ("phaseId", "environmentId", "day") DO UPDATE
      SET "runs" = r."runs" + 1, "failed" = r."failed" + EXCLUDED."failed", "deltaMinutes" = r."deltaMinutes" || EXCLUDED."deltaMinutes";
  ELSE
    -- one occurrence of the value leaves the array (array_remove would take every equal one)
    UPDATE "AnalyticsPhaseDay" r
      SET "runs" = r."runs" - 1, "failed" = r."failed" - failed_runs,
          "deltaMinutes" = CASE WHEN delta IS NULL OR array_position(r."deltaMinutes", delta) IS NULL THEN r."deltaMinutes"
            ELSE r."deltaMinutes"[1:array_position(r."deltaMinutes", delta) - 1] || r."deltaMinutes"[array_position(r."deltaMinutes", delta) + 1:cardinality(r."deltaMinutes")] END
      WHERE r."phaseId" = pr."phaseId" AND r."environmentId" = environment_id AND r."day" = start_day;
  END IF;
END;
$$;

CREATE OR REPLACE FUNCTION "phaseline_analytics_deployment_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pr "PhaseRun";
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "phaseline_analytics_deployment"(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "phaseline_analytics_deployment"(NEW, 1); END IF;
  -- the phase runs are counted on the deployment's environment and start day: they move with them
  -- (a deleted deployment takes them away here, before its phase runs' cascade)
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD."environmentId" IS DISTINCT FROM NEW."environmentId" OR OLD."startedAt"::date IS DISTINCT FROM NEW."startedAt"::date)) THEN
    FOR pr IN SELECT * FROM "PhaseRun" WHERE "deploymentId" = OLD."id" AND "status" IN ('DONE', 'FAILED') LOOP
      PERFORM "phaseline_analytics_phase_run"(pr, OLD."environmentId", coalesce(OLD."startedAt"::date, '-infinity'::date), -1);
      IF TG_OP = 'UPDATE' THEN PERFORM "phaseline_analytics_phase_run"(pr, NEW."environmentId", coalesce(NEW."startedAt"::date, '-infinity'::date), 1); END IF;
    END LOOP;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "phaseline_analytics_phase_run_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  environment_id text;
  start_day date;
BEGIN
  SELECT d."environmentId", coalesce(d."startedAt"::date, '-infinity'::date) INTO environment_id, start_day
  FROM "Deployment" d WHERE d."id" = coalesce(NEW."deploymentId", OLD."deploymentId");
  -- no deployment: it is being deleted and its trigger already took its phase runs away
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "phaseline_analytics_phase_run"(OLD, environment_id, start_day, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "phaseline_analytics_phase_run"(NEW, environment_id, start_day, 1); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Deployment_analytics_insert_delete" AFTER INSERT OR DELETE ON "Deployment"
  FOR EACH ROW EXECUTE FUNCTION "phaseline_analytics_deployment_trigger"();
CREATE TRIGGER "Deployment_analytics_update" AFTER UPDATE OF "status", "startedAt", "finishedAt", "followUpStatus", "environmentId", "runbookVersionId" ON "Deployment"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."startedAt" IS DISTINCT FROM NEW."startedAt" OR OLD."finishedAt" IS DISTINCT FROM NEW."finishedAt"
    OR OLD."followUpStatus" IS DISTINCT FROM NEW."followUpStatus" OR OLD."environmentId" IS DISTINCT FROM NEW."environmentId" OR OLD."runbookVersionId" IS DISTINCT FROM NEW."runbookVersionId")
  EXECUTE FUNCTION "phaseline_analytics_deployment_trigger"();
CREATE TRIGGER "PhaseRun_analytics_insert_delete" AFTER INSERT OR DELETE ON "PhaseRun"
  FOR EACH ROW EXECUTE FUNCTION "phaseline_analytics_phase_run_trigger"();
CREATE TRIGGER "PhaseRun_analytics_update" AFTER UPDATE OF "status", "activatedAt", "completedAt", "phaseId", "deploymentId" ON "PhaseRun"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."activatedAt" IS DISTINCT FROM NEW."activatedAt" OR OLD."completedAt" IS DISTINCT FROM NEW."completedAt"
    OR OLD."phaseId" IS DISTINCT FROM NEW."phaseId" OR OLD."deploymentId" IS DISTINCT FROM NEW."deploymentId")
  EXECUTE FUNCTION "phaseline_analytics_phase_run_trigger"();

-- The rollup recomputed from the raw rows: the backfill below, the bench's generator (after a bulk
-- load with the triggers off) and the test that holds the maintained rollup to it.
CREATE OR REPLACE FUNCTION "phaseline_analytics_rebuild"() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "AnalyticsDeploymentDay";
  DELETE FROM "AnalyticsPhaseDay";
  DELETE FROM "AnalyticsFinishedDeployment";
  INSERT INTO "AnalyticsDeploymentDay" ("runbookVersionId", "environmentId", "day", "status", "isFollowUpFailed", "deployments")
  SELECT d."runbookVersionId", d."environmentId", d."startedAt"::date, d."status", coalesce(d."followUpStatus" = 'FAILED', false), count(*)::int
  FROM "Deployment" d WHERE d."startedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO "AnalyticsPhaseDay" ("phaseId", "environmentId", "day", "runs", "failed", "deltaMinutes")
  SELECT pr."phaseId", d."environmentId", coalesce(d."startedAt"::date, '-infinity'::date), count(*)::int, count(*) FILTER (WHERE pr."status" = 'FAILED')::int,
    coalesce(array_agg((EXTRACT(EPOCH FROM (pr."completedAt" - pr."activatedAt")) / 60 - p."estimatedMinutes")::float8)
      FILTER (WHERE pr."status" = 'DONE' AND pr."activatedAt" IS NOT NULL AND pr."completedAt" IS NOT NULL AND p."estimatedMinutes" IS NOT NULL), '{}'::float8[])
  FROM "PhaseRun" pr JOIN "Phase" p ON p."id" = pr."phaseId" JOIN "Deployment" d ON d."id" = pr."deploymentId"
  WHERE pr."status" IN ('DONE', 'FAILED') GROUP BY 1, 2, 3;
  INSERT INTO "AnalyticsFinishedDeployment" ("deploymentId", "runbookId", "environmentId", "day", "status", "finishedAt")
  SELECT d."id", v."runbookId", d."environmentId", coalesce(d."startedAt"::date, '-infinity'::date), d."status", d."finishedAt"
  FROM "Deployment" d JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId"
  WHERE d."status" IN ('SUCCEEDED', 'FAILED', 'ROLLED_BACK') AND d."finishedAt" IS NOT NULL;
$$;

-- Backfill: the deployments already recorded
SELECT "phaseline_analytics_rebuild"();

// One step of a phase in the editor: its title and note, and the form its kind needs.
// Presentational: the container owns the document and passes changes up.
import { describeFanOutPolicy } from "@/lib/domain/runbook/fan-out-labels";
import { stepKindLabels } from "@/components/runbook/describe-step";
import { EXPECTATION_TYPES, STEP_KINDS } from "@/lib/domain/runbook/draft";
import { canFanOut } from "@/lib/domain/runbook/fan-out";
import { newKey, type TEditorStep } from "./editor-state";
import { CheckboxInput, NumberInput, ReorderControls, SelectInput, SmallButton, SqlEditor, TextArea, TextInput, errorsAt, type TErrors } from "./fields";

const expectationLabels: Record<(typeof EXPECTATION_TYPES)[number], string> = {
  scalar_equals: "Single value equals",
  scalar_at_most: "Single value is at most",
  scalar_between: "Single value is between",
  row_count_equals: "Number of rows equals",
};

type Props = {
  step: TEditorStep;
  /** document path of the step, e.g. "phases.1.steps.0" */
  path: string;
  /** "step 2 of phase 1", for accessible names */
  name: string;
  index: number;
  count: number;
  errors: TErrors;
  onChange: (step: TEditorStep) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
};

export function StepEditor({ step, path, name, index, count, errors, onChange, onMove, onDelete }: Readonly<Props>) {
  const set = <K extends keyof TEditorStep>(key: K, value: TEditorStep[K]) => onChange({ ...step, [key]: value });
  const at = (field: string) => `${path}.${field}`;
  const hasSql = step.kind === "SQL" || step.kind === "QUERY_CHECK" || step.kind === "BASELINE_CAPTURE" || step.kind === "BASELINE_COMPARE";
  const hasLimits = hasSql || step.kind === "BACKUP" || step.kind === "RESTORE";
  const kindErrors = errorsAt(errors, at("kind"));
  return (
    <li className="rounded-md border border-line bg-surface p-4" aria-label={`Step ${index + 1}: ${step.title || "untitled"}`}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink">
          <span className="mr-2 font-mono text-xs text-muted tabular-nums">{index + 1}.</span>
          {stepKindLabels[step.kind]}
          {step.language ? <span className="ml-2 text-xs font-normal text-muted">({step.language})</span> : null}
        </p>
        <ReorderControls name={name} index={index} count={count} onMove={onMove} onDelete={onDelete} />
      </div>
      {kindErrors.length ? <p className="mb-2 text-xs font-medium text-bad-ink">! {kindErrors.join(" ")}</p> : null}
      <div className="space-y-3">
        <TextInput path={at("title")} label="Step title" errors={errors} value={step.title} onChange={(v) => set("title", v)} />
        {/* the kind of an existing step may change (an imported SQL step that is really a check → Query check);
            the editor keeps every kind's fields, so the SQL, note and limits carry over */}
        <SelectInput
          path={at("kind")}
          label="Kind"
          errors={{}}
          value={step.kind}
          onChange={(kind) => set("kind", kind)}
          options={STEP_KINDS.map((kind) => ({ value: kind, label: stepKindLabels[kind] }))}
        />

        {hasSql ? (
          <SqlEditor
            path={at("sql")}
            label={step.kind === "SQL" ? "SQL script" : "Query"}
            errors={errors}
            value={step.sql}
            onChange={(v) => set("sql", v)}
            hint={
              step.kind === "SQL"
                ? step.outsideTransaction
                  ? "Runs statement by statement outside a transaction: each one commits on its own. Checked with the Postgres parser when you save."
                  : "Runs in one transaction against the target database. Checked with the Postgres parser when you save; SET of the timeouts, role or search_path is refused."
                : "Read-only. Checked with the Postgres parser when you save."
            }
          />
        ) : null}

        {step.kind === "SQL" ? (
          <CheckboxInput
            path={at("outsideTransaction")}
            label="Run outside a transaction"
            errors={errors}
            value={step.outsideTransaction}
            onChange={(v) => set("outsideTransaction", v)}
            hint="For CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM and the like. The step stops at the first failing statement; the ones before it stay committed. A rehearsal does not execute it: it parses, lints and explains."
          />
        ) : null}

        {step.kind === "BACKUP" ? (
          <>
            <TextInput
              path={at("backupKey")}
              label="Backup key"
              errors={errors}
              value={step.backupKey}
              onChange={(v) => set("backupKey", v)}
              placeholder="before_rename"
              hint="Names the backup: a Restore step (in this runbook's rollback, say) restores it by this key. Its copy goes to the schema phaseline_backup_<deployment>_<key> on the target."
            />
            <TextArea
              path={at("backupTables")}
              withChildren
              label="Tables to back up"
              errors={errors}
              value={step.backupTablesText}
              onChange={(v) => set("backupTablesText", v)}
              rows={3}
              isMonospace
              hint="One per line: table or schema.table, as Postgres stores unquoted names."
            />
            <TextInput
              path={at("backupFilter")}
              label="Row filter (optional)"
              errors={errors}
              value={step.backupFilter}
              onChange={(v) => set("backupFilter", v)}
              placeholder="status = 'pending' AND created_at < '2026-01-01'"
              hint="A WHERE condition on the one table: only those rows are copied (the rows your UPDATE will hit), and restored by primary key."
            />
            <NumberInput
              path={at("backupMaxMb")}
              label="Size limit (MB)"
              errors={errors}
              value={step.backupMaxMb}
              onChange={(v) => set("backupMaxMb", v)}
              min={1}
              hint="The backup is refused when its estimated size is above this (default 1024 MB = 1 GB). The estimate is shown in the pre-flight."
            />
          </>
        ) : null}

        {step.kind === "RESTORE" ? (
          <TextInput
            path={at("backupKey")}
            label="Restore from backup (key)"
            errors={errors}
            value={step.backupKey}
            onChange={(v) => set("backupKey", v)}
            placeholder="before_rename"
            hint="The key of a Backup step of the main procedure. Restores its tables' contents in one transaction and verifies row counts and checksums; only this deployment's own backup is ever restored."
          />
        ) : null}

        {hasLimits ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <NumberInput
              path={at("statementTimeoutMs")}
              label="Statement timeout (ms)"
              errors={errors}
              value={step.statementTimeoutMs}
              onChange={(v) => set("statementTimeoutMs", v)}
              min={1}
            />
            <NumberInput path={at("lockTimeoutMs")} label="Lock timeout (ms)" errors={errors} value={step.lockTimeoutMs} onChange={(v) => set("lockTimeoutMs", v)} min={1} />
            {step.kind === "SQL" ? (
              <NumberInput
                path={at("lockRetries")}
                label="Retries after a lock timeout"
                errors={errors}
                value={step.lockRetries}
                onChange={(v) => set("lockRetries", v)}
                min={0}
                hint="Waits 1 s, 2 s, 4 s (± 20 %) between tries, within one attempt."
              />
            ) : null}
          </div>
        ) : null}

        {canFanOut(step.kind) ? (
          <fieldset className="space-y-3 rounded-md border border-line p-3">
            <legend className="px-1 text-sm font-medium">Targets</legend>
            <SelectInput
              path={at("fanOut")}
              label="Run"
              errors={errors}
              value={step.fanOutMode}
              onChange={(v) => set("fanOutMode", v)}
              options={[
                { value: "NONE", label: "Once" },
                { value: "LIST", label: "Once per schema: a list" },
                { value: "QUERY", label: "Once per schema: named by a query" },
                { value: "DATABASES", label: "Once per database of the environment's group" },
              ]}
            />
            {step.fanOutMode === "DATABASES" ? (
              <TextArea
                path={at("fanOut.databases")}
                label="Databases (optional)"
                errors={errors}
                value={step.fanOutDatabasesText}
                onChange={(v) => set("fanOutDatabasesText", v)}
                rows={3}
                isMonospace
                hint="Names from the environment's group, one per line; empty runs every database of the group, in its order. Each runs on its own connection with this step's timeouts."
              />
            ) : null}
            {step.fanOutMode === "LIST" ? (
              <TextArea
                path={at("fanOut.schemas")}
                withChildren
                label="Schemas"
                errors={errors}
                value={step.fanOutSchemasText}
                onChange={(v) => set("fanOutSchemasText", v)}
                rows={3}
                isMonospace
                hint="One per line. Each runs with search_path set to it, in its own transaction."
              />
            ) : null}
            {step.fanOutMode === "QUERY" ? (
              <TextArea
                path={at("fanOut.query")}
                label="Query naming the schemas"
                errors={errors}
                value={step.fanOutQuery}
                onChange={(v) => set("fanOutQuery", v)}
                rows={2}
                isMonospace
                hint="Read-only, on the target when the step runs; its first column names the schemas, e.g. SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' ORDER BY 1."
              />
            ) : null}
            {step.fanOutMode !== "NONE" ? (
              <div className="grid gap-3 sm:grid-cols-2">
                <NumberInput
                  path={at("fanOut.concurrency")}
                  label={step.fanOutMode === "DATABASES" ? "Databases at a time" : "Schemas at a time"}
                  errors={errors}
                  value={step.fanOutConcurrency}
                  onChange={(v) => set("fanOutConcurrency", v)}
                  min={1}
                  hint="1 to 8."
                />
                <SelectInput
                  path={at("fanOut.onFailure")}
                  label={step.fanOutMode === "DATABASES" ? "When a database fails" : "When a schema fails"}
                  errors={errors}
                  value={step.fanOutOnFailure}
                  onChange={(v) => set("fanOutOnFailure", v)}
                  options={(["STOP", "FINISH_ALL"] as const).map((value) => ({
                    value,
                    label: capitalize(describeFanOutPolicy(value, step.fanOutMode === "DATABASES" ? "database" : "schema")),
                  }))}
                />
              </div>
            ) : null}
          </fieldset>
        ) : null}

        {step.kind === "QUERY_CHECK" ? (
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectInput
              path={at("expectation.type")}
              label="Passes when"
              errors={errors}
              value={step.expectationType}
              onChange={(v) => set("expectationType", v)}
              options={EXPECTATION_TYPES.map((t) => ({ value: t, label: expectationLabels[t] }))}
            />
            {step.expectationType === "scalar_between" ? (
              <>
                <NumberInput path={at("expectation.min")} label="Minimum" errors={errors} value={step.expectationMin} onChange={(v) => set("expectationMin", v)} step="any" />
                <NumberInput path={at("expectation.max")} label="Maximum" errors={errors} value={step.expectationMax} onChange={(v) => set("expectationMax", v)} step="any" />
              </>
            ) : (
              <NumberInput
                path={at("expectation.value")}
                label={step.expectationType === "row_count_equals" ? "Rows" : step.expectationType === "scalar_at_most" ? "Maximum" : "Value"}
                errors={errors}
                value={step.expectationValue}
                onChange={(v) => set("expectationValue", v)}
                step={step.expectationType === "row_count_equals" ? 1 : "any"}
              />
            )}
          </div>
        ) : null}

        {step.kind === "BASELINE_CAPTURE" || step.kind === "BASELINE_COMPARE" ? (
          <TextInput
            path={at("baselineName")}
            label="Baseline name"
            errors={errors}
            value={step.baselineName}
            onChange={(v) => set("baselineName", v)}
            hint={step.kind === "BASELINE_CAPTURE" ? "A later Baseline compare step refers to it by this name." : "The name given by the Baseline capture step."}
          />
        ) : null}

        {step.kind === "BASELINE_COMPARE" ? (
          <>
            <TextInput
              path={at("baselineKeyColumns")}
              label="Key columns"
              errors={errors}
              withChildren
              value={step.keyColumnsText}
              onChange={(v) => set("keyColumnsText", v)}
              placeholder="id, company_id"
              hint="Comma-separated: rows are matched by these columns."
            />
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-ink">Numeric tolerances</legend>
              {errorsAt(errors, at("tolerances"), true).map((m) => (
                <p key={m} className="text-xs font-medium text-bad-ink">
                  ! {m}
                </p>
              ))}
              {step.tolerances.length === 0 ? <p className="text-xs text-muted">None: every column must match exactly.</p> : null}
              <ul className="space-y-2">
                {step.tolerances.map((t, i) => (
                  <li key={t.key} className="flex items-end gap-2">
                    <TextInput
                      path={at(`tolerancesRow.${i}.column`)}
                      label={`Column ${i + 1}`}
                      errors={errors}
                      value={t.column}
                      onChange={(v) =>
                        set(
                          "tolerances",
                          step.tolerances.map((x) => (x.key === t.key ? { ...x, column: v } : x)),
                        )
                      }
                      className="flex-1"
                    />
                    <NumberInput
                      path={at(`tolerancesRow.${i}.value`)}
                      label={`Tolerance ${i + 1}`}
                      errors={errors}
                      value={t.value}
                      onChange={(v) =>
                        set(
                          "tolerances",
                          step.tolerances.map((x) => (x.key === t.key ? { ...x, value: v } : x)),
                        )
                      }
                      step="any"
                      min={0}
                      className="w-36"
                    />
                    <SmallButton
                      label={`Remove tolerance ${i + 1} of ${name}`}
                      tone="danger"
                      onClick={() =>
                        set(
                          "tolerances",
                          step.tolerances.filter((x) => x.key !== t.key),
                        )
                      }
                    >
                      ✕
                    </SmallButton>
                  </li>
                ))}
              </ul>
              <SmallButton onClick={() => set("tolerances", [...step.tolerances, { key: newKey(), column: "", value: 0.01 }])}>+ Add tolerance</SmallButton>
            </fieldset>
          </>
        ) : null}

        {step.kind === "HTTP_CHECK" ? (
          <>
            <TextInput
              path={at("httpUrl")}
              label="URL"
              type="url"
              errors={errors}
              value={step.httpUrl}
              onChange={(v) => set("httpUrl", v)}
              placeholder="https://api.example.com/health"
              hint="Its host must be on the environment's allow-list when the step runs."
            />
            <div className="grid gap-3 sm:grid-cols-3">
              <NumberInput
                path={at("httpExpectStatus")}
                label="Expected status"
                errors={errors}
                value={step.httpExpectStatus}
                onChange={(v) => set("httpExpectStatus", v)}
                min={100}
              />
              <TextInput
                path={at("httpBodyContains")}
                label="Body contains (optional)"
                errors={errors}
                value={step.httpBodyContains}
                onChange={(v) => set("httpBodyContains", v)}
              />
              <NumberInput path={at("timeoutMs")} label="Timeout (ms)" errors={errors} value={step.timeoutMs} onChange={(v) => set("timeoutMs", v)} min={1} />
            </div>
          </>
        ) : null}

        {step.kind === "COMMAND" ? (
          <>
            <TextArea
              path={at("commandArgv")}
              label="Program and arguments"
              errors={errors}
              withChildren
              value={step.argvText}
              onChange={(v) => set("argvText", v)}
              rows={3}
              isMonospace
              hint="One per line: the program first, then each argument, passed as written — no pipes, globs or variables are expanded. It runs as an unprivileged user."
            />
            <TextArea
              path={at("commandEnv")}
              label="Environment variables (optional)"
              errors={errors}
              withChildren
              value={step.envText}
              onChange={(v) => set("envText", v)}
              rows={2}
              isMonospace
              hint="One NAME=value per line. The program gets these, PATH, LANG, TZ and HOME — nothing else of the server's. Stored in the runbook: not for secrets."
            />
            <div className="grid gap-3 sm:grid-cols-2">
              <NumberInput path={at("timeoutMs")} label="Timeout (ms)" errors={errors} value={step.timeoutMs} onChange={(v) => set("timeoutMs", v)} min={1} />
              <NumberInput
                path={at("outputCapBytes")}
                label="Output cap (bytes)"
                errors={errors}
                value={step.outputCapBytes}
                onChange={(v) => set("outputCapBytes", v)}
                min={1024}
              />
            </div>
          </>
        ) : null}

        <TextArea
          path={at("instructions")}
          label={step.kind === "MANUAL" ? "Instruction (Markdown)" : "Note (optional, Markdown)"}
          errors={errors}
          value={step.instructions}
          onChange={(v) => set("instructions", v)}
          rows={step.kind === "MANUAL" ? 4 : 2}
        />
      </div>
    </li>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

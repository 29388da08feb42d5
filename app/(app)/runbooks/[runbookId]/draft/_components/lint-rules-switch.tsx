"use client";
// The runbook's switch for the schema-design lint warnings (issue 11): each rule on unless the team
// switches it off for this runbook (e.g. it keeps varchar(n) on purpose). Stored with the draft,
// published with the version, exported as "**Lint off**:", and audited when it changes. The risk
// rules and the executor's refusals have no switch.
import { SCHEMA_DESIGN_RULES, schemaDesignRuleLabels, type TSchemaDesignRule } from "@/lib/domain/sql/schema-design-rules";

type Props = { disabled: readonly TSchemaDesignRule[]; onChange: (disabled: TSchemaDesignRule[]) => void };

export function LintRulesSwitch({ disabled, onChange }: Readonly<Props>) {
  const toggle = (rule: TSchemaDesignRule, isOn: boolean) => onChange(SCHEMA_DESIGN_RULES.filter((r) => (r === rule ? !isOn : disabled.includes(r))));
  return (
    <fieldset className="space-y-2" aria-describedby="lint-rules-hint">
      <legend className="text-sm font-medium text-ink">Schema-design lint warnings</legend>
      <p id="lint-rules-hint" className="text-xs text-muted">
        Advice on column and key types, on unless switched off for this runbook. The risk rules (locks, rewrites, data loss) cannot be switched off.
      </p>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {SCHEMA_DESIGN_RULES.map((rule) => (
          <label key={rule} className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={!disabled.includes(rule)} onChange={(e) => toggle(rule, e.target.checked)} className="mt-0.5 size-4 shrink-0 accent-[var(--accent)]" />
            <span>
              {schemaDesignRuleLabels[rule]} <code className="font-mono text-xs text-muted">{rule}</code>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// The schema-design warnings a team may switch off per runbook (issue 11 item 4): advisory rules
// about column and key types, not risks of the run. Only these can be switched off — the risk
// rules and the executor's refusals cannot. A module of its own, without the parser, so the draft
// schema and the editor (in the browser) can name them.

export const SCHEMA_DESIGN_RULES = ["prefer-bigint-over-int", "prefer-timestamptz", "prefer-text-field", "prefer-identity", "ban-char-field"] as const;

export type TSchemaDesignRule = (typeof SCHEMA_DESIGN_RULES)[number];

/** What each rule asks, for the editor's switch and the documentation. */
export const schemaDesignRuleLabels: Readonly<Record<TSchemaDesignRule, string>> = {
  "prefer-bigint-over-int": "int keys → bigint",
  "prefer-timestamptz": "timestamp → timestamptz",
  "prefer-text-field": "varchar(n) → text",
  "prefer-identity": "serial → identity",
  "ban-char-field": "char(n) → text",
};

export const isSchemaDesignRule = (value: string): value is TSchemaDesignRule => (SCHEMA_DESIGN_RULES as readonly string[]).includes(value);

/** Known rule ids only, each once, in the rules' own order. */
export const normaliseDisabledRules = (rules: readonly string[]): TSchemaDesignRule[] => SCHEMA_DESIGN_RULES.filter((rule) => rules.includes(rule));

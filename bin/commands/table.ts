// The CLI's commands, one row each: bin/phaseline.ts dispatches through this table and nothing
// else, so a command exists only here. Each row says whether it changes state: "audited" (every
// change it makes is written with its audit event in the same transaction — proved per command
// by lib/server/audit/changes-audited.integration.test.ts, which fails for an "audited" row
// without a case) or the reason it changes no audited state.
/** A command line that does not parse: the CLI prints the message and the usage, exit 2. */
export class UsageError extends Error {}

export type TCliCommand = {
  /** the words that name it, as typed: ["audit", "verify"] */
  words: readonly string[];
  run: (args: string[]) => Promise<number>;
  state: "audited" | { unaudited: string };
};

export const USAGE = `usage: phaseline <command>

  migrate         apply pending database migrations
  seed [--history all|essential|none]
                  load the demo data (users, runbooks, demo target, past deployments: all 40 by
                  default, written through the use-cases); idempotent
  audit verify [--from SEQ] [--against CHECKPOINT_FILE]
                  recompute the audit hash chain; exit 1 naming the first broken link
  audit checkpoint
                  sign the verified head of the audit chain; print it, write it to PHASELINE_AUDIT_ANCHOR_DIR
  audit export [--format csv|jsonl] [filters]
                  stream the audit trail (phaseline audit help for the filters)
  secrets rotate [--new-key-file FILE]
                  re-encrypt every environment's target URL under a new PHASELINE_SECRET_KEY, in one
                  transaction (nothing changes if any secret does not decrypt with the current key).
                  The current key is PHASELINE_SECRET_KEY, or the one generated in .data/secrets.json;
                  the new key is FILE's content (base64 of 32 bytes), or freshly generated. A key kept
                  in .data/secrets.json is replaced there; a key from the environment must then be
                  changed where it is set. Restart Phaseline afterwards.
  import FILE [--json] [--dry-run] [--as EMAIL]
                  import a Markdown runbook as a new draft (owned by EMAIL, else the first LEAD or
                  ADMIN); prints the draft's version id. --dry-run only parses (no database);
                  --json prints the parsed structure
  export ID       print a runbook version as Markdown (ID, or SLUG@NUMBER for a published version)
  lint FILE.sql|FILE.md… [--json] [--format github] [--server-version N] [--outside-transaction]
       [--no-schema-design] [--disable RULE,…]
                  the SQL risk lint for CI (docs/sql-lint.md): a .sql file as one SQL step, a Markdown
                  runbook's every SQL step; exit 0 clean or warnings, 1 danger, 2 SQL that does not
                  parse. --server-version: the target's major version (default: current);
                  --disable: schema-design warnings to switch off. No database needed
  tokens create --user EMAIL --scope read|run [--expires 30d] [--name NAME]
                  print a new personal access token for EMAIL (shown once; stored as a hash)
  deployment status ID|NAME [--json] [--wait [--timeout 30m] [--interval 5s]] [--url URL]
                  a deployment's outcome for CI/CD gates. Exit 0 succeeded, 1 failed / rolled back /
                  aborted, 2 in progress (or --wait timed out), 3 not found or not reachable
  deployments list [--status S[,S…]] [--limit N] [--json] [--url URL]
                  the newest deployments, optionally of some statuses
                  With --url, both ask a running server's /api/v1 with the token in PHASELINE_TOKEN.
  help            this text

The database is DATABASE_URL, or the embedded one in PHASELINE_DATA_DIR (default .data/).`;

export const CLI_COMMANDS: readonly TCliCommand[] = [
  {
    words: ["migrate"],
    run: async () => (await import("./database")).runMigrate(),
    state: { unaudited: "changes the schema only (tables, never rows of the product's state); each applied migration is recorded in _prisma_migrations with its checksum" },
  },
  { words: ["seed"], run: async (args) => (await import("./database")).runSeed(args), state: "audited" },
  { words: ["audit", "verify"], run: async (args) => (await import("./audit")).runAudit(["verify", ...args]), state: "audited" },
  { words: ["audit", "checkpoint"], run: async (args) => (await import("./audit")).runAudit(["checkpoint", ...args]), state: "audited" },
  { words: ["audit", "export"], run: async (args) => (await import("./audit")).runAudit(["export", ...args]), state: { unaudited: "reads the trail (streams it to stdout)" } },
  { words: ["audit"], run: async (args) => (await import("./audit")).runAudit(args), state: { unaudited: "an unknown audit subcommand: prints the usage" } },
  { words: ["secrets", "rotate"], run: async (args) => (await import("./database")).runSecretsRotate(args), state: "audited" },
  { words: ["import"], run: async (args) => (await import("./import")).runImport(args), state: "audited" },
  { words: ["export"], run: async (args) => (await import("./export")).runExport(args), state: { unaudited: "reads a runbook version and prints it as Markdown" } },
  { words: ["lint"], run: async (args) => (await import("./lint")).runLint(args), state: { unaudited: "lints files; needs no database" } },
  { words: ["tokens", "create"], run: async (args) => (await import("./tokens")).runTokensCreate(args), state: "audited" },
  {
    words: ["deployment", "status"],
    run: async (args) => (await import("./deployments")).runDeploymentStatus(args),
    state: { unaudited: "reads a deployment's outcome (from the database, or a server's /api/v1 GET)" },
  },
  {
    words: ["deployments", "list"],
    run: async (args) => (await import("./deployments")).runDeploymentsList(args),
    state: { unaudited: "reads the newest deployments (from the database, or a server's /api/v1 GET)" },
  },
  {
    words: ["help"],
    run: async () => {
      console.log(USAGE);
      return 0;
    },
    state: { unaudited: "prints the usage" },
  },
];

/** The row `argv` names (the longest match of its first words), and the arguments after them. */
export function findCliCommand(argv: readonly string[]): { command: TCliCommand; args: string[] } | null {
  let best: TCliCommand | null = null;
  for (const command of CLI_COMMANDS) {
    if (command.words.every((w, i) => argv[i] === w) && (!best || command.words.length > best.words.length)) best = command;
  }
  return best ? { command: best, args: argv.slice(best.words.length) } : null;
}

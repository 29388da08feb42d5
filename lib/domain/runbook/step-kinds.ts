// The kinds of step (PRODUCT.md "Domain") and their families, in one module (issue 16 item 4):
// the draft schema, the importer's step comments, the state machine, the version diff, the publish
// check, the executor and the editor's menus all read them here. The database's StepKind enum
// (prisma/schema.prisma) holds the same names; step-kinds.test.ts fails when the two differ.
export const STEP_KINDS = ["MANUAL", "SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE", "HTTP_CHECK", "COMMAND", "BACKUP", "RESTORE"] as const;
export type TStepKind = (typeof STEP_KINDS)[number];

/** Kinds a worker executes on the target; a MANUAL step is marked done by a person. */
export type TExecutableStepKind = Exclude<TStepKind, "MANUAL">;

/** Kinds whose `sql` runs or is queried: parsed before a save and before a publish, linted, diffed as SQL. */
export const SQL_STEP_KINDS = ["SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE"] as const satisfies readonly TStepKind[];
export type TSqlStepKind = (typeof SQL_STEP_KINDS)[number];

/**
 * Kinds that run and end with a result of their own — succeeded or failed — so a success criterion
 * may be proved by one ("Migration completes without errors" by the SQL step, "Backend starts" by
 * the command, as seed 003 binds them). MANUAL steps are marked by a person: a criterion they
 * would "prove" is met manually, with evidence.
 */
export const CHECK_STEP_KINDS = STEP_KINDS.filter((kind): kind is TExecutableStepKind => kind !== "MANUAL");

/** Kinds that run on the environment's target database (SQL, and the backups of issue 15). */
export const TARGET_DATABASE_STEP_KINDS = [...SQL_STEP_KINDS, "BACKUP", "RESTORE"] as const satisfies readonly TStepKind[];

/** Kinds with a rehearsal: the same transaction, rolled back (SQL; BACKUP and RESTORE, issue 15). */
export const REHEARSABLE_STEP_KINDS = ["SQL", "BACKUP", "RESTORE"] as const satisfies readonly TStepKind[];

const isIn = <T extends string>(kinds: readonly T[], kind: string): kind is T => (kinds as readonly string[]).includes(kind);

export const isStepKind = (kind: string): kind is TStepKind => isIn(STEP_KINDS, kind);
export const isSqlStepKind = (kind: string): kind is TSqlStepKind => isIn(SQL_STEP_KINDS, kind);
export const isCheckStepKind = (kind: string): kind is TExecutableStepKind => isIn(CHECK_STEP_KINDS, kind);
export const isTargetDatabaseStepKind = (kind: string): boolean => isIn(TARGET_DATABASE_STEP_KINDS, kind);
export const isRehearsableStepKind = (kind: string): boolean => isIn(REHEARSABLE_STEP_KINDS, kind);

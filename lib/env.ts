// The one place that reads process.env (STYLE.md practice 5). Validated once, on first use.
import { z } from "zod";
import { resolve } from "node:path";

const ZBoolean = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const ZEnv = z
  .object({
    /** the app's Postgres; unset: the embedded PGlite under PHASELINE_DATA_DIR */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** where the embedded database and generated local secrets live */
    PHASELINE_DATA_DIR: z.string().min(1).default(".data"),
    /** base64 of 32 random bytes: encrypts environment secrets at rest (AES-256-GCM) */
    PHASELINE_SECRET_KEY: z
      .string()
      .refine((v) => Buffer.from(v, "base64").length === 32, "PHASELINE_SECRET_KEY must be base64 of 32 bytes")
      .optional(),
    /** base64 of a 32-byte Ed25519 seed: signs audit checkpoints anchored outside the database (PRODUCT.md "Review") */
    PHASELINE_AUDIT_SIGNING_KEY: z
      .string()
      .refine((v) => Buffer.from(v, "base64").length === 32, "PHASELINE_AUDIT_SIGNING_KEY must be base64 of a 32-byte Ed25519 seed")
      .optional(),
    /** a directory signed audit checkpoints are written to, never rewritten (e.g. a mounted WORM bucket) */
    PHASELINE_AUDIT_ANCHOR_DIR: z.string().min(1).optional(),
    /** minutes between scheduled audit verifications and anchored checkpoints in the server process (0: off) */
    PHASELINE_AUDIT_VERIFY_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
    /** next-auth's signing secret */
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url().optional(),
    /** production: secrets must come from the environment, never generated */
    PHASELINE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** COMMAND steps run only when the server was started with this on (PRODUCT.md) */
    PHASELINE_ENABLE_COMMANDS: ZBoolean,
    /** step runs one server process executes at once (claim loops); they wait on the target, not the CPU */
    PHASELINE_STEP_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    /**
     * The unprivileged user COMMAND steps run as (lib/server/execution/command-isolation.ts). The
     * server needs CAP_SETUID and CAP_SETGID (root has them) to switch to it; this user must not be
     * the server's own.
     */
    PHASELINE_COMMAND_USER: z
      .string()
      .regex(/^[a-z_][a-z0-9_-]{0,31}$/i, "PHASELINE_COMMAND_USER must be a user name, e.g. nobody")
      .default("nobody"),
    /**
     * The explicit opt-out: run commands as the server's own user when no isolation is possible. A
     * command can then read the server's secrets from /proc/<pid>/environ; never in production.
     */
    PHASELINE_COMMANDS_WITHOUT_ISOLATION: ZBoolean,
    /**
     * Connections in the app's pool (Prisma's). Unset: 10 on a real server; on the embedded
     * database `npm start` sets 4 — PGlite runs one query at a time, so requests queue in the pool
     * rather than as connections on its socket server (issue 17: 50 at once were reset).
     */
    PHASELINE_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * The production server's V8 old-space budget in MB (`node --max-old-space-size`), set by
     * `npm start` on the Next.js process; worker threads (import parse, audit verify) get the same
     * budget. Unset, V8 sizes it from the machine's memory (about 4 GB here) and lets the heap grow
     * under load before it collects: 660 MB of RSS for Next.js after the 50-connection load run,
     * against 357 MB with 256 (loaded machine) and 386 MB with 192 on a quiet one, where 256 gave
     * 422 MB (BENCHMARKS.md, issue 17). A 1 MB runbook's import parse fits in 128.
     */
    PHASELINE_SERVER_HEAP_MB: z.coerce.number().int().min(128).max(65_536).default(192),
    /**
     * Live streams (`/api/live`, one per open browser tab) one server process holds at most; past it
     * a tab is answered 503 and polls its views until a stream is free. Unset: 8 per MB of heap
     * budget above 128 (512 at the default 192 MB): an open stream costs about 85 kB of the
     * process's memory (BENCHMARKS.md "Live work pushed"), and 1,000 of them ran the default heap
     * out of memory — the whole server down for every user instead of some tabs polling.
     */
    PHASELINE_LIVE_STREAMS_MAX: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /** the demo target database; unset: derived (embedded: a second PGlite; server: <db>_demo_target) */
    PHASELINE_DEMO_TARGET_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** OIDC single sign-on: on only when issuer, client id and client secret are all set */
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** the ID token / userinfo claim holding the user's Phaseline roles (array, or space/comma separated) */
    OIDC_ROLES_CLAIM: z.string().min(1).default("roles"),
    /** the label of the SSO button on the sign-in page */
    OIDC_DISPLAY_NAME: z.string().min(1).max(60).default("SSO"),
    /** handed to COMMAND steps (their environment is built from an allow-list, never from this process's) */
    PATH: z.string().optional(),
    LANG: z.string().optional(),
    TZ: z.string().optional(),
    /** a personal access token for the CLI's `--url` mode (phaseline deployment status … --url) */
    PHASELINE_TOKEN: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((env, ctx) => {
    // a production server never hands its secrets to a runbook's program
    if (env.PHASELINE_ENV === "production" && env.PHASELINE_COMMANDS_WITHOUT_ISOLATION) {
      ctx.addIssue({ code: "custom", path: ["PHASELINE_COMMANDS_WITHOUT_ISOLATION"], message: "commands cannot run without isolation when PHASELINE_ENV=production" });
    }
  });

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Live streams one process holds at most (PHASELINE_LIVE_STREAMS_MAX, or 8 per MB of heap budget above 128, at least 50). */
export function liveStreamsMax(env: Pick<TEnv, "PHASELINE_LIVE_STREAMS_MAX" | "PHASELINE_SERVER_HEAP_MB"> = getEnv()): number {
  return env.PHASELINE_LIVE_STREAMS_MAX ?? Math.max(50, (env.PHASELINE_SERVER_HEAP_MB - 128) * 8);
}

export function getEnv(): TEnv {
  if (cached) return cached;
  // an empty variable means unset (e.g. `DATABASE_URL= npm start`)
  const present = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    // Name the variable and the rule, never the value: it may be a secret.
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Phaseline configuration is invalid: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function getDataDir(): string {
  return resolve(getEnv().PHASELINE_DATA_DIR);
}

/** For tests and scripts that change the environment after start. */
export function resetEnvCache(): void {
  cached = undefined;
}

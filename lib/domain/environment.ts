// What an environment (PRODUCT.md "Domain") may hold, as zod schemas shared by the actions (form
// input) and the use-cases (which check again: the CLI and the API call them too). Pure: no
// Prisma, no Next. Messages never echo a target URL — it may carry a password.
import { z } from "zod";
import { zDbVersion } from "@/lib/domain/db-bounds";
import { formatAllowEntry, parseAllowEntry } from "./execution/network-address";

export const MAX_ALLOW_LIST_HOSTS = 100;
const MAX_TARGET_URL_LENGTH = 2048;

export const ZEnvironmentName = z
  .string()
  .trim()
  .min(1, { message: "Give the environment a name, e.g. staging.", abort: true })
  .max(60, "Keep the name under 60 characters.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, "Use letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.");

export const ZEnvironmentDescription = z.string().trim().max(500, "Keep the description under 500 characters.");

const TARGET_URL_HINT = "Enter a postgres:// URL, e.g. postgres://user:password@db.internal:5432/app.";

/** Why a target URL is refused, or null when it is a usable postgres:// URL. Never quotes the URL. */
export function describeTargetUrlProblem(value: string): string | null {
  if (value.length > MAX_TARGET_URL_LENGTH) return `The URL is too long (at most ${MAX_TARGET_URL_LENGTH} characters).`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return TARGET_URL_HINT;
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return TARGET_URL_HINT;
  if (!url.hostname) return "The URL needs a host, e.g. postgres://user:password@db.internal:5432/app.";
  if (!url.pathname.replace(/^\//, "")) return "The URL needs a database name after the host, e.g. …:5432/app.";
  return null;
}

/** A new target URL; "" (or only spaces) and null read as null: "none given". */
export const ZTargetUrlInput = z
  .string()
  .trim()
  .nullable()
  .transform((value) => (value === "" || value === null ? null : value))
  .superRefine((value, ctx) => {
    if (value === null) return;
    const problem = describeTargetUrlProblem(value);
    // the message never quotes the value: it would carry the password
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

// RFC 1123 host names, or IPv4 / IPv6 addresses. No scheme, port, path or wildcard: HTTP_CHECK
// compares a URL's host with these exactly.
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The host in its stored form (lower case, no trailing dot, IPv6 without brackets), or null when it is not one. */
export function normalizeHostname(raw: string): string | null {
  let host = raw.trim().toLowerCase();
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  if (host.includes(":")) {
    // IPv6 only; "host:port" is refused
    return /^[0-9a-f:.]+$/.test(host) && isIpv6(host) ? host : null;
  }
  host = host.replace(/\.$/, "");
  if (IPV4.test(host)) return host;
  if (host.length === 0 || host.length > 253) return null;
  const labels = host.split(".");
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null; // a malformed IPv4, not a name
  return labels.every((label) => HOST_LABEL.test(label)) ? host : null;
}

function isIpv6(host: string): boolean {
  try {
    return new URL(`http://[${host}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/**
 * The allow-list as typed (one entry per line) or as a list; blank lines dropped, duplicates
 * merged. An entry is a host name or address, with an optional port ("api.example.com:8443",
 * "[fd00::5]:8080"); without a port it allows ports 80 and 443 only. A loopback, link-local or
 * private address is reached only when it is listed itself (lib/domain/execution/network-address).
 */
export const ZHttpAllowList = z.union([z.string().max(20_000, "The allow-list is too long."), z.array(z.string().max(300))]).transform((value, ctx) => {
  const lines = (typeof value === "string" ? value.split(/\r?\n/) : value).map((l) => l.trim()).filter((l) => l !== "");
  const hosts: string[] = [];
  const bad: string[] = [];
  for (const line of lines) {
    const entry = parseAllowEntry(line);
    const host = entry === null ? null : formatAllowEntry(entry);
    if (host === null) bad.push(line.length > 60 ? `${line.slice(0, 57)}…` : line);
    else if (!hosts.includes(host)) hosts.push(host);
  }
  if (bad.length) {
    ctx.addIssue({
      code: "custom",
      message: `Not a host name: ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ` and ${bad.length - 5} more` : ""}. Enter one host per line, optionally with a port, without scheme or path (e.g. status.example.com, or 10.0.0.12:8080).`,
    });
    return z.NEVER;
  }
  if (hosts.length > MAX_ALLOW_LIST_HOSTS) {
    ctx.addIssue({ code: "custom", message: `At most ${MAX_ALLOW_LIST_HOSTS} hosts.` });
    return z.NEVER;
  }
  return hosts;
});

export const BACKUP_RETENTION_MAX_DAYS = 3650;

/**
 * How many days a backup of an ended deployment is kept before the retention sweep drops it
 * (issue 15); empty or null: kept until someone drops it. The form sends text, the CLI and tests a number.
 */
export const ZBackupRetentionDays = z.union([z.string().max(20), z.number(), z.null()]).transform((value, ctx) => {
  if (value === null) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  if (text === "") return null;
  if (!/^\d+$/.test(text)) {
    ctx.addIssue({ code: "custom", message: "Enter the retention as a whole number of days, or leave it empty to keep backups until someone drops them." });
    return z.NEVER;
  }
  const days = Number(text);
  if (days < 1 || days > BACKUP_RETENTION_MAX_DAYS) {
    ctx.addIssue({
      code: "custom",
      message: `Keep backups between 1 and ${BACKUP_RETENTION_MAX_DAYS.toLocaleString("en")} days, or leave it empty to keep them until someone drops them.`,
    });
    return z.NEVER;
  }
  return days;
});

/** "14 days", "1 day", "kept until dropped" */
export const describeBackupRetention = (days: number | null): string => (days === null ? "kept until dropped" : `${days.toLocaleString("en")} ${days === 1 ? "day" : "days"}`);

const ZId = z.guid("This environment does not exist.");

const environmentFields = {
  name: ZEnvironmentName,
  description: ZEnvironmentDescription.default(""),
  isProduction: z.boolean().default(false),
  httpAllowList: ZHttpAllowList.default([]),
  backupRetentionDays: ZBackupRetentionDays.default(null),
};

/** A new environment; an empty target URL creates it without a target (SQL steps cannot run yet). */
export const ZCreateEnvironment = z.object({
  ...environmentFields,
  targetUrl: ZTargetUrlInput.default(null),
});
export type TCreateEnvironment = z.output<typeof ZCreateEnvironment>;
export type TCreateEnvironmentInput = z.input<typeof ZCreateEnvironment>;

/** The whole edit form. The target URL is write-only: empty keeps the current one. */
export const ZUpdateEnvironment = z.object({
  environmentId: ZId,
  version: zDbVersion(),
  ...environmentFields,
  targetUrl: ZTargetUrlInput.default(null),
});
export type TUpdateEnvironment = z.output<typeof ZUpdateEnvironment>;
export type TUpdateEnvironmentInput = z.input<typeof ZUpdateEnvironment>;

export const ZTestEnvironmentConnection = z.object({ environmentId: ZId });
export type TTestEnvironmentConnection = z.output<typeof ZTestEnvironmentConnection>;

/** What a connection test found: user-safe, never the URL, its password or a driver's raw message. */
export type TConnectionTestResult = { ok: true; database: string; serverVersion: string; latencyMs: number } | { ok: false; reason: TConnectionFailureReason; message: string };

export type TConnectionFailureReason = "no_target" | "undecryptable" | "refused" | "host_not_found" | "timeout" | "auth_failed" | "unknown_database" | "tls" | "other";

/** The major version in `SELECT version()` text ("PostgreSQL 15.19 (Debian …)" → 15), or undefined. */
export function majorVersionOf(versionText: string): number | undefined {
  const match = /PostgreSQL (\d+)/.exec(versionText);
  return match ? Number(match[1]) : undefined;
}

// issue 15 item 2: an environment's group of further databases (a sharded or per-region app), that a
// SQL or QUERY_CHECK step may fan out over. Each URL is a secret like the environment's own target.

export const ENVIRONMENT_DATABASES_MAX = 100;

/** A group database's label: it names the target in fan-out results, the cockpit and the report. */
export const ZEnvironmentDatabaseName = z
  .string("Give the database a name, e.g. shard_eu.")
  .trim()
  .min(1, { message: "Give the database a name, e.g. shard_eu.", abort: true })
  .max(63, "Keep the name to 63 characters.")
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "Start with a letter, then letters, digits, _ or -, e.g. shard_eu.");

const ZDatabaseId = z.guid("This database is not in the group any more.");

/** A new member of the group: its URL is required (a member without a target is no use). */
export const ZAddEnvironmentDatabase = z.object({
  environmentId: ZId,
  name: ZEnvironmentDatabaseName,
  targetUrl: ZTargetUrlInput.refine((v) => v !== null, "Enter the database's postgres:// URL."),
});
export type TAddEnvironmentDatabaseInput = z.input<typeof ZAddEnvironmentDatabase>;

/** Renames a member or replaces its URL; an empty URL keeps the stored one (write-only, like the environment's). */
export const ZUpdateEnvironmentDatabase = z.object({
  databaseId: ZDatabaseId,
  version: zDbVersion(),
  name: ZEnvironmentDatabaseName,
  targetUrl: ZTargetUrlInput.default(null),
});
export type TUpdateEnvironmentDatabaseInput = z.input<typeof ZUpdateEnvironmentDatabase>;

export const ZRemoveEnvironmentDatabase = z.object({ databaseId: ZDatabaseId, version: zDbVersion() });
export type TRemoveEnvironmentDatabaseInput = z.input<typeof ZRemoveEnvironmentDatabase>;

export const ZTestEnvironmentDatabase = z.object({ databaseId: ZDatabaseId });

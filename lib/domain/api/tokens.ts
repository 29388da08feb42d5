// Personal access tokens (PRODUCT.md "Interfaces", issue 14). Pure: the token's shape, how an
// expiry is written, and what a scope leaves of a user's permissions.
import { z } from "zod";
import { permissionsOf, type TPermission } from "@/lib/auth/permissions";

/** Recognisable in logs and secret scanners: `phl_` + 43 base64url characters (32 random bytes). */
export const TOKEN_PREFIX = "phl_";
export const TOKEN_PATTERN = /^phl_[A-Za-z0-9_-]{43}$/;
/** what the token list shows, and the audit trail names a refused token by */
export const TOKEN_DISPLAY_LENGTH = 12;

export const TOKEN_SCOPES = ["READ", "RUN"] as const;
export type TTokenScope = (typeof TOKEN_SCOPES)[number];

/** What a `read` token may do: look, never change. */
export const READ_PERMISSIONS: readonly TPermission[] = ["runbook.view", "deployment.view", "report.view", "report.export", "audit.view"];

/**
 * The permissions a token carries: its user's CURRENT roles, narrowed by its scope. `READ` keeps
 * only READ_PERMISSIONS; `RUN` keeps everything but administration — a token never makes users,
 * environments or other tokens, so a leaked pipeline token cannot mint itself successors.
 */
export function tokenPermissions(roles: readonly string[], scope: TTokenScope): TPermission[] {
  const all = permissionsOf(roles);
  if (scope === "READ") return all.filter((p) => READ_PERMISSIONS.includes(p));
  return all.filter((p) => !p.startsWith("admin."));
}

export const displayPrefix = (token: string) => token.slice(0, TOKEN_DISPLAY_LENGTH);

const DURATION = /^(\d{1,4})([hdwy])$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, y: 365 * 86_400_000 } as const;
/** at most two years: a token that outlives its reason is a liability */
export const MAX_EXPIRY_MS = 2 * 365 * 86_400_000;

/** "30d", "12h", "8w", "1y" → milliseconds; "never" → null; anything else → undefined. */
export function parseExpiry(text: string): number | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "never") return null;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return ms > 0 && ms <= MAX_EXPIRY_MS ? ms : undefined;
}

export const ZCreateApiToken = z.object({
  name: z.string("Name the token.").trim().min(1, "Name the token: say where it is used.").max(80, "Use at most 80 characters."),
  scope: z.enum(TOKEN_SCOPES, "Choose read or run."),
  expiresIn: z
    .string()
    .trim()
    .default("30d")
    .refine((v) => parseExpiry(v) !== undefined, "Use a duration such as 30d, 12h, 8w or 1y (at most 2y), or never."),
});
export type TCreateApiToken = z.output<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.guid("Choose a token.") });

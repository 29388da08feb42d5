import "server-only";
// OIDC sign-in: the identity provider says who the person is and — through OIDC_ROLES_CLAIM —
// which Phaseline roles they hold. The user row is created or updated on each sign-in, in the
// same transaction as its audit events. Such users have no password.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { ROLES, type TRole } from "@/lib/auth/permissions";
import { forgetUserAuthState } from "@/lib/auth/user-state";

/** Reads a claim by name; a dotted name walks nested objects (Keycloak: "realm_access.roles"). */
export function readClaim(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Roles named by a claim: an array, or a space/comma separated string; matched case-insensitively;
 * unknown names ignored. Undefined when the claim is absent (the provider says nothing about roles).
 */
export function parseRolesClaim(value: unknown): TRole[] | undefined {
  if (value === undefined || value === null) return undefined;
  const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? value.split(/[\s,]+/) : [];
  const wanted = new Set(names.map((n) => n.trim().toUpperCase()).filter(Boolean));
  return ROLES.filter((role) => wanted.has(role));
}

export type TOidcIdentity = { email: string; name: string; rolesFromClaim: TRole[] | undefined; isEmailVerified: boolean };

export type TOidcSyncResult = { ok: true; userId: string } | { ok: false; reason: "no_email" | "email_unverified" | "deactivated" | "no_roles" };

export async function syncOidcUser(identity: TOidcIdentity, prisma: TPrisma = getPrisma()): Promise<TOidcSyncResult> {
  const email = identity.email.trim().toLowerCase();
  if (!email) return { ok: false, reason: "no_email" };
  // An unverified address at the provider must not take over the Phaseline account it names.
  if (!identity.isEmailVerified) return { ok: false, reason: "email_unverified" };
  const name = identity.name.trim().slice(0, 200) || email;

  const result = await prisma.$transaction(async (tx): Promise<TOidcSyncResult> => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, roles: true, isActive: true } });
    if (existing && !existing.isActive) return { ok: false, reason: "deactivated" };
    // the claim is authoritative when present; when absent, roles an administrator gave stay
    const roles = identity.rolesFromClaim ?? existing?.roles ?? [];
    if (roles.length === 0) return { ok: false, reason: "no_roles" };

    if (!existing) {
      const created = await tx.user.create({ data: { email, name, roles, lastSignInAt: new Date() }, select: { id: true } });
      await appendAuditEvent(tx, { actor: { id: created.id, label: email }, targetType: "user", targetId: created.id }, { type: "user.created", payload: { email, roles } });
      await appendAuditEvent(tx, { actor: { id: created.id, label: email }, targetType: "user", targetId: created.id }, { type: "auth.signed_in", payload: { method: "oidc" } });
      return { ok: true, userId: created.id };
    }

    const changes: Record<string, unknown> = {};
    if (existing.name !== name) changes.name = { from: existing.name, to: name };
    const sameRoles = existing.roles.length === roles.length && existing.roles.every((r) => roles.includes(r));
    if (!sameRoles) changes.roles = { from: existing.roles, to: roles };
    await tx.user.update({
      where: { id: existing.id },
      data: { lastSignInAt: new Date(), ...(Object.keys(changes).length ? { name, roles, version: { increment: 1 } } : {}) },
    });
    const context = { actor: { id: existing.id, label: email }, targetType: "user", targetId: existing.id };
    if (Object.keys(changes).length) {
      await appendAuditEvent(tx, context, { type: "user.updated", payload: { changes: { ...changes, source: "oidc" } } });
    }
    await appendAuditEvent(tx, context, { type: "auth.signed_in", payload: { method: "oidc" } });
    return { ok: true, userId: existing.id };
  });
  // after commit: sessions of this user in this process pick up the new roles at once
  if (result.ok) forgetUserAuthState(result.userId);
  return result;
}

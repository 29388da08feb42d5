import "server-only";
// next-auth v4 configuration: email + password (Credentials), and OIDC single sign-on when
// configured. Sessions are JWTs in a cookie carrying the user's id and session version; every
// read of the session checks them against the user's row (lib/auth/check-session.ts), so a
// deactivation, a role change or a password change bites on the next request.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getEnv } from "@/lib/env";
import { getPrisma } from "@/lib/db/client";
import { newRequestId } from "@/lib/errors";
import { isRole } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/credentials";
import { clientAddressFrom } from "@/lib/auth/throttle";
import { parseRolesClaim, readClaim, syncOidcUser, type TOidcSyncResult } from "@/lib/auth/oidc";
import { checkSessionClaims } from "@/lib/auth/check-session";
import { READ_MAX_AGE_MS } from "@/lib/auth/user-state";
import { safeRedirectUrl } from "@/lib/auth/callback-url";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;
export const OIDC_PROVIDER_ID = "oidc";
export const SIGN_IN_PATH = "/sign-in";

/** Sign-in page error codes for OIDC refusals (the page maps codes to sentences; never free text). */
export const OIDC_ERROR_CODES: Record<Exclude<TOidcSyncResult, { ok: true }>["reason"], string> = {
  no_email: "OidcNoEmail",
  email_unverified: "OidcEmailUnverified",
  deactivated: "OidcDeactivated",
  no_roles: "OidcNoRoles",
};

/** Thrown by the jwt callback: next-auth then clears the session and reports no session. */
class SessionRevokedError extends Error {
  constructor(reason: string) {
    super(`session revoked: ${reason}`);
    this.name = "SessionRevokedError";
  }
}

export function isOidcEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

export function getOidcDisplayName(): string {
  return getEnv().OIDC_DISPLAY_NAME;
}

type TOidcProfile = { sub: string; email?: string; name?: string; preferred_username?: string } & Record<string, unknown>;

function oidcProvider(): OAuthConfig<TOidcProfile> | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const issuer = env.OIDC_ISSUER.replace(/\/+$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_DISPLAY_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile) {
      const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase() : "";
      return { id: profile.sub, email, name: profile.name ?? profile.preferred_username ?? email };
    },
  };
}

let cached: AuthOptions | undefined;

/** Built on first use, from the validated environment (lib/env.ts). */
export function getAuthOptions(): AuthOptions {
  if (cached) return cached;
  const env = getEnv();
  const oidc = oidcProvider();

  cached = {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          // A thrown Error's message reaches the sign-in form (signIn(..., { redirect: false })
          // returns it as `error`), so only messages written for people are thrown here.
          let result;
          try {
            result = await signInWithPassword({ email: credentials?.email ?? "", password: credentials?.password ?? "" }, clientAddressFrom(req?.headers));
          } catch (error) {
            const requestId = newRequestId();
            console.error(`[phaseline] sign-in failed unexpectedly (ref ${requestId})`, error);
            throw new Error(`Sign-in is unavailable right now (ref ${requestId}). Try again in a moment.`);
          }
          if (!result.ok) throw new Error(result.message);
          return result.user;
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true; // Credentials decided in authorize
        try {
          const claims = (profile ?? {}) as Record<string, unknown>;
          const result = await syncOidcUser({
            email: user.email ?? "",
            name: user.name ?? "",
            rolesFromClaim: parseRolesClaim(readClaim(claims, env.OIDC_ROLES_CLAIM)),
            // only an explicit "false" counts: several providers never send the claim
            isEmailVerified: claims.email_verified !== false && claims.email_verified !== "false",
          });
          if (!result.ok) return `${SIGN_IN_PATH}?error=${OIDC_ERROR_CODES[result.reason]}`;
          return true;
        } catch (error) {
          const requestId = newRequestId();
          console.error(`[phaseline] OIDC sign-in failed unexpectedly (ref ${requestId})`, error);
          return `${SIGN_IN_PATH}?error=Callback`;
        }
      },

      // the default throws on a callbackUrl that is no URL (a 500, issue 17): ours never does
      async redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },

      async jwt({ token, user, account }) {
        if (user) {
          // Signing in. For OIDC, `user` carries the provider's subject; the Phaseline id comes
          // from the row syncOidcUser just wrote.
          const row =
            account?.provider === OIDC_PROVIDER_ID
              ? await getPrisma().user.findUnique({
                  where: { email: (user.email ?? "").toLowerCase() },
                  select: { id: true, name: true, email: true, roles: true, sessionVersion: true },
                })
              : { id: user.id, name: user.name ?? "", email: user.email ?? "", roles: user.roles ?? [], sessionVersion: user.sessionVersion };
          if (!row || typeof row.sessionVersion !== "number") throw new SessionRevokedError("user missing after sign-in");
          return { ...token, sub: row.id, id: row.id, name: row.name, email: row.email, roles: row.roles.filter(isRole), sv: row.sessionVersion, checkedAt: Date.now() };
        }
        // Every later read (trigger "update" included: what a client sends is ignored) is checked
        // against the user's row; no claim of the token — its roles, its checkedAt — skips that.
        const result = await checkSessionClaims(token, { maxAgeMs: READ_MAX_AGE_MS, maxAgeS: SESSION_MAX_AGE_S });
        if (!result.ok) throw new SessionRevokedError(result.reason);
        const { id, name, email, roles, sessionVersion, checkedAt } = result.session;
        return { ...token, sub: id, id, name, email, roles, sv: sessionVersion, checkedAt };
      },

      async session({ session, token }) {
        return {
          ...session,
          user: { id: token.id ?? "", name: token.name ?? "", email: token.email ?? "", roles: (token.roles ?? []).filter(isRole) },
        };
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked session is an expected outcome, not an incident.
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (error instanceof Error && error.name === "SessionRevokedError") return;
        // a hand-made callbackUrl that is no URL: next-auth refuses it (sign-in page, error=Configuration); one line, not a stack
        if (code === "INVALID_CALLBACK_URL_ERROR") {
          console.warn("[next-auth] refused a callbackUrl that is not a URL on this site");
          return;
        }
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        // NEXTAUTH_URL and DEBUG_ENABLED warnings are configuration hints, not per-request noise
        if (env.PHASELINE_ENV !== "production") console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
  return cached;
}

/** For tests that change the environment. */
export function resetAuthOptionsCache(): void {
  cached = undefined;
}

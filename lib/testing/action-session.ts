// The signed-in person for tests that call server actions directly, outside Next.js: one mocked
// next-auth session (`requireUser` answers `testSession.user`, or refuses when it is null; every
// other export of lib/auth/session is the real one, so permissions, `access.denied` and the
// session checks run as in production), and no-op stand-ins for next/cache and next/headers.
//
// vi.mock factories may not close over imports, so each test file declares the three mocks with a
// dynamic import of this module (the same instance its static import gets):
//
//   vi.mock("@/lib/auth/session", async (original) => (await import("@/lib/testing/action-session")).mockedSessionModule(original));
//   vi.mock("next/cache", async () => (await import("@/lib/testing/action-session")).mockedNextCache());
//   vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).mockedNextHeaders("198.51.100.9"));
import type { TSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";

export const testSession: { user: TSessionUser | null } = { user: null };

/** Signs `user` in for the next action calls (null: signed out). */
export function signInForTest(user: { id: string; name: string; email: string; roles: readonly string[] } | null): void {
  testSession.user = user ? { id: user.id, name: user.name, email: user.email, roles: [...user.roles] as TSessionUser["roles"] } : null;
}

export async function mockedSessionModule(importOriginal: <T>() => Promise<T>) {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return {
    ...original,
    requireUser: async () => {
      if (!testSession.user) throw new UnauthenticatedError();
      return testSession.user;
    },
    reissueSessionCookie: async () => {},
  };
}

export function mockedNextCache() {
  return { revalidatePath: () => {}, revalidateTag: () => {} };
}

export function mockedNextHeaders(clientAddress: string) {
  return {
    headers: async () => new Headers({ "x-forwarded-for": clientAddress }),
    cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
  };
}

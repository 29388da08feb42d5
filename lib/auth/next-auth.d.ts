// What Phaseline keeps in next-auth's session and JWT (lib/auth/options.ts fills them).
import type { TRole } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: TRole[] };
  }
  interface User {
    roles?: TRole[];
    /** the user's session version at sign-in (lib/auth/credentials.ts) */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** the Phaseline user id (also in `sub`) */
    id?: string;
    roles?: TRole[];
    /** the user's session version this session was issued with; older than the row's: signed out */
    sv?: number;
    /** when the row was last read (ms since epoch): informational, never a reason to skip a check */
    checkedAt?: number;
  }
}

// What Phaseline keeps in next-auth's session and JWT (lib/auth/options.ts fills them).
import type { TRole } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: TRole[] };
  }
  interface User {
    roles?: TRole[];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** the Phaseline user id (also in `sub`) */
    id?: string;
    roles?: TRole[];
    /** when roles and isActive were last read from the database (ms since epoch) */
    checkedAt?: number;
  }
}

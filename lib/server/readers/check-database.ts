import "server-only";
// Whether the app's database answers, for /api/health: one round trip, nothing about the data.
import { getPrisma } from "@/lib/db/client";

/** true when `SELECT 1` succeeds on the app's database. Never throws. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

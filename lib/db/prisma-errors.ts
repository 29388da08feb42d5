// Prisma's known request errors, recognised in one place (STYLE.md practice 7) so use-cases can
// turn them into domain errors without each one knowing Prisma's codes.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (P2002); with `field`, only when that column is named. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!field) return true;
  // the adapter reports the columns in meta.target, or under meta.driverAdapterError
  return JSON.stringify(error.meta ?? {}).includes(field);
}

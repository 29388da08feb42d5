import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { ZTestEnvironmentDatabase, type TConnectionTestResult } from "@/lib/domain/environment";
import { NotFoundError } from "@/lib/errors";
import { parseEnvironmentInput } from "./parse-environment-input";
import { CONNECTION_TEST_TIMEOUT_MS, probe } from "./test-environment-connection";
import { GONE_DATABASE_MESSAGE } from "./update-environment-database";

type TOptions = { actor: TActor; input: { databaseId: string }; prisma?: TPrisma; timeoutMs?: number };

/** Tests a group database's saved URL like the environment's own target; the outcome (never the URL) is audited. */
export async function testEnvironmentDatabase({ actor, input, prisma = getPrisma(), timeoutMs = CONNECTION_TEST_TIMEOUT_MS }: TOptions): Promise<TConnectionTestResult> {
  const { databaseId } = parseEnvironmentInput(ZTestEnvironmentDatabase, input);
  const database = await prisma.environmentDatabase.findUnique({ where: { id: databaseId }, select: { id: true, environmentId: true, name: true, targetUrlCiphertext: true } });
  if (!database) throw new NotFoundError(GONE_DATABASE_MESSAGE);
  // no transaction is open while connecting (up to 5 s on the network)
  const result = await probe(database.targetUrlCiphertext, timeoutMs);
  await prisma.$transaction((tx) =>
    appendAuditEvent(
      tx,
      { actor, targetType: "environment", targetId: database.environmentId },
      {
        type: "environment.database_tested",
        payload: {
          databaseId: database.id,
          name: database.name,
          ...(result.ok ? { outcome: "ok" as const, latencyMs: result.latencyMs } : { outcome: "failed" as const, reason: result.reason }),
        },
      },
    ),
  );
  return result;
}

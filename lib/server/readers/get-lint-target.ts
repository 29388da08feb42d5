import "server-only";
// The server a version page lints for (issue 11 item 3/4: version-dependent rules answer for the
// target at hand). The environments to choose from, and for the chosen one its target's major
// version, asked of the target itself (`SELECT version()`) as the pre-flight does. Read-only and
// unaudited, like the pre-flight: it runs on a page view. Never returns a target URL.
import { getPrisma } from "@/lib/db/client";
import { majorVersionOf } from "@/lib/domain/environment";
import { probeEnvironmentTarget } from "@/lib/server/environments/test-environment-connection";

export type TLintTargetChoice = { id: string; name: string; isProduction: boolean };

export type TLintTarget =
  /** a current server: no environment chosen */
  | { kind: "current" }
  | { kind: "environment"; environment: TLintTargetChoice; serverVersion: number; versionText: string }
  /** the environment was chosen but its target did not answer: linted for a current server */
  | { kind: "unreachable"; environment: TLintTargetChoice; message: string };

/** Environments that have a target, by name. */
export async function findLintTargetChoices(): Promise<TLintTargetChoice[]> {
  return getPrisma().environment.findMany({ where: { targetUrlMasked: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true, isProduction: true } });
}

/** The chosen environment's server; an unknown or malformed id is "current" (the page's own default). */
export async function getLintTarget(environmentId: string | undefined, choices: readonly TLintTargetChoice[]): Promise<TLintTarget> {
  const environment = environmentId ? choices.find((c) => c.id === environmentId) : undefined;
  if (!environment) return { kind: "current" };
  const probe = await probeEnvironmentTarget(environment.id).catch(() => ({ ok: false as const, message: "The environment could not be read." }));
  if (!probe.ok) return { kind: "unreachable", environment, message: probe.message };
  const serverVersion = majorVersionOf(probe.serverVersion);
  if (serverVersion === undefined) return { kind: "unreachable", environment, message: "Its target did not say which PostgreSQL version it runs." };
  return { kind: "environment", environment, serverVersion, versionText: probe.serverVersion.split(" ").slice(0, 2).join(" ") };
}

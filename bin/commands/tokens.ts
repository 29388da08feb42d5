// `phaseline tokens create --user EMAIL --scope read|run [--expires 30d] [--name N]` prints a new
// personal access token for automation (issue 14), once. Whoever runs it has the database, so it
// is audited as the CLI; the token acts as EMAIL with their current roles, narrowed by scope.
export const TOKENS_USAGE = "tokens create --user EMAIL --scope read|run [--expires 30d|12h|8w|1y|never] [--name NAME]";

export function parseTokensCreateArgs(args: string[]): { email: string; scope: "READ" | "RUN"; expiresIn: string; name: string } | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--(user|scope|expires|name)(?:=(.*))?$/.exec(arg);
    if (!m) return `unexpected argument ${JSON.stringify(arg)}`;
    const value = m[2] ?? args[++i];
    if (value === undefined || value === "") return `--${m[1]} needs a value`;
    values[m[1]!] = value;
  }
  if (!values.user) return "name the token's user: --user EMAIL";
  const scope = values.scope?.toUpperCase();
  if (scope !== "READ" && scope !== "RUN") return "choose --scope read or --scope run";
  return { email: values.user.trim().toLowerCase(), scope, expiresIn: values.expires ?? "30d", name: values.name ?? `cli ${new Date().toISOString().slice(0, 10)}` };
}

export async function runTokensCreate(args: string[]): Promise<number> {
  const parsed = parseTokensCreateArgs(args);
  if (typeof parsed === "string") {
    console.error(`tokens create: ${parsed} (usage: phaseline ${TOKENS_USAGE})`);
    return 2;
  }
  const { openDatabases } = await import("@/lib/db/connect");
  const { createPrisma } = await import("@/lib/db/client");
  const { createApiToken } = await import("@/lib/server/api-tokens/create-api-token");
  const { ZCreateApiToken } = await import("@/lib/domain/api/tokens");
  const { isAppError } = await import("@/lib/errors");
  const input = ZCreateApiToken.safeParse({ name: parsed.name, scope: parsed.scope, expiresIn: parsed.expiresIn });
  if (!input.success) {
    console.error(`tokens create: ${input.error.issues.map((i) => i.message).join(" ")}`);
    return 2;
  }
  const db = await openDatabases();
  const prisma = createPrisma(db.appUrl, { max: 2 });
  try {
    const user = await prisma.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
    if (!user) {
      console.error(`tokens create: no user ${parsed.email}`);
      return 1;
    }
    const issued = await createApiToken({ ...input.data, ownerId: user.id, actor: { id: null, label: "cli" }, prisma });
    console.error(`token "${issued.name}" (${issued.scope.toLowerCase()}) for ${parsed.email}, expires ${issued.expiresAt?.toISOString() ?? "never"}. It is shown once:`);
    console.log(issued.token);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`tokens create: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

// `phaseline audit export [--format csv|jsonl] [--actor ID] [--type TYPE] [--deployment ID]
// [--runbook ID] [--target ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: the same stream as the
// viewer's export button, to stdout, honouring its backpressure (constant memory).
import { once } from "node:events";

const FILTERS = ["--actor", "--type", "--deployment", "--runbook", "--target", "--from", "--to"] as const;

export async function runAuditExport(args: string[]): Promise<number> {
  const params = new URLSearchParams();
  let format: "csv" | "jsonl" = "csv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (!value) {
      console.error(`phaseline audit export: ${name} needs a value`);
      return 2;
    }
    if (name === "--format" && (value === "csv" || value === "jsonl")) format = value;
    else if ((FILTERS as readonly string[]).includes(name)) params.set(name.slice(2), value);
    else {
      console.error(`phaseline audit export: unexpected argument ${JSON.stringify(arg)}`);
      return 2;
    }
  }
  const { parseAuditQuery } = await import("@/lib/domain/audit/filters");
  const { filters, ignored } = parseAuditQuery(params);
  if (ignored.length) {
    console.error(`phaseline audit export: not valid: ${ignored.map((k) => `--${k}`).join(", ")}`);
    return 2;
  }
  const { openDatabases } = await import("@/lib/db/connect");
  const { createPrisma } = await import("@/lib/db/client");
  const { exportAuditEvents } = await import("@/lib/server/audit/export-audit-events");
  const db = await openDatabases();
  const prisma = createPrisma(db.appUrl, { max: 2 });
  try {
    for await (const chunk of exportAuditEvents({ prisma, filters, format, url: db.appUrl })) {
      if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
    }
    return 0;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

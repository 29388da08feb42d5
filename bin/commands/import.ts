// `phaseline import FILE [--json] [--dry-run] [--as EMAIL]` (PRODUCT.md "Interfaces"). A dry run
// only parses: it needs no database, so CI can check a runbook document on its own.
import { readFileSync, statSync } from "node:fs";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";

export const IMPORT_USAGE = "import FILE [--json] [--dry-run] [--as EMAIL]";

type TImportArgs = { file: string; isJson: boolean; isDryRun: boolean; asEmail: string | null };

function parseArgs(args: string[]): TImportArgs | string {
  let file: string | null = null;
  let isJson = false;
  let isDryRun = false;
  let asEmail: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") isJson = true;
    else if (arg === "--dry-run") isDryRun = true;
    else if (arg === "--as" && args[i + 1]) asEmail = args[++i]!;
    else if (arg.startsWith("--as=")) asEmail = arg.slice("--as=".length);
    else if (arg.startsWith("-") && arg !== "-") return `import: unknown option ${JSON.stringify(arg)}`;
    else if (file === null) file = arg;
    else return `import: unexpected argument ${JSON.stringify(arg)}`;
  }
  if (!file) return `import: name the Markdown file to import (usage: phaseline ${IMPORT_USAGE})`;
  return { file, isJson, isDryRun, asEmail };
}

/** The file as UTF-8 text, or a sentence saying why it cannot be read. */
export function readDocument(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    if (file !== "-" && statSync(file).isDirectory()) return { error: `${file} is a directory, not a Markdown file` };
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `${file} does not exist` };
    if (code === "EACCES") return { error: `${file} cannot be read (permission denied)` };
    return { error: `${file} cannot be read` };
  }
  if (bytes.length === 0) return { error: `${file} is empty` };
  if (bytes.includes(0)) return { error: `${file} is a binary file, not a Markdown document` };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${file} is not UTF-8 text` };
  }
}

/**
 * The `--json` shape: the whole parsed structure — title, summary, metadata, preamble, every phase
 * (objective, estimate, policy, steps with their titles and code, checklist items, criteria,
 * notes), the rollback procedure, sign-off roles, the runbook's notes and the warnings — so a
 * pipeline sees everything the draft will hold.
 */
export function importJson(parsed: TParsedRunbook): TParsedRunbook {
  return parsed;
}

export async function runImport(args: string[]): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (typeof parsedArgs === "string") {
    console.error(parsedArgs);
    return 2;
  }
  const { file, isJson, isDryRun, asEmail } = parsedArgs;
  const read = readDocument(file);
  if ("error" in read) {
    console.error(`phaseline import: ${read.error}`);
    return 1;
  }

  const { parseForImport, importRunbook } = await import("@/lib/server/runbooks/import-runbook");
  const { isAppError } = await import("@/lib/errors");
  let parsed: TParsedRunbook;
  try {
    parsed = parseForImport(read.text);
  } catch (error) {
    if (isAppError(error)) {
      console.error(`phaseline import: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const report = () => {
    const rollback = parsed.rollback?.phases.length ?? 0;
    console.error(`${file}: “${parsed.title}”, ${parsed.phases.length} phase(s), ${rollback} rollback phase(s), ${parsed.signoffRoles.length} sign-off line(s)`);
    for (const warning of parsed.warnings) console.error(`warning: ${warning}`);
  };

  if (isDryRun) {
    if (isJson) console.log(JSON.stringify(importJson(parsed), null, 2));
    else report();
    return 0;
  }

  // saving needs the database and a person to own the draft
  const { openDatabases } = await import("@/lib/db/connect");
  const { createPrisma } = await import("@/lib/db/client");
  const db = await openDatabases();
  const prisma = createPrisma(db.appUrl, { max: 2 });
  try {
    const owner = asEmail
      ? await prisma.user.findFirst({ where: { email: asEmail.trim().toLowerCase(), isActive: true }, select: { id: true, email: true } })
      : ((await prisma.user.findFirst({ where: { isActive: true, roles: { has: "LEAD" } }, orderBy: { createdAt: "asc" }, select: { id: true, email: true } })) ??
        (await prisma.user.findFirst({ where: { isActive: true, roles: { has: "ADMIN" } }, orderBy: { createdAt: "asc" }, select: { id: true, email: true } })));
    if (!owner) {
      console.error(asEmail ? `phaseline import: no active user ${asEmail}` : "phaseline import: no active LEAD or ADMIN user to own the draft; pass --as EMAIL");
      return 1;
    }
    // parsed once, above: the save checks that structure again instead of parsing the file twice
    const result = await importRunbook({ prisma, markdown: read.text, parsed, actor: { id: owner.id, label: `cli:${owner.email}` } });
    if (isJson) {
      console.log(JSON.stringify(importJson(result.parsed), null, 2));
      console.error(`saved draft version ${result.saved!.versionId} of runbook ${result.saved!.slug}`);
    } else {
      report();
      console.error(`saved draft of runbook ${result.saved!.slug} (owner ${owner.email}); version id:`);
      console.log(result.saved!.versionId);
    }
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`phaseline import: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

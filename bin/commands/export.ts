// `phaseline export ID` prints a runbook version as Markdown (PRODUCT.md "Import and export");
// `phaseline export SLUG@NUMBER` names a published version by its runbook and number.
export const EXPORT_USAGE = "export ID | export SLUG@NUMBER";

export async function runExport(args: string[]): Promise<number> {
  const [target, ...rest] = args;
  if (!target || rest.length > 0) {
    console.error(`export: name one runbook version (usage: phaseline ${EXPORT_USAGE})`);
    return 2;
  }
  const at = /^(.+)@(\d+)$/.exec(target);
  const { openDatabases } = await import("@/lib/db/connect");
  const { createPrisma } = await import("@/lib/db/client");
  const { exportRunbookVersion } = await import("@/lib/server/runbooks/export-runbook-version");
  const { isAppError } = await import("@/lib/errors");
  const db = await openDatabases();
  const prisma = createPrisma(db.appUrl, { max: 2 });
  try {
    const { markdown } = await exportRunbookVersion(at ? { prisma, runbookSlug: at[1]!, versionNumber: Number(at[2]) } : { prisma, versionId: target });
    process.stdout.write(markdown);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`phaseline export: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

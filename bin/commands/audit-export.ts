export async function runAuditExport(_args: string[]): Promise<number> { console.error("not yet"); return 2; }

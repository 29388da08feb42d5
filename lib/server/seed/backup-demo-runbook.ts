import "server-only";
// The demo's second runbook (issue 15): a fee change on the demo target taken with a backup of the
// rows it touches, validated against a baseline, and rolled back by restoring the backup. Written
// as a draft document (checked by ZDraftContent and the backup rules, as a save is) and stored by
// the one writer of version content. Idempotent by its slug.
import type { TTx } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { findBackupStepErrors, ZDraftContent, type TDraftContent } from "@/lib/domain/runbook/draft";
import { writeVersionContent } from "@/lib/server/runbooks/write-version-content";
import { newId } from "./ids";

export const BACKUP_DEMO_SLUG = "demo-fee-change-with-backup";

/** the demo target's tenant schemas (prisma/seed/demo-target.ts), named on the target when the step runs */
const TENANT_QUERY = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1";

const ACTIVE_FEES = "SELECT id, percentage_fee FROM client_products WHERE status = 'active' ORDER BY id";

export const BACKUP_DEMO_CONTENT: TDraftContent = ZDraftContent.parse({
  title: "Fee change with a backup (demo)",
  summary:
    "Raises the percentage fee of active products by 10 % — a change the validation is written to refuse — so the rollback restores the backup the deployment took and proves the data is identical to before.",
  riskLevel: "MEDIUM",
  estimatedMinutes: 10,
  rollbackMinutes: 5,
  phases: [
    {
      title: "Back up the rows the change touches",
      objective: "Copy the active products into a backup schema on the target, with counts and a checksum.",
      estimatedMinutes: 2,
      failurePolicy: "STOP",
      steps: [
        {
          kind: "BASELINE_CAPTURE",
          title: "Capture the active products' fees",
          sql: ACTIVE_FEES,
          baselineName: "fees_before",
        },
        {
          kind: "BACKUP",
          title: "Back up the active products",
          instructions: "Only the rows the UPDATE will hit are copied; the restore puts them back by primary key.",
          backupKey: "before_fee_change",
          backupTables: ["client_products"],
          backupFilter: "status = 'active'",
          backupMaxMb: 64,
        },
        {
          // issue 15 item 2: one backup per tenant schema the query names, the size summed over them before any copy
          kind: "BACKUP",
          title: "Back up the tenants' fees",
          instructions: "Each tenant schema's fees table, whole, into a backup schema of that tenant: the fan-out below changes them all.",
          backupKey: "tenant_fees",
          backupTables: ["fees"],
          backupMaxMb: 64,
          fanOut: { query: TENANT_QUERY, concurrency: 1, onFailure: "STOP" },
        },
      ],
      successCriteria: [{ text: "The backup holds every active product", boundStepIndex: 1 }],
    },
    {
      title: "Change the fees",
      objective: "The change itself.",
      estimatedMinutes: 2,
      failurePolicy: "ROLLBACK",
      steps: [
        {
          kind: "SQL",
          title: "Raise active products' percentage fee by 10 %",
          sql: "UPDATE client_products SET percentage_fee = round(percentage_fee * 1.1, 4) WHERE status = 'active';",
        },
        {
          // issue 15 item 2: once per tenant schema, each in its own transaction with search_path set to it
          kind: "SQL",
          title: "Raise active fees in every tenant schema",
          instructions: "Runs once per tenant schema the query names, two at a time; a failed tenant stops the step, and a new attempt runs only the tenants that did not succeed.",
          sql: "UPDATE fees SET percentage_fee = round(percentage_fee * 1.1, 4) WHERE status = 'active';",
          fanOut: { query: TENANT_QUERY, concurrency: 2, onFailure: "STOP" },
        },
        {
          kind: "QUERY_CHECK",
          title: "Every tenant still has active fees",
          sql: "SELECT count(*) FROM fees WHERE status = 'active'",
          expectation: { type: "scalar_between", min: 1, max: 1000 },
          fanOut: { query: TENANT_QUERY, concurrency: 2, onFailure: "FINISH_ALL" },
        },
      ],
    },
    {
      title: "Validate",
      objective: "Fees must be unchanged for active products — the demo's change breaks this on purpose, so the rollback runs.",
      estimatedMinutes: 2,
      failurePolicy: "ROLLBACK",
      steps: [
        {
          kind: "BASELINE_COMPARE",
          title: "Fees as before",
          sql: ACTIVE_FEES,
          baselineName: "fees_before",
          baselineKeyColumns: ["id"],
          tolerances: { percentage_fee: 0 },
        },
      ],
    },
    {
      procedure: "ROLLBACK",
      title: "Restore the backup",
      objective: "Put the active products back as the backup holds them, verified by counts and checksums.",
      estimatedMinutes: 3,
      failurePolicy: "STOP",
      steps: [
        { kind: "RESTORE", title: "Restore the active products", backupKey: "before_fee_change" },
        // restores every tenant schema the backup copied, each verified against its own counts and checksum
        { kind: "RESTORE", title: "Restore the tenants' fees", backupKey: "tenant_fees" },
        {
          kind: "BASELINE_COMPARE",
          title: "Fees as before the change",
          sql: ACTIVE_FEES,
          baselineName: "fees_before",
          baselineKeyColumns: ["id"],
          tolerances: { percentage_fee: 0 },
        },
      ],
    },
  ],
});

if (Object.keys(findBackupStepErrors(BACKUP_DEMO_CONTENT.phases)).length > 0) throw new Error("the backup demo runbook's backup steps do not validate");

/** Creates and publishes the runbook once; answers whether it did. */
export async function ensureBackupDemoRunbook(tx: TTx, lead: { id: string; actor: TActor }): Promise<boolean> {
  if (await tx.runbook.findUnique({ where: { slug: BACKUP_DEMO_SLUG }, select: { id: true } })) return false;
  const runbookId = newId();
  const versionId = newId();
  const at = new Date("2026-11-20T09:00:00Z");
  await tx.runbook.create({ data: { id: runbookId, slug: BACKUP_DEMO_SLUG, ownerId: lead.id, createdAt: at } });
  await tx.runbookVersion.create({
    data: {
      id: versionId,
      runbookId,
      number: 1,
      status: "PUBLISHED",
      title: BACKUP_DEMO_CONTENT.title,
      summary: BACKUP_DEMO_CONTENT.summary,
      riskLevel: BACKUP_DEMO_CONTENT.riskLevel,
      estimatedMinutes: BACKUP_DEMO_CONTENT.estimatedMinutes,
      rollbackMinutes: BACKUP_DEMO_CONTENT.rollbackMinutes,
      createdById: lead.id,
      publishedById: lead.id,
      publishedAt: at,
      createdAt: at,
    },
  });
  await writeVersionContent(tx, versionId, { phases: BACKUP_DEMO_CONTENT.phases, signoffSheet: [] });
  const context = { actor: lead.actor, targetType: "runbook", targetId: runbookId };
  await appendAuditEvent(tx, context, { type: "runbook.created", payload: { title: BACKUP_DEMO_CONTENT.title, source: "seed" } });
  await appendAuditEvent(tx, context, { type: "runbook.published", payload: { versionId, number: 1 } });
  return true;
}

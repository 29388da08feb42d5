"use server";
// The audit trail's own checks (issue 13): a full verification and a signed checkpoint, on demand
// from /audit. Both are read-only for the trail's content and audited (`audit.verified`,
// `audit.checkpoint_anchored`); the people who read the trail (audit.view: managers, admins) may
// ask for them — proving the record intact changes nothing they are barred from changing.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./action-client";
import { getPrisma } from "@/lib/db/client";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { anchorAuditCheckpoint } from "@/lib/server/audit/anchor-audit-checkpoint";

const ZNoInput = z.object({}).strict();

export type TVerifyChainOutcome =
  | { isIntact: true; checked: number; headSeq: string | null }
  | { isIntact: false; checked: number; brokenAtSeq: string; reason: string; expectedHash: string; foundHash: string | null };

export const verifyAuditChainAction = defineAction({
  name: "verifyAuditChainAction",
  schema: ZNoInput,
  permission: () => ({ permission: "audit.view", target: { type: "audit_trail", id: "chain" } }),
  handler: async ({ user }): Promise<TVerifyChainOutcome> => {
    const { result } = await verifyAuditTrail({ prisma: getPrisma(), scope: "full", actor: { id: user.id, label: user.email }, trigger: "button" });
    revalidatePath("/audit");
    return result.isIntact
      ? { isIntact: true, checked: result.checked, headSeq: result.head?.seq.toString() ?? null }
      : {
          isIntact: false,
          checked: result.checked,
          brokenAtSeq: result.brokenAtSeq.toString(),
          reason: result.reason,
          expectedHash: result.expectedHash,
          foundHash: result.foundHash,
        };
  },
});

export type TAnchorOutcome = { isSigned: true; seq: string; hash: string; file: string | null; fileError: string | null } | { isSigned: false; reason: string };

export const anchorAuditCheckpointAction = defineAction({
  name: "anchorAuditCheckpointAction",
  schema: ZNoInput,
  permission: () => ({ permission: "audit.view", target: { type: "audit_trail", id: "chain" } }),
  handler: async ({ user }): Promise<TAnchorOutcome> => {
    const result = await anchorAuditCheckpoint({ prisma: getPrisma(), actor: { id: user.id, label: user.email }, trigger: "button" });
    revalidatePath("/audit");
    if (!result.ok) return { isSigned: false, reason: result.reason };
    // the file's name only: the anchor directory's path is the server's business
    return { isSigned: true, seq: result.checkpoint.seq, hash: result.checkpoint.hash, file: result.file?.split("/").at(-1) ?? null, fileError: result.fileError };
  },
});

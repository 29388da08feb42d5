"use server";
// A deployment's backups (issue 15): dropped only by this explicit, audited action.
import { revalidatePath } from "next/cache";
import { ZDropBackup } from "@/lib/domain/execution/backup";
import { dropBackup } from "@/lib/server/backups/drop-backup";
import { defineAction } from "./action-client";

export const dropBackupAction = defineAction({
  name: "dropBackupAction",
  schema: ZDropBackup,
  permission: (input) => ({ permission: "backup.drop", target: { type: "deployment", id: input.deploymentId, deploymentId: input.deploymentId } }),
  handler: async ({ input, user }) => {
    const result = await dropBackup({ ...input, actor: { id: user.id, email: user.email, name: user.name, roles: user.roles } });
    revalidatePath(`/deployments/${input.deploymentId}`);
    return result;
  },
});

"use server";
// Environments (PRODUCT.md "Environment"; "People": ADMIN). Thin adapters over the use-cases in
// lib/server/environments: the action client authenticates, validates, checks
// `admin.environments` and audits refusals; the use-cases write the change and its event.
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import {
  ZAddEnvironmentDatabase,
  ZCreateEnvironment,
  ZRemoveEnvironmentDatabase,
  ZTestEnvironmentConnection,
  ZTestEnvironmentDatabase,
  ZUpdateEnvironment,
  ZUpdateEnvironmentDatabase,
} from "@/lib/domain/environment";
import { addEnvironmentDatabase } from "@/lib/server/environments/add-environment-database";
import { updateEnvironmentDatabase } from "@/lib/server/environments/update-environment-database";
import { removeEnvironmentDatabase } from "@/lib/server/environments/remove-environment-database";
import { testEnvironmentDatabase } from "@/lib/server/environments/test-environment-database";
import { createEnvironment } from "@/lib/server/environments/create-environment";
import { updateEnvironment } from "@/lib/server/environments/update-environment";
import { testEnvironmentConnection } from "@/lib/server/environments/test-environment-connection";
import type { TSessionUser } from "@/lib/auth/session";

const actorOf = (user: TSessionUser) => ({ id: user.id, label: user.email });

export const createEnvironmentAction = defineAction({
  name: "createEnvironmentAction",
  schema: ZCreateEnvironment,
  permission: "admin.environments",
  handler: async ({ input, user }) => {
    const result = await createEnvironment({ actor: actorOf(user), input });
    revalidatePath("/admin/environments");
    return result;
  },
});

export const updateEnvironmentAction = defineAction({
  name: "updateEnvironmentAction",
  schema: ZUpdateEnvironment,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment", id: input.environmentId } }),
  handler: async ({ input, user }) => {
    const result = await updateEnvironment({ actor: actorOf(user), input });
    if (result.changes.length) {
      revalidatePath("/admin/environments");
      revalidatePath(`/admin/environments/${result.environmentId}`);
    }
    return result;
  },
});

/** Tests the saved target; the outcome (never the URL) is audited as environment.connection_tested. */
export const testEnvironmentConnectionAction = defineAction({
  name: "testEnvironmentConnectionAction",
  schema: ZTestEnvironmentConnection,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment", id: input.environmentId } }),
  handler: async ({ input, user }) => testEnvironmentConnection({ actor: actorOf(user), input }),
});

// issue 15 item 2: the databases of an environment's group

export const addEnvironmentDatabaseAction = defineAction({
  name: "addEnvironmentDatabaseAction",
  schema: ZAddEnvironmentDatabase,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment", id: input.environmentId } }),
  handler: async ({ input, user }) => {
    const result = await addEnvironmentDatabase({ actor: actorOf(user), input });
    revalidatePath(`/admin/environments/${result.environmentId}`);
    return result;
  },
});

export const updateEnvironmentDatabaseAction = defineAction({
  name: "updateEnvironmentDatabaseAction",
  schema: ZUpdateEnvironmentDatabase,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment_database", id: input.databaseId } }),
  handler: async ({ input, user }) => {
    const result = await updateEnvironmentDatabase({ actor: actorOf(user), input });
    if (result.changes.length) revalidatePath(`/admin/environments/${result.environmentId}`);
    return result;
  },
});

export const removeEnvironmentDatabaseAction = defineAction({
  name: "removeEnvironmentDatabaseAction",
  schema: ZRemoveEnvironmentDatabase,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment_database", id: input.databaseId } }),
  handler: async ({ input, user }) => {
    const result = await removeEnvironmentDatabase({ actor: actorOf(user), input });
    revalidatePath(`/admin/environments/${result.environmentId}`);
    return result;
  },
});

/** Tests a group database's saved URL; the outcome (never the URL) is audited as environment.database_tested. */
export const testEnvironmentDatabaseAction = defineAction({
  name: "testEnvironmentDatabaseAction",
  schema: ZTestEnvironmentDatabase,
  permission: (input) => ({ permission: "admin.environments", target: { type: "environment_database", id: input.databaseId } }),
  handler: async ({ input, user }) => testEnvironmentDatabase({ actor: actorOf(user), input }),
});

// Prisma 7 CLI configuration. The CLI is only used for `prisma generate` here (see
// scripts/generate-prisma.mjs); migrations are applied by lib/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

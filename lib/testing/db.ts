// Test access to the run's database (set up by global-setup.ts).
import { getPrisma } from "@/lib/db/client";

export const isRealServer = () => process.env.PHASELINE_TEST_DB_KIND === "server";
export const testPrisma = () => getPrisma();
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

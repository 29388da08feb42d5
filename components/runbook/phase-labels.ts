import type { FailurePolicy, Role } from "@/lib/generated/prisma/enums";

export const failurePolicyLabels: Record<FailurePolicy, { label: string; help: string }> = {
  STOP: { label: "Stop", help: "halt; the lead decides" },
  ROLLBACK: { label: "Roll back", help: "start the rollback procedure" },
  CONTINUE: { label: "Continue", help: "record the failure and go on" },
};

export const roleLabels: Record<Role, string> = {
  LEAD: "Lead",
  DBA: "DBA",
  MANAGER: "Manager",
  ADMIN: "Admin",
};

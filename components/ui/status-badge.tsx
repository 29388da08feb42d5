import type { DeploymentStatus, PhaseRunStatus, SignoffDecision, StepRunStatus } from "@/lib/generated/prisma/enums";
import { Badge, type TBadgeTone } from "./badge";

// Status colours are used for status only (STYLE.md): green succeeded, amber waiting on a person,
// red failed, blue running, grey pending. The word is always shown beside the colour.
type TStatusLook = { tone: TBadgeTone; icon: string; label: string };

const deploymentLooks: Record<DeploymentStatus, TStatusLook> = {
  PLANNED: { tone: "idle", icon: "○", label: "Planned" },
  IN_PROGRESS: { tone: "run", icon: "●", label: "In progress" },
  PAUSED: { tone: "warn", icon: "❚❚", label: "Paused" },
  SUCCEEDED: { tone: "ok", icon: "✓", label: "Succeeded" },
  FAILED: { tone: "bad", icon: "✕", label: "Failed" },
  ROLLING_BACK: { tone: "run", icon: "↺", label: "Rolling back" },
  ROLLED_BACK: { tone: "bad", icon: "↺", label: "Rolled back" },
  ABORTED: { tone: "idle", icon: "⊘", label: "Aborted" },
};

const phaseRunLooks: Record<PhaseRunStatus, TStatusLook> = {
  PENDING: { tone: "idle", icon: "○", label: "Pending" },
  ACTIVE: { tone: "run", icon: "●", label: "Active" },
  AWAITING_SIGNOFF: { tone: "warn", icon: "◐", label: "Awaiting sign-off" },
  DONE: { tone: "ok", icon: "✓", label: "Done" },
  FAILED: { tone: "bad", icon: "✕", label: "Failed" },
  SKIPPED: { tone: "idle", icon: "»", label: "Skipped" },
};

const stepRunLooks: Record<StepRunStatus, TStatusLook> = {
  PENDING: { tone: "idle", icon: "○", label: "Pending" },
  QUEUED: { tone: "idle", icon: "◔", label: "Queued" },
  RUNNING: { tone: "run", icon: "●", label: "Running" },
  SUCCEEDED: { tone: "ok", icon: "✓", label: "Succeeded" },
  FAILED: { tone: "bad", icon: "✕", label: "Failed" },
  INTERRUPTED: { tone: "warn", icon: "!", label: "Interrupted" },
};

const signoffLooks: Record<SignoffDecision, TStatusLook> = {
  APPROVED: { tone: "ok", icon: "✓", label: "Approved" },
  REJECTED: { tone: "bad", icon: "✕", label: "Rejected" },
  WITHDRAWN: { tone: "idle", icon: "–", label: "Withdrawn" },
};

type Props =
  | { kind: "deployment"; status: DeploymentStatus }
  | { kind: "phase"; status: PhaseRunStatus }
  | { kind: "step"; status: StepRunStatus }
  | { kind: "signoff"; status: SignoffDecision };

function lookFor(props: Props): TStatusLook {
  switch (props.kind) {
    case "deployment":
      return deploymentLooks[props.status];
    case "phase":
      return phaseRunLooks[props.status];
    case "step":
      return stepRunLooks[props.status];
    case "signoff":
      return signoffLooks[props.status];
  }
}

export function StatusBadge(props: Readonly<Props>) {
  const look = lookFor(props);
  return (
    <Badge tone={look.tone} icon={look.icon}>
      {look.label}
    </Badge>
  );
}

export function statusLabel(props: Props): string {
  return lookFor(props).label;
}

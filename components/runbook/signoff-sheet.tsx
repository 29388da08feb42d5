import type { Role } from "@/lib/generated/prisma/enums";
import { roleLabels } from "./phase-labels";

type Props = {
  lines: { id: string; position: number; label: string; role: Role | null }[];
};

export function SignoffSheet({ lines }: Readonly<Props>) {
  if (lines.length === 0) {
    return <p className="text-sm text-muted">This version has no final sign-off sheet.</p>;
  }
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
      {lines.map((line) => (
        <li key={line.id} className="flex items-center gap-4 px-5 py-3 text-sm">
          <span className="w-6 font-mono text-xs tabular-nums text-muted">{line.position}.</span>
          <span className="flex-1 font-medium">{line.label}</span>
          <span className="text-muted">{line.role ? `signed by a ${roleLabels[line.role]}` : "signed by anyone who took part"}</span>
        </li>
      ))}
    </ol>
  );
}
